import { redirect } from '@sveltejs/kit';
import { parseLang } from '$lib/i18n';
import { safeNext } from '$lib/server/auth/routes';
import type { Actions } from './$types';

/** A form action, so switching language works without JavaScript. */
export const actions: Actions = {
	default: async ({ request, cookies }) => {
		const form = await request.formData();
		const lang = parseLang(String(form.get('lang')));
		cookies.set('lang', lang, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 31_536_000 });
		redirect(303, safeNext(form.get('back')));
	}
};
