/**
 * The first regional ranking after a restart alone (bench/http/index.ts step 2: `rankingFirstRequestMs`),
 * against a database kept by `bench/scoring-search.ts --data-dir`, so that two builds are compared back
 * to back in minutes: an app signs in on the running database (the session lives in Neo4j) and stops;
 * Neo4j is stopped and started again (cold); a new app starts (timed until its health says ok, its
 * start-up lines shown), then `GET /valutazione?vista=regione` twice, as the bench asks.
 *
 * npx tsx bench/http/first-request.ts --data-dir /tmp/db --build <build dir> [--label after]
 *
 * Appends one line to bench/results/first-request.txt with the load average (the machine is shared).
 */
import { randomUUID } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { neo4jMemory } from '../../graph/neo4j-memory';
import { startApp } from '../../tests/helpers/app-process';
import { restartKeptNeo4j } from '../kept-neo4j';
import { loadAverageSince, procStatus, round, time } from '../stats';
import { createBenchAdmin, getPage, keptRun, signIn } from './client';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function main() {
	const { dataDir, buildDir, label, neo4jUri: uri } = await keptRun({}, '');
	const loadAtStart = os.loadavg();
	const account = await createBenchAdmin(uri, `pfr-${randomUUID()}@trama.test`, 'Bench');
	const signing = await startApp({ buildDir, neo4jUri: uri, stdout: 'ignore' });
	const cookie = await signIn(signing.url, account.email, account.password);
	await signing.stop();

	// As bench/http/index.ts: the heap and page cache `npm start` gives Neo4j.
	const { heapMb, pageCacheMb } = neo4jMemory();
	const neo4j = await restartKeptNeo4j(dataDir, { heapMb, pageCacheMb });
	const started = await time(() => startApp({ buildDir, neo4jUri: neo4j.uri }));
	const app = started.value;
	try {
		const page = () => time(() => getPage(app.url, cookie, '/valutazione?vista=regione'));
		const first = await page();
		const second = await page();
		const line = {
			label,
			readyMs: round(started.ms, 0),
			firstMs: round(first.ms, 0),
			secondMs: round(second.ms, 0),
			bytes: first.value.bytes,
			appPeakRssMb: (await procStatus(app.child.pid!))?.hwmMb,
			loadAverage: loadAverageSince(loadAtStart)
		};
		await appendFile(
			path.join(ROOT, 'bench', 'results', 'first-request.txt'),
			`${new Date().toISOString()} ${JSON.stringify(line)}\n`
		);
		console.log(JSON.stringify(line));
	} finally {
		await app.stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
