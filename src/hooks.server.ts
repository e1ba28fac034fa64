import type { Handle, HandleServerError, RequestEvent, ServerInit } from '@sveltejs/kit';
import { dev } from '$app/environment';
import {
	closeDriver,
	connect,
	DATABASE_DOWN_MESSAGE,
	isDatabaseUnreachable
} from '$lib/server/db/driver';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { sessionCookieOptions } from '$lib/server/accounts/sessions';
import {
	resumeOnce,
	withResumedSession,
	type ResumedSession
} from '$lib/server/accounts/request-session';
import { refusesForm, SESSION_COOKIE, violatesCsrf } from '$lib/server/auth/csrf';
import { escapeHtml } from '$lib/evaluation/report';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { PARTICIPANT_HEADER, resumeParticipant } from '$lib/server/workshops/tokens';
import { startSharedWorkshopEvents, stopSharedWorkshopEvents } from '$lib/server/workshops/pubsub';
import { BASE_SECURITY_HEADERS } from '$lib/server/security-headers';
import { startWarmUp } from '$lib/server/warm-up';

/** One driver per process: opened and checked at start, closed when adapter-node shuts down. */
export const init: ServerInit = async () => {
	const { version } = await connect();
	console.log(`Neo4j ${version} collegato / connected`);
	// Several app processes behind a balancer: workshop rooms hear each other's edits (docs/scaling.md).
	if (process.env.TRAMA_SHARED_EVENTS === 'neo4j') {
		await startSharedWorkshopEvents();
		console.log('Eventi dei laboratori condivisi via Neo4j / workshop events shared through Neo4j');
	}
	// The first ranking page is answered from the caches: readiness waits for them, within a bound.
	await startWarmUp();
	process.once('sveltekit:shutdown', () => {
		stopSharedWorkshopEvents();
		void closeDriver();
	});
};

/** Headers on every response; the Content-Security-Policy itself comes from kit.csp (svelte.config.js). */
function secure(response: Response, url: URL): Response {
	const h = response.headers;
	for (const [name, value] of BASE_SECURITY_HEADERS) h.set(name, value);
	// Endpoints (GraphQL, downloads) get a strict policy of their own; pages get kit's (with nonces).
	// (GraphiQL, in development only, needs its CDN scripts.)
	if (!h.has('Content-Security-Policy') && !(dev && url.pathname === '/graphql'))
		h.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
	if (url.protocol === 'https:') h.set('Strict-Transport-Security', 'max-age=31536000');
	return response;
}

/**
 * Paraglide resolves the language (the `lang` cookie, else Italian) and keeps it for every message
 * called while this request is answered. It is shown only the URL and the headers, so that it never
 * copies a request's body (an upload of many megabytes).
 */
export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(new Request(event.url, { headers: event.request.headers }), ({ locale }) =>
		answer(event, (e) =>
			resolve(e, { transformPageChunk: ({ html }) => html.replace('%trama.lang%', locale) })
		)
	);

/**
 * A form sent from another address than the app's: most often the same Trama opened at another of
 * its names (localhost instead of 127.0.0.1). Said in words, with the address that works.
 */
function formRefused(event: RequestEvent): Response {
	const here = event.request.headers.get('origin') ?? '?';
	const home = event.url.origin;
	const html = `<!doctype html><html lang="${getLocale()}"><head><meta charset="utf-8"><title>${escapeHtml(m.formOriginTitle())}</title></head>
<body><main><h1>${escapeHtml(m.formOriginTitle())}</h1><p>${escapeHtml(m.formOriginText({ here, home }))}</p>
<p><a href="${escapeHtml(home)}/">${escapeHtml(m.formOriginGo({ home }))}</a></p></main></body></html>`;
	return new Response(html, {
		status: 403,
		headers: { 'content-type': 'text/html; charset=utf-8', 'x-trama-refused': 'form-origin' }
	});
}

