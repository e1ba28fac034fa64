import { error, type RequestEvent } from '@sveltejs/kit';
import { GraphQLRequestError, runWith } from '$lib/graphql-client';
import { parseLang, type Lang } from '$lib/i18n/locale';
import { getLocale } from '$lib/paraglide/runtime';
import { requirePage } from '$lib/server/auth/routes';
import { REPORT_QUERY } from '$lib/workshops/queries';
import { workshopReportContent, type WorkshopReportContent } from '$lib/workshops/report';

/**
 * What both layouts of the workshop report (web page, PDF) read. Signed-in users only; the
 * workshop query's rule lets through the facilitators of its Ambito and administrators.
 */
export async function workshopReportRequest(
	event: RequestEvent<{ code: string }>
): Promise<{ content: WorkshopReportContent; lang: Lang; code: string }> {
	const { locals, url, fetch, params } = event;
	if (!locals.viewer) requirePage(null, 'workshop.run', url);
	const code = params.code.toUpperCase();
	const asked = url.searchParams.get('lang');
	const lang = asked ? parseLang(asked) : getLocale();
	try {
		const { workshop } = await runWith(fetch)(REPORT_QUERY, { code });
		if (!workshop) error(404, code);
		const { committed, participants, contributions, ...rest } = workshop;
		return {
			content: workshopReportContent(
				{ workshop: rest, participants, contributions, committed: committed ?? null },
				lang
			),
			lang,
			code
		};
	} catch (e) {
		if (e instanceof GraphQLRequestError && e.codes.includes('FORBIDDEN')) error(403, e.message);
		if (e instanceof GraphQLRequestError && e.codes.includes('NOT_FOUND')) error(404, e.message);
		throw e;
	}
}
