import { requirePage } from '$lib/server/auth/routes';
import { runInRequest } from '$lib/server/graphql/endpoint';
import { rankingScope } from '$lib/evaluation/desk';
import { parseTableQuery, rankingView } from '$lib/evaluation/ranking-view';
import { deskChoices, rankingSheet } from '$lib/server/evaluation/ranking-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { locals, url } = event;
	const viewer = requirePage(locals.viewer, 'network.read', url);
	const run = runInRequest(event);
	const choices = await deskChoices(run);
	const scope = rankingScope(url.searchParams, choices, viewer.callIds);
	const query = parseTableQuery(url.searchParams);
	// Filter, sort and paging run here over the kept rows: the HTML carries only the drawn ones.
	return { choices, scope, query, ...rankingView(await rankingSheet(run, scope), query) };
};