/** An error that means "the database cannot be reached", raised here or by a GraphQL call of a page's load. */
function isDatabaseDown(error: unknown): boolean {
	const codes = (error as { codes?: unknown; extensions?: { code?: unknown } } | null) ?? {};
	return (
		isDatabaseUnreachable(error) ||
		codes.extensions?.code === 'UNAVAILABLE' ||
		(Array.isArray(codes.codes) && codes.codes.includes('UNAVAILABLE'))
	);
}

/** While Neo4j is down: 503 in words (a page, or a GraphQL error with code UNAVAILABLE). */
function databaseDown(event: RequestEvent): Response {
	if (event.url.pathname.startsWith('/graphql'))
		return new Response(
			JSON.stringify({
				errors: [{ message: DATABASE_DOWN_MESSAGE, extensions: { code: 'UNAVAILABLE' } }]
			}),
			{ status: 503, headers: { 'content-type': 'application/json', 'retry-after': '5' } }
		);
	const html = `<!doctype html><html lang="${getLocale()}"><head><meta charset="utf-8"><title>${escapeHtml(m.databaseDownTitle())}</title></head>
<body><main><h1>${escapeHtml(m.databaseDownTitle())}</h1><p>${escapeHtml(m.databaseDownText())}</p></main></body></html>`;
	return new Response(html, {
		status: 503,
		headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': '5' }
	});
}

/** A page whose load failed because the database is down says so (+error.svelte shows the text). */
export const handleError: HandleServerError = ({ error, message }) =>
	isDatabaseDown(error) ? { message: m.databaseDownText(), code: 'UNAVAILABLE' } : { message };

async function answer(
	event: RequestEvent,
	resolve: (event: RequestEvent) => Response | Promise<Response>
): Promise<Response> {
	if (refusesForm(event.request, event.url.origin)) return secure(formRefused(event), event.url);
	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.viewer = null;
	event.locals.sessionId = null;
	let session: ResumedSession = null;
	if (token) {
		try {
			session = await resumeOnce(token, event.isSubRequest);
		} catch (error) {
			if (isDatabaseDown(error)) return secure(databaseDown(event), event.url);
			throw error;
		}
		if (session) {
			event.locals.viewer = session.viewer;
			event.locals.sessionId = session.sessionId;
		} else {
			event.cookies.delete(SESSION_COOKIE, sessionCookieOptions(event.url));
		}
	}
	// A workshop participant (no account) sends the token joining gave them: a partecipante viewer
	// scoped to that workshop, for this request only (workshops/tokens.ts).
	const participantToken = event.request.headers.get(PARTICIPANT_HEADER);
	if (participantToken && event.url.pathname === '/graphql') {
		event.locals.viewer = await resumeParticipant(participantToken);
		event.locals.sessionId = null;
	}
	// A temporary password is changed before anything else (authorize refuses the rest anyway); the
	// page asked for is kept, so that the profile offers the way on to it once the password is new.
	const path = event.url.pathname;
	if (
		event.locals.viewer?.mustChangePassword &&
		event.request.method === 'GET' &&
		!/^\/(accesso|esci|lingua|graphql|_app)(\/|$)/.test(path)
	) {
		const next = path === '/' ? '' : `?next=${encodeURIComponent(path + event.url.search)}`;
		return secure(
			new Response(null, { status: 303, headers: { location: `/accesso/password${next}` } }),
			event.url
		);
	}
	// A cookie-authenticated GraphQL request that changes state must come from our own pages.
	if (
		event.url.pathname.startsWith('/graphql') &&
		violatesCsrf(event.request, event.url.origin, event.locals.viewer !== null)
	) {
		return secure(
			new Response(
				JSON.stringify({
					errors: [
						{
							message: 'Richiesta da un’altra origine rifiutata. / Cross-origin request refused.',
							extensions: { code: 'FORBIDDEN' }
						}
					]
				}),
				{ status: 403, headers: { 'content-type': 'application/json' } }
			),
			event.url
		);
	}
	const response = await withResumedSession(event.request.method, token, session, () =>
		resolve(event)
	);
	return secure(response, event.url);
}
