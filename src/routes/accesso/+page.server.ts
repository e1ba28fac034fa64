import { fail, redirect } from '@sveltejs/kit';
import { passwordLogin } from '$lib/server/accounts/login-methods';
import { loginLimiter } from '$lib/server/accounts/sign-in-limit';
import { safeNext } from '$lib/server/auth/routes';
import { SESSION_COOKIE } from '$lib/server/auth/csrf';
import { endSession, sessionCookieOptions, startSession } from '$lib/server/accounts/sessions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => ({
	next: safeNext(url.searchParams.get('next')),
	signedInAs: locals.viewer?.name ?? null
});

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const email = String(form.get('email') ?? '').slice(0, 320);
		const password = String(form.get('password') ?? '');
		const next = safeNext(form.get('next'));
		const ip = event.getClientAddress();
		// Reserved before the password is checked: parallel guesses cannot all slip past the count.
		const attempt = await loginLimiter.reserve(ip, email);
		if (!attempt.allowed)
			return fail(429, {
				email,
				error: 'rateLimited' as const,
				minutes: Math.ceil(attempt.retryAfterMs / 60_000)
			});
		const method = passwordLogin;
		const user = await method.authenticate({ email, password });
		if (!user) return fail(400, { email, error: 'invalid' as const, minutes: 0 });
		await loginLimiter.succeeded(ip, email, attempt);
		// A new session on every sign-in (no fixation): the old one, if any, ends.
		await endSession(event.cookies.get(SESSION_COOKIE));
		const session = await startSession(user.id, method.id);
		event.cookies.set(SESSION_COOKIE, session.token, sessionCookieOptions(event.url));
		redirect(
			303,
			user.mustChangePassword ? `/accesso/password?next=${encodeURIComponent(next)}` : next
		);
	}
};
