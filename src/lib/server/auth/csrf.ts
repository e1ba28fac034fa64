/**
 * Cross-site request forgery, for requests that a session cookie authenticates.
 *
 * - GraphQL: yoga's CSRF-prevention plugin requires the `x-trama-csrf` header on every request that a
 *   browser could send without a preflight (GET, and POST with form content types); a cross-site page
 *   cannot set it without a CORS preflight, which Trama never grants.
 * - On top of that, every cookie-authenticated request must come from our own origin (`isSameOrigin`),
 *   and no origin gets CORS headers (graphql-hardening.ts).
 * - Form actions: `refusesForm` (the origin check SvelteKit would make, done in hooks.server.ts so
 *   that the refusal explains itself in the user's language and names the address that works) and
 *   SameSite cookies.
 */
export const CSRF_HEADER = 'x-trama-csrf';

/** The cookie that carries the session token (the database holds only its SHA-256). */
export const SESSION_COOKIE = 'trama_session';

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

/**
 * The check hooks.server.ts applies to /graphql: a request carrying a session must come from our own
 * origin, whatever its method. A GET changes nothing, but with a cookie its answer (users, emails) is
 * what another origin must not read. Preflights carry no cookie: yoga answers them without CORS
 * headers (`cors: false`), so the browser never sends the request they ask for.
 */
export function violatesCsrf(
	request: Request,
	expectedOrigin: string,
	hasSession: boolean
): boolean {
	return hasSession && !isSameOrigin(request.headers, expectedOrigin);
}

/** What a browser sends a <form> as: the content types SvelteKit's own check looks at. */
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * A form posted from another origin (SvelteKit's `checkOrigin`, kept as it was). Behind
 * adapter-node the app's origin is ORIGIN, so the same app opened at another of its addresses
 * (localhost for 127.0.0.1) is another origin too: that is the refusal users meet.
 */
export function refusesForm(request: Request, appOrigin: string): boolean {
	if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(request.method)) return false;
	const type = request.headers.get('content-type')?.split(';', 1)[0]?.trim().toLowerCase() ?? '';
	return FORM_TYPES.includes(type) && request.headers.get('origin') !== appOrigin;
}
