import { requirePage } from '$lib/server/auth/routes';
import { qrPath } from '$lib/workshops/qr';
import type { PageServerLoad } from './$types';

/**
 * The projector is the facilitator's screen (signed in); the workshop query checks the Ambito.
 * It fills the wall: no site header (`bare`).
 */
export const load: PageServerLoad = ({ locals, url, params }) => {
	if (!locals.viewer) requirePage(null, 'workshop.run', url);
	const code = params.code.toUpperCase();
	const joinUrl = `${url.origin}/laboratorio/${encodeURIComponent(code)}`;
	return { code, joinUrl, qr: qrPath(joinUrl), bare: true };
};
