import { createHash } from 'node:crypto';
import type { Lang } from '../i18n/locale';
import { m } from '../paraglide/messages.js';
import { getLocale } from '../paraglide/runtime.js';
import type { EvaluationPageData } from './load';
import { corresponsibilityMatrix } from './matrix';
import { partnershipGraph, roleStyle } from './partnership-graph';
import { radarGeometry } from './radar';
import { reportContent, type ReportParagraph, type ReportTable } from './report-content';

/**
 * The print view of one project's evaluation: a standalone HTML document with an A4 print
 * stylesheet, served at …/rapporto with a bar (back, PDF, print) that paper does not show. The PDF
 * (…/rapporto.pdf, `trama report`) lays out the same content (report-content.ts) with pdfmake.
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
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(70mm, 1fr)); gap: 1mm 6mm; margin: 2mm 0; }
.facts div { display: flex; gap: 2mm; } .facts dt { font-weight: 700; } .facts dt::after { content: ':'; } .facts dd { margin: 0; }
.bar { display: flex; gap: 4mm; align-items: center; justify-content: center; flex-wrap: wrap; padding: 3mm; background: #1b4965; }
.bar a, .bar button { font: inherit; font-size: 11pt; color: #fff; background: transparent; border: 2px solid #fff; border-radius: 2mm; padding: 2mm 4mm; min-height: 44px; display: inline-flex; align-items: center; cursor: pointer; }
.bar a:focus-visible, .bar button:focus-visible { outline: 3px solid #ffd166; outline-offset: 2px; }
@media print { .bar { display: none; } }
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

const table = (t: ReportTable) => {
	// An empty cell is a td even in a header row: a header must name something.
	const cell = (tag: string, value: string, i: number) => {
		const name = value ? tag : 'td';
		return `<${name}${t.numeric?.includes(i) ? ' class="num"' : ''}>${escapeHtml(value)}</${name}>`;
	};
	const row = (tag: string) => (cells: string[]) =>
		`<tr>${cells.map((v, i) => cell(tag, v, i)).join('')}</tr>`;
	return `<table><thead>${row('th')(t.head)}</thead><tbody>${t.rows.map(row('td')).join('')}</tbody>${
		t.foot ? `<tfoot>${t.foot.map(row('th')).join('')}</tfoot>` : ''
	}</table>`;
};
const paragraph = (p: ReportParagraph) =>
	`<p>${p.label ? `<strong>${escapeHtml(p.label)}:</strong> ` : ''}${escapeHtml(p.text).replace(/\n/g, '<br>')}</p>`;

/** Where the print view's bar leads: back to the evaluation, and to the same report as a PDF. */
export interface ReportLinks {
	back: string;
	pdf: string;
}

/** The print view's one script: the print button (allowed by its hash in REPORT_CSP). */
export const PRINT_SCRIPT = `document.getElementById('print').addEventListener('click',()=>print())`;

export function renderReportHtml(
	data: EvaluationPageData,
	lang: Lang = getLocale(),
	generatedAt = new Date().toISOString(),
	links: ReportLinks | null = null
): string {
	const c = reportContent(data, lang, generatedAt);
	const w = (message: ReportMessage) => message({}, { locale: lang });
	const bar = links
		? `<nav class="bar" aria-label="${escapeHtml(c.subtitle)}"><a href="${escapeHtml(links.back)}">← ${w(m.reportBack)}</a><a href="${escapeHtml(links.pdf)}" download>${w(m.reportDownloadPdf)}</a><button type="button" id="print">${w(m.reportPrint)}</button></nav><script>${PRINT_SCRIPT}</script>`
		: '';
	const header = `
<h1>${escapeHtml(c.title)}${c.fictional ? ` <span class="badge">${escapeHtml(c.fictional)}</span>` : ''}</h1>
<p class="muted">${escapeHtml(c.subtitle)}</p>
<dl class="facts">${c.facts.map(([k, v]) => `<div><dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd></div>`).join('')}</dl>`;
	const warning = c.warning
		? `<div class="warn" role="alert"><strong>${escapeHtml(c.warning.title)}</strong><ul>${c.warning.items.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul></div>`
		: '';
	const summary = `
<div class="summary">
<div><div class="total">${escapeHtml(c.total.value)}</div><div class="muted">${escapeHtml(c.total.caption)}</div></div>
${radarSvg(data, lang)}
</div>${table(c.scores)}`;
	const criteria = c.criteria
		.map(
			(x) =>
				`<section class="criterion"><h3>${escapeHtml(x.heading)}</h3>${x.paragraphs.map(paragraph).join('')}${
					x.list.length
						? `<p><strong>${w(m.evalSuggestions)}:</strong></p><ul>${x.list.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>`
						: ''
				}</section>`
		)
		.join('');
	const sections = c.sections
		.map(
			(s, i) =>
				`<h2>${escapeHtml(s.title)}</h2>${i === 0 ? graphSvg(data) : ''}${(s.paragraphs ?? []).map(paragraph).join('')}${s.table ? table(s.table) : ''}`
		)
		.join('');

	return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(c.title)} — ${escapeHtml(c.subtitle)}</title><style>${STYLE}</style></head>
<body>${bar}<main>
${header}${warning}${summary}
<h2>${escapeHtml(c.criteriaTitle)}</h2>${criteria}
${sections}
<footer>${escapeHtml(c.footer)}</footer>
</main></body></html>`;
}

const scriptHash = createHash('sha256').update(PRINT_SCRIPT).digest('base64');
/** The report's own Content-Security-Policy: its inline stylesheet and print button, nothing else. */
export const REPORT_CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;
