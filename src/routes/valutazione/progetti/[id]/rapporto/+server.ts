import { REPORT_CSP, renderReportHtml } from '$lib/evaluation/report';
import { reportRequest } from '../report-request';
import type { RequestHandler } from './$types';

/** The print view of the report: A4 on paper, with a bar (back, PDF, print) on screen. */
export const GET: RequestHandler = async (event) => {
	const { data, lang, query } = await reportRequest(event);
	const base = `/valutazione/progetti/${encodeURIComponent(event.params.id)}`;
	const html = renderReportHtml(data, lang, undefined, {
		back: `${base}${query}`,
		pdf: `${base}/rapporto.pdf${query}`
	});
	return new Response(html, {
		headers: {
			'content-type': 'text/html; charset=utf-8',
			'content-security-policy': REPORT_CSP,
			'cache-control': 'private, no-store'
		}
	});
};
