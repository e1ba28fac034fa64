import { evaluationReportPdf } from '$lib/server/pdf/evaluation-report';
import { slugify } from '$lib/text';
import { attachment } from '../../../ranking-download';
import { reportRequest } from '../report-request';
import type { RequestHandler } from './$types';

/** The report as an A4 PDF file to download. */
export const GET: RequestHandler = async (event) => {
	const { data, lang } = await reportRequest(event);
	const pdf = await evaluationReportPdf(data, lang);
	return attachment(
		new Uint8Array(pdf),
		'application/pdf',
		`rapporto-${slugify(data.project.title)}.pdf`
	);
};
