import { error, redirect } from '@sveltejs/kit';
import { AppError } from '../errors';
import type { PermissionId } from './permissions';
import { authorize, GLOBAL, type Scope, type Viewer } from './policy';

/** A placeholder origin: only whether a target stays on *an* origin matters, not which one. */
const HOME = 'http://trama.invalid';

/**
 * Where to send the browser back to (after sign-in, a language switch): a path on this site, or "/".
 * The target is resolved as the browser would resolve it and must keep our origin: `//evil.example`,
 * `/\evil.example` and `/<tab>/evil.example` (URL parsers drop tabs and newlines) all leave it. Any
 * control character or backslash is refused outright, and the path comes back re-serialised, so the
 * Location header always holds a valid value.
 */
export function safeNext(value: unknown): string {
	const next = typeof value === 'string' ? value : '';
	if (!next.startsWith('/') || next.length > 2000) return '/';
	if ([...next].some((c) => c <= '\u001f' || c === '\u007f' || c === '\\')) return '/';
	let url: URL;
	try {
		url = new URL(next, HOME);
	} catch {
		return '/';
	}
	return url.origin === HOME ? url.pathname + url.search + url.hash : '/';
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
