import { gql } from '$lib/graphql-client';
import { allAmbiti, byName } from '$lib/territory';
import { AMBITI_QUERY, NETWORK_QUERY, networkVariables } from '$lib/map/queries';
import type { PageLoad } from './$types';

/** The Ambiti to choose from, and the chosen Ambito's network, through GraphQL. */
export const load: PageLoad = async ({ fetch, url, data }) => {
	const ambitoId = url.searchParams.get('ambito');
	const [territory, network] = await Promise.all([
		gql(fetch, AMBITI_QUERY),
		ambitoId
			? gql(fetch, NETWORK_QUERY, networkVariables(ambitoId)).catch(() => null)
			: Promise.resolve(null)
	]);
	const ambiti = allAmbiti(territory.territory).sort(byName);
	return { ...data, ambiti, ambitoId, network };
};
