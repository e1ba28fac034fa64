import { AsyncLocalStorage } from 'node:async_hooks';
import { resumeSession } from './sessions';

export type ResumedSession = Awaited<ReturnType<typeof resumeSession>>;

/**
 * The session a page request resumed, seen by the GraphQL requests its load sends to /graphql itself
 * (kit's sub-requests, in the same async context): they carry the same cookie, and looking it up
 * again cost a Neo4j transaction each (three per map page). Another cookie is looked up as usual.
 */
const resumedInThisRequest = new AsyncLocalStorage<{ token: string; session: ResumedSession }>();

/** The session of `token`: the enclosing request's for a sub-request with its cookie, else looked up. */
export function resumeOnce(
	token: string,
	isSubRequest: boolean,
	resume: (token: string) => Promise<ResumedSession> = resumeSession
): Promise<ResumedSession> {
	const outer = isSubRequest ? resumedInThisRequest.getStore() : undefined;
	return outer?.token === token ? Promise.resolve(outer.session) : resume(token);
}

/**
 * Answers a request with its resumed session passed on to its sub-requests. Only a GET passes it on:
 * a form action may end or change the session before its page loads again.
 */
export function withResumedSession<T>(
	method: string,
	token: string | undefined,
	session: ResumedSession,
	answer: () => T
): T {
	return token && method === 'GET'
		? resumedInThisRequest.run({ token, session }, answer)
		: answer();
}
