/**
 * Issue 20's in-process scoring and search figures alone, cheaper than `npm run bench`: all scorecards
 * (`scoreProjects(every id, rubric)` in batches of 200, three runs after a warm-up), one scorecard
 * (`scoreProject(id)`, 200 projects after 10 warm-ups, as bench/run.ts) and actor search
 * (the 20 searches of bench/workload.ts, five rounds after a warm-up round). Same throw-away Neo4j,
 * preparation and generated document as bench/run.ts. Also splits the scorecards' time into the
 * snapshot reads and the scoring, and can write every scorecard to a file so that two versions of
 * the code can be compared on the same data (`--cards before.json`, then `cmp`).
 *
 * npx tsx bench/scoring-search.ts [--label after] [--cards /tmp/cards.json] [--only scoring|search]
 *   [--data-dir /tmp/db] [--per-term /tmp/terms.json] [--one-cards /tmp/one.json]
 * --one-cards writes the single scorecards of the 200 timed projects (with their candidates' impacts).
 * --per-term writes each search's own median and p95, its total and its first page.
 * With --data-dir the database is kept there, running, after the run, and a later run with the same
 * --data-dir uses it without importing again: two versions of the code, back to back, on one
 * database (stop it with `npx tsx graph/stop.ts`-like `stopLocalNeo4j(dir)`, or kill its pid).
 * Environment: BENCH_SCALE (default 1), BENCH_SEED (default 20260). Appends one line to
 * bench/results/scoring-search.txt (with the load average: the machine is shared).
 */
import { existsSync } from 'node:fs';
import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { localNeo4jStatus, startLocalNeo4j, type LocalNeo4j } from '../graph/local-neo4j';
import { prepareDatabase } from '../src/cli/seed';
import { validateDocument } from '../src/lib/domain/validation';
import { scoreMany } from '../src/lib/scoring';
import { closeDriver, connect } from '../src/lib/server/db/driver';
import {
	resolveRubric,
	scoreProject,
	scoreProjects
} from '../src/lib/server/evaluation/scorecard-service';
import { partnershipSnapshots, snapshotCache } from '../src/lib/server/evaluation/snapshot-queries';
import { importDocument } from '../src/lib/server/network/entities';
import { ambitoNetwork } from '../src/lib/server/network/map-graph-queries';
import { searchActors } from '../src/lib/server/network/network-queries';
import { readTerritoryFiles } from '../src/lib/server/territory/territory-files';
import { generateRegionalDocument } from './generate';
import { loadAverageSince, percentile, repeat, round, spread, stats, time } from './stats';
import { scaledPlan, searchFilters } from './workload';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = Number(process.env.BENCH_SEED ?? 20260);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const BATCH = 200;

