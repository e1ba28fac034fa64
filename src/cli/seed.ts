import { migrate } from '../lib/server/db/migrate';
import { isTerritoryLoaded, loadTerritory } from '../lib/server/db/territory';
import { readTerritoryFiles, TERRITORY_SOURCE } from '../lib/server/seed/territory-files';

export interface SeedOptions {
	/** Reload even if the data is there (seeding is idempotent: MERGE on natural keys). */
	force?: boolean;
	onProgress?: (message: string) => void;
}

/** Schema first, then the real territory when the database has none. */
export async function prepareDatabase({ force = false, onProgress = () => {} }: SeedOptions = {}) {
	const applied = await migrate(onProgress);
	const loaded = await isTerritoryLoaded();
	if (!loaded || force) {
		onProgress('Carico il territorio lombardo (1.502 Comuni)… / Loading the Lombardy territory…');
		await loadTerritory(await readTerritoryFiles(), TERRITORY_SOURCE);
	}
	return { migrations: applied, territoryLoaded: !loaded || force };
}
