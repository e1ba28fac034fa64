import {
	applyAdjustments,
	describeSnapshotChanges,
	isCriterionId,
	snapshotFingerprint,
	type Adjustment,
	type PartnershipSnapshot,
	type Scorecard,
	type ScoringFailure
} from '../../scoring';
import type { LocalizedText } from '../../domain';
import {
	auditTrail,
	busyActors,
	changeEvaluation,
	evaluationsOfProjects,
	getEvaluation,
	type BusyActor,
	type StoredEvaluation
} from './evaluation-queries';
import { getProject } from '../network/network-queries';
import { AppError, badInput } from '../errors';
import { createHash } from 'node:crypto';
import { VersionedCache } from '../db/versioned-cache';
import {
	resolveRubric,
	scoreProject,
	scoreProjects,
	scoreSnapshot,
	type ProjectScore
} from './scorecard-service';

/** What an evaluator sees: the signed or working scorecard, and whether the data moved since. */
export interface EvaluationView {
	stored: StoredEvaluation | null;
	projectId: string;
	rubricId: string;
	rubricVersion: number;
	status: 'draft' | 'final';
	/** Computed now from the current data, without adjustments. */
	computed: Scorecard;
	/** What counts: the final scorecard when final, else computed + adjustments. */
	effective: Scorecard;
	dataChangedSinceFinal: boolean;
	changes: LocalizedText[];
	/**
	 * A ranking's views carry their project, read at the same data version: a warm ranking then
	 * reads nothing but the version (3,000 projects were read again on every request).
	 */
	project?: Awaited<ReturnType<typeof getProject>>;
}

function toView(
	projectId: string,
	rubricId: string,
	stored: StoredEvaluation | null,
	computed: Scorecard,
	fingerprint: string,
	now: Parameters<typeof describeSnapshotChanges>[1]
): EvaluationView {
	const final = stored?.status === 'final' && stored.finalScorecard;
	const dataChanged = Boolean(final && stored!.finalFingerprint !== fingerprint);
	return {
		stored,
		projectId,
		rubricId,
		rubricVersion: computed.rubricVersion,
		status: stored?.status ?? 'draft',
		computed,
		effective: final
			? stored!.finalScorecard!
			: applyAdjustments(computed, stored?.adjustments ?? []),
		dataChangedSinceFinal: dataChanged,
		changes:
			dataChanged && stored!.finalSnapshot
				? describeSnapshotChanges(stored!.finalSnapshot, now)
				: []
	};
}

/**
 * Scorecards and rankings as of the graph's data version: any write (data, evaluation, rubric) makes
 * them be computed again, so a cached one is never stale. A regional ranking (3,000 projects) is
 * seconds of reading and scoring; the pages ask for it again and again while nothing changes.
 */
const evaluationCache = new VersionedCache<EvaluationView>(500);
/** Rankings weigh their scorecards: at most two regional rankings' worth, however many calls'. */
const rankingCache = new VersionedCache<EvaluationViews>({
	maxEntries: 16,
	maxWeight: 6_000,
	weigh: (r) => r.views.length + r.failures.length
});
const busyActorsCache = new VersionedCache<BusyActor[]>(16);

/**
 * The partnerships the rankings read, kept with the data version they were read at: a scorecard
 * page opened from a ranking (8 requests in 20 of a browsing evaluator) then scores its project
 * without reading it again. Only the newest version's are kept, so a write drops them all and a
 * page never scores older data than it would read now. At most one snapshot per project.
 */
let rankingReads: { version: number; snapshots: Map<string, PartnershipSnapshot> } = {
	version: -1,
	snapshots: new Map()
};

function keepRankingReads(version: number, scores: readonly ProjectScore[]) {
	if (version < rankingReads.version) return;
	if (version > rankingReads.version) rankingReads = { version, snapshots: new Map() };
	for (const s of scores) rankingReads.snapshots.set(s.projectId, s.snapshot);
}

/** A page at a newer data version drops the older reads at once: they can never be used again. */
function readByRanking(projectId: string, version: number) {
	if (version > rankingReads.version) rankingReads = { version, snapshots: new Map() };
	return rankingReads.version === version ? rankingReads.snapshots.get(projectId) : undefined;
}

const viewReads = new WeakMap<EvaluationView, Map<string, Promise<unknown>>>();

/**
 * What a scorecard page reads beside its scorecard (the project, its Comuni, the audit trail), read
 * once per view: a view is kept for one data version, so a page opened again reads nothing but the
 * version (its ~10 round trips were the page's largest cost under load), and a write reads anew.
 * Read after the view's version was taken, so never older than it. A failure is not kept.
 */
