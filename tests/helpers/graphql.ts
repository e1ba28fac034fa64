import { expect, inject } from 'vitest';
import { createYoga } from 'graphql-yoga';
import { closeDriver, connect } from '../../src/lib/server/db/driver';
import { schema } from '../../src/lib/server/graphql/schema';
import { createContext } from '../../src/lib/server/graphql/context';
import type { Viewer } from '../../src/lib/server/auth/policy';
import type { UserRoleId } from '../../src/lib/server/auth/user-roles';

/** Connects this test file's process to the run's Neo4j (started by tests/setup/neo4j-global.ts). */
export async function connectTestDatabase() {
	return connect({ uri: inject('neo4jUri'), user: 'neo4j', password: '', database: 'neo4j' });
}
export { closeDriver };

const yoga = createYoga<{ viewer?: Viewer | null; clientAddress?: string | null }>({
	schema,
	context: ({ viewer, clientAddress }) => createContext(viewer ?? null, clientAddress ?? null),
	maskedErrors: false,
	logging: false
});

export interface GraphQLResult<T> {
	data?: T;
	errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

/** A viewer for tests: administrator by default (roles and assignments can be overridden). */
export function testViewer(overrides: Partial<Viewer> & { roles?: UserRoleId[] } = {}): Viewer {
	return {
		id: 'test-admin',
		name: 'Test Admin',
		email: 'test-admin@trama.test',
		roles: ['amministratore'],
		ambitoIds: [],
		callIds: [],
		workshopIds: [],
		mustChangePassword: false,
		method: 'test',
		...overrides
	};
}

/**
 * One client address per test file (each file loads this module afresh): per-address limits live in
 * the shared database, and one file's deliberate misses must not lock out the next file's requests
 * (a survey link refused RATE_LIMITED after another file spent the "unknown" address's 30 misses).
 */
const FILE_ADDRESS = `198.51.100.${Math.floor(Math.random() * 250) + 1}-${Date.now().toString(36)}`;

/**
 * Runs one operation through the real schema and resolvers (no HTTP server needed), as `viewer`:
 * an administrator unless given (pass null for an anonymous request).
 */
export async function execute<T = Record<string, unknown>>(
	/** a query's text, or an operation of the pages (`graphql()`, typed from the schema) */
	query: string | { toString(): string },
	variables: Record<string, unknown> = {},
	viewer: Viewer | null = testViewer(),
	/** The client's address, for per-address limits (default: this test file's own). */
	clientAddress: string | null = FILE_ADDRESS
): Promise<GraphQLResult<T>> {
	const response = await yoga.fetch(
		'http://trama.test/graphql',
		{
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ query: query.toString(), variables })
		},
		{ viewer, clientAddress }
	);
	return (await response.json()) as GraphQLResult<T>;
}

/** Runs one operation that must succeed (no errors) and returns its data; administrator by default. */
export async function ok<T>(
	query: string | { toString(): string },
	variables: Record<string, unknown> = {},
	viewer: Viewer | null = testViewer()
): Promise<T> {
	const result = await execute<T>(query, variables, viewer);
	expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
	return result.data!;
}

/**
 * A subscription over SSE through yoga, as the pages use it: events land in `events`, and `first`
 * resolves with the first one (an answer with `errors` when the subscription is refused), or null
 * when the stream ends without any.
 */
export function subscribe(
	viewer: Viewer | null,
	query: string,
	variables: Record<string, unknown> = {}
) {
	const controller = new AbortController();
	const events: Array<GraphQLResult<Record<string, unknown>>> = [];
	let firstArrived: (event: GraphQLResult<Record<string, unknown>> | null) => void = () => {};
	const first = new Promise<GraphQLResult<Record<string, unknown>> | null>(
		(resolve) => (firstArrived = resolve)
	);
	const ready = Promise.resolve(
		yoga.fetch(
			'http://trama.test/graphql',
			{
				method: 'POST',
				headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
				body: JSON.stringify({ query, variables }),
				signal: controller.signal
			},
			{ viewer }
		)
	);
	let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
	void ready.then(async (response) => {
		const stream = (reader = response.body!.getReader());
		const decoder = new TextDecoder();
		let buffer = '';
		try {
			for (;;) {
				const { value, done } = await stream.read();
				if (done) break;
				buffer += decoder.decode(value, { stream: true });
				let cut: number;
				while ((cut = buffer.indexOf('\n\n')) >= 0) {
					const chunk = buffer.slice(0, cut);
					buffer = buffer.slice(cut + 2);
					for (const line of chunk.split('\n'))
						if (line.startsWith('data:') && line.length > 5) {
							events.push(JSON.parse(line.slice(5)));
							firstArrived(events[0]!);
						}
				}
			}
		} catch {
			// cancelled
		}
		firstArrived(null);
	});
	/** Stops listening (cancelling the stream ends yoga's subscription). */
	const close = async () => {
		controller.abort();
		await reader?.cancel().catch(() => {});
	};
	return { events, ready, first, close };
}
