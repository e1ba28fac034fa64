import { requirePage } from '$lib/server/auth/routes';
import { ROLE_PERMISSIONS } from '$lib/server/auth/policy';
import { importLimitLines } from '$lib/server/transfer/import/limits';
import type { PageServerLoad } from './$types';

/** Import and export need a signed-in reader; each mutation checks its own rights. */
export const load: PageServerLoad = ({ locals, url }) => {
	const viewer = requirePage(locals.viewer, 'network.read', url);
	return {
		// The limits the server enforces, in words, from the one place that sets them.
		importLimits: { it: importLimitLines('it'), en: importLimitLines('en') },
		// A role that can never import is told so before choosing a file (the API refuses it anyway).
		canImport: viewer.roles.some((r) => ROLE_PERMISSIONS[r]?.['network.import'])
	};
};
