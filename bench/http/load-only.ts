/**
 * Step 5 of the HTTP bench alone (bench/http/index.ts: 50 signed-in users browsing the mix), against
 * a database kept by `bench/scoring-search.ts --data-dir`, so that two builds of the app are compared
 * back to back on the same data in minutes. Same mix, users, bounds and warm-up as the full run.
 *
 * npx tsx bench/scoring-search.ts --only search --data-dir /tmp/db     # once: Neo4j kept, imported
 * TRAMA_BUILD_DIR=$PWD/.data/b npx vite build                          # each version of the code
 * npx tsx bench/http/load-only.ts --data-dir /tmp/db --build .data/b [--label after] [--cpu-prof dir]
 *
 * Environment as the full run: BENCH_LOAD_USERS, BENCH_LOAD_REQUESTS, BENCH_LOAD_SECONDS,
 * BENCH_LOAD_TIMEOUT, BENCH_SCALE, BENCH_SEED; BENCH_APP_LOG=1 shows the app's log;
 * BENCH_APP_NODE_ARGS, node options for the app (e.g. `--max-semi-space-size=64`). Prints one
 * JSON line (with the load average at start and end: the machine is shared, and the app's peak RSS,
 * VmHWM, from its start to the load's end: the full run's peak is in this step).
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { startApp } from '../../tests/helpers/app-process';
import { readTerritoryFiles } from '../../src/lib/server/territory/territory-files';
import { generateRegionalDocument } from '../generate';
import { loadAverageSince, procStatus } from '../stats';
import { scaledPlan, SEARCH_TERMS } from '../workload';
import { createBenchAdmin, getPage, keptRun, signIn, signInMany } from './client';
import { ambitiBySize, browsingMix, REGIONAL_RANKING_PAGE, runLoad, warmProcesses } from './load';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

async function main() {
	const { values, label, neo4jUri, buildDir } = await keptRun(
		{ 'cpu-prof': { type: 'string' } },
		'[--cpu-prof dir]'
	);
	const users = env('BENCH_LOAD_USERS', 50);
	const doc = generateRegionalDocument(
		await readTerritoryFiles(),
		env('BENCH_SEED', 20260),
		scaledPlan(env('BENCH_SCALE', 1))
	);
	const account = await createBenchAdmin(neo4jUri, `plo-${randomUUID()}@trama.test`, 'Bench');
	const profile = values['cpu-prof'] as string | undefined;
	const app = await startApp({
		buildDir,
		neo4jUri: neo4jUri,
		stdout: process.env.BENCH_APP_LOG === '1' ? 'inherit' : 'ignore',
		nodeArgs: [
			...(profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profile)}`] : []),
			...(process.env.BENCH_APP_NODE_ARGS?.split(' ').filter(Boolean) ?? [])
		]
	});
	try {
		const cookie = await signIn(app.url, account.email, account.password);
		// As the full run: the regional ranking page before anything else, then the Ambiti by size.
		await getPage(app.url, cookie, REGIONAL_RANKING_PAGE);
		const sizes = await ambitiBySize(app.url, cookie);
		const cookies = await signInMany(app.url, account, users);
		const steps = browsingMix(sizes, doc, SEARCH_TERMS);
		const warmed = await warmProcesses([app.url], cookie, steps);
		const loadAtStart = os.loadavg();
		const result = await runLoad({
			url: app.url,
			cookies,
			steps,
			connections: users,
			maxRequests: env('BENCH_LOAD_REQUESTS', 5000),
			maxSeconds: env('BENCH_LOAD_SECONDS', 60),
			timeoutSeconds: env('BENCH_LOAD_TIMEOUT', 30)
		});
		const appPeakRssMb = (await procStatus(app.child.pid!))?.hwmMb ?? null;
		const kinds = Object.entries(result.byKind).map(([k, v]) => `${k} ${v.medianMs}/${v.p95Ms}`);
		console.error(
			`[load-only] ${label}: ${result.rps} req/s, p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, ${result.errors} errors, app peak RSS ${appPeakRssMb} MB; median/p95 by kind: ${kinds.join(', ')}`
		);
		console.log(
			JSON.stringify({
				label: label,
				warmedMs: warmed.ms,
				...result,
				appPeakRssMb,
				loadAverage: loadAverageSince(loadAtStart)
			})
		);
	} finally {
		await app.stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
