import { notFound } from '../errors';
import { readTx, writeTx } from '../db/driver';

/** Node positions saved for an Ambito's map, so everyone who opens it finds the same picture. */
export interface MapLayoutRecord {
	ambitoId: string;
	positionsJson: string;
	savedBy: string;
	savedAt: string;
}

export async function getMapLayout(ambitoId: string): Promise<MapLayoutRecord | null> {
	return readTx(async (tx) => {
		const result = await tx.run(
			`MATCH (m:MapLayout {ambitoId: $ambitoId})
			 RETURN {ambitoId: m.ambitoId, positionsJson: m.positionsJson, savedBy: m.savedBy, savedAt: m.savedAt} AS row`,
			{ ambitoId }
		);
		return (result.records[0]?.get('row') as MapLayoutRecord | undefined) ?? null;
	});
}

/** One layout per Ambito: saving replaces the previous one. */
export async function saveMapLayout(
	ambitoId: string,
	positionsJson: string,
	savedBy: string
): Promise<MapLayoutRecord> {
	return writeTx(async (tx) => {
		const result = await tx.run(
			`MATCH (a:Ambito {id: $ambitoId})
			 MERGE (m:MapLayout {ambitoId: a.id})
			 SET m.positionsJson = $positionsJson, m.savedBy = $savedBy, m.savedAt = toString(datetime())
			 RETURN {ambitoId: m.ambitoId, positionsJson: m.positionsJson, savedBy: m.savedBy, savedAt: m.savedAt} AS row`,
			{ ambitoId, positionsJson, savedBy }
		);
		// No row: the Ambito does not exist, and no orphan layout was written.
		const row = result.records[0]?.get('row') as MapLayoutRecord | undefined;
		if (!row) throw notFound('Ambito', ambitoId);
		return row;
	});
}
