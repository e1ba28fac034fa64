import { parseLang } from '$lib/i18n';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ cookies, locals }) => ({
	lang: parseLang(cookies.get('lang')),
	// Who is signed in, for the header: name and roles only.
	viewer: locals.viewer ? { name: locals.viewer.name, roles: [...locals.viewer.roles] } : null
});
