import { inject } from 'vitest';
import { createYoga } from 'graphql-yoga';
import { closeDriver, connect } from '../../src/lib/server/db/driver';
import { schema } from '../../src/lib/server/graphql/schema';
import { createContext } from '../../src/lib/server/graphql/context';
import type { Viewer } from '../../src/lib/server/auth/policy';
import type { UserRoleId } from '../../src/lib/server/auth/roles';

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
 * Runs one operation through the real schema and resolvers (no HTTP server needed), as `viewer`:
 * an administrator unless given (pass null for an anonymous request).
 */
export async function execute<T = Record<string, unknown>>(
	/** a query's text, or an operation of the pages (`graphql()`, typed from the schema) */
	query: string | { toString(): string },
	variables: Record<string, unknown> = {},
	viewer: Viewer | null = testViewer(),
	/** The client's address, for per-address limits (default: unknown). */
	clientAddress: string | null = null
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
