import { graphql } from '$lib/graphql';
import { runWith, type RunOperation } from '$lib/graphql-client';
import { requirePage } from '$lib/server/auth/routes';
import { allAmbiti } from '$lib/territory';
import { loadBusyActors, loadChoices, loadRanking, rankingScope } from '$lib/evaluation/desk';
import type { PageServerLoad } from './$types';

const RANKING_AMBITI = graphql(`
	query RankingAmbiti {
		territory {
			...AmbitoNames
		}
	}
`);

/** The Ambiti's names by id, to show a regional ranking's territories. */
async function namesOfAmbiti(run: RunOperation): Promise<Record<string, string>> {
	const { territory } = await run(RANKING_AMBITI);
	return Object.fromEntries(allAmbiti(territory).map((a) => [a.id, a.name]));
}

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
	return { choices, scope, entries, failures, busyActors, ambitoNames };
};
