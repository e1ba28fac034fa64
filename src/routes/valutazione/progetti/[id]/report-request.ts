import { error, type RequestEvent } from '@sveltejs/kit';
import { GraphQLRequestError, runWith } from '$lib/graphql-client';
import { parseLang, type Lang } from '$lib/i18n/locale';
import { getLocale } from '$lib/paraglide/runtime';
import { requirePage } from '$lib/server/auth/routes';
import { DEFAULT_RUBRIC_ID } from '$lib/evaluation/desk';
import { loadEvaluation, type EvaluationPageData } from '$lib/evaluation/load';

/** What both layouts of the report (print view, PDF) read: the evaluation, in ?lang= or the page's language. */
export async function reportRequest(
	event: RequestEvent<{ id: string }>
): Promise<{ data: EvaluationPageData; lang: Lang; query: string }> {
	const { locals, url, fetch, params } = event;
	requirePage(locals.viewer, 'network.read', url);
	const rubricId = url.searchParams.get('griglia') || DEFAULT_RUBRIC_ID;
	try {
		const data = await loadEvaluation(runWith(fetch), params.id, rubricId);
		const asked = url.searchParams.get('lang');
		return { data, lang: asked ? parseLang(asked) : getLocale(), query: url.search };
	} catch (e) {
		if (e instanceof GraphQLRequestError && e.codes.includes('NOT_FOUND')) error(404, e.message);
		if (e instanceof Error && e.name === 'ProjectNotFound') error(404, params.id);
		throw e;
	}
}
