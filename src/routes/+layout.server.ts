import { getLocale } from '$lib/paraglide/runtime';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	lang: getLocale(),
	// Who is signed in, for the header: name and roles only.
	viewer: locals.viewer ? { name: locals.viewer.name, roles: [...locals.viewer.roles] } : null
});
