import { requirePage } from '$lib/server/auth/routes';
import type { PageServerLoad } from './$types';

/** Import and export need a signed-in reader; each mutation checks its own rights. */
export const load: PageServerLoad = ({ locals, url }) => {
	requirePage(locals.viewer, 'network.read', url);
	return {};
};
