import {
	PROGRAMMAZIONE_2025_2027,
	computeNetworkMetrics,
	scoreMany,
	scoringFailure,
	whatIf,
	WhatIfError,
	type ScoreOptions,
	type SnapshotEdit,
	type WhatIfResult,
	type PartnershipSnapshot,
	type Scorecard,
	type ScoringFailure
} from '../../scoring';
import { ambitoNetwork } from '../network/map-graph-queries';
import { getRubric, type StoredRubric } from './rubric-queries';
import {
	partnershipSnapshot,
	partnershipSnapshots,
	snapshotCache,
	type SnapshotCache
} from './snapshot-queries';
import { AppError, badInput, notFound } from '../errors';
import { VersionedCache } from '../db/versioned-cache';

export const DEFAULT_RUBRIC_ID = PROGRAMMAZIONE_2025_2027.id;

export async function resolveRubric(
	rubricId?: string | null,
	version?: number | null
): Promise<StoredRubric> {
	const id = rubricId ?? DEFAULT_RUBRIC_ID;
	const rubric = await getRubric(id, version);
	if (!rubric) throw notFound('Griglia / rubric', id);
	return rubric;
}

export interface ProjectScore {
	projectId: string;
	snapshot: PartnershipSnapshot;
	scorecard: Scorecard;
}

const CANDIDATES_PRICED = 5;
/** At most this many edits in one "what if" (each is cheap, the rescoring happens once). */
export const MAX_WHAT_IF_EDITS = 20;

/** "What if": the project's scorecard after the edits, before anything is saved (issue 16). */
export async function tryEdits(
	projectId: string,
	edits: SnapshotEdit[],
	rubricId?: string | null,
	version?: number | null
): Promise<WhatIfResult> {
	if (edits.length > MAX_WHAT_IF_EDITS)
		throw badInput([
			{
				field: 'edits',
				message: `al massimo ${MAX_WHAT_IF_EDITS} modifiche / at most ${MAX_WHAT_IF_EDITS} edits`
			}
		]);
	const rubric = await resolveRubric(rubricId, version);
	const snapshot = await partnershipSnapshot(projectId);
	if (!snapshot) throw notFound('Progetto', projectId);
	try {
		return whatIf(snapshot, rubric, edits);
	} catch (error) {
		if (error instanceof WhatIfError)
			throw badInput([{ field: 'edits', message: `${error.detail.it} / ${error.detail.en}` }]);
		throw error;
	}
}

export interface ScoredProjects {
	scores: ProjectScore[];
	/** Projects whose data could not be read or scored, each with its cause (failure isolation). */
	failures: ScoringFailure[];
}

/**
 * A batch's snapshots; when one project's record cannot be read (a malformed stored value), the
 * others are read one by one so that only that project fails.
 */
async function readBatch(ids: string[], failures: ScoringFailure[], cache: SnapshotCache) {
	try {
		return await partnershipSnapshots(ids, cache);
	} catch (batchError) {
		if (ids.length === 1) {
			failures.push(scoringFailure(ids[0]!, batchError));
			return new Map<string, PartnershipSnapshot>();
		}
		const snapshots = new Map<string, PartnershipSnapshot>();
		for (const id of ids)
			for (const [key, value] of await readBatch([id], failures, cache)) snapshots.set(key, value);
		return snapshots;
	}
}

/**
 * Read the projects' snapshots from Neo4j in batches and score each on one rubric version. A project
 * that fails becomes a failure with its cause; every other project is still scored. The next batch
 * is read while this one is scored: Neo4j and the scoring then use the two cores together.
 */
export async function scoreProjects(
	projectIds: string[],
	rubric: StoredRubric,
	batchSize = 200,
	options: ScoreOptions = {}
): Promise<ScoredProjects> {
	const result: ScoredProjects = { scores: [], failures: [] };
	const cache = snapshotCache(); // what projects share, read once per run
	// Each batch keeps its read failures apart, so failures come out in the order of the ids.
	const read = (start: number) => {
		const failures: ScoringFailure[] = [];
		const ids = projectIds.slice(start, start + batchSize);
		return readBatch(ids, failures, cache).then((snapshots) => ({ ids, snapshots, failures }));
	};
	let next = projectIds.length ? read(0) : null;
	for (let i = 0; next; i += batchSize) {
		const { ids, snapshots, failures } = await next;
		next = i + batchSize < projectIds.length ? read(i + batchSize) : null;
		result.failures.push(...failures);
		const present = ids.flatMap((id) => snapshots.get(id) ?? []);
		for (const outcome of scoreMany(present, rubric, options)) {
			if (outcome.ok)
				result.scores.push({
					projectId: outcome.projectId,
					snapshot: snapshots.get(outcome.projectId)!,
					scorecard: outcome.scorecard
				});
			else result.failures.push({ projectId: outcome.projectId, ...outcome.error });
		}
	}
	return result;
}

const failed = (f: Pick<ScoringFailure, 'message'>) =>
	new AppError('BAD_INPUT', `${f.message.it} / ${f.message.en}`);

export async function scoreProject(
	projectId: string,
	rubricId?: string | null,
	version?: number | null
): Promise<ProjectScore> {
	// The rubric and the snapshot are read together: one round trip fewer on a project's page.
	const failures: ScoringFailure[] = [];
	const [rubric, snapshots] = await Promise.all([
		resolveRubric(rubricId, version),
		readBatch([projectId], failures, snapshotCache())
	]);
	if (failures[0]) throw failed(failures[0]);
	const snapshot = snapshots.get(projectId);
	if (!snapshot) throw notFound('Progetto', projectId);
	return scoreOne(snapshot, rubric);
}

/** As scoreProject, on a snapshot already read at the current data version (no read again). */
export async function scoreSnapshot(
	snapshot: PartnershipSnapshot,
	rubricId?: string | null,
	version?: number | null
): Promise<ProjectScore> {
	return scoreOne(snapshot, await resolveRubric(rubricId, version));
}

/** One project's page: its suggestions say what each candidate would change (a few rescorings). */
function scoreOne(snapshot: PartnershipSnapshot, rubric: StoredRubric): ProjectScore {
	const [outcome] = scoreMany([snapshot], rubric, { candidateImpacts: CANDIDATES_PRICED });
	if (!outcome!.ok) throw failed(outcome!.error);
	return { projectId: outcome!.projectId, snapshot, scorecard: outcome!.scorecard };
}

/** Metrics as of the graph's data version: every map page asks for them (any write recomputes). */
const metricsCache = new VersionedCache<Awaited<ReturnType<typeof computeAmbitoMetrics>>>(40);

/** Network metrics of an Ambito's map: who is central, who brokers, who is isolated. */
export const ambitoNetworkMetrics = (ambitoId: string) =>
	metricsCache.get(ambitoId, () => computeAmbitoMetrics(ambitoId));

async function computeAmbitoMetrics(ambitoId: string) {
	const view = await ambitoNetwork(ambitoId, 1, 20_000);
	if (!view) throw notFound('Ambito', ambitoId);
	const metrics = computeNetworkMetrics({
		nodes: view.nodes.map((n) => ({ ...n })),
		edges: view.edges.map((e) => ({ source: e.source, target: e.target, weight: e.strength ?? 1 }))
	});
	return { view, metrics };
}
