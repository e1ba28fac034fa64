import { runWith } from '$lib/graphql-client';
import { requirePage } from '$lib/server/auth/routes';
import { rankingScope } from '$lib/evaluation/desk';
import { deskChoices, rankingSheet } from '$lib/server/evaluation/ranking-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, fetch }) => {
	const viewer = requirePage(locals.viewer, 'network.read', url);
	const run = runWith(fetch);
	const choices = await deskChoices(run);
	const scope = rankingScope(url.searchParams, choices, viewer.callIds);
	return { choices, scope, ...(await rankingSheet(run, scope)) };
};
