/**
 * The start's warm-up on a cold Neo4j (issue 20: "≤ 3 s first request after start"), alone: the
 * database kept by `bench/scoring-search.ts --data-dir` is stopped and started again (its page cache
 * empty, as after `npm start`), then `warmUp()` (the regional ranking page's operations, as the app's
 * start runs them) is timed, then the same scoring run (every project) warm. One cold run per
 * invocation: the app's caches must start empty, as in a new process.
 *
 * node --expose-gc --import tsx bench/warm-up.ts --data-dir /tmp/db [--label after]
 *
 * The database is left running (restarted): stop it with kill <pid> from <dir>/trama-neo4j.json.
 *
 * Appends one line to bench/results/warm.txt with the load average (the machine is shared).
 */
import { appendFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { closeDriver, connect, readTx } from '../src/lib/server/db/driver';
import { resolveRubric, scoreProjects } from '../src/lib/server/evaluation/scorecard-service';
import { warmUp } from '../src/lib/server/warm-up';
import { restartKeptNeo4j } from './kept-neo4j';
import { loadAverageSince, procStatus, round, time } from './stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HEAP_MB = 3072; // as bench/run.ts and bench/scoring-search.ts start it

async function main() {
	const { values } = parseArgs({
		options: {
			label: { type: 'string', default: 'run' },
			'data-dir': { type: 'string' }
		}
	});
	if (!values['data-dir']) throw new Error('--data-dir: a database kept by scoring-search.ts');
	const dataDir = path.resolve(values['data-dir']);
	const log = (msg: string) => console.log(`[warm-up] ${msg}`);
	const loadAtStart = os.loadavg();
	const line: Record<string, unknown> = { label: values.label };
	const neo4j = await restartKeptNeo4j(dataDir, { heapMb: HEAP_MB });
	log(`Neo4j restarted on ${neo4j.uri} (pid ${neo4j.pid})`);
	await connect({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j' });
	try {
		// Each run is its own process: the app's caches (kept per data version) start empty, as at a start.
		const first = await warmUp();
		line.projects = first.projects;
		line.coldWarmUpMs = first.ms;
		// What the caches hold once warm (run with --expose-gc: after a full collection).
		(globalThis as { gc?: () => void }).gc?.();
		line.heapAfterWarmUpMb = round(process.memoryUsage().heapUsed / 2 ** 20, 0);
		// Warm: the caches now hold the ranking, so the same scoring run is timed on its own.
		const ids = await readTx(async (tx) =>
			(await tx.run('MATCH (p:Project) RETURN p.id AS id')).records.map(
				(r) => r.get('id') as string
			)
		);
		const rubric = await resolveRubric();
		const warm = await time(() => scoreProjects(ids, rubric));
		line.warmScoringMs = round(warm.ms, 0);
		line.peakRssMb = (await procStatus(process.pid))?.hwmMb;
	} finally {
		await closeDriver();
	}
	line.loadAverage = loadAverageSince(loadAtStart);
	await appendFile(
		path.join(ROOT, 'bench', 'results', 'warm.txt'),
		`${new Date().toISOString()} ${JSON.stringify(line)}\n`
	);
	log(JSON.stringify(line));
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