export function readOnce<T>(view: EvaluationView, key: string, read: () => Promise<T>): Promise<T> {
	let reads = viewReads.get(view);
	if (!reads) viewReads.set(view, (reads = new Map()));
	const kept = reads.get(key) as Promise<T> | undefined;
	if (kept) return kept;
	const value = read();
	reads.set(key, value);
	value.catch(() => {
		if (reads.get(key) === value) reads.delete(key);
	});
	return value;
}

/** Actors in many projects at once: one scan of every partnership, asked for by each ranking page. */
export function viewBusyActors(
	min: number,
	triennio: string | null,
	callId: string | null
): Promise<BusyActor[]> {
	return busyActorsCache.get(JSON.stringify([min, triennio, callId]), () =>
		busyActors(min, triennio, callId)
	);
}

/** An evaluation keeps the rubric version it started with: a new rubric version never rescores it silently. */
export async function viewEvaluation(
	projectId: string,
	rubricId: string,
	rubricVersion?: number | null
): Promise<EvaluationView> {
	return evaluationCache.get(JSON.stringify([projectId, rubricId, rubricVersion ?? null]), (v) =>
		computeEvaluation(projectId, rubricId, rubricVersion, v)
	);
}

async function computeEvaluation(
	projectId: string,
	rubricId: string,
	rubricVersion: number | null | undefined,
	dataVersion: number
): Promise<EvaluationView> {
	const stored = await getEvaluation(projectId, rubricId);
	const pinned = stored?.rubricVersion ?? rubricVersion;
	const read = readByRanking(projectId, dataVersion);
	const { scorecard, snapshot } = read
		? await scoreSnapshot(read, rubricId, pinned)
		: await scoreProject(projectId, rubricId, pinned);
	return toView(projectId, rubricId, stored, scorecard, snapshotFingerprint(snapshot), snapshot);
}

export interface EvaluationViews {
	views: EvaluationView[];
	/** Projects that could not be scored: shown as error rows, never hiding the others. */
	failures: ScoringFailure[];
}

export async function viewEvaluations(
	projectIds: string[],
	rubricId: string
): Promise<EvaluationViews> {
	const key = createHash('sha256')
		.update(JSON.stringify([rubricId, projectIds]))
		.digest('hex');
	const ranking = await rankingCache.get(key, (v) => computeEvaluations(projectIds, rubricId, v));
	// Callers sort the lists: each gets its own.
	return { views: [...ranking.views], failures: [...ranking.failures] };
}

async function computeEvaluations(
	projectIds: string[],
	rubricId: string,
	dataVersion: number
): Promise<EvaluationViews> {
	const rubric = await resolveRubric(rubricId);
	const stored = await evaluationsOfProjects(projectIds, rubricId);
	const { scores, failures } = await scoreProjects(projectIds, rubric);
	keepRankingReads(dataVersion, scores);
	// Asked for in one tick: the network's loader reads them in batches of 1,000.
	const projects = await Promise.all(scores.map((s) => getProject(s.projectId)));
	const views: EvaluationView[] = [];
	for (const [i, s] of scores.entries()) {
		const evaluation = stored.get(s.projectId) ?? null;
		// Projects evaluated on an older rubric version are rescored on theirs.
		const score =
			evaluation && evaluation.rubricVersion !== rubric.version
				? await scoreProject(s.projectId, rubricId, evaluation.rubricVersion)
				: s;
		views.push({
			...toView(
				s.projectId,
				rubricId,
				evaluation,
				score.scorecard,
				snapshotFingerprint(score.snapshot),
				score.snapshot
			),
			project: projects[i]
		});
	}
	return { views, failures };
}

const MAX_REASON = 2000;
function requireReason(reason: string | null | undefined, field = 'reason'): string {
	const text = reason?.trim() ?? '';
	if (!text)
		throw badInput([
			{ field, message: 'la motivazione è obbligatoria / a written reason is required' }
		]);
	if (text.length > MAX_REASON)
		throw badInput([
			{ field, message: `al massimo ${MAX_REASON} caratteri / at most ${MAX_REASON} characters` }
		]);
	return text;
}

function assertDraft(current: StoredEvaluation) {
	if (current.status === 'final')
		throw new AppError(
			'CONFLICT',
			'Valutazione definitiva: riaprila per modificarla / final evaluation: reopen it to change it'
		);
}

interface ChangeInput {
	projectId: string;
	rubricId: string;
	expectedVersion: number | null;
	by: string;
}

async function pinnedVersion(input: ChangeInput): Promise<number> {
	const stored = await getEvaluation(input.projectId, input.rubricId);
	return stored?.rubricVersion ?? (await resolveRubric(input.rubricId)).version;
}

