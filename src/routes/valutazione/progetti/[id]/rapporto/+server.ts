import { error } from '@sveltejs/kit';
import { GraphQLRequestError, runWith } from '$lib/graphql-client';
import { parseLang } from '$lib/i18n/locale';
import { getLocale } from '$lib/paraglide/runtime';
import { requirePage } from '$lib/server/auth/routes';
import { DEFAULT_RUBRIC_ID } from '$lib/evaluation/desk';
import { loadEvaluation } from '$lib/evaluation/load';
import { REPORT_CSP, renderReportHtml } from '$lib/evaluation/report';
import type { RequestHandler } from './$types';

/** The printable A4 report (the same document `trama report` prints to PDF), in ?lang= or the page's language. */
export const GET: RequestHandler = async ({ locals, url, fetch, params }) => {
	requirePage(locals.viewer, 'network.read', url);
	try {
		const data = await loadEvaluation(
			runWith(fetch),
			params.id,
			url.searchParams.get('griglia') || DEFAULT_RUBRIC_ID
		);
		const asked = url.searchParams.get('lang');
		const html = renderReportHtml(data, asked ? parseLang(asked) : getLocale());
		return new Response(html, {
			headers: {
				'content-type': 'text/html; charset=utf-8',
				'content-security-policy': REPORT_CSP,
				'cache-control': 'private, no-store'
			}
		});
	} catch (e) {
		if (e instanceof GraphQLRequestError && e.codes.includes('NOT_FOUND')) error(404, e.message);
		if (e instanceof Error && e.name === 'ProjectNotFound') error(404, params.id);
		throw e;
	}
};
