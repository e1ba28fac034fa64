import { rankingScope } from '../evaluation/desk';
import type { Viewer } from './auth/policy';
import { deskChoices, rankingSheet } from './evaluation/ranking-page';
import { runInProcess } from './graphql/in-process';
import { territoryTree } from './territory/territory-queries';

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
 * Start-up warming (issue 20: the first regional ranking after a start took 8.8 s): once connected,
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

/**
 * How long the start waits for the warm-up before the app answers. At regional scale (3,000
 * projects) the first ranking page otherwise waited for the whole computation anyway (8.8 s and
 * more); past this bound the app answers and the warm-up goes on in the background.
 */
export const WARM_UP_WAIT_MS = 20_000;

/** Starts the warm-up; resolves when it is done or after `waitMs`, whichever comes first. */
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
	let timer: NodeJS.Timeout | undefined;
	await Promise.race([warming, new Promise((r) => (timer = setTimeout(r, waitMs).unref()))]);
	clearTimeout(timer);
}
