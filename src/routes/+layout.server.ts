import { getLocale } from '$lib/paraglide/runtime';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	lang: getLocale(),
	// Who is signed in: name and roles for the header, assigned Ambiti for the home page's own map link.
	viewer: locals.viewer
		? {
				name: locals.viewer.name,
				roles: [...locals.viewer.roles],
				ambitoIds: [...locals.viewer.ambitoIds]
			}
		: null
});
