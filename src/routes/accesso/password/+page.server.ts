import { fail, redirect } from '@sveltejs/kit';
import { changeOwnPassword } from '$lib/server/accounts/account-service';
import { requirePage, safeNext } from '$lib/server/auth/routes';
import { AppError } from '$lib/server/errors';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const viewer = requirePage(locals.viewer, 'account.self', url, {
		kind: 'self',
		userId: locals.viewer?.id ?? ''
	});
	return { mustChange: viewer.mustChangePassword, next: safeNext(url.searchParams.get('next')) };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const form = await request.formData();
		const next = String(form.get('newPassword') ?? '');
		if (next !== String(form.get('confirm') ?? ''))
			return fail(400, { error: m.passwordsDiffer() });
		try {
			await changeOwnPassword(locals.viewer, String(form.get('currentPassword') ?? ''), next);
		} catch (e) {
			if (e instanceof AppError) return fail(400, { error: e.message });
			throw e;
		}
		// The confirmation is said on the profile, with a way on to where the user was going.
		const then = safeNext(form.get('next'));
		redirect(
			303,
			`/profilo?password=cambiata${then === '/' ? '' : `&next=${encodeURIComponent(then)}`}`
		);
	}
};
