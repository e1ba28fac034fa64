import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j } from '../../graph/local-neo4j';
import { closeDriver, connect } from '../../src/lib/server/db/driver';
import { prepareDatabase } from '../../src/cli/seed';

declare module 'vitest' {
	export interface ProvidedContext {
		neo4jUri: string;
	}
}

/** A real Neo4j for the test run: free port, throw-away data folder, schema and real territory loaded. */
export default async function setup(project: TestProject) {
	const dataDir = mkdtempSync(join(tmpdir(), 'trama-test-neo4j-'));
	const neo4j = await startLocalNeo4j({ dataDir, boltPort: 0 });
	await connect({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j' });
	await prepareDatabase({ demo: true });
	await closeDriver();
	project.provide('neo4jUri', neo4j.uri);
	process.env.TRAMA_TEST_NEO4J_URI = neo4j.uri;
	return async () => {
		await neo4j.stop();
		rmSync(dataDir, { recursive: true, force: true });
	};
}
