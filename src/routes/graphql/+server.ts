import type { RequestEvent, RequestHandler } from './$types';
import { dev } from '$app/environment';
import { schema } from '$lib/server/graphql/schema';
import { createContext } from '$lib/server/graphql/context';
import { createHardenedYoga } from '$lib/server/auth/graphql-hardening';
import { REQUEST_BODY_LIMIT_BYTES } from '$lib/server/transfer/import/limits';
import { requestTooLargeMessage } from '$lib/server/transfer/import/file-errors';

/** GraphQL at /graphql: the viewer comes from the session (hooks.server.ts), never from the body. */
const yoga = createHardenedYoga<RequestEvent>({
	schema,
	production: !dev,
	context: (event) => createContext(event.locals.viewer ?? null, clientAddressOf(event)),
	hasViewer: (event) => Boolean(event.locals?.viewer),
	// Node's own streams: yoga's SSE stream (workshop subscriptions) must start before adapter-node
	// can cancel it (a client gone at once); the ponyfill's lazy start crashed the process then.
	fetchAPI: { Response, ReadableStream, TextEncoder }
});

/** The client's address (adapter-node: the socket's, or ADDRESS_HEADER behind a proxy). */
function clientAddressOf(event: RequestEvent): string | null {
	try {
		return event.getClientAddress();
	} catch {
		return null;
	}
}

const handle: RequestHandler = (event) => {
	// adapter-node refuses a larger body too (BODY_SIZE_LIMIT, same number), but in English.
	const length = Number(event.request.headers.get('content-length'));
	if (length > REQUEST_BODY_LIMIT_BYTES) {
		const message = requestTooLargeMessage(length);
		return Response.json(
			{ errors: [{ message: `${message.it} / ${message.en}`, extensions: { code: 'BAD_INPUT' } }] },
			{ status: 413 }
		);
	}
	return yoga.handleRequest(event.request, event);
};

export { handle as GET, handle as POST, handle as OPTIONS };
