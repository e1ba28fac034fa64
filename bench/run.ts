/**
 * `npm run bench`: every benchmark of issues 9 and 20 in one run. First the functions the resolvers
 * call, in this process (below); then the pages over HTTP against the production build (bench/http/,
 * alone with `npm run bench -- --only http`). Starts a throw-away Neo4j (free port, temp
 * data dir), prepares it as `npm start` does, imports the generated regional document through the
 * users' import path, times the reads, the scorecards and the network metrics (with networkx and
 * python-igraph side by side), runs the map-render benchmark when present, prints a table and
 * writes bench/results/latest.json. Medians and p95 over repeated runs after warm-up: the machine
 * is shared and noisy.
 *
 * Environment: BENCH_SEED (default 20260), BENCH_SCALE (default 1: fraction of the regional plan,
 * for a quick smoke run), BENCH_REPS (default 40), BENCH_SKIP_PYTHON=1, BENCH_SKIP_MAP=1,
 * BENCH_SKIP_GEO=1; for the
 * HTTP part see bench/README.md.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startLocalNeo4j, type LocalNeo4j } from '../graph/local-neo4j';
import { neo4jMemory } from '../graph/neo4j-memory';
import { prepareDatabase } from '../src/cli/seed';
import { validateDocument } from '../src/lib/domain/validation';
import {
	buildGraph,
	communitiesOf,
	computeNetworkMetrics,
	eigenvectorOf,
	shortestPathCentralities,
	type NetworkInput
} from '../src/lib/scoring/network-metrics';
import { closeDriver, connect, readTx } from '../src/lib/server/db/driver';
import { importDocument } from '../src/lib/server/network/entities';
import { ambitoNetwork, type MapGraph } from '../src/lib/server/network/map-graph-queries';
import { searchActors } from '../src/lib/server/network/network-queries';
import {
	resolveRubric,
	scoreProject,
	scoreProjects
} from '../src/lib/server/evaluation/scorecard-service';
import { readTerritoryFiles } from '../src/lib/server/territory/territory-files';
import { checkRegionalDocument, documentSize, generateRegionalDocument } from './generate';
import { scaledPlan, SEARCH_TERMS, searchFilters } from './workload';
import { runHttpBench } from './http';
import { printTable } from './table';
import { ensurePythonVenv } from '../scripts/python-venv';
import {
	MemorySampler,
	percentile,
	procStatus,
	repeat,
	round,
	spread,
	stats,
	time,
	type Stats
} from './stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = path.join(ROOT, 'bench', 'results');
const SEED = Number(process.env.BENCH_SEED ?? 20260);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const REPS = Number(process.env.BENCH_REPS ?? 40);
/** Neo4j's heap and page cache, as `npm start` sizes them (graph/neo4j-memory.ts). */
const NEO4J_MEMORY = neo4jMemory();

// --- machine -------------------------------------------------------------------------------------

function machineFacts(neo4jVersion: string | null) {
	const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
	return {
		cpuModel: os.cpus()[0]?.model ?? null,
		cpus: os.cpus().length,
		totalMemMb: Math.round(os.totalmem() / 2 ** 20),
		os: `${os.type()} ${os.release()} ${os.arch()}`,
		node: process.version,
		java: /version "([^"]+)"/.exec(java.stderr ?? '')?.[1] ?? null,
		neo4j: neo4jVersion,
		neo4jHeapMb: NEO4J_MEMORY.heapMb,
		neo4jPageCacheMb: NEO4J_MEMORY.pageCacheMb,
		loadAverageAtStart: os.loadavg().map((x) => round(x, 2))
	};
}

// --- helpers -------------------------------------------------------------------------------------

function metricsInput(view: MapGraph): NetworkInput {
	// Exactly what ambitoNetworkMetrics (src/lib/server/evaluation/scorecard-service.ts) hands to computeNetworkMetrics.
	return {
		nodes: view.nodes.map((n) => ({ ...n })),
		edges: view.edges.map((e) => ({ source: e.source, target: e.target, weight: e.strength ?? 1 }))
	};
}

