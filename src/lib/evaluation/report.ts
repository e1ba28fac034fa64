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
import { serverMessageInCurrentLanguage } from '../i18n/errors';
import { m } from '../paraglide/messages.js';
import { getLocale } from '../paraglide/runtime.js';
import {
	auditActionLabel,
	auditValue,
	formatInput,
	kindLabel,
	roleLabel,
	statusLabel
} from './format';
import type { EvaluationPageData } from './load';
import { corresponsibilityMatrix } from './matrix';
import { partnershipGraph, roleStyle } from './partnership-graph';
import { radarGeometry } from './radar';
import { territoryCoverage } from './territory';

/**
 * The printable report of one project's evaluation: a standalone HTML document with an A4 print
 * stylesheet and no script. The app serves it (…/rapporto) and `trama report` prints it to PDF with
 * Chromium, so a PDF from either is the same document.
 */

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};
export const escapeHtml = (value: unknown) =>
	String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A message in the report's language (the report may be asked for in either, whatever the page's). */
type ReportMessage = (inputs: object, options: { locale: Lang }) => string;

const STYLE = `
@page { size: A4; margin: 16mm 14mm 18mm; }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', system-ui, sans-serif; font-size: 10pt; line-height: 1.4; color: #1d2433; margin: 0; }
main { max-width: 190mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 17pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 7mm 0 2mm; border-bottom: 1px solid #1b4965; padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 11pt; margin: 4mm 0 1mm; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0; }
th, td { border: 1px solid #c8ced6; padding: 1.2mm 1.8mm; text-align: left; vertical-align: top; }
th { background: #f3f5f8; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.badge { display: inline-block; border: 1px solid #8a4b00; color: #8a4b00; padding: 0 2mm; border-radius: 2mm; font-size: 9pt; }
.warn { border: 2px solid #8a4b00; padding: 2mm 3mm; margin: 3mm 0; }
.total { font-size: 22pt; font-weight: 700; }
.summary { display: flex; gap: 6mm; align-items: center; flex-wrap: wrap; }
.criterion { break-inside: avoid; border-top: 1px solid #c8ced6; padding-top: 2mm; }
.muted { color: #4f5a6b; }
.matrix td.yes { text-align: center; font-weight: 700; }
svg text { font-family: inherit; }
footer { margin-top: 8mm; font-size: 8pt; color: #4f5a6b; }
@media screen { body { background: #e9edf2; } main { background: #fff; padding: 12mm 14mm; margin: 6mm auto; box-shadow: 0 0 3mm #b6bec9; } }
`;

function radarSvg(data: EvaluationPageData, lang: Lang): string {
	const criteria = data.evaluation.scorecard.criteria;
	const axes = criteria.map((c) => ({ id: c.id, label: c.id, value: c.score }));
	const g = radarGeometry(axes, [criteria.map((c) => c.score)], 220);
	const rings = g.rings
		.map((p) => `<polygon points="${p}" fill="none" stroke="#c8ced6"/>`)
		.join('');
	const spokes = g.spokes
		.map(
			(s) =>
				`<line x1="${s.from.x}" y1="${s.from.y}" x2="${s.to.x}" y2="${s.to.y}" stroke="#c8ced6"/>`
		)
		.join('');
	const labels = g.labels
		.map(
			(l) =>
				`<text x="${l.x}" y="${l.y}" text-anchor="${l.anchor}" font-size="12" font-weight="700">${escapeHtml(l.text)}</text>`
		)
		.join('');
	const shape = `<polygon points="${g.shapes[0]!.path}" fill="#1b4965" fill-opacity="0.25" stroke="#1b4965" stroke-width="2"/>`;
	const title = m.reportRadarTitle({}, { locale: lang });
	return `<svg role="img" aria-label="${title}" width="${g.size}" height="${g.size}" viewBox="0 0 ${g.size} ${g.size}">${rings}${spokes}${shape}${labels}</svg>`;
}

function graphSvg(data: EvaluationPageData): string {
	const g = partnershipGraph(data.project.title, corresponsibilityMatrix(data.project), 300);
	const edges = g.edges
		.map((e) => {
			const style = e.kind === 'role' ? roleStyle(e.role) : { colour: '#9aa5b4', dash: '' };
			return `<line x1="${e.from.x}" y1="${e.from.y}" x2="${e.to.x}" y2="${e.to.y}" stroke="${style.colour}" stroke-width="${e.kind === 'role' ? 2 : Math.min(6, e.weight)}" stroke-dasharray="${style.dash}"/>`;
		})
		.join('');
	const nodes = g.nodes
		.map((n, i) => {
			const fill = i === 0 ? '#1d2433' : roleStyle(n.role).colour;
			const label =
				i === 0
					? ''
					: `<text x="${n.x}" y="${n.y + n.r + 10}" text-anchor="middle" font-size="8">${escapeHtml(short(n.label))}</text>`;
			return `<circle cx="${n.x}" cy="${n.y}" r="${n.r}" fill="${fill}"/>${label}`;
		})
		.join('');
	return `<svg role="img" aria-label="${escapeHtml(data.project.title)}" width="${g.size}" height="${g.size}" viewBox="0 0 ${g.size} ${g.size}">${edges}${nodes}</svg>`;
}
const short = (s: string) => (s.length > 24 ? `${s.slice(0, 23)}…` : s);

