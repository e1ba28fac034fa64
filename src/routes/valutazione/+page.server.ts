import { gql } from '$lib/graphql-client';
import { requirePage } from '$lib/server/auth/routes';
import { loadBusyActors, loadChoices, loadRanking, rankingScope } from '$lib/evaluation/desk';
import type { RunQuery } from '$lib/evaluation/load';
import type { PageServerLoad } from './$types';

const AMBITO_NAMES = /* GraphQL */ `
	{
		territory {
			ats {
				ambiti {
					id
					name
				}
			}
			ambitiWithoutAts {
				id
				name
			}
		}
	}
`;

export const load: PageServerLoad = async ({ locals, url, fetch }) => {
	const viewer = requirePage(locals.viewer, 'network.read', url);
	const run: RunQuery = (query, variables) => gql(fetch, query, variables);
	const choices = await loadChoices(run);
	const scope = rankingScope(url.searchParams, choices, viewer.callIds);
	const [entries, busyActors, names] = await Promise.all([
		loadRanking(run, scope),
		loadBusyActors(run, scope),
		scope.regional
			? run<{
					territory: {
						ats: Array<{ ambiti: Array<{ id: string; name: string }> }>;
						ambitiWithoutAts: Array<{ id: string; name: string }>;
					};
				}>(AMBITO_NAMES)
			: null
	]);
	const ambitoNames: Record<string, string> = {};
	if (names)
		for (const a of [
			...names.territory.ats.flatMap((x) => x.ambiti),
			...names.territory.ambitiWithoutAts
		])
			ambitoNames[a.id] = a.name;
	return { choices, scope, entries, busyActors, ambitoNames };
};