/** Trama's metrics phase by phase: the same functions computeNetworkMetrics composes. */
function metricsBreakdown(input: NetworkInput): Record<string, number> {
	const t = (fn: () => unknown) => {
		const t0 = performance.now();
		fn();
		return performance.now() - t0;
	};
	let graph = buildGraph(input);
	const out: Record<string, number> = {};
	out.build = t(() => (graph = buildGraph(input)));
	out.degree = t(() => graph.forEachNode((n) => graph.degree(n)));
	// One shortest-path pass gives both (networkx and igraph report them apart: compare with their sum).
	out.betweennessAndCloseness = t(() => shortestPathCentralities(graph));
	out.eigenvector = t(() => eigenvectorOf(graph));
	out.louvain = t(() => communitiesOf(graph));
	return out;
}

function runPython(graphFile: string, reps: number, skipNetworkx: boolean): Promise<unknown> {
	let python: string;
	try {
		python = ensurePythonVenv();
	} catch (error) {
		return Promise.resolve({ skipped: (error as Error).message });
	}
	return new Promise((resolve) => {
		const args = [path.join(ROOT, 'bench', 'metrics.py'), graphFile, String(reps)];
		if (skipNetworkx) args.push('--skip-networkx');
		const child = spawn(python, args, { stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		let err = '';
		child.stdout.on('data', (d: Buffer) => (out += d.toString()));
		child.stderr.on('data', (d: Buffer) => (err += d.toString()));
		child.on('close', (code) => {
			try {
				resolve(JSON.parse(out));
			} catch {
				resolve({ skipped: `python exited ${code}: ${err.slice(-500)}` });
			}
		});
	});
}

/** Runs a Chromium benchmark script in its own process and reads the JSON it writes. */
async function runBrowserBench(
	name: 'map-render' | 'geo-render',
	json: string,
	skipVar: string
): Promise<{
	data: Record<string, unknown> | null;
	reason: string | null;
}> {
	const script = path.join(ROOT, 'bench', `${name}.ts`);
	if (process.env[skipVar] === '1') return { data: null, reason: `${skipVar}=1` };
	if (!existsSync(script)) return { data: null, reason: `bench/${name}.ts absent` };
	const code = await new Promise<number | null>((resolve) => {
		const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
		const child = spawn(tsx, [script], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
		child.on('close', resolve);
	});
	const file = path.join(RESULTS, json);
	if (code !== 0) return { data: null, reason: `bench/${name}.ts exited with ${code}` };
	try {
		return {
			data: JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>,
			reason: null
		};
	} catch {
		return { data: null, reason: `bench/results/${json} missing or unreadable` };
	}
}

/** Finds a number in the map benchmark's JSON whatever its nesting: first key matching all patterns. */
function findNumber(data: unknown, patterns: RegExp[], trail = ''): number | null {
	if (data === null || typeof data !== 'object') return null;
	for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
		const here = `${trail}.${key}`;
		if (typeof value === 'number' && patterns.every((p) => p.test(here))) return value;
	}
	for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
		const found = findNumber(value, patterns, `${trail}.${key}`);
		if (found !== null) return found;
	}
	return null;
}

// --- main ----------------------------------------------------------------------------------------

/** The functions the resolvers call, timed in this process (issue 9); returns latest.json's body. */
async function runInProcess(started: Date, log: (msg: string) => void) {
	const dataDir = await mkdtemp(path.join(os.tmpdir(), 'trama-bench-'));
	let neo4j: LocalNeo4j | null = null;
	const memory = new MemorySampler({
		app: () => ['self'],
		neo4j: () => (neo4j ? [neo4j.pid] : [])
	}).start();
	const details: Record<string, unknown> = {};
	try {
		memory.phase = 'startup';
		neo4j = await startLocalNeo4j({ dataDir, boltPort: 0, ...NEO4J_MEMORY });
		log(
			`Neo4j ${neo4j.version} on ${neo4j.uri} (pid ${neo4j.pid}, heap ${NEO4J_MEMORY.heapMb} MB, page cache ${NEO4J_MEMORY.pageCacheMb} MB)`
		);
		await connect({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j' });
		await prepareDatabase();
		const machine = machineFacts(neo4j.version);

		// 1. Generate and import.
		memory.phase = 'generate';
		const territory = await readTerritoryFiles();
		const plan = scaledPlan(SCALE);
		const gen = await time(() => generateRegionalDocument(territory, SEED, plan));
		const doc = gen.value;
		const problems = checkRegionalDocument(doc, territory);
		if (SCALE === 1 && problems.length)
			throw new Error(`generated document: ${problems.join('; ')}`);
		const size = documentSize(doc);
		log(`generated ${size.nodes} nodes, ${size.relations} relations in ${gen.ms.toFixed(0)} ms`);
		memory.phase = 'import';
		const imported = await time(() =>
			importDocument(doc, { by: 'bench', source: `bench seed ${SEED}` }, validateDocument)
		);
		log(`imported in ${(imported.ms / 1000).toFixed(1)} s`);
		const counts = await readTx(async (tx) => {
			const r = await tx.run(
				`CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relations } RETURN nodes, relations`
			);
			return {
				nodes: r.records[0]!.get('nodes') as number,
				relations: r.records[0]!.get('relations') as number
			};
		});
		details.graph = {
			seed: SEED,
			scale: SCALE,
			plan,
			generated: size,
			database: counts,
			generateMs: round(gen.ms)
		};

		// 2. Ambito network: find the largest Ambito, then time its map query.
		memory.phase = 'ambitoNetwork';
		const ambitoIds = territory.ambiti.map((a) => a.id).sort();
		const sizes: Array<{ id: string; nodes: number; edges: number }> = [];
		for (const id of ambitoIds) {
			const view = await ambitoNetwork(id, 1, 20_000);
			sizes.push({ id, nodes: view?.nodes.length ?? 0, edges: view?.edges.length ?? 0 });
		}
		sizes.sort((a, b) => b.nodes - a.nodes || a.id.localeCompare(b.id));
		const largest = sizes[0]!;
		log(
			`largest Ambito: ${largest.id} (${largest.nodes} nodes, ${largest.edges} edges at depth 1)`
		);
		const networkSamples = await repeat(REPS, 5, () => ambitoNetwork(largest.id, 1, 5000));
		const depth2 = await ambitoNetwork(largest.id, 2, 20_000);
		const depth2Samples = await repeat(Math.max(5, Math.round(REPS / 4)), 2, () =>
			ambitoNetwork(largest.id, 2, 5000)
		);
		const ambitoNetworkStats = stats(networkSamples);
		details.ambitoNetwork = {
			ambitoId: largest.id,
			largestFive: sizes.slice(0, 5),
			depth1MaxNodes5000: ambitoNetworkStats,
			depth2MaxNodes5000: {
				...stats(depth2Samples),
				nodesUncapped: depth2?.nodes.length,
				edgesUncapped: depth2?.edges.length
			}
		};
		log(`ambitoNetwork p50 ${ambitoNetworkStats.medianMs} ms, p95 ${ambitoNetworkStats.p95Ms} ms`);

		// 3. Actor search (full-text, with and without filters), the first page of 20 as the UI asks.
		memory.phase = 'search';
		const filters = searchFilters(largest.id);
		const searchSamples = await repeat(filters.length * 5, filters.length, (i) =>
			searchActors(filters[i % filters.length]!, 20, 0)
		);
		const searchTotals = await Promise.all(
			filters.slice(0, 5).map(async (f) => ({ ...f, total: (await searchActors(f, 20, 0)).total }))
		);
		const searchStats = stats(searchSamples);
		details.search = {
			queries: filters.length,
			first: 20,
			stats: searchStats,
			examples: searchTotals
		};
		log(`search p50 ${searchStats.medianMs} ms, p95 ${searchStats.p95Ms} ms`);

		// 4. One scorecard (rubric read + snapshot read + scoring), as the scorecard query does.
		memory.phase = 'scorecard';
		const projectIds = doc.projects.map((p) => p.id);
		const sampleIds = spread(projectIds, Math.min(200, projectIds.length));
		const scoreSamples = await repeat(sampleIds.length, 10, (i) =>
			scoreProject(sampleIds[i % sampleIds.length]!)
		);
		const scorecardStats = stats(scoreSamples);
		log(`scorecard p50 ${scorecardStats.medianMs} ms, p95 ${scorecardStats.p95Ms} ms`);

		// 5. All scorecards: one rubric, every project, in the batches the evaluators' table uses.
		memory.phase = 'allScorecards';
		const rubric = await resolveRubric();
		const allRuns: number[] = [];
		let scored = 0;
		for (let i = 0; i < 3; i++) {
			const run = await time(() => scoreProjects(projectIds, rubric));
			allRuns.push(run.ms);
			scored = run.value.scores.length;
		}
		const allScorecardsMs = percentile(allRuns, 50);
		const partnersPerProject = doc.partnerships.length / Math.max(1, doc.projects.length);
		details.scorecards = {
			rubric: { id: rubric.id, version: (rubric as { version?: number }).version ?? null },
			one: scorecardStats,
			oneSampleSize: sampleIds.length,
			all: {
				projects: scored,
				runsMs: allRuns.map((x) => round(x, 0)),
				medianMs: round(allScorecardsMs, 0),
				perProjectMs: round(allScorecardsMs / Math.max(1, scored), 2),
				batchSize: 200
			},
			partnersPerProject: round(partnersPerProject, 1)
		};
		log(`all ${scored} scorecards: median ${(allScorecardsMs / 1000).toFixed(2)} s`);

		// 6. Network metrics of the largest Ambito: Trama vs networkx vs python-igraph.
		memory.phase = 'metrics';
		const view = (await ambitoNetwork(largest.id, 1, 20_000))!;
		const endToEnd = await repeat(5, 1, async () => {
			const input = metricsInput((await ambitoNetwork(largest.id, 1, 20_000))!);
			return computeNetworkMetrics(input);
		});
		const samples: Record<string, unknown> = {};
		let ratios = { networkx: NaN, igraph: NaN };
		const graphs: Array<{ name: string; view: MapGraph; reps: number; skipNetworkx: boolean }> = [
			{ name: 'largestAmbitoDepth1', view, reps: 5, skipNetworkx: false },
			...(depth2
				? [{ name: 'largestAmbitoDepth2', view: depth2, reps: 3, skipNetworkx: false }]
				: [])
		];
		for (const g of graphs) {
			const input = metricsInput(g.view);
			const built = buildGraph(input);
			const tramaSamples = await repeat(g.reps, 1, async () => computeNetworkMetrics(input));
			const breakdowns = [0, 1, 2].map(() => metricsBreakdown(input));
			const perMetric = Object.fromEntries(
				Object.keys(breakdowns[0]!).map((k) => [
					k,
					round(
						percentile(
							breakdowns.map((b) => b[k]!),
							50
						)
					)
				])
			);
			const file = path.join(dataDir, `${g.name}.json`);
			await writeFile(
				file,
				JSON.stringify({
					nodes: input.nodes.map((n) => n.id),
					edges: input.edges.map((e) => [e.source, e.target, e.weight ?? 1])
				})
			);
			const python =
				process.env.BENCH_SKIP_PYTHON === '1'
					? { skipped: 'BENCH_SKIP_PYTHON=1' }
					: ((await runPython(file, g.reps, g.skipNetworkx)) as {
							networkx?: { medianMs: number; perMetricMedianMs: Record<string, number> };
							igraph?: { medianMs: number; perMetricMedianMs: Record<string, number> };
						});
			const tramaMs = percentile(tramaSamples, 50);
			const nx = (python as { networkx?: { medianMs: number } }).networkx?.medianMs ?? NaN;
			const ig = (python as { igraph?: { medianMs: number } }).igraph?.medianMs ?? NaN;
			samples[g.name] = {
				graph: { nodes: built.order, edges: built.size },
				trama: { ...stats(tramaSamples), perMetricMedianMs: perMetric },
				python,
				networkxOverTrama: round(nx / tramaMs, 2),
				tramaOverIgraph: round(tramaMs / ig, 2)
			};
			if (g.name === 'largestAmbitoDepth1')
				ratios = { networkx: nx / tramaMs, igraph: tramaMs / ig };
			log(
				`metrics ${g.name} (${built.order} nodes, ${built.size} edges): trama ${tramaMs.toFixed(0)} ms, networkx ${nx.toFixed(0)} ms, igraph ${ig.toFixed(0)} ms`
			);
		}
		details.networkMetrics = {
			ambitoId: largest.id,
			endToEndWithDbRead: stats(endToEnd),
			graphs: samples,
			ratioDefinitions: {
				metricsVsNetworkxRatio: 'networkx median / Trama median on the same graph (goal ≥ 10)',
				metricsVsIgraphRatio: 'Trama median / python-igraph median on the same graph (goal ≤ 3)'
			}
		};

		// 7. Map render (Chromium), by bench/map-render.ts when present.
		memory.phase = 'map';
		const map = await runBrowserBench('map-render', 'map.json', 'BENCH_SKIP_MAP');
		const mapFirst2k = map.data ? findNumber(map.data, [/2k|2000/i, /first/i]) : null;
		const mapFirst10k = map.data ? findNumber(map.data, [/10k|10000/i, /first/i]) : null;
		details.map = map.data ?? { skipped: map.reason };

		// 7b. Geographic map render (Chromium), by bench/geo-render.ts.
		memory.phase = 'geo';
		const geo = await runBrowserBench('geo-render', 'geo.json', 'BENCH_SKIP_GEO');
		const geoNumber = (key: string) =>
			typeof geo.data?.[key] === 'number' ? (geo.data[key] as number) : null;
		details.geo = geo.data ?? { skipped: geo.reason };

		// 8. Memory.
		memory.stop();
		await memory.sample();
		const appStatus = await procStatus('self');
		const neo4jStatus = neo4j ? await procStatus(neo4j.pid) : null;
		const peakRss = {
			appMb: appStatus?.hwmMb ?? null,
			neo4jMb: neo4jStatus?.hwmMb ?? null,
			byPhaseMb: memory.peakByPhase,
			note: 'VmHWM from /proc/<pid>/status; the bench process plays the app (it also holds the generated document).'
		};

		const result = {
			generatedAt: started.toISOString(),
			durationSeconds: round((Date.now() - started.getTime()) / 1000, 0),
			machine: { ...machine, loadAverageAtEnd: os.loadavg().map((x) => round(x, 2)) },
			importSeconds: round(imported.ms / 1000, 2),
			ambitoNetworkP50Ms: ambitoNetworkStats.medianMs,
			ambitoNetworkP95Ms: ambitoNetworkStats.p95Ms,
			searchP50Ms: searchStats.medianMs,
			searchP95Ms: searchStats.p95Ms,
			scorecardP50Ms: scorecardStats.medianMs,
			scorecardP95Ms: scorecardStats.p95Ms,
			allScorecardsSeconds: round(allScorecardsMs / 1000, 2),
			networkMetricsMs: (samples.largestAmbitoDepth1 as { trama: Stats }).trama.medianMs,
			mapFirstRender2kMs: mapFirst2k,
			mapFirstRender10kMs: mapFirst10k,
			geoRenderP50Ms: geoNumber('geoRenderP50Ms'),
			geoRenderP95Ms: geoNumber('geoRenderP95Ms'),
			geoAssetBytes: geoNumber('geoAssetBytes'),
			geoAssetGzipBytes: geoNumber('geoAssetGzipBytes'),
			metricsVsNetworkxRatio: round(ratios.networkx, 2),
			metricsVsIgraphRatio: round(ratios.igraph, 2),
			peakRssMb: (peakRss.appMb ?? 0) + (peakRss.neo4jMb ?? 0),
			peakRss,
			targets: TARGETS,
			details
		};
		return result;
	} finally {
		memory.stop();
		await closeDriver().catch(() => {});
		await neo4j?.stop().catch(() => {});
		await rm(dataDir, { recursive: true, force: true });
	}
}

/** The goals of issue 20 (2 cores, the regional graph); `printTable` marks each ok or MISSED. */
const TARGETS = {
	importSeconds: 12,
	ambitoNetworkP95Ms: 150,
	searchP95Ms: 30,
	scorecardP95Ms: 30,
	allScorecardsSeconds: 5,
	mapFirstRender2kMs: 1500,
	mapFirstRender10kMs: 1200,
	geoRenderP50Ms: 300,
	metricsVsNetworkxRatio: 10,
	metricsVsIgraphRatio: 1,
	rankingRegionalP95Ms: 1000,
	rankingFirstRequestMs: 3000,
	dossierPageP95Ms: 200,
	mapPageP50Ms: 1500,
	httpLoadP95Ms: 1000,
	httpLoadErrors: 0,
	importPeakRssMb: 600,
	httpAppPeakRssMb: 600
};

type Result = Record<string, unknown>;
/** The top-level figures the HTTP part writes (kept from the previous run by `--skip http`). */
const HTTP_KEYS = new Set([
	'rankingRegionalP95Ms',
	'rankingFirstRequestMs',
	'dossierPageP95Ms',
	'mapPageP50Ms',
	'httpLoadP95Ms',
	'httpLoadErrors',
	'httpLoadRps',
	'twoProcessRps',
	'importPeakRssMb',
	'httpAppPeakRssMb',
	'httpNeo4jPeakRssMb',
	'httpPeakRss'
]);

/**
 * `npm run bench`: everything. `npm run bench -- --only http`: only the pages over HTTP, merged into
 * the latest.json of the last full run (its other figures kept). `--skip http`: everything else
 * (the HTTP figures of the previous run kept).
 */
async function main() {
	const { values } = parseArgs({
		options: {
			only: { type: 'string' },
			skip: { type: 'string', multiple: true, default: [] },
			// a smoke run (BENCH_SCALE=0.1) writes elsewhere, not over the figures of record
			out: { type: 'string', default: path.join(RESULTS, 'latest.json') }
		}
	});
	if (values.only !== undefined && values.only !== 'http')
		throw new Error(`--only ${values.only}: only "http" can run alone`);
	const started = new Date();
	const log = (msg: string) =>
		console.log(`[bench ${((Date.now() - started.getTime()) / 1000).toFixed(0)}s] ${msg}`);
	const file = path.resolve(values.out);
	// What this run does not measure is kept from the previous latest.json.
	const previous = JSON.parse(await readFile(file, 'utf8').catch(() => '{}')) as Result;
	const inProcess = values.only ? null : await runInProcess(started, log);
	const http = values.skip.includes('http')
		? null
		: await runHttpBench({
				seed: SEED,
				plan: scaledPlan(SCALE),
				neo4jMemory: NEO4J_MEMORY,
				searchTerms: SEARCH_TERMS,
				log
			});
	const httpFigures: Result = http
		? {
				...http.keys,
				httpAppPeakRssMb: http.peakRss.appMb,
				httpNeo4jPeakRssMb: http.peakRss.neo4jMb,
				httpPeakRss: http.peakRss
			}
		: Object.fromEntries(Object.entries(previous).filter(([k]) => HTTP_KEYS.has(k)));
	const {
		details: inProcessDetails,
		targets: _targets,
		...inProcessFigures
	} = inProcess ?? Object.fromEntries(Object.entries(previous).filter(([k]) => !HTTP_KEYS.has(k)));
	const result: Result = {
		...inProcessFigures,
		...httpFigures,
		targets: TARGETS,
		details: {
			...(inProcessDetails as Result | undefined),
			http: http
				? {
						generatedAt: started.toISOString(),
						durationSeconds: round((Date.now() - started.getTime()) / 1000, 0),
						...http.details
					}
				: (previous.details as Result | undefined)?.http
		}
	};
	await mkdir(path.dirname(file), { recursive: true });
	await writeFile(file, JSON.stringify(result, null, '\t') + '\n');
	printTable(result);
	console.log(`\nwritten ${path.relative(ROOT, file)}`);
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
