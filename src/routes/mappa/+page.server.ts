import { redirect } from '@sveltejs/kit';
import { can } from '$lib/server/auth/policy';
import { runInRequest } from '$lib/server/graphql/endpoint';
import { allAmbiti, byName } from '$lib/territory';
import { AMBITI_QUERY, NETWORK_QUERY, networkVariables } from '$lib/map/queries';
import type { PageServerLoad } from './$types';

/**
 * The Ambiti to choose from and the chosen Ambito's network, through GraphQL, for signed-in users
 * only; editing is a hint here, the server decides. A server load, not a universal one: the HTML then
 * carries the network once (a universal load's fetch is inlined as well, doubling ~1.5 MB).
 */
export const load: PageServerLoad = async (event) => {
	const { locals, url } = event;
	const viewer = locals.viewer;
	if (!viewer) redirect(303, `/accesso?next=${encodeURIComponent(url.pathname + url.search)}`);
	const ambitoId = url.searchParams.get('ambito');
	const run = runInRequest(event);
	const [territory, network] = await Promise.all([
		run(AMBITI_QUERY),
		ambitoId
			? run(NETWORK_QUERY, networkVariables(ambitoId)).catch(() => null)
			: Promise.resolve(null)
	]);
	return {
		ambiti: allAmbiti(territory.territory).sort(byName),
		ambitoId,
		network,
		canEdit: ambitoId
			? can(viewer, 'network.edit', { kind: 'ambiti', ambitoIds: [ambitoId], ownerId: null })
			: false
	};
};
