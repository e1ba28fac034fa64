/**
 * The scorecard page `/valutazione/progetti/[id]` alone, as `npm run bench` times it (bench/http/index.ts
 * step 4: the regional ranking asked first, then 40 projects after 5 warm-ups), against a database kept
 * by `bench/scoring-search.ts --data-dir`, so that two builds of the app are compared back to back on
 * the same data (minutes instead of the whole HTTP run). Then a second pass over the same pages (all
 * kept now), and each of the page's GraphQL operations alone on 40 other projects.
 *
 * npx tsx bench/scoring-search.ts --only search --data-dir /tmp/db     # once: Neo4j kept, imported
 * npx tsx bench/http/scorecard-page.ts --data-dir /tmp/db --build <build dir> [--label main]
 * (build a tree with `TRAMA_KIT_OUTDIR=… npx vite build` or reuse its .data/bench/build)
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { startApp } from '../../tests/helpers/app-process';
import { readTerritoryFiles } from '../../src/lib/server/territory/territory-files';
import { generateRegionalDocument } from '../generate';
import { loadAverageSince, repeat, spread, stats } from '../stats';
import { scaledPlan } from '../workload';
import { createBenchAdmin, getPage, graphql, signIn, keptRun } from './client';

/** One scorecard as the page asks for it, only its totals: valid for both builds compared. */
const SCORECARD = `query Scorecard($projectId: ID!) {
	evaluation(projectId: $projectId) { scorecard { total } computedScorecard { total candidateImpacts { actorId } } }
}`;
/** What the page read beside its evaluation before issue 20's cut: the region's Comuni by Ambito. */
const TERRITORY_COMUNI = `{ territory {
	ats { ambiti { id name comuni { istat name population } } }
	ambitiWithoutAts { id name comuni { istat name population } }
} }`;
/** ...and the map's places and the partners' seats. */
const PROJECT_GEOGRAPHY = `query ProjectGeography($projectId: ID!) {
	territory { places { istat name population ambito { id name } distretto { id name } asst { id name } ats { id name } } }
	projectCoverage(projectId: $projectId) { partners { actorId name seatIstat } }
}`;
const SEED = Number(process.env.BENCH_SEED ?? 20260);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);

async function main() {
	const { label, neo4jUri, buildDir } = await keptRun({}, '');
	const loadAtStart = os.loadavg();
	const { RANKING_QUERY } = await import('../../src/lib/evaluation/queries');
	const { DEFAULT_RUBRIC_ID } = await import('../../src/lib/evaluation/desk');
	const doc = generateRegionalDocument(await readTerritoryFiles(), SEED, scaledPlan(SCALE));
	const all = spread(
		doc.projects.map((p) => p.id),
		80
	);
	// The bench's 40 projects, and 40 others for the operations alone (not kept yet).
	const pages = spread(
		doc.projects.map((p) => p.id),
		40
	);
	const others = all.filter((id) => !pages.includes(id)).slice(0, 40);

	const account = await createBenchAdmin(neo4jUri, `psp-${randomUUID()}@trama.test`, 'Bench');
	const app = await startApp({
		buildDir,
		neo4jUri: neo4jUri,
		stdout: 'ignore'
	});
	try {
		const cookie = await signIn(app.url, account.email, account.password);
		const rankingVariables = { callId: null, rubricId: DEFAULT_RUBRIC_ID, triennio: null };
		await graphql(app.url, cookie, RANKING_QUERY, rankingVariables); // as the bench: ranking first
		const path_ = (id: string) => `/valutazione/progetti/${encodeURIComponent(id)}`;
		let bytes = 0;
		const first = await repeat(pages.length, 5, async (i) => {
			bytes = (await getPage(app.url, cookie, path_(pages[i % pages.length]!))).bytes;
		});
		const again = await repeat(pages.length, 0, (i) => getPage(app.url, cookie, path_(pages[i]!)));
		const ops: Record<string, ReturnType<typeof stats>> = {};
		ops.Evaluation = stats(
			await repeat(others.length, 0, (i) =>
				graphql(app.url, cookie, SCORECARD, { projectId: others[i] })
			)
		);
		ops.EvaluationKept = stats(
			await repeat(others.length, 0, (i) =>
				graphql(app.url, cookie, SCORECARD, { projectId: others[i] })
			)
		);
		ops.ProjectGeography = stats(
			await repeat(others.length, 0, (i) =>
				graphql(app.url, cookie, PROJECT_GEOGRAPHY, { projectId: others[i] })
			)
		);
		ops.TerritoryComuni = stats(
			await repeat(10, 1, () => graphql(app.url, cookie, TERRITORY_COMUNI))
		);
		const line = {
			label: label,
			page: stats(first),
			pageKept: stats(again),
			htmlBytes: bytes,
			operations: ops,
			loadAverage: loadAverageSince(loadAtStart)
		};
		console.log(JSON.stringify(line));
	} finally {
		await app.stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
