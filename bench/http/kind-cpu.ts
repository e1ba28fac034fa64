/**
 * CPU per request of each kind of the 50 users' mix (bench/http/load.ts): the app process's and
 * Neo4j's CPU seconds (/proc/<pid>/stat) over N requests of one kind, sent by a few connections at a
 * time, against a database kept by `bench/scoring-search.ts --data-dir`. CPU, not wall-clock time:
 * other work on the shared machine stretches the latter far more. Two builds back to back:
 *
 * npx tsx bench/http/kind-cpu.ts --data-dir /tmp/db --build .data/b [--label after]
 *
 * BENCH_KIND_REQUESTS (default 120 per kind), BENCH_KIND_CONNECTIONS (default 4), BENCH_SCALE,
 * BENCH_SEED; BENCH_APP_NODE_ARGS, node options for the app. Prints one JSON line.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { startApp } from '../../tests/helpers/app-process';
import { localNeo4jStatus } from '../../graph/local-neo4j';
import { readTerritoryFiles } from '../../src/lib/server/territory/territory-files';
import { generateRegionalDocument } from '../generate';
import { loadAverageSince, processCpuSeconds, procStatus, round } from '../stats';
import { scaledPlan, SEARCH_TERMS } from '../workload';
import { createBenchAdmin, getPage, graphql, keptRun, signIn } from './client';
import {
	ambitiBySize,
	browsingMix,
	REGIONAL_RANKING_PAGE,
	warmProcesses,
	type LoadStep,
	type StepKind
} from './load';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

async function main() {
	const { label, neo4jUri, buildDir, dataDir } = await keptRun({}, '');
	const neo4jPid = (await localNeo4jStatus(dataDir))!.pid!;
	const perKind = env('BENCH_KIND_REQUESTS', 120);
	const connections = env('BENCH_KIND_CONNECTIONS', 4);
	const doc = generateRegionalDocument(
		await readTerritoryFiles(),
		env('BENCH_SEED', 20260),
		scaledPlan(env('BENCH_SCALE', 1))
	);
	const account = await createBenchAdmin(neo4jUri, `kcpu-${randomUUID()}@trama.test`, 'Bench');
	const app = await startApp({
		buildDir,
		neo4jUri,
		stdout: 'ignore',
		nodeArgs: process.env.BENCH_APP_NODE_ARGS?.split(' ').filter(Boolean) ?? []
	});
	const appPid = app.child.pid!;
	try {
		const cookie = await signIn(app.url, account.email, account.password);
		await getPage(app.url, cookie, REGIONAL_RANKING_PAGE);
		const steps = browsingMix(await ambitiBySize(app.url, cookie), doc, SEARCH_TERMS);
		await warmProcesses([app.url], cookie, steps);
		const send = (step: LoadStep) =>
			step.graphql
				? graphql(app.url, cookie, step.graphql.query, step.graphql.variables)
				: getPage(app.url, cookie, step.path);
		const loadAtStart = os.loadavg();
		const byKind: Record<string, unknown> = {};
		for (const kind of ['map', 'ranking', 'scorecard', 'search'] as StepKind[]) {
			const ofKind = steps.filter((s) => s.kind === kind);
			let next = 0;
			let bytes = 0;
			const [app0, neo0, t0] = [
				await processCpuSeconds(appPid),
				await processCpuSeconds(neo4jPid),
				performance.now()
			];
			await Promise.all(
				Array.from({ length: connections }, async () => {
					while (next < perKind) {
						const answer = await send(ofKind[next++ % ofKind.length]!);
						bytes += answer.bytes;
					}
				})
			);
			const [app1, neo1, t1] = [
				await processCpuSeconds(appPid),
				await processCpuSeconds(neo4jPid),
				performance.now()
			];
			byKind[kind] = {
				appCpuMsPerRequest: round(((app1 - app0) * 1000) / perKind, 1),
				neo4jCpuMsPerRequest: round(((neo1 - neo0) * 1000) / perKind, 1),
				wallMsPerRequest: round((t1 - t0) / perKind, 1),
				kbPerAnswer: round(bytes / perKind / 1024, 0)
			};
		}
		const memory = await procStatus(appPid);
		console.log(
			JSON.stringify({
				label,
				build: path.basename(buildDir),
				nodeArgs: process.env.BENCH_APP_NODE_ARGS ?? '',
				requestsPerKind: perKind,
				connections,
				byKind,
				appRssMb: memory?.rssMb,
				appPeakRssMb: memory?.hwmMb,
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
