import type { BusyActorsQuery, DeskChoicesQuery } from '../graphql/graphql';
import { BUSY_ACTORS_QUERY, DESK_CHOICES_QUERY, RANKING_AMBITI, RANKING_QUERY } from './queries';
import type { RunOperation } from '../graphql-client';
import { allAmbiti } from '../territory';
import type { RankingEntry, RankingFailure } from './types';

/** The scoring's default preset (scoring/rubrics.ts), named here so pages need not import the engine. */
export const DEFAULT_RUBRIC_ID = 'programmazione-2025-2027';

/** The calls and rubrics a ranking can be of. */
export type DeskChoice = DeskChoicesQuery;

/** What a ranking is of: one call, or the whole region (optionally one triennio). From the URL. */
export interface RankingScope {
	regional: boolean;
	callId: string | null;
	rubricId: string;
	triennio: string | null;
}

/**
 * `?bando=…&griglia=…`, or `?vista=regione[&triennio=…]`. Without a call, an evaluator starts on the
 * first call assigned to them, anyone else on the most recent call.
 */
export function rankingScope(
	params: URLSearchParams,
	choices: DeskChoice,
	assignedCallIds: readonly string[]
): RankingScope {
	const regional = params.get('vista') === 'regione';
	const asked = params.get('bando');
	const byYear = [...choices.calls].sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
	const known = (id: string | null | undefined) =>
		id && choices.calls.some((c) => c.id === id) ? id : null;
	const callId = regional
		? null
		: (known(asked) ?? known(assignedCallIds[0]) ?? byYear[0]?.id ?? null);
	const knownRubric = (id: string | null | undefined) =>
		id && choices.rubrics.some((r) => r.id === id) ? id : null;
	// A call's ranking uses the rubric its evaluators adapted for it, unless the URL names another.
	const ofCall = choices.calls.find((c) => c.id === callId)?.rubricId;
	return {
		regional,
		callId,
		rubricId: knownRubric(params.get('griglia')) ?? knownRubric(ofCall) ?? DEFAULT_RUBRIC_ID,
		triennio: regional ? params.get('triennio') || null : null
	};
}

export function rankingSearch(scope: RankingScope): string {
	const p = new URLSearchParams();
	if (scope.regional) p.set('vista', 'regione');
	else if (scope.callId) p.set('bando', scope.callId);
	if (scope.triennio) p.set('triennio', scope.triennio);
	p.set('griglia', scope.rubricId);
	return p.toString();
}

/** An actor in many projects at once (the schema's `BusyActor`, as the desk asks for it). */
export type BusyActor = BusyActorsQuery['busyActors'][number];

export async function loadChoices(run: RunOperation): Promise<DeskChoice> {
	return run(DESK_CHOICES_QUERY);
}

export interface RankingData {
	entries: RankingEntry[];
	failures: RankingFailure[];
}

export async function loadRanking(run: RunOperation, scope: RankingScope): Promise<RankingData> {
	if (!scope.regional && !scope.callId) return { entries: [], failures: [] };
	const data = await run(RANKING_QUERY, {
		callId: scope.callId,
		rubricId: scope.rubricId,
		triennio: scope.triennio
	});
	return { entries: data.ranking.evaluations, failures: data.ranking.failures };
}

export async function loadBusyActors(run: RunOperation, scope: RankingScope): Promise<BusyActor[]> {
	const data = await run(BUSY_ACTORS_QUERY, {
		minProjects: 2,
		callId: scope.regional ? null : scope.callId,
		triennio: scope.triennio
	});
	return data.busyActors;
}

/** The Ambiti's names by id, to show a ranking's territories (page and downloads). */
export async function namesOfAmbiti(run: RunOperation): Promise<Record<string, string>> {
	const { territory } = await run(RANKING_AMBITI);
	return Object.fromEntries(allAmbiti(territory).map((a) => [a.id, a.name]));
}
