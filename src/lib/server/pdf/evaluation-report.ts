import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Lang } from '../../i18n/locale';
import { formatDate } from '../../i18n/format';
import type { EvaluationPageData } from '../../evaluation/load';
import {
	reportContent,
	type ReportParagraph,
	type ReportTable
} from '../../evaluation/report-content';
import { m } from '../../paraglide/messages.js';
import { coverageMapSvg } from './coverage-map';
import { renderPdf } from './render';

/** The report's colours, as in the print view. */
const INK = '#1d2433';
const ACCENT = '#1b4965';
const WARN = '#8a4b00';
const MUTED = '#4f5a6b';

/** A report table (shared with the workshop report). */
export function table(t: ReportTable): Content {
	const cell =
		(header: boolean) =>
		(text: string, i: number): TableCell => ({
			text,
			bold: header,
			fillColor: header ? '#f3f5f8' : undefined,
			alignment: t.numeric?.includes(i) ? 'right' : 'left'
		});
	return {
		table: {
			headerRows: 1,
			// The first column takes what is left; the others fit their contents.
			widths: t.head.map((_, i) => (i === 0 ? '*' : 'auto')),
			body: [
				t.head.map(cell(true)),
				...t.rows.map((r) => r.map(cell(false))),
				...(t.foot ?? []).map((r) => r.map(cell(true)))
			]
		},
		layout: {
			hLineColor: '#c8ced6',
			vLineColor: '#c8ced6',
			paddingLeft: () => 4,
			paddingRight: () => 4
		},
		fontSize: 8.5,
		margin: [0, 3, 0, 6]
	};
}

export const paragraph = (p: ReportParagraph): Content => ({
	text: p.label ? [{ text: `${p.label}: `, bold: true }, p.text] : p.text,
	margin: [0, 0, 0, 4]
});

/** What Trama's reports share: A4, the type, the headings, a footer with the page number. */
export function reportPage(
	footer: string,
	lang: Lang
): Omit<TDocumentDefinitions, 'content' | 'info'> {
	return {
		pageSize: 'A4',
		pageMargins: [40, 46, 40, 50],
		language: lang,
		defaultStyle: { fontSize: 10, lineHeight: 1.2, color: INK },
		styles: {
			h1: { fontSize: 17, bold: true, margin: [0, 0, 0, 2] },
			h2: { fontSize: 13, bold: true, color: ACCENT, margin: [0, 12, 0, 4] },
			h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 3] },
			muted: { color: MUTED }
		},
		footer: (page, pages) => ({
			columns: [
				{ text: footer, style: 'muted', fontSize: 8 },
				{
					text: m.reportPage({ page, pages }, { locale: lang }),
					alignment: 'right',
					style: 'muted',
					fontSize: 8
				}
			],
			margin: [40, 16, 40, 0]
		})
	};
}

/** The evaluation report as an A4 PDF: the print view's content (report-content.ts), laid out by pdfmake. */
export function evaluationReportDefinition(
	data: EvaluationPageData,
	lang: Lang,
	generatedAt = new Date().toISOString(),
	/** The territory's covered/uncovered map as SVG (coverage-map.ts), drawn under its section. */
	coverageSvg: string | null = null
): TDocumentDefinitions {
	const c = reportContent(data, lang, generatedAt);
	const h2 = (text: string): Content => ({ text, style: 'h2' });
	return {
		...reportPage(c.footer, lang),
		info: { title: `${c.title} — ${c.subtitle}`, subject: c.subtitle, creator: 'Trama' },
		content: [
			{
				text: [
					c.title,
					...(c.fictional ? [{ text: `  ${c.fictional}`, color: WARN, fontSize: 11 }] : [])
				],
				style: 'h1'
			},
			{ text: c.subtitle, style: 'muted', margin: [0, 0, 0, 6] },
			...c.facts.map(([label, value]) => paragraph({ label, text: value })),
			...(c.warning
				? [
						{
							table: {
								widths: ['*'],
								body: [
									[
										{
											stack: [
												{ text: c.warning.title, bold: true, color: WARN },
												{ ul: c.warning.items }
											]
										}
									]
								]
							},
							layout: {
								hLineColor: WARN,
								vLineColor: WARN,
								hLineWidth: () => 2,
								vLineWidth: () => 2
							},
							margin: [0, 6, 0, 6]
						} satisfies Content
					]
				: []),
			{ text: c.total.value, fontSize: 22, bold: true, margin: [0, 8, 0, 0] },
			{ text: c.total.caption, style: 'muted' },
			table(c.scores),
			h2(c.criteriaTitle),
			...c.criteria.map((x): Content => ({
				stack: [
					{ text: x.heading, style: 'h3' },
					...x.paragraphs.map(paragraph),
					...(x.list.length
						? [
								{ text: `${m.evalSuggestions({}, { locale: lang })}:`, bold: true },
								{ ul: x.list, margin: [0, 2, 0, 4] } satisfies Content
							]
						: [])
				],
				unbreakable: x.paragraphs.length + x.list.length < 8
			})),
			...c.sections.flatMap((s): Content[] => [
				h2(s.title),
				...(s.paragraphs ?? []).map(paragraph),
				...(s.table ? [table(s.table)] : []),
				...(s.coverage && coverageSvg
					? [{ svg: coverageSvg, width: 515, margin: [0, 4, 0, 8] } satisfies Content]
					: [])
			])
		]
	};
}

/** The evaluation report's PDF bytes, with the territory's map when its Comuni are known. */
export async function evaluationReportPdf(
	data: EvaluationPageData,
	lang: Lang,
	generatedAt = new Date().toISOString()
): Promise<Buffer> {
	const territory = reportContent(data, lang, generatedAt).sections.find((s) => s.coverage);
	const w = (message: (i: object, o: { locale: Lang }) => string) => message({}, { locale: lang });
	const day = formatDate(generatedAt, 'long', lang);
	const svg = territory?.coverage
		? await coverageMapSvg({
				...territory.coverage,
				title: m.reportMapTitle({ title: data.project.title }, { locale: lang }),
				legendTitle: w(m.evalTerritory),
				labels: {
					covered: w(m.evalCovered),
					uncovered: w(m.evalUncovered),
					context: w(m.reportMapOther)
				},
				dateLine: m.geoDate({ date: day }, { locale: lang })
			})
		: null;
	return renderPdf(evaluationReportDefinition(data, lang, generatedAt, svg));
}
