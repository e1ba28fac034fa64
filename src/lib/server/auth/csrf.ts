/**
 * Cross-site request forgery, for requests that a session cookie authenticates.
 *
 * - GraphQL: yoga's CSRF-prevention plugin requires the `x-trama-csrf` header on every request that a
 *   browser could send without a preflight (GET, and POST with form content types); a cross-site page
 *   cannot set it without a CORS preflight, which Trama never grants.
 * - On top of that, a cookie-authenticated POST must come from our own origin (`isSameOrigin`).
 * - Form actions: SvelteKit's own origin check (needs ORIGIN behind adapter-node) and SameSite cookies.
 */
export const CSRF_HEADER = 'x-trama-csrf';

/**
 * Whether a request comes from `expectedOrigin`. Browsers send `Origin` on every POST and
 * `Sec-Fetch-Site` on every request; a client that sends neither is not a browser, and a
 * forged cross-site request needs a browser carrying the victim's cookie.
 */
export function isSameOrigin(headers: Headers, expectedOrigin: string): boolean {
	const origin = headers.get('origin');
	if (origin !== null) return origin === expectedOrigin;
	const site = headers.get('sec-fetch-site');
	if (site !== null) return site === 'same-origin' || site === 'none';
	return true;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The check hooks.server.ts applies to /graphql: only state-changing requests carrying a session. */
export function violatesCsrf(
	request: Request,
	expectedOrigin: string,
	hasSession: boolean
): boolean {
	if (!hasSession || SAFE_METHODS.has(request.method.toUpperCase())) return false;
	return !isSameOrigin(request.headers, expectedOrigin);
}