export async function adjustScore(
	input: ChangeInput & { criterionId: string; score: number | null; reason: string },
	now: string
) {
	const reason = requireReason(input.reason);
	if (!isCriterionId(input.criterionId))
		throw badInput([{ field: 'criterionId', message: 'criterio sconosciuto / unknown criterion' }]);
	if (
		input.score !== null &&
		!(Number.isFinite(input.score) && input.score >= 0 && input.score <= 100)
	)
		throw badInput([{ field: 'score', message: 'tra 0 e 100 / between 0 and 100' }]);
	const rubricVersion = await pinnedVersion(input);
	const criterionId = input.criterionId;
	const { scorecard } = await scoreProject(input.projectId, input.rubricId, rubricVersion);
	if (!scorecard.criteria.some((c) => c.id === criterionId))
		throw badInput([
			{ field: 'criterionId', message: 'criterio non previsto dalla griglia / not in this rubric' }
		]);
	await changeEvaluation({
		...input,
		rubricVersion,
		change: (current) => {
			assertDraft(current);
			const old = current.adjustments.find((a) => a.criterionId === criterionId) ?? null;
			const rest = current.adjustments.filter((a) => a.criterionId !== criterionId);
			const adjustment: Adjustment | null =
				input.score === null
					? null
					: { criterionId, score: input.score, reason, by: input.by, at: now };
			const computedScore = scorecard.criteria.find((c) => c.id === criterionId)?.score ?? null;
			return {
				next: { ...current, rubricVersion, adjustments: adjustment ? [...rest, adjustment] : rest },
				audit: [
					{
						action: adjustment ? 'adjust' : 'clear_adjustment',
						criterionId,
						oldValue: String(old?.score ?? computedScore ?? 'n.v.'),
						newValue: adjustment ? String(adjustment.score) : String(computedScore ?? 'n.v.'),
						reason
					}
				]
			};
		}
	});
	return viewEvaluation(input.projectId, input.rubricId);
}

export async function setNotes(input: ChangeInput & { notes: string }) {
	if (input.notes.length > 10_000)
		throw badInput([
			{ field: 'notes', message: 'al massimo 10.000 caratteri / at most 10,000 characters' }
		]);
	const rubricVersion = await pinnedVersion(input);
	await changeEvaluation({
		...input,
		rubricVersion,
		change: (current) => ({
			next: { ...current, rubricVersion, notes: input.notes.trim() || null },
			audit: [
				{
					action: 'notes',
					criterionId: null,
					oldValue: current.notes,
					newValue: input.notes.trim() || null,
					reason: null
				}
			]
		})
	});
	return viewEvaluation(input.projectId, input.rubricId);
}

/** Signs the evaluation: stores the effective scorecard and the data it came from. */
export async function finalize(input: ChangeInput, now: string) {
	const rubricVersion = await pinnedVersion(input);
	const { scorecard, snapshot } = await scoreProject(
		input.projectId,
		input.rubricId,
		rubricVersion
	);
	await changeEvaluation({
		...input,
		rubricVersion,
		change: (current) => {
			assertDraft(current);
			const effective = applyAdjustments(scorecard, current.adjustments);
			return {
				next: {
					...current,
					rubricVersion,
					status: 'final',
					finalScorecard: effective,
					finalSnapshot: snapshot,
					finalFingerprint: snapshotFingerprint(snapshot),
					finalizedAt: now,
					finalizedBy: input.by
				},
				audit: [
					{
						action: 'finalize',
						criterionId: null,
						oldValue: 'draft',
						newValue: `final (${effective.total?.toFixed(1) ?? 'n.v.'})`,
						reason: null
					}
				]
			};
		}
	});
	return viewEvaluation(input.projectId, input.rubricId);
}

export async function reopen(input: ChangeInput & { reason: string }) {
	const reason = requireReason(input.reason);
	const rubricVersion = await pinnedVersion(input);
	await changeEvaluation({
		...input,
		rubricVersion,
		change: (current) => {
			if (current.status !== 'final')
				throw new AppError(
					'CONFLICT',
					'La valutazione è già in bozza / the evaluation is already a draft'
				);
			return {
				next: {
					...current,
					status: 'draft',
					finalScorecard: null,
					finalSnapshot: null,
					finalFingerprint: null,
					finalizedAt: null,
					finalizedBy: null
				},
				audit: [
					{ action: 'reopen', criterionId: null, oldValue: 'final', newValue: 'draft', reason }
				]
			};
		}
	});
	return viewEvaluation(input.projectId, input.rubricId);
}

export { auditTrail };
