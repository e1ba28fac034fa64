import { can } from '$lib/server/auth/policy';
import { placed } from '$lib/server/auth/rules';
import { placementOf } from '$lib/server/network/placement-queries';
import type { PageServerLoad } from './$types';

/**
 * Whether the viewer may change this project, by the rule its section saves are judged by
 * (network.edit where the project is): readers get the dossier as text, not forms the API refuses.
 */
export const load: PageServerLoad = async ({ locals, params }) => ({
	canEdit: can(locals.viewer, 'network.edit', placed(await placementOf('Project', params.id)))
});
