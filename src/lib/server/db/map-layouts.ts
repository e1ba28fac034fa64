import { readTx, writeTx } from './driver';

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
			`MERGE (m:MapLayout {ambitoId: $ambitoId})
			 SET m.positionsJson = $positionsJson, m.savedBy = $savedBy, m.savedAt = toString(datetime())
			 RETURN {ambitoId: m.ambitoId, positionsJson: m.positionsJson, savedBy: m.savedBy, savedAt: m.savedAt} AS row`,
			{ ambitoId, positionsJson, savedBy }
		);
		return result.records[0]!.get('row') as MapLayoutRecord;
	});
}
