import { gql } from '$lib/graphql-client';
import type { ProjectStatus } from '$lib/graphql/graphql';
import { PROJECT_LIST } from '$lib/projects/queries';
import { allAmbiti, byName } from '$lib/territory';
import type { PageLoad } from './$types';

/** The list with its filters in the address, so a filtered list can be shared and reloaded. */
export const load: PageLoad = async ({ fetch, url }) => {
	const param = (key: string) => url.searchParams.get(key) || null;
	const filters = {
		search: param('cerca'),
		ambitoId: param('ambito'),
		callId: param('bando'),
		triennio: param('triennio'),
		status: param('stato') as ProjectStatus | null,
		after: param('dopo')
	};
	const data = await gql(fetch, PROJECT_LIST, filters);
	return {
		filters,
		projects: data.projects,
		calls: data.calls,
		ambiti: allAmbiti(data.territory).sort(byName)
	};
};
