import { redirect } from '@sveltejs/kit';
import { endSession, sessionCookieOptions } from '$lib/server/accounts/sessions';
import { SESSION_COOKIE } from '$lib/server/auth/csrf';
import type { Actions } from './$types';

/** Logout is a POST (a link or an image cannot sign anyone out); the session is deleted. */
export const actions: Actions = {
	default: async ({ cookies, url }) => {
		await endSession(cookies.get(SESSION_COOKIE));
		cookies.delete(SESSION_COOKIE, sessionCookieOptions(url));
		redirect(303, '/');
	}
};
