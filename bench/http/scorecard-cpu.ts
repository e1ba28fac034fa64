/**
 * What one scorecard page `/valutazione/progetti/[id]` costs in CPU, the app's and Neo4j's (issue 20:
 * the machine is shared, so CPU seconds per N pages compare two builds where wall time cannot).
 * The load mix's 200 scorecard paths (bench/http/load.ts), each asked once to warm (as the load's
 * warm-up), then N pages in turn, `--concurrency` at a time; CPU from /proc/<pid>/stat before and
 * after. Also the page's HTML size and its data's (`__data.json`, what a client navigation fetches).
 *
 * npx tsx bench/scoring-search.ts --only search --data-dir /tmp/db     # once: Neo4j kept, imported
 * npx tsx bench/http/scorecard-cpu.ts --data-dir /tmp/db --build <build dir> [--label x] [--pages 200]
 *   [--concurrency 1]
 * BENCH_APP_NODE_ARGS: node options for the app (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { localNeo4jStatus } from '../../graph/local-neo4j';
import { startApp } from '../../tests/helpers/app-process';
import { readTerritoryFiles } from '../../src/lib/server/territory/territory-files';
import { generateRegionalDocument } from '../generate';
import { percentile, round } from '../stats';
import { scaledPlan } from '../workload';
import { createBenchAdmin, getPage, keptRun, signIn } from './client';
import { browsingMix, REGIONAL_RANKING_PAGE } from './load';

/** User + system CPU seconds of every thread of the process so far (proc(5) fields 14 and 15). */
function cpuSeconds(pid: number): number {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function main() {
	const { values, label, neo4jUri, buildDir, dataDir } = await keptRun(
		{ pages: { type: 'string' }, concurrency: { type: 'string' } },
		'[--pages 200] [--concurrency 1]'
	);
	const n = Number(values.pages ?? 200);
	const concurrency = Number(values.concurrency ?? 1);
	const neo4jPid = (await localNeo4jStatus(dataDir))!.pid!;
	const doc = generateRegionalDocument(
		await readTerritoryFiles(),
		Number(process.env.BENCH_SEED ?? 20260),
		scaledPlan(Number(process.env.BENCH_SCALE ?? 1))
	);
	const paths = [
		...new Set(
			browsingMix([{ id: 'x' }], doc, ['x'])
				.filter((s) => s.kind === 'scorecard')
				.map((s) => s.path)
		)
	];
	const account = await createBenchAdmin(neo4jUri, `psc-${randomUUID()}@trama.test`, 'Bench');
	const app = await startApp({
		buildDir,
		neo4jUri,
		stdout: 'ignore',
		nodeArgs: process.env.BENCH_APP_NODE_ARGS?.split(' ').filter(Boolean) ?? []
	});
	try {
		const appPid = app.child.pid!;
		const cookie = await signIn(app.url, account.email, account.password);
		await getPage(app.url, cookie, REGIONAL_RANKING_PAGE); // as the load: the ranking first
		for (const p of paths) await getPage(app.url, cookie, p);
		const html = await getPage(app.url, cookie, paths[0]!);
		const data = await fetch(`${app.url}${paths[0]}/__data.json`, { headers: { cookie } });
		const dataBytes = (await data.arrayBuffer()).byteLength;
		const loadAtStart = os.loadavg();
		const [app0, neo0] = [cpuSeconds(appPid), cpuSeconds(neo4jPid)];
		const samples: number[] = [];
		let next = 0;
		await Promise.all(
			Array.from({ length: concurrency }, async () => {
				while (next < n) {
					const i = next++;
					samples.push((await getPage(app.url, cookie, paths[i % paths.length]!)).ms);
				}
			})
		);
		const [app1, neo1] = [cpuSeconds(appPid), cpuSeconds(neo4jPid)];
		return {
			label,
			pages: n,
			concurrency,
			appCpuS: round(app1 - app0, 2),
			neo4jCpuS: round(neo1 - neo0, 2),
			cpuMsPerPage: round(((app1 - app0 + neo1 - neo0) * 1000) / n, 1),
			medianMs: round(percentile(samples, 50)),
			p95Ms: round(percentile(samples, 95)),
			htmlBytes: html.bytes,
			dataBytes,
			loadAverage: [...loadAtStart, ...os.loadavg()].map((x) => round(x, 2)).join(' ')
		};
	} finally {
		await app.stop();
	}
}

main().then(
	(line) => console.log(JSON.stringify(line)),
	(error) => {
		console.error(error);
		process.exit(1);
	}
);
