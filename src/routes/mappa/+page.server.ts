import { redirect } from '@sveltejs/kit';
import { can } from '$lib/server/auth/policy';
import type { PageServerLoad } from './$types';

/** The map reads the network: signed-in users only. Editing is a hint here; the server decides. */
export const load: PageServerLoad = ({ locals, url }) => {
	const viewer = locals.viewer;
	if (!viewer) redirect(303, `/accesso?next=${encodeURIComponent(url.pathname + url.search)}`);
	const ambitoId = url.searchParams.get('ambito');
	return {
		canEdit: ambitoId
			? can(viewer, 'network.edit', { kind: 'ambiti', ambitoIds: [ambitoId], ownerId: null })
			: false
	};
};
