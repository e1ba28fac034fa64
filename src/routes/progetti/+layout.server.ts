import { requirePage } from '$lib/server/auth/routes';
import type { LayoutServerLoad } from './$types';

/** Projects are read by signed-in readers; every save is authorised again by the API. */
export const load: LayoutServerLoad = ({ locals, url }) => {
	requirePage(locals.viewer, 'network.read', url);
};
