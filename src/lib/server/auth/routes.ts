import { error, redirect } from '@sveltejs/kit';
import { AppError } from '../errors';
import type { PermissionId } from './permissions';
import { authorize, GLOBAL, type Scope, type Viewer } from './policy';

/** Only same-site paths: `next=https://evil.example` or `//evil.example` become "/". */
export function safeNext(value: unknown): string {
	const next = typeof value === 'string' ? value : '';
	return next.startsWith('/') &&
		!next.startsWith('//') &&
		!next.startsWith('/\\') &&
		next.length <= 500
		? next
		: '/';
}

/**
 * For page loads: the same `authorize`, with the web's answers: not signed in → the login page
 * (coming back here after), forbidden → 403.
 */
export function requirePage(
	viewer: Viewer | null,
	permission: PermissionId,
	url: URL,
	scope: Scope | readonly Scope[] = GLOBAL
): Viewer {
	try {
		authorize(viewer, permission, scope);
		return viewer;
	} catch (e) {
		if (e instanceof AppError && e.code === 'UNAUTHENTICATED')
			redirect(303, `/accesso?next=${encodeURIComponent(url.pathname + url.search)}`);
		if (e instanceof AppError && viewer?.mustChangePassword) redirect(303, '/accesso/password');
		if (e instanceof AppError) error(403, e.message);
		throw e;
	}
}
