import { viewBusyActors, viewEvaluations } from './evaluation/evaluation-service';
import { DEFAULT_RUBRIC_ID } from './evaluation/scorecard-service';
import { allProjectIds } from './network/network-queries';
import { territoryTree } from './territory/territory-queries';

/**
 * Start-up warming (issue 22: the first regional ranking after a start took 8.8 s): once connected,
 * in the background, what the first pages ask for is computed into the caches (the territory tree,
 * the regional ranking on the default rubric and its busy actors), which also warms Neo4j's page cache and query plans
 * and the app's compiled code. The app answers meanwhile; a request for the same result at the same
 * data version joins the computation instead of starting another (db/versioned-cache.ts).
 */
export async function warmUp(): Promise<{ ms: number; projects: number }> {
	const started = performance.now();
	await territoryTree();
	const ids = await allProjectIds({});
	await viewEvaluations(ids, DEFAULT_RUBRIC_ID);
	// What the regional ranking page shows beside it (src/lib/evaluation/desk.ts loadBusyActors).
	await viewBusyActors(2, null, null);
	return { ms: Math.round(performance.now() - started), projects: ids.length };
}
