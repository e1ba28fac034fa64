/**
 * A database kept by `bench/scoring-search.ts --data-dir`, stopped and started again: its page cache,
 * query plans and compiled code empty, as after `npm start`. Left running (kill <pid> from
 * <dir>/trama-neo4j.json to stop it).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startLocalNeo4j, type LocalNeo4j } from '../graph/local-neo4j';

export async function restartKeptNeo4j(
	dataDir: string,
	memory: { heapMb?: number; pageCacheMb?: number } = {}
): Promise<LocalNeo4j> {
	const state = JSON.parse(await readFile(path.join(dataDir, 'trama-neo4j.json'), 'utf8')) as {
		pid: number;
	};
	try {
		process.kill(state.pid, 'SIGTERM');
	} catch {
		// already stopped
	}
	for (let i = 0; i < 600; i++) {
		try {
			process.kill(state.pid, 0);
			await new Promise((r) => setTimeout(r, 100));
		} catch {
			break;
		}
	}
	return startLocalNeo4j({ dataDir, boltPort: 0, exitWithParent: false, ...memory });
}
