import type { PageServerLoad } from './$types';

/** Anyone can join with a code; who runs workshops (facilitatore, amministratore) also sees theirs. */
export const load: PageServerLoad = ({ locals }) => {
	const roles = locals.viewer?.roles ?? [];
	return {
		canRun:
			!locals.viewer?.mustChangePassword &&
			(roles.includes('amministratore') || roles.includes('facilitatore')),
		ambitoIds: [...(locals.viewer?.ambitoIds ?? [])],
		isAdmin: roles.includes('amministratore')
	};
};
