import { validateDocument } from '../lib/domain/validation';
import { importDocument } from '../lib/server/network/entities';
import { hasProjects } from '../lib/server/network/network-queries';
import { migrate } from '../lib/server/db/migrate';
import { ensurePresetRubrics } from '../lib/server/evaluation/rubric-queries';
import { isTerritoryLoaded, loadTerritory } from '../lib/server/territory/territory-queries';
import { generateDemoDocument } from '../lib/server/network/demo/demo';
import { DEMO_SOURCE } from '../lib/server/network/demo/demo-source';
import {
	demoWasRemoved,
	forgetDemoRemoval,
	removeDemo,
	type DemoRemoval
} from '../lib/server/network/demo/demo-removal';
import { readTerritoryFiles, TERRITORY_SOURCE } from '../lib/server/territory/territory-files';

export interface SeedOptions {
	/** Reload the territory even if it is there (seeding is idempotent: MERGE on natural keys). */
	force?: boolean;
	/**
	 * Load the fictional Cremasco demo: true = always, 'if-empty' = only into a database with no projects
	 * whose demo was never removed on purpose; 'remove' = take it out (issue 15: demo and real data apart).
	 */
	demo?: boolean | 'if-empty' | 'remove';
	onProgress?: (message: string) => void;
}

export { DEMO_SOURCE };

/** Schema first, then the real territory when the database has none, the rubric presets, the demo. */
export async function prepareDatabase({
	force = false,
	demo = false,
	onProgress = () => {}
}: SeedOptions = {}) {
	const applied = await migrate(onProgress);
	const loaded = await isTerritoryLoaded();
	const territory = await readTerritoryFiles();
	if (!loaded || force) {
		onProgress('Carico il territorio lombardo (1.502 Comuni)… / Loading the Lombardy territory…');
		await loadTerritory(territory, TERRITORY_SOURCE);
	}
	await ensurePresetRubrics();
	let demoLoaded = false;
	let demoRemoved: DemoRemoval | null = null;
	if (demo === 'remove') {
		demoRemoved = await removeDemo();
		onProgress(
			`Dati dimostrativi rimossi: ${demoRemoved.nodes} nodi, ${demoRemoved.relations} relazioni, ${demoRemoved.evaluations} valutazioni / demo removed`
		);
	} else if (
		demo === true ||
		(demo === 'if-empty' && !(await hasProjects()) && !(await demoWasRemoved()))
	) {
		onProgress(
			"Carico i dati dimostrativi (fittizi) dell'Ambito Cremasco… / Loading the (fictional) Cremasco demo…"
		);
		await importDocument(
			generateDemoDocument(territory),
			{ by: 'seed', source: DEMO_SOURCE },
			validateDocument
		);
		await forgetDemoRemoval();
		demoLoaded = true;
	}
	return { migrations: applied, territoryLoaded: !loaded || force, demoLoaded, demoRemoved };
}