export function renderReportHtml(
	data: EvaluationPageData,
	lang: Lang = getLocale(),
	generatedAt = new Date().toISOString()
): string {
	const w = (message: ReportMessage) => message({}, { locale: lang });
	const text = (value: LocalizedText | undefined) => localized(value, lang);
	const { project, evaluation } = data;
	const computed = new Map(evaluation.computedScorecard.criteria.map((c) => [c.id, c.score]));
	const adjustments = new Map(evaluation.adjustments.map((a) => [a.criterionId, a]));
	const rubric = data.rubrics.find((r) => r.id === evaluation.rubricId);
	const matrix = corresponsibilityMatrix(project);
	const coverage = territoryCoverage(data.territory, evaluation.scorecard.criteria);
	const eur = (v: number) => escapeHtml(formatEur(v, lang));

	const header = `
<h1>${escapeHtml(project.title)}${project.fictional ? ` <span class="badge">${w(m.evalFictional)}</span>` : ''}</h1>
<p class="muted">${w(m.reportTitle)}</p>
<table>
<tr><th>${w(m.evalCall)}</th><td>${escapeHtml(project.call?.title ?? '–')}</td><th>${w(m.mapTime)}</th><td>${escapeHtml(project.triennio ?? [project.start, project.end].filter(Boolean).join(' – '))}</td></tr>
<tr><th>${w(m.evalRubric)}</th><td>${escapeHtml(text(rubric?.name) ?? evaluation.rubricId)} (v${evaluation.rubricVersion})</td><th>${w(m.evalStatus)}</th><td data-status="${evaluation.status}">${escapeHtml(statusLabel(evaluation.status, lang))}${
		evaluation.finalizedAt
			? ` — ${w(m.reportFinalizedBy)} ${escapeHtml(evaluation.finalizedBy ?? '')}, ${escapeHtml(formatDateTime(evaluation.finalizedAt, lang))}`
			: ''
	}</td></tr>
</table>`;

	const warning = evaluation.dataChangedSinceFinal
		? `<div class="warn" role="alert"><strong>${w(m.reportDataChanged)}</strong><ul>${evaluation.changes.map((c) => `<li>${escapeHtml(text(c))}</li>`).join('')}</ul></div>`
		: '';

	const summary = `
<div class="summary">
<div><div class="total">${escapeHtml(formatScore(evaluation.scorecard.total, lang))}</div>
<div class="muted">${w(m.reportTotal)} · ${escapeHtml(formatPercent(evaluation.scorecard.assessedWeightShare, 1, lang))} ${w(m.evalAssessedShare)}</div></div>
${radarSvg(data, lang)}
</div>
<table>
<tr><th>${w(m.evalCriterion)}</th><th class="num">${w(m.reportWeight)}</th><th class="num">${w(m.reportComputed)}</th><th class="num">${w(m.reportScore)}</th></tr>
${evaluation.scorecard.criteria
	.map(
		(c) =>
			`<tr><td>${escapeHtml(c.id)}. ${escapeHtml(text(c.label))}</td><td class="num">${escapeHtml(formatNumber(c.weight, 3, lang))}</td><td class="num">${escapeHtml(formatScore(computed.get(c.id) ?? null, lang))}</td><td class="num"><strong>${escapeHtml(formatScore(c.score, lang))}</strong>${adjustments.has(c.id) ? ' *' : ''}</td></tr>`
	)
	.join('')}
</table>`;

	const criteria = evaluation.scorecard.criteria
		.map((c) => {
			const adj = adjustments.get(c.id);
			return `<section class="criterion">
<h3>${escapeHtml(c.id)}. ${escapeHtml(text(c.label))} — ${escapeHtml(formatScore(c.score, lang))}</h3>
${adj ? `<p><strong>${w(m.reportAdjusted)}</strong> (${escapeHtml(formatScore(computed.get(c.id) ?? null, lang))} → ${escapeHtml(formatScore(adj.score, lang))}). ${w(m.reportReason)}: ${escapeHtml(adj.reason)}</p>` : ''}
<p><strong>${w(m.evalFormula)}:</strong> ${escapeHtml(text(c.formula))}</p>
${c.inputs.length ? `<p><strong>${w(m.evalInputs)}:</strong> ${c.inputs.map((i) => `${escapeHtml(i.key)} = ${escapeHtml(formatInput(i.value, lang))}`).join('; ')}</p>` : ''}
${c.missing.length ? `<p><strong>${w(m.evalMissing)}:</strong> ${escapeHtml(c.missing.map((x) => serverMessageInCurrentLanguage(x, lang)).join('; '))}</p>` : ''}
${c.suggestions.length ? `<p><strong>${w(m.evalSuggestions)}:</strong></p><ul>${c.suggestions.map((s) => `<li>${escapeHtml(text(s))}</li>`).join('')}</ul>` : ''}
</section>`;
		})
		.join('');

	const matrixTable = matrix.rows.length
		? `<table class="matrix">
<tr><th>${w(m.evalAction)}</th>${matrix.partners.map((p) => `<th>${escapeHtml(p.name)}<br><span class="muted">${escapeHtml(roleLabel(p.role, lang))}</span></th>`).join('')}</tr>
${matrix.rows.map((r) => `<tr><td>${escapeHtml(r.title)}</td>${r.cells.map((x) => `<td class="yes">${x ? '●' : ''}</td>`).join('')}</tr>`).join('')}
<tr><th>${w(m.evalPublic)}</th>${matrix.partners.map((p) => `<td class="num">${eur(p.publicEur)}</td>`).join('')}</tr>
<tr><th>${w(m.evalPrivate)}</th>${matrix.partners.map((p) => `<td class="num">${eur(p.privateEur)}</td>`).join('')}</tr>
</table>`
		: `<p>${w(m.evalNoActions)}</p>`;

	const partners = `<table>
<tr><th>${w(m.reportPartner)}</th><th>${w(m.reportKind)}</th><th>${w(m.reportRole)}</th><th class="num">${w(m.evalPublic)}</th><th class="num">${w(m.evalPrivate)}</th></tr>
${matrix.partners.map((p) => `<tr><td>${escapeHtml(p.name)}</td><td>${escapeHtml(kindLabel(p.kind, lang))}</td><td>${escapeHtml(roleLabel(p.role, lang))}</td><td class="num">${eur(p.publicEur)}</td><td class="num">${eur(p.privateEur)}</td></tr>`).join('')}
<tr><th colspan="3">${w(m.evalTotal)}</th><td class="num">${eur(matrix.totals.publicEur)}</td><td class="num">${eur(matrix.totals.privateEur)}</td></tr>
</table>`;

	const names = (cs: { name: string }[]) =>
		cs.length ? cs.map((c) => escapeHtml(c.name)).join(', ') : w(m.evalNone);
	const territory = `<p><strong>${w(m.evalCovered)} (${coverage.covered.length}):</strong> ${names(coverage.covered)}</p>
<p><strong>${w(m.evalUncovered)} (${coverage.uncovered.length}):</strong> ${names(coverage.uncovered)}</p>`;

	const audit = evaluation.audit.length
		? `<table><tr><th>${w(m.evalWhen)}</th><th>${w(m.evalWho)}</th><th>${w(m.evalWhat)}</th><th>${w(m.evalFrom)}</th><th>${w(m.evalTo)}</th><th>${w(m.reportReason)}</th></tr>
${evaluation.audit
	.map(
		(a) =>
			`<tr><td>${escapeHtml(formatDateTime(a.at, lang))}</td><td>${escapeHtml(a.by)}</td><td>${escapeHtml(auditActionLabel(a.action, lang))}${a.criterionId ? ` ${escapeHtml(a.criterionId)}` : ''}</td><td>${escapeHtml(auditValue(a.oldValue, lang))}</td><td>${escapeHtml(auditValue(a.newValue, lang))}</td><td>${escapeHtml(a.reason ?? '')}</td></tr>`
	)
	.join('')}</table>`
		: `<p>–</p>`;

	return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(project.title)} — ${w(m.reportTitle)}</title><style>${STYLE}</style></head>
<body><main>
${header}${warning}${summary}
<h2>${w(m.reportCriteria)}</h2>${criteria}
<h2>${w(m.evalGraph)}</h2>${graphSvg(data)}${partners}
<h2>${w(m.evalMatrix)}</h2>${matrixTable}
<h2>${w(m.evalTerritory)}</h2>${territory}
${evaluation.notes ? `<h2>${w(m.evalNotes)}</h2><p>${escapeHtml(evaluation.notes).replace(/\n/g, '<br>')}</p>` : ''}
<h2>${w(m.evalAudit)}</h2>${audit}
<footer>${w(m.reportGenerated)} ${escapeHtml(formatDateTime(generatedAt, lang))}${project.fictional ? ` · ${w(m.evalFictional)}` : ''}</footer>
</main></body></html>`;
}

/** The report's own Content-Security-Policy: its one inline stylesheet, nothing else. */
export const REPORT_CSP =
	"default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
