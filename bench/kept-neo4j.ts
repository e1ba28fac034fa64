/**
 * A database kept by `bench/scoring-search.ts --data-dir`, stopped and started again: its page cache,
 * query plans and compiled code empty, as after `npm start`. Left running (kill <pid> from
 * <dir>/trama-neo4j.json to stop it).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { localNeo4jStatus, startLocalNeo4j, type LocalNeo4j } from '../graph/local-neo4j';

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

/** `--data-dir <kept database> --build <build dir> [--label x]`, with that database running. */
export async function keptDatabaseAndBuild() {
	const { values } = parseArgs({
		options: {
			'data-dir': { type: 'string' },
			build: { type: 'string' },
			label: { type: 'string', default: 'run' }
		}
	});
	if (!values['data-dir'] || !values.build)
		throw new Error('usage: --data-dir <kept database> --build <build dir> [--label x]');
	const dataDir = path.resolve(values['data-dir']);
	const status = await localNeo4jStatus(dataDir);
	if (!status?.running || !status.uri) throw new Error(`no Neo4j running in ${dataDir}`);
	return { dataDir, buildDir: path.resolve(values.build), label: values.label, uri: status.uri };
}