async function main() {
	const { values } = parseArgs({
		options: {
			label: { type: 'string', default: 'run' },
			cards: { type: 'string' },
			'one-cards': { type: 'string' },
			only: { type: 'string' },
			'per-term': { type: 'string' },
			'data-dir': { type: 'string' }
		}
	});
	const log = (msg: string) => console.log(`[scoring-search] ${msg}`);
	const loadAtStart = os.loadavg();
	const kept = values['data-dir'] ? path.resolve(values['data-dir']) : null;
	const dataDir = kept ?? (await mkdtemp(path.join(os.tmpdir(), 'trama-bench-ss-')));
	let neo4j: LocalNeo4j | null = null;
	try {
		const running = kept ? await localNeo4jStatus(kept) : null;
		let uri = running?.running ? running.uri : null;
		if (!uri) {
			neo4j = await startLocalNeo4j({
				dataDir,
				boltPort: 0,
				exitWithParent: !kept
			});
			uri = neo4j.uri;
			log(`Neo4j on ${uri} (pid ${neo4j.pid})`);
		}
		await connect({ uri, user: 'neo4j', password: '', database: 'neo4j' });
		const territory = await readTerritoryFiles();
		const doc = generateRegionalDocument(territory, SEED, scaledPlan(SCALE));
		// A kept database is imported once; the marker names what it holds.
		const marker = path.join(dataDir, `bench-imported-seed${SEED}-scale${SCALE}`);
		if (!existsSync(marker)) {
			await prepareDatabase();
			const imported = await time(() =>
				importDocument(doc, { by: 'bench', source: `bench seed ${SEED}` }, validateDocument)
			);
			log(`imported ${doc.projects.length} projects in ${(imported.ms / 1000).toFixed(1)} s`);
			await writeFile(marker, '');
		}
		const line: Record<string, unknown> = { label: values.label, scale: SCALE };

		if (values.only !== 'scoring') {
			// The largest Ambito by nodes at depth 1, as bench/run.ts picks it for the filtered searches.
			let largest = { id: '', nodes: -1 };
			for (const a of [...territory.ambiti].sort((x, y) => x.id.localeCompare(y.id))) {
				const nodes = (await ambitoNetwork(a.id, 1, 20_000))?.nodes.length ?? 0;
				if (nodes > largest.nodes) largest = { id: a.id, nodes };
			}
			const filters = searchFilters(largest.id);
			const samples = await repeat(filters.length * 5, filters.length, (i) =>
				searchActors(filters[i % filters.length]!, 20, 0)
			);
			const s = stats(samples);
			line.searchP50Ms = s.medianMs;
			line.searchP95Ms = s.p95Ms;
			log(`search p50 ${s.medianMs} ms, p95 ${s.p95Ms} ms`);
			if (values['per-term']) {
				// Which searches make the p95, and what each finds (to compare two versions' results).
				const perTerm = [];
				for (const [t, filter] of filters.entries()) {
					const mine = samples.filter((_, i) => i % filters.length === t);
					const page = await searchActors(filter, 20, 0);
					const first = page.items.map((a) => `${a.id} ${a.name}`);
					perTerm.push({ filter, ...stats(mine), total: page.total, first });
				}
				await writeFile(values['per-term'], JSON.stringify(perTerm, null, 1));
			}
		}

		if (values.only !== 'search') {
			const ids = doc.projects.map((p) => p.id);
			// One scorecard (rubric read + snapshot read + scoring) as bench/run.ts times it: 200 projects
			// spread over the trienni, after 10 warm-ups.
			const sampleIds = spread(ids, Math.min(200, ids.length));
			const one = stats(
				await repeat(sampleIds.length, 10, (i) => scoreProject(sampleIds[i % sampleIds.length]!))
			);
			line.scorecardP50Ms = one.medianMs;
			line.scorecardP95Ms = one.p95Ms;
			log(`one scorecard p50 ${one.medianMs} ms, p95 ${one.p95Ms} ms`);
			if (values['one-cards']) {
				// Those projects' scorecards with their candidates' impacts, which the full run does not price.
				const cards: Record<string, unknown> = {};
				for (const id of sampleIds) cards[id] = (await scoreProject(id)).scorecard;
				await writeFile(values['one-cards'], JSON.stringify(cards));
			}
			const rubric = await resolveRubric();
			await scoreProjects(ids, rubric); // warm-up: plans cached, JIT warm
			const runs: number[] = [];
			let last: Awaited<ReturnType<typeof scoreProjects>> | null = null;
			for (let i = 0; i < 3; i++) {
				const run = await time(() => scoreProjects(ids, rubric));
				runs.push(run.ms);
				last = run.value;
			}
			line.allScorecardsMs = runs.map((x) => round(x, 0));
			line.allScorecardsMedianS = round(percentile(runs, 50) / 1000, 2);
			// Where the time goes: the snapshot reads alone, then the scoring alone on those snapshots.
			let readMs = 0;
			let scoreMs = 0;
			const cache = snapshotCache(); // as scoreProjects shares it over a run
			for (let i = 0; i < ids.length; i += BATCH) {
				const read = await time(() => partnershipSnapshots(ids.slice(i, i + BATCH), cache));
				readMs += read.ms;
				scoreMs += (await time(() => scoreMany(read.value.values(), rubric))).ms;
			}
			line.readsMs = round(readMs, 0);
			line.scoringCpuMs = round(scoreMs, 0);
			line.failures = last!.failures.length;
			log(
				`all ${last!.scores.length} scorecards: ${line.allScorecardsMedianS} s (reads ${line.readsMs} ms, scoring ${line.scoringCpuMs} ms)`
			);
			if (values.cards) {
				const byId = Object.fromEntries(
					[...last!.scores]
						.sort((a, b) => a.projectId.localeCompare(b.projectId))
						.map((s) => [s.projectId, s.scorecard])
				);
				await writeFile(values.cards, JSON.stringify(byId));
			}
		}
		line.loadAverage = loadAverageSince(loadAtStart);
		const out = path.join(ROOT, 'bench', 'results', 'scoring-search.txt');
		await appendFile(out, `${new Date().toISOString()} ${JSON.stringify(line)}\n`);
		log(JSON.stringify(line));
	} finally {
		await closeDriver().catch(() => {});
		if (!kept) {
			await neo4j?.stop().catch(() => {});
			await rm(dataDir, { recursive: true, force: true });
		}
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
