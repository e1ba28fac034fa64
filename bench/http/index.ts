/**
 * The pages a person feels, over HTTP (issue 20): the production build served as `npm start` serves
 * it, on a throw-away Neo4j holding the regional generated graph, a user created with the project's
 * CLI and signed in through /accesso. Run by bench/run.ts (alone: `npm run bench -- --only http`).
 *
 * 1. build (only when the code changed), Neo4j, `trama seed`, `trama user:create --admin`, one app;
 * 2. the regional document imported through the `importDocument` mutation (app RSS sampled);
 * 3. app and Neo4j stopped and started again: the first regional ranking after start;
 * 4. warm, one request at a time: regional ranking (GraphQL operation and page), scorecard pages,
 *    dossier pages, search, the map page's HTML; in Chromium: the largest Ambito's map page and the
 *    ranking page;
 * 5. 50 signed-in users browsing a mix (autocannon), against that one process;
 * 6. two app processes on the same Neo4j behind HAProxy (TRAMA_SHARED_EVENTS=neo4j): a workshop
 *    edit through one reaches a subscriber on the other; the same load through the proxy, to two
 *    processes and to one.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLocalNeo4j, type LocalNeo4j } from '../../graph/local-neo4j';
import type { Neo4jMemory } from '../../graph/neo4j-memory';
import { buildIfStale } from '../../src/cli/start';
import { readTerritoryFiles } from '../../src/lib/server/territory/territory-files';
import { generateRegionalDocument, type RegionalPlan } from '../generate';
import { MemorySampler, procStatus, repeat, round, spread, stats, time } from '../stats';
import { AppFleet, haproxyVersion, startHaproxy, waitIdle, type RunningApp } from './apps';
import { mapPageInBrowser, pageInBrowser } from './browser-pages';
import { createBenchAdmin, getPage, graphql, signIn, signInMany, trama } from './client';
import { timeDossierPages } from './dossier-page';
import { importOverHttp, splitDocument } from './import';
import { workshopEditReaches } from './live';
import {
	ambitiBySize,
	browsingMix,
	mapPath,
	REGIONAL_RANKING_PAGE,
	runLoad,
	scorecardPath,
	SEARCH_QUERY,
	warmProcesses,
	type LoadResult
} from './load';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

export interface HttpBenchOptions {
	seed: number;
	plan: RegionalPlan;
	neo4jMemory: Neo4jMemory;
	searchTerms: string[];
	log: (message: string) => void;
}

export async function runHttpBench(options: HttpBenchOptions) {
	const { log } = options;
	const loadAverageAtStart = os.loadavg().map((x) => round(x, 2));
	const reps = env('BENCH_HTTP_REPS', 10);
	const pageReps = env('BENCH_PAGE_REPS', 40);
	const users = env('BENCH_LOAD_USERS', 50);
	const load = {
		connections: users,
		maxRequests: env('BENCH_LOAD_REQUESTS', 5000),
		maxSeconds: env('BENCH_LOAD_SECONDS', 60),
		timeoutSeconds: env('BENCH_LOAD_TIMEOUT', 30)
	};

	// The pages' own operations, typed from the schema into a git-ignored folder (written if absent).
	const codegen = await import('../../scripts/codegen');
	if (!codegen.generatedExists()) await codegen.writeGenerated();
	const { BUSY_ACTORS_QUERY, DESK_CHOICES_QUERY, RANKING_QUERY } =
		await import('../../src/lib/evaluation/queries');
	const { AMBITI_QUERY } = await import('../../src/lib/map/queries');
	const { DEFAULT_RUBRIC_ID } = await import('../../src/lib/evaluation/desk');

	const buildDir = path.join(ROOT, '.data', 'bench', 'build');
	const built = await time(() =>
		buildIfStale(buildDir, {
			...process.env,
			NODE_ENV: 'production',
			TRAMA_KIT_OUTDIR: path.join(ROOT, '.data', 'bench', 'kit')
		})
	);
	log(`http: build ready (${(built.ms / 1000).toFixed(0)} s)`);

	const dataDir = await mkdtemp(path.join(os.tmpdir(), 'trama-bench-http-'));
	const fleet = new AppFleet(buildDir);
	let neo4j: LocalNeo4j | null = null;
	const memory = new MemorySampler(
		{ app: fleet.pids, neo4j: () => (neo4j ? [neo4j.pid] : []) },
		100
	).start();
	let proxy: Awaited<ReturnType<typeof startHaproxy>> | null = null;
	try {
		memory.phase = 'startup';
		const startNeo4j = () => startLocalNeo4j({ dataDir, boltPort: 0, ...options.neo4jMemory });
		neo4j = await startNeo4j();
		await trama(['seed'], neo4j.uri);
		const account = await createBenchAdmin(neo4j.uri, 'bench-http@trama.test', 'Bench HTTP');
		let app = await fleet.start('importer', neo4j.uri);
		const cookie = await signIn(app.url, account.email, account.password);
		log(`http: Neo4j ${neo4j.version}, app on ${app.url} (pid ${app.pid}), signed in`);

		// 2. Import through the user's path, parts under the file limit.
		memory.phase = 'import';
		const territory = await readTerritoryFiles();
		const doc = generateRegionalDocument(territory, options.seed, options.plan);
		const parts = splitDocument(doc, 19 * 2 ** 20);
		const imported = await time(() => importOverHttp(app.url, cookie, parts, log));
		await memory.sample();
		const importHwm = (await procStatus(app.pid))?.hwmMb ?? 0;
		const importPeakRssMb = Math.max(importHwm, memory.peakByPhase.import?.app ?? 0);
		log(
			`http: imported in ${(imported.ms / 1000).toFixed(1)} s, app peak RSS ${importPeakRssMb} MB`
		);

		// 3. Everything stopped and started again, as after `npm start`: the first ranking.
		memory.phase = 'restart';
		await fleet.stop(app);
		await neo4j.stop();
		neo4j = await startNeo4j();
		// BENCH_CPU_PROF=dir: this process writes a V8 CPU profile there when it stops (not for figures of record).
		const profile = process.env.BENCH_CPU_PROF;
		app = await fleet.start(
			'single',
			neo4j.uri,
			{},
			profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profile)}`] : []
		);
		const regionalPage = REGIONAL_RANKING_PAGE;
		memory.phase = 'rankingFirst';
		// A failed answer is a figure too (on main before issue 20 the first one timed out: HTTP 500).
		const firstTry = async () => {
			const t0 = performance.now();
			try {
				return { ...(await getPage(app.url, cookie, regionalPage)), error: null };
			} catch (error) {
				return { ms: performance.now() - t0, bytes: 0, error: String(error).slice(0, 300) };
			}
		};
		const first = await firstTry();
		const second = await firstTry();
		log(
			`http: first regional ranking after start ${(first.ms / 1000).toFixed(2)} s${first.error ? ` FAILED (${first.error})` : ''}, then ${(second.ms / 1000).toFixed(2)} s${second.error ? ' FAILED' : ''}`
		);

		// 4. Warm, one request at a time.
		memory.phase = 'pages';
		const sizes = await ambitiBySize(app.url, cookie);
		const largest = sizes[0]!;

		const rankingVariables = { callId: null, rubricId: DEFAULT_RUBRIC_ID, triennio: null };
		let rankingBytes = 0;
		const rankingGraphql = await repeat(reps, 1, async () => {
			rankingBytes = (await graphql(app.url, cookie, RANKING_QUERY, rankingVariables)).bytes;
		});
		// The page's server load sends these (src/routes/valutazione/+page.server.ts): each alone.
		const operations: Record<string, ReturnType<typeof stats>> = {};
		for (const [name, op, variables] of [
			['DeskChoices', DESK_CHOICES_QUERY, {}],
			['Ranking', RANKING_QUERY, rankingVariables],
			['BusyActors', BUSY_ACTORS_QUERY, { minProjects: 2, callId: null, triennio: null }],
			['territory (MapAmbiti)', AMBITI_QUERY, {}]
		] as const)
			operations[name] = stats(
				await repeat(3, 1, () => graphql(app.url, cookie, op, variables as Record<string, unknown>))
			);
		let rankingPageBytes = 0;
		const rankingPage = await repeat(reps, 1, async () => {
			rankingPageBytes = (await getPage(app.url, cookie, regionalPage)).bytes;
		});
		log(
			`http: regional ranking GraphQL p95 ${stats(rankingGraphql).p95Ms} ms, page p95 ${stats(rankingPage).p95Ms} ms`
		);

		const projectIds = spread(
			doc.projects.map((p) => p.id),
			pageReps
		);
		const scorecardPages = await repeat(projectIds.length, 5, (i) =>
			getPage(app.url, cookie, scorecardPath(projectIds[i % projectIds.length]!))
		);
		log(`http: scorecard page p95 ${stats(scorecardPages).p95Ms} ms`);
		const dossierPage = await timeDossierPages(app.url, cookie, projectIds);
		log(`http: dossier page p95 ${dossierPage.p95} ms (${dossierPage.htmlKb} kB)`);
		const searches = await repeat(options.searchTerms.length * 2, 5, (i) =>
			graphql(app.url, cookie, SEARCH_QUERY, {
				search: options.searchTerms[i % options.searchTerms.length],
				first: 20
			})
		);
		const mapHtml = await repeat(reps, 2, () => getPage(app.url, cookie, mapPath(largest.id)));

		memory.phase = 'browser';
		const mapInBrowser = await mapPageInBrowser(
			app.url,
			cookie,
			largest.id,
			env('BENCH_MAP_PAGE_RUNS', 7)
		);
		log(`http: map page in Chromium, navigation → drawn p50 ${mapInBrowser.medians.drawnMs} ms`);
		const rankingInBrowser = await pageInBrowser(app.url, cookie, regionalPage, 3);

		// 5. Many users at once against the one process.
		memory.phase = 'load';
		const cookies = await signInMany(app.url, account, users);
		const steps = browsingMix(sizes, doc, options.searchTerms);
		const warmed = { oneProcess: await warmProcesses([app.url], cookie, steps) };
		const loadOne = await runLoad({ ...load, url: app.url, cookies, steps });
		log(
			`http: load, one process: ${loadOne.rps} req/s, p95 ${loadOne.p95Ms} ms, ${loadOne.errors} errors`
		);
		const drained: Record<string, number> = { afterOneProcess: await waitIdle([app.url]) };
		await fleet.stop(app);

		// 6. Two processes behind HAProxy.
		memory.phase = 'twoProcesses';
		let twoProcess: Record<string, unknown> = {
			skipped: 'haproxy missing: apt-get install haproxy'
		};
		let loadTwo: LoadResult | null = null;
		// BENCH_TWO_PROCESSES=0: not this time (a shorter run comparing one change back to back).
		if (process.env.BENCH_TWO_PROCESSES === '0') twoProcess = { skipped: 'BENCH_TWO_PROCESSES=0' };
		else if (haproxyVersion()) {
			const shared = {
				TRAMA_SHARED_EVENTS: 'neo4j',
				ADDRESS_HEADER: 'x-forwarded-for',
				XFF_DEPTH: '1'
			};
			const a: RunningApp = await fleet.start('a', neo4j.uri, shared);
			const b: RunningApp = await fleet.start('b', neo4j.uri, shared);
			proxy = await startHaproxy(dataDir, { two: [a.url, b.url], one: [a.url] });
			const live = [
				await workshopEditReaches({
					editVia: a.url,
					listenVia: b.url,
					cookie,
					ambitoId: largest.id
				}),
				await workshopEditReaches({
					editVia: b.url,
					listenVia: a.url,
					cookie,
					ambitoId: largest.id
				}),
				await workshopEditReaches({
					editVia: proxy.urls.two!,
					listenVia: proxy.urls.two!,
					cookie,
					ambitoId: largest.id
				})
			];
			log(
				`http: workshop edit across processes: ${live.map((l) => (l.delivered ? `${l.latencyMs} ms` : `NOT delivered (${l.error})`)).join(', ')}`
			);
			Object.assign(warmed, { twoProcesses: await warmProcesses([a.url, b.url], cookie, steps) });
			loadTwo = await runLoad({ ...load, url: proxy.urls.two!, cookies, steps });
			log(
				`http: load, two processes behind HAProxy: ${loadTwo.rps} req/s, p95 ${loadTwo.p95Ms} ms, ${loadTwo.errors} errors`
			);
			drained.afterTwoProcesses = await waitIdle([a.url, b.url]);
			const loadOneProxied = await runLoad({ ...load, url: proxy.urls.one!, cookies, steps });
			log(
				`http: load, one process behind HAProxy: ${loadOneProxied.rps} req/s, p95 ${loadOneProxied.p95Ms} ms`
			);
			twoProcess = {
				proxy: `HAProxy ${proxy.version} (Debian package), round robin, X-Forwarded-For`,
				appEnv: shared,
				workshopEditAcrossProcesses: live,
				loadTwoProcesses: loadTwo,
				loadOneProcessBehindProxy: loadOneProxied
			};
		}

		await fleet.stopAll();
		memory.stop();
		await memory.sample();
		const neo4jHwm = (await procStatus(neo4j.pid))?.hwmMb ?? 0;
		const keys = {
			rankingRegionalP95Ms: stats(rankingPage).p95Ms,
			rankingFirstRequestMs: first.error ? null : round(first.ms, 0),
			// The worse of a project's two pages: its scorecard and its dossier.
			dossierPageP95Ms:
				Math.max(stats(scorecardPages).p95Ms ?? NaN, dossierPage.p95 ?? NaN) || null,
			mapPageP50Ms: mapInBrowser.medians.drawnMs,
			httpLoadP95Ms: loadOne.p95Ms,
			httpLoadErrors: loadOne.errors,
			httpLoadRps: loadOne.rps,
			twoProcessRps: loadTwo?.rps ?? null,
			importPeakRssMb
		};
		const peakRss = {
			appMb: Math.max(memory.peak('app'), fleet.stoppedPeakMb),
			neo4jMb: Math.max(memory.peak('neo4j'), neo4jHwm),
			byPhaseMb: memory.peakByPhase,
			note: 'app: the largest app process (VmRSS every 100 ms, VmHWM when each stopped); Neo4j: VmHWM of the process after the restart, or the sampled peak before it'
		};
		const details = {
			loadAverageAtStart,
			loadAverageAtEnd: os.loadavg().map((x) => round(x, 2)),
			neo4j: { version: neo4j.version, ...options.neo4jMemory },
			buildMs: round(built.ms, 0),
			import: {
				path: 'GraphQL importDocument, signed in as an administrator',
				why: 'the regional document is over the 20 MB file limit: parts under it, each one transaction',
				seconds: round(imported.ms / 1000, 2),
				parts: imported.value,
				appPeakRssMb: importPeakRssMb
			},
			firstAfterStart: {
				note: 'Neo4j and the app both restarted, then GET the regional ranking page',
				firstMs: round(first.ms, 0),
				firstError: first.error,
				secondMs: round(second.ms, 0),
				secondError: second.error,
				bytes: first.bytes
			},
			largestAmbito: largest,
			rankingRegional: {
				graphql: {
					...stats(rankingGraphql),
					bytes: rankingBytes,
					operation: 'Ranking (src/lib/evaluation/queries.ts)',
					variables: rankingVariables
				},
				page: { ...stats(rankingPage), bytes: rankingPageBytes, path: regionalPage },
				operationsAlone: operations,
				inChromium: rankingInBrowser
			},
			scorecardPage: {
				...stats(scorecardPages),
				path: '/valutazione/progetti/[id]',
				projects: projectIds.length,
				note: 'dossierPageP95Ms: the worse p95 of this page and dossierPage'
			},
			dossierPage,
			searchGraphql: stats(searches),
			mapPageHtml: { ...stats(mapHtml), path: mapPath(largest.id) },
			mapPageInChromium: mapInBrowser,
			load: {
				mix: `per 20 requests: 4 map pages, 2 rankings (regional, one call), 8 scorecard pages, 6 actor searches (GraphQL); distinct in the ${steps.length} steps: ${(['map', 'ranking', 'scorecard', 'search'] as const).map((k) => `${new Set(steps.filter((s) => s.kind === k).map((s) => JSON.stringify([s.path, s.graphql]))).size} ${k}`).join(', ')}`,
				...loadOne
			},
			twoProcesses: twoProcess,
			/** ms until the apps answered quickly again after a load run (abandoned requests finishing) */
			drainedMs: drained,
			warmedBeforeLoad: warmed
		};
		return { keys, peakRss, details };
	} finally {
		memory.stop();
		await proxy?.stop().catch(() => {});
		await fleet.stopAll();
		await neo4j?.stop().catch(() => {});
		if (existsSync(dataDir)) await rm(dataDir, { recursive: true, force: true });
	}
}
