import { rankingScope } from '../evaluation/desk';
import type { Viewer } from './auth/policy';
import { deskChoices, rankingSheet } from './evaluation/ranking-page';
import { runInProcess } from './graphql/in-process';
import { territoryTree } from './territory/territory-queries';
import { WARM_UP_WAIT_MS, waitForWarmUp } from './warm-up-wait';

/** The warm-up reads as a reader would: the ranking page's operations under their own rules. */
const WARM_UP_VIEWER: Viewer = {
	id: 'trama:warm-up',
	name: 'trama warm-up',
	email: null,
	roles: ['lettore'],
	ambitoIds: [],
	callIds: [],
	workshopIds: [],
	mustChangePassword: false,
	method: 'warm-up'
};

/**
 * Start-up warming (issue 20: the first regional ranking after a start took 8.8 s, then 4.7 s while
 * the start waited at most 20 s): once connected,
 * what the first pages ask for is computed into the caches (the territory tree, the regional ranking
 * page on the default rubric with its busy actors), which also warms Neo4j's page cache and query
 * plans and the app's compiled code. A request for the same result at the same data version joins
 * the computation instead of starting another (db/versioned-cache.ts).
 */
export async function warmUp(): Promise<{ ms: number; projects: number }> {
	const started = performance.now();
	await territoryTree();
	const run = runInProcess(WARM_UP_VIEWER);
	const choices = await deskChoices(run);
	const sheet = await rankingSheet(
		run,
		rankingScope(new URLSearchParams('vista=regione'), choices, [])
	);
	return { ms: Math.round(performance.now() - started), projects: sheet.rows.length };
}

/** Starts the warm-up; resolves when it is done or after `waitMs` (warm-up-wait.ts), saying it waits. */
export async function startWarmUp(waitMs = WARM_UP_WAIT_MS): Promise<void> {
	const warming = warmUp().then(
		({ ms, projects }) =>
			console.log(
				`Cache pronte in ${ms} ms (${projects} progetti) / caches warmed in ${ms} ms (${projects} projects)`
			),
		// A failure only leaves the caches cold.
		(error: unknown) =>
			console.warn('Riscaldamento delle cache non riuscito / cache warm-up failed:', error)
	);
	const done = await waitForWarmUp(warming, {
		waitMs,
		progress: (s) =>
			console.log(
				`Preparo le cache (graduatoria regionale): ${s} s… / warming caches (regional ranking): ${s} s…`
			)
	});
	if (!done)
		console.log(
			`Cache non ancora pronte dopo ${waitMs / 1000} s: Trama risponde, la prima graduatoria regionale attende il resto / caches not warm after ${waitMs / 1000} s: answering, the first regional ranking waits for the rest`
		);
}
