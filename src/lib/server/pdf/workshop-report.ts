import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Lang } from '../../i18n/locale';
import { m } from '../../paraglide/messages.js';
import type { WorkshopReportContent } from '../../workshops/report';
import { ACCENT, INK, MUTED, paragraph, table } from './evaluation-report';
import { renderPdf } from './render';

/** The workshop report as an A4 PDF: the web page's content (workshops/report.ts), laid out by pdfmake. */
export function workshopReportDefinition(
	c: WorkshopReportContent,
	lang: Lang
): TDocumentDefinitions {
	return {
		pageSize: 'A4',
		pageMargins: [40, 46, 40, 50],
		info: { title: c.title, subject: c.subtitle, creator: 'Trama' },
		language: lang,
		defaultStyle: { fontSize: 10, lineHeight: 1.2, color: INK },
		styles: {
			h1: { fontSize: 17, bold: true, margin: [0, 0, 0, 2] },
			h2: { fontSize: 13, bold: true, color: ACCENT, margin: [0, 12, 0, 4] },
			muted: { color: MUTED }
		},
		footer: (page, pages) => ({
			columns: [
				{ text: c.footer, style: 'muted', fontSize: 8 },
				{
					text: m.reportPage({ page, pages }, { locale: lang }),
					alignment: 'right',
					style: 'muted',
					fontSize: 8
				}
			],
			margin: [40, 16, 40, 0]
		}),
		content: [
			{ text: c.title, style: 'h1' },
			{ text: c.subtitle, style: 'muted', margin: [0, 0, 0, 6] },
			...c.facts.map(([label, text]) => paragraph({ label, text })),
			// The map drawn as vector graphics (the SVG the web page shows), fitted to the page width.
			...(c.map
				? [{ svg: c.map.svg, fit: [515, 460], margin: [0, 8, 0, 4] } satisfies Content]
				: []),
			...c.sections.flatMap((s): Content[] => {
				const empty = !s.list?.length && !s.table?.rows.length;
				return [
					{ text: s.title, style: 'h2' },
					...(empty ? [{ text: s.empty, style: 'muted' }] : []),
					...(s.list?.length ? [{ ul: s.list, margin: [0, 2, 0, 4] } satisfies Content] : []),
					...(s.table?.rows.length ? [table(s.table)] : [])
				];
			})
		]
	};
}

export function workshopReportPdf(c: WorkshopReportContent, lang: Lang): Promise<Buffer> {
	return renderPdf(workshopReportDefinition(c, lang));
}
