import { RUBRIC_PRESETS, validateRubric, type Rubric } from '../../scoring';
import { badInput, conflict, notFound } from '../errors';
import { lockedVersion, readTx, writeTx, type WriteStamp } from '../db/driver';
import { VersionedCache } from '../db/versioned-cache';

export interface StoredRubric extends Rubric {
	basedOn: string | null;
	/** The call the rubric was adapted for (its ranking uses it), or null. */
	callId: string | null;
	createdAt: string | null;
	createdBy: string | null;
	preset: boolean;
}

const RUBRIC = `{id: r.id, version: r.version, name: {it: r.nameIt, en: r.nameEn}, criteria: r.criteriaJson, basedOn: r.basedOn,
	createdAt: toString(r.createdAt), createdBy: r.createdBy, preset: coalesce(r.preset, false), minAssessedShare: r.minAssessedShare,
	callId: r.callId}`;

type Row = Omit<StoredRubric, 'criteria' | 'minAssessedShare'> & {
	criteria: string;
	minAssessedShare: number | null;
};

const parse = ({ minAssessedShare, ...row }: Row): StoredRubric => ({
	...row,
	callId: row.callId ?? null,
	criteria: JSON.parse(row.criteria) as Rubric['criteria'],
	// Rubrics saved before the threshold was stored fall back to the default (scoring/rubrics.ts).
	...(minAssessedShare == null ? {} : { minAssessedShare })
});

/**
 * Every preset version exists in every database. A preset of a new version is installed beside the
 * older ones (evaluations keep naming theirs); when its number is already taken by a version someone
 * saved, it goes after the latest. `presetVersion` remembers which preset a node is, so this stays
 * idempotent.
 */
export async function ensurePresetRubrics(): Promise<void> {
	await writeTx((tx) =>
		tx.run(
			`UNWIND $rows AS row
			 CALL (row) {
			   OPTIONAL MATCH (old:Rubric {id: row.id})
			   WITH row, max(old.version) AS latest,
			     count { (x:Rubric {id: row.id}) WHERE x.preset = true AND coalesce(x.presetVersion, x.version) = row.version } AS installed
			   WITH row, latest, installed WHERE installed = 0
			   CREATE (r:Rubric {id: row.id, version: CASE WHEN latest IS NULL OR latest < row.version THEN row.version ELSE latest + 1 END,
			     presetVersion: row.version, nameIt: row.nameIt, nameEn: row.nameEn, criteriaJson: row.criteriaJson,
			     minAssessedShare: row.minAssessedShare, preset: true, createdAt: datetime(), createdBy: 'seed', basedOn: null})
			 }`,
			{
				rows: RUBRIC_PRESETS.map((r) => ({
					id: r.id,
					version: r.version,
					nameIt: r.name.it,
					nameEn: r.name.en,
					criteriaJson: JSON.stringify(r.criteria),
					minAssessedShare: r.minAssessedShare ?? null
				}))
			}
		)
	);
}

/**
 * The latest version of every rubric, as of the graph's data version (a saved rubric is a write):
 * every scorecard page asks for them to name its rubric. Shared by the callers: never changed.
 */
export const listRubrics = (): Promise<readonly StoredRubric[]> =>
	latestRubricsCache.get('latest', readLatestRubrics);
const latestRubricsCache = new VersionedCache<readonly StoredRubric[]>(1);

async function readLatestRubrics(): Promise<StoredRubric[]> {
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
	expectedVersion: number | null = null,
	/** A rubric for one call; `onlyForCall`: the author may not save versions of rubrics other calls use. */
	forCall: { callId: string; onlyForCall: boolean } | null = null
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
		if (forCall) {
			const call = await tx.run(
				`OPTIONAL MATCH (c:Call {id: $callId})
				 OPTIONAL MATCH (r:Rubric {id: $id}) WITH c, collect(r) AS versions
				 RETURN c IS NOT NULL AS known, all(x IN versions WHERE x.callId = $callId) AS ours`,
				{ callId: forCall.callId, id: rubric.id }
			);
			const row = call.records[0]!;
			if (!row.get('known')) throw notFound('Bando', forCall.callId);
			if (forCall.onlyForCall && !row.get('ours'))
				throw badInput([
					{
						field: 'input.id',
						message:
							'questa griglia è usata anche fuori dal bando: salvane una copia con un nuovo identificativo / this rubric is used beyond the call: save a copy under a new id'
					}
				]);
		}
		const version = (latest ?? 0) + 1;
		const created = await tx.run(
			`CREATE (r:Rubric {id: $id, version: $version, nameIt: $nameIt, nameEn: $nameEn, criteriaJson: $criteriaJson,
			   minAssessedShare: $minAssessedShare, callId: $callId, basedOn: $basedOn, preset: false, createdAt: datetime(), createdBy: $by, source: $source})
			 WITH r CALL (r) { MATCH (c:Call {id: r.callId}) SET c.rubricId = r.id }
			 RETURN ${RUBRIC} AS row`,
			{
				id: rubric.id,
				version,
				nameIt: rubric.name.it,
				nameEn: rubric.name.en,
				criteriaJson: JSON.stringify(rubric.criteria),
				minAssessedShare: rubric.minAssessedShare ?? null,
				callId: forCall?.callId ?? null,
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

/** The rubric a call's evaluators adapted for it (its ranking's default), or null. */
export async function rubricOfCall(callId: string): Promise<string | null> {
	return readTx(async (tx) => {
		const r = await tx.run(`MATCH (c:Call {id: $callId}) RETURN c.rubricId AS id`, { callId });
		return (r.records[0]?.get('id') as string | null | undefined) ?? null;
	});
}
