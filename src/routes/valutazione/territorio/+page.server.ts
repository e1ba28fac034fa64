import { requirePage } from '$lib/server/auth/routes';
import type { PageServerLoad } from './$types';

/** The regional view reads projects and scores: the roles that read the network (evaluators among them). */
export const load: PageServerLoad = ({ locals, url }) => {
	requirePage(locals.viewer, 'network.read', url);
	return {};
};
