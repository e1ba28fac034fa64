import { workshopReportPdf } from '$lib/server/pdf/workshop-report';
import { attachment } from '../../../valutazione/ranking-download';
import { workshopReportRequest } from '../rapporto/report-request';
import type { RequestHandler } from './$types';

/** The workshop report as an A4 PDF file to download. */
export const GET: RequestHandler = async (event) => {
	const { content, lang, code } = await workshopReportRequest(event);
	const pdf = await workshopReportPdf(content, lang);
	return attachment(new Uint8Array(pdf), 'application/pdf', `rapporto-laboratorio-${code}.pdf`);
};
