import { can } from '$lib/server/auth/policy';
import { GLOBAL } from '$lib/server/auth/policy';
import type { PageServerLoad } from './$types';

/**
 * The territory is public; re-linking Comuni is regional reference data, so the import form is
 * offered to unrestricted importers only (the API decides again: transfer/rules.ts).
 */
export const load: PageServerLoad = ({ locals }) => ({
	canImport: locals.viewer ? can(locals.viewer, 'network.import', GLOBAL) : false
});
