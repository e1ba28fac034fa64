import type { LocalizedText } from '../domain/registry';
import { serverMessageInCurrentLanguage } from '../i18n/errors';
import {
	formatDateTime,
	formatEur,
	formatNumber,
	formatPercent,
	formatScore
} from '../i18n/format';
import { localized, type Lang } from '../i18n/locale';
import { m } from '../paraglide/messages.js';
import {
	auditActionLabel,
	auditValue,
	formatInput,
	kindLabel,
	personName,
	roleLabel,
	statusLabel
} from './format';
import type { EvaluationPageData } from './load';
import { corresponsibilityMatrix } from './matrix';
import { territoryCoverage } from './territory';

/**
 * What the evaluation report says, as plain text in one language: the print view (HTML) and the
 * PDF are two layouts of this one content, so they cannot drift apart.
 */
export interface ReportTable {
	head: string[];
	rows: string[][];
	/** Rows set apart below the body (totals). */
	foot?: string[][];
	/** Columns of figures (right-aligned). */
	numeric?: number[];
}

export interface ReportParagraph {
	label?: string;
	text: string;
}

export interface ReportCriterion {
	heading: string;
	paragraphs: ReportParagraph[];
	list: string[];
}

export interface ReportSection {
	title: string;
	paragraphs?: ReportParagraph[];
	table?: ReportTable;
	/** The target Comuni by ISTAT code, covered or not: the PDF draws them on a map (issue 17). */
	coverage?: { covered: string[]; uncovered: string[] };
}

export interface ReportContent {
	lang: Lang;
	title: string;
	fictional: string | null;
	subtitle: string;
	facts: [string, string][];
	warning: { title: string; items: string[] } | null;
	total: { value: string; caption: string };
	scores: ReportTable;
	criteriaTitle: string;
	criteria: ReportCriterion[];
	sections: ReportSection[];
	footer: string;
}

/** A message in the report's language (the report may be asked for in either, whatever the page's). */
type ReportMessage = (inputs: object, options: { locale: Lang }) => string;

