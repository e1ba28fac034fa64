import { requirePage } from '$lib/server/auth/routes';
import type { LayoutServerLoad } from './$types';

/** Surveys are run by Uffici di Piano and facilitators (each survey is authorised again by the API). */
export const load: LayoutServerLoad = ({ locals, url }) => {
	requirePage(locals.viewer, 'survey.run', url, {
		kind: 'ambiti',
		ambitoIds: locals.viewer?.ambitoIds ?? [],
		ownerId: locals.viewer?.id ?? null
	});
};
