import { redirect } from '@sveltejs/kit';
import { workshopReportRequest } from './report-request';
import type { PageServerLoad } from './$types';

/** The report on screen; `?formato=pdf` gives the same report as a PDF file (rapporto.pdf). */
export const load: PageServerLoad = async (event) => {
	const { url, params } = event;
	if (url.searchParams.get('formato') === 'pdf') {
		const lang = url.searchParams.get('lang');
		redirect(
			303,
			`/laboratorio/${encodeURIComponent(params.code.toUpperCase())}/rapporto.pdf${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`
		);
	}
	return workshopReportRequest(event);
};
