import { can } from '$lib/server/auth/policy';
import { requirePage } from '$lib/server/auth/routes';
import { anchored } from '$lib/server/auth/rules';
import type { LayoutServerLoad } from './$types';

/**
 * Projects are read by signed-in readers; every save is authorised again by the API. Who may
 * create one is asked as createProject's rule asks it of a project without a target yet.
 */
export const load: LayoutServerLoad = ({ locals, url }) => {
	const viewer = requirePage(locals.viewer, 'network.read', url);
	return { canCreate: can(viewer, 'network.edit', anchored([], viewer)) };
};
