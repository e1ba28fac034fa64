import { redirect } from '@sveltejs/kit';
import { cookieMaxAge, cookieName } from '$lib/paraglide/runtime';
import { parseLang } from '$lib/i18n/locale';
import { safeNext } from '$lib/server/auth/routes';
import type { Actions } from './$types';

/** A form action, so switching language works without JavaScript. */
export const actions: Actions = {
	default: async ({ request, cookies }) => {
		const form = await request.formData();
		const lang = parseLang(String(form.get('lang')));
		// Readable by the page's script: Paraglide reads the language from it in the browser too.
		cookies.set(cookieName, lang, {
			path: '/',
			httpOnly: false,
			sameSite: 'lax',
			maxAge: cookieMaxAge
		});
		redirect(303, safeNext(form.get('back')));
	}
};
