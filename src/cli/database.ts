import { localNeo4jStatus, startLocalNeo4j, type LocalNeo4j } from '../../graph/local-neo4j';
import {
	closeDriver,
	connect,
	neo4jConfigFromEnv,
	type Neo4jConfig
} from '../lib/server/db/driver';
import { neo4jDataDir } from './paths';

export const log = (message: string) => console.log(`  ${message}`);

/** Which Neo4j the CLI talks to: NEO4J_URI when set, otherwise the project's local one. */
export function usesExternalNeo4j(): boolean {
	return Boolean(process.env.NEO4J_URI?.trim());
}

export const localBoltPort = () => Number(process.env.TRAMA_NEO4J_PORT ?? 7687);

/**
 * Connects to the database for one command. A local Neo4j already running (e.g. from `npm start`
 * or `trama db:start`) is reused; otherwise one is started for the command and stopped after it.
 */
export async function withDatabase<T>(work: (config: Neo4jConfig) => Promise<T>): Promise<T> {
	let started: LocalNeo4j | null = null;
	let config: Neo4jConfig;
	if (usesExternalNeo4j()) {
		config = neo4jConfigFromEnv();
	} else {
		const status = await localNeo4jStatus(neo4jDataDir);
		let uri = status.running ? status.uri : undefined;
		if (!uri) {
			started = await startLocalNeo4j({
				dataDir: neo4jDataDir,
				boltPort: localBoltPort(),
				onProgress: log
			});
			uri = started.uri;
		}
		config = { uri, user: 'neo4j', password: '', database: 'neo4j' };
	}
	try {
		await connect(config);
		return await work(config);
	} finally {
		await closeDriver();
		await started?.stop();
	}
}