export function reportContent(
	data: EvaluationPageData,
	lang: Lang,
	generatedAt = new Date().toISOString()
): ReportContent {
	const w = (message: ReportMessage) => message({}, { locale: lang });
	const text = (value: LocalizedText | undefined) => localized(value, lang) ?? '';
	const { project, evaluation } = data;
	const computed = new Map(evaluation.computedScorecard.criteria.map((c) => [c.id, c.score]));
	const adjustments = new Map(evaluation.adjustments.map((a) => [a.criterionId, a]));
	const rubric = data.rubrics.find((r) => r.id === evaluation.rubricId);
	const matrix = corresponsibilityMatrix(project);
	const coverage = territoryCoverage(data.territory, evaluation.scorecard.criteria);
	const eur = (v: number) => formatEur(v, lang);
	const score = (v: number | null | undefined) => formatScore(v, lang);
	const status = statusLabel(evaluation.status, lang);

	const facts: [string, string][] = [
		[w(m.evalCall), project.call?.title ?? '–'],
		[
			w(m.mapTime),
			project.triennio ?? ([project.start, project.end].filter(Boolean).join(' – ') || '–')
		],
		[
			w(m.evalRubric),
			`${text(rubric?.name) || evaluation.rubricId} (v${evaluation.rubricVersion})`
		],
		[
			w(m.evalStatus),
			evaluation.finalizedAt
				? `${status} — ${w(m.reportFinalizedBy)} ${personName(evaluation.finalizedByName, lang)}, ${formatDateTime(evaluation.finalizedAt, lang)}`
				: status
		]
	];

	const criteria = evaluation.scorecard.criteria.map((c): ReportCriterion => {
		const adj = adjustments.get(c.id);
		const paragraphs: ReportParagraph[] = [];
		if (adj)
			paragraphs.push({
				label: w(m.reportAdjusted),
				text: m.reportAdjustedDetail(
					{
						from: score(computed.get(c.id)),
						to: score(adj.score),
						who: personName(adj.byName, lang),
						reason: adj.reason
					},
					{ locale: lang }
				)
			});
		paragraphs.push({ label: w(m.evalFormula), text: text(c.formula) });
		if (c.inputs.length)
			paragraphs.push({
				label: w(m.evalInputs),
				text: c.inputs.map((i) => `${i.key} = ${formatInput(i.value, lang)}`).join('; ')
			});
		if (c.missing.length)
			paragraphs.push({
				label: w(m.evalMissing),
				text: c.missing.map((x) => serverMessageInCurrentLanguage(x, lang)).join('; ')
			});
		return {
			heading: `${c.id}. ${text(c.label)} — ${score(c.score)}`,
			paragraphs,
			list: c.suggestions.map((s) => text(s))
		};
	});

	const names = (cs: { name: string }[]) =>
		cs.length ? cs.map((c) => c.name).join(', ') : w(m.evalNone);
	const sections: ReportSection[] = [
		{
			title: w(m.evalGraph),
			table: {
				head: [
					w(m.reportPartner),
					w(m.reportKind),
					w(m.reportRole),
					w(m.evalPublic),
					w(m.evalPrivate)
				],
				rows: matrix.partners.map((p) => [
					p.name,
					kindLabel(p.kind, lang),
					roleLabel(p.role, lang),
					eur(p.publicEur),
					eur(p.privateEur)
				]),
				foot: [
					[w(m.evalTotal), '', '', eur(matrix.totals.publicEur), eur(matrix.totals.privateEur)]
				],
				numeric: [3, 4]
			}
		},
		matrix.rows.length
			? {
					title: w(m.evalMatrix),
					// Partners down, numbered actions across: twenty partners across ran off the A4 page.
					paragraphs: matrix.rows.map((r, i) => ({
						label: `${w(m.evalAction)} ${i + 1}`,
						text: r.title
					})),
					table: {
						head: [w(m.reportPartner), ...matrix.rows.map((_, i) => String(i + 1))],
						rows: matrix.partners.map((p, j) => [
							`${p.name} (${roleLabel(p.role, lang)})`,
							...matrix.rows.map((r) => (r.cells[j] ? '●' : ''))
						])
					}
				}
			: { title: w(m.evalMatrix), paragraphs: [{ text: w(m.evalNoActions) }] },
		{
			title: w(m.evalTerritory),
			...(coverage.known && data.territory.length > 0
				? {
						coverage: {
							covered: coverage.covered.map((c) => c.istat),
							uncovered: coverage.uncovered.map((c) => c.istat)
						}
					}
				: {}),
			paragraphs: [
				{
					label: `${w(m.evalCovered)} (${coverage.covered.length})`,
					text: names(coverage.covered)
				},
				{
					label: `${w(m.evalUncovered)} (${coverage.uncovered.length})`,
					text: names(coverage.uncovered)
				}
			]
		},
		...(evaluation.notes
			? [{ title: w(m.evalNotes), paragraphs: [{ text: evaluation.notes }] }]
			: []),
		evaluation.audit.length
			? {
					title: w(m.evalAudit),
					table: {
						head: [
							w(m.evalWhen),
							w(m.evalWho),
							w(m.evalWhat),
							w(m.evalFrom),
							w(m.evalTo),
							w(m.reportReason)
						],
						rows: evaluation.audit.map((a) => [
							formatDateTime(a.at, lang),
							personName(a.byName, lang),
							`${auditActionLabel(a.action, lang)}${a.criterionId ? ` ${a.criterionId}` : ''}`,
							auditValue(a.oldValue, lang),
							auditValue(a.newValue, lang),
							a.reason ?? ''
						])
					}
				}
			: { title: w(m.evalAudit), paragraphs: [{ text: w(m.evalAuditEmpty) }] }
	];

	return {
		lang,
		title: project.title,
		fictional: project.fictional ? w(m.evalFictional) : null,
		subtitle: w(m.reportTitle),
		facts,
		warning: evaluation.dataChangedSinceFinal
			? { title: w(m.reportDataChanged), items: evaluation.changes.map((c) => text(c)) }
			: null,
		total: {
			value: score(evaluation.scorecard.total),
			caption: `${w(m.reportTotal)} · ${formatPercent(evaluation.scorecard.assessedWeightShare, 1, lang)} ${w(m.evalAssessedShare)}`
		},
		scores: {
			head: [w(m.evalCriterion), w(m.reportWeight), w(m.reportComputed), w(m.reportScore)],
			rows: evaluation.scorecard.criteria.map((c) => [
				`${c.id}. ${text(c.label)}`,
				formatNumber(c.weight, 3, lang),
				score(computed.get(c.id)),
				`${score(c.score)}${adjustments.has(c.id) ? ' *' : ''}`
			]),
			numeric: [1, 2, 3]
		},
		criteriaTitle: w(m.reportCriteria),
		criteria,
		sections,
		footer: `${w(m.reportGenerated)} ${formatDateTime(generatedAt, lang)}${project.fictional ? ` · ${w(m.evalFictional)}` : ''}`
	};
}
