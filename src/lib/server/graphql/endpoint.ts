import type { RequestEvent } from '@sveltejs/kit';
import { dev } from '$app/environment';
import type { Operation, RunOperation, VariablesArg } from '$lib/graphql-client';
import { createHardenedYoga } from '../auth/graphql-hardening';
import { createContext } from './context';
import { answerInProcess } from './in-process';
import { schema } from './schema';

/** GraphQL at /graphql: the viewer comes from the session (hooks.server.ts), never from the body. */
export const endpointYoga = createHardenedYoga<RequestEvent>({
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

/**
 * A server load's operations, answered by /graphql's own yoga (same limits, masking and context:
 * the viewer the request's session resumed) without a sub-request through the hooks and without
 * writing and parsing JSON. yoga adds its own keys (`params`, the context's) to the context object it
 * is given: a fresh object over the page's event, so that the page's own event stays as it was.
 */
export const runInRequest =
	(event: RequestEvent): RunOperation =>
	<Result, Variables>(
		operation: Operation<Result, Variables>,
		...[variables]: VariablesArg<Variables>
	) =>
		answerInProcess(
			endpointYoga,
			event.request,
			Object.create(event) as RequestEvent,
			operation,
			variables
		);
