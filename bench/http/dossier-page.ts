/**
 * The project dossier page `/progetti/[id]` (the page an Ufficio di Piano edits), timed as the
 * scorecard page is: the same 40 projects after 5 warm-ups, one request at a time, signed in as the
 * bench's administrator (who may edit every project, so the page renders its forms, not the text).
 * `timeDossierPages` is step 4 of bench/http/index.ts; run alone, against a database kept by
 * `bench/scoring-search.ts --data-dir`, two builds are compared back to back on the same data:
 *
 * npx tsx bench/scoring-search.ts --only search --data-dir /tmp/db     # once: Neo4j kept, imported
 * npx tsx bench/http/dossier-page.ts --data-dir /tmp/db --build <build dir> [--label main]
 *
 * Alone it also times the page's former GraphQL reads one by one, to show where the time went.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp } from '../../tests/helpers/app-process';
import { readTerritoryFiles } from '../../src/lib/server/territory/territory-files';
import { generateRegionalDocument } from '../generate';
import { loadAverageSince, repeat, round, spread, stats } from '../stats';
import { scaledPlan } from '../workload';
import { createBenchAdmin, getPage, graphql, signIn, keptRun } from './client';

export const dossierPath = (id: string) => `/progetti/${encodeURIComponent(id)}`;

/** GET /progetti/[id] for each project after `warmups` of them: p50, p95 and the largest page. */
export async function timeDossierPages(
	base: string,
	cookie: string,
	projectIds: string[],
	warmups = 5
) {
	let bytes = 0;
	const samples = await repeat(projectIds.length, warmups, async (i) => {
		const page = await getPage(base, cookie, dossierPath(projectIds[i % projectIds.length]!));
		bytes = Math.max(bytes, page.bytes);
	});
	const s = stats(samples);
	return {
		...s,
		p50: s.medianMs,
		p95: s.p95Ms,
		htmlKb: round(bytes / 1024, 0),
		path: '/progetti/[id]',
		projects: projectIds.length
	};
}

/** The reads the page made before issue 20's cut, each alone (valid against either build). */
const FORMER_READS = {
	/** The dossier with the region's Ambiti and their Comuni (every picker's list). */
	ProjectDossierWithTerritory: `query($id: ID!) {
		project(id: $id) { id title targetAmbitoIds partnerships { id actor { id name } commitments { type } } actions { id } }
		calls { id title }
		territory { ats { ambiti { id name population comuni { istat name population } } }
			ambitiWithoutAts { id name population comuni { istat name population } } }
	}`,
	/** The dossier alone. */
	ProjectDossierAlone: `query($id: ID!) {
		project(id: $id) { id title targetAmbitoIds partnerships { id actor { id name } commitments { type } } actions { id } }
	}`,
	/** Every network of the region with its members, filtered in the browser. */
	AllNetworks: `{ networks { id version name description ambitoId linkedNetworks { id }
		members { since until version actor { id name } } } }`
} as const;

const SEED = Number(process.env.BENCH_SEED ?? 20260);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);

async function main() {
	const { values, label, neo4jUri, buildDir } = await keptRun(
		{ reads: { type: 'boolean', default: false } },
		'[--reads]'
	);
	const loadAtStart = os.loadavg();
	const doc = generateRegionalDocument(await readTerritoryFiles(), SEED, scaledPlan(SCALE));
	const pages = spread(
		doc.projects.map((p) => p.id),
		40
	);
	const account = await createBenchAdmin(neo4jUri, `dp-${randomUUID()}@trama.test`, 'Bench');
	const app = await startApp({
		buildDir,
		neo4jUri: neo4jUri,
		stdout: process.env.BENCH_APP_LOG ? 'inherit' : 'ignore'
	});
	try {
		const cookie = await signIn(app.url, account.email, account.password);
		const first = await timeDossierPages(app.url, cookie, pages);
		const again = await timeDossierPages(app.url, cookie, pages, 0);
		const line: Record<string, unknown> = {
			label: label,
			page: first,
			pageAgain: again
		};
		if (values.reads === true) {
			const reads: Record<string, ReturnType<typeof stats>> = {};
			for (const [name, query] of Object.entries(FORMER_READS))
				reads[name] = stats(
					await repeat(10, 2, (i) => graphql(app.url, cookie, query, { id: pages[i] }))
				);
			line.reads = reads;
		}
		line.loadAverage = loadAverageSince(loadAtStart);
		console.log(JSON.stringify(line));
	} finally {
		await app.stop();
	}
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
	main().catch((error) => {
		console.error(error);
		process.exit(1);
	});
