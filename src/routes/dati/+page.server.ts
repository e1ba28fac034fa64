import { requirePage } from '$lib/server/auth/routes';
import { importLimitLines } from '$lib/server/transfer/import/limits';
import type { PageServerLoad } from './$types';

/** Import and export need a signed-in reader; each mutation checks its own rights. */
export const load: PageServerLoad = ({ locals, url }) => {
	requirePage(locals.viewer, 'network.read', url);
	// The limits the server enforces, in words, from the one place that sets them.
	return { importLimits: { it: importLimitLines('it'), en: importLimitLines('en') } };
};
