import { RUBRIC_PRESETS, validateRubric, type Rubric } from '../../scoring';
import { badInput, conflict } from '../errors';
import { lockedVersion, readTx, writeTx, type WriteStamp } from '../db/driver';

export interface StoredRubric extends Rubric {
	basedOn: string | null;
	createdAt: string | null;
	createdBy: string | null;
	preset: boolean;
}

const RUBRIC = `{id: r.id, version: r.version, name: {it: r.nameIt, en: r.nameEn}, criteria: r.criteriaJson, basedOn: r.basedOn,
	createdAt: toString(r.createdAt), createdBy: r.createdBy, preset: coalesce(r.preset, false)}`;

const parse = (row: Omit<StoredRubric, 'criteria'> & { criteria: string }): StoredRubric => ({
	...row,
	criteria: JSON.parse(row.criteria) as Rubric['criteria']
});

/** The presets exist in every database, as version 1 of their ids; MERGE keeps it idempotent. */
export async function ensurePresetRubrics(): Promise<void> {
	await writeTx((tx) =>
		tx.run(
			`UNWIND $rows AS row MERGE (r:Rubric {id: row.id, version: row.version})
			 ON CREATE SET r.nameIt = row.nameIt, r.nameEn = row.nameEn, r.criteriaJson = row.criteriaJson, r.preset = true,
			   r.createdAt = datetime(), r.createdBy = 'seed', r.basedOn = null`,
			{
				rows: RUBRIC_PRESETS.map((r) => ({
					id: r.id,
					version: r.version,
					nameIt: r.name.it,
					nameEn: r.name.en,
					criteriaJson: JSON.stringify(r.criteria)
				}))
			}
		)
	);
}

/** The latest version of every rubric. */
export async function listRubrics(): Promise<StoredRubric[]> {
	return readTx(async (tx) => {
		const result = await tx.run(
			`MATCH (r:Rubric) WITH r.id AS id, max(r.version) AS version
			 MATCH (r:Rubric {id: id, version: version}) RETURN ${RUBRIC} AS row ORDER BY r.preset DESC, r.nameIt`
		);
		return result.records.map((x) => parse(x.get('row')));
	});
}

/** One rubric: the given version, or the latest. */
export async function getRubric(id: string, version?: number | null): Promise<StoredRubric | null> {
	return readTx(async (tx) => {
		const result = await tx.run(
			`MATCH (r:Rubric {id: $id}) WHERE $version IS NULL OR r.version = $version
			 RETURN ${RUBRIC} AS row ORDER BY r.version DESC LIMIT 1`,
			{ id, version: version ?? null }
		);
		const row = result.records[0]?.get('row');
		return row ? parse(row) : null;
	});
}

/**
 * Saves a rubric as a new version (never overwriting one that scorecards may name). A new id starts
 * at version 1 and records which rubric it was copied from. With `expectedVersion` (the latest
 * version the editor started from), a version saved by someone else meanwhile is a CONFLICT.
 */
export async function saveRubricVersion(
	rubric: Omit<Rubric, 'version'>,
	basedOn: string | null,
	stamp: WriteStamp,
	expectedVersion: number | null = null
): Promise<StoredRubric> {
	const errors = validateRubric({ ...rubric, version: 1 });
	if (errors.length)
		throw badInput(
			errors.map((e) => ({
				field: `input.${e.path}`,
				message: `${e.message.it} / ${e.message.en}`
			}))
		);
	const save = writeTx(async (tx) => {
		// The latest version, read under its write lock (driver.ts): concurrent saves queue, and with
		// an expected version only the first passes.
		const latest = await lockedVersion(
			tx,
			'MATCH (n:Rubric {id: $id}) WITH n ORDER BY n.version DESC LIMIT 1',
			{ id: rubric.id }
		);
		if (expectedVersion !== null && (latest ?? 0) !== expectedVersion)
			throw conflict('Griglia', rubric.id, expectedVersion, latest ?? 0);
		const version = (latest ?? 0) + 1;
		const created = await tx.run(
			`CREATE (r:Rubric {id: $id, version: $version, nameIt: $nameIt, nameEn: $nameEn, criteriaJson: $criteriaJson,
			   basedOn: $basedOn, preset: false, createdAt: datetime(), createdBy: $by, source: $source})
			 RETURN ${RUBRIC} AS row`,
			{
				id: rubric.id,
				version,
				nameIt: rubric.name.it,
				nameEn: rubric.name.en,
				criteriaJson: JSON.stringify(rubric.criteria),
				basedOn,
				by: stamp.by,
				source: stamp.source
			}
		);
		return created.records[0]!.get('row');
	});
	// Two first versions of one new id at once: nothing to lock yet, the (id, version) constraint decides.
	const row = await save.catch((error: unknown) => {
		if (String((error as { code?: string }).code).includes('ConstraintValidationFailed'))
			throw conflict('Griglia', rubric.id, expectedVersion ?? 0, 1);
		throw error;
	});
	return parse(row);
}
