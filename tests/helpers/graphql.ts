import { inject } from 'vitest';
import { createYoga } from 'graphql-yoga';
import { closeDriver, connect } from '../../src/lib/server/db/driver';
import { schema } from '../../src/lib/server/graphql/schema';
import { createContext } from '../../src/lib/server/graphql/context';

/** Connects this test file's process to the run's Neo4j (started by tests/setup/neo4j-global.ts). */
export async function connectTestDatabase() {
	return connect({ uri: inject('neo4jUri'), user: 'neo4j', password: '', database: 'neo4j' });
}
export { closeDriver };

const yoga = createYoga({
	schema,
	context: () => createContext(),
	maskedErrors: false,
	logging: false
});

export interface GraphQLResult<T> {
	data?: T;
	errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

/** Runs one operation through the real schema and resolvers (no HTTP server needed). */
export async function execute<T = Record<string, unknown>>(
	query: string,
	variables: Record<string, unknown> = {}
): Promise<GraphQLResult<T>> {
	const response = await yoga.fetch('http://trama.test/graphql', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ query, variables })
	});
	return (await response.json()) as GraphQLResult<T>;
}
