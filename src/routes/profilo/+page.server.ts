import { requirePage, safeNext } from '$lib/server/auth/routes';
import { USER_ROLES } from '$lib/server/auth/user-roles';
import type { PageServerLoad } from './$types';

/** Who you are in Trama, and the way to change your password (with its confirmation afterwards). */
export const load: PageServerLoad = ({ locals, url }) => {
	const viewer = requirePage(locals.viewer, 'account.self', url, {
		kind: 'self',
		userId: locals.viewer?.id ?? ''
	});
	const next = url.searchParams.get('next');
	return {
		name: viewer.name,
		email: viewer.email,
		roles: USER_ROLES.filter((r) => viewer.roles.includes(r.id)).map((r) => r.label),
		passwordChanged: url.searchParams.get('password') === 'cambiata',
		// '/' is the home page, offered anyway: only a real destination is "continue".
		next: next && safeNext(next) !== '/' ? safeNext(next) : null
	};
};
