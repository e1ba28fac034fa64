import { runWith } from '$lib/graphql-client';
import { requirePage } from '$lib/server/auth/routes';
import {
	loadBusyActors,
	loadChoices,
	loadRanking,
	namesOfAmbiti,
	rankingScope
} from '$lib/evaluation/desk';
import { criterionColumns, tableRows } from '$lib/evaluation/ranking';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, fetch }) => {
	const viewer = requirePage(locals.viewer, 'network.read', url);
	const run = runWith(fetch);
	const choices = await loadChoices(run);
	const scope = rankingScope(url.searchParams, choices, viewer.callIds);
	const [{ entries, failures }, busyActors, names] = await Promise.all([
		loadRanking(run, scope),
		loadBusyActors(run, scope),
		scope.regional ? namesOfAmbiti(run) : null
	]);
	const ambitoNames: Record<string, string> = names ?? {};
	// Only what the page shows goes into its HTML: lean rows, the criteria once (not on every row).
	const columns = criterionColumns(entries);
	return { choices, scope, columns, rows: tableRows(entries), failures, busyActors, ambitoNames };
};
