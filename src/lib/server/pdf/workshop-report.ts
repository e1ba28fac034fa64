import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Lang } from '../../i18n/locale';
import type { WorkshopReportContent } from '../../workshops/report';
import { paragraph, reportPage, table } from './evaluation-report';
import { renderPdf } from './render';

/** The workshop report as an A4 PDF: the web page's content (workshops/report.ts), laid out by pdfmake. */
export function workshopReportDefinition(
	c: WorkshopReportContent,
	lang: Lang
): TDocumentDefinitions {
	return {
		...reportPage(c.footer, lang),
		info: { title: c.title, subject: c.subtitle, creator: 'Trama' },
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
