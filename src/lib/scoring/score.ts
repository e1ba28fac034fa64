import { assertValidRubric, computeScorecard } from './engine';
import type { Rubric } from './rubrics';
import { canonicalSnapshot } from './snapshot';
import type { PartnershipSnapshot, Scorecard } from './types';
import { attachCandidateImpacts } from './what-if';

export { InvalidRubricError } from './engine';

export interface ScoreOptions {
	/**
	 * Rescore with up to this many candidates of the territory added (the most relevant first), to say
	 * how much each would change the total. Costs one scoring per candidate: 0 (the default) in
	 * rankings, a handful on a project's page.
	 */
	candidateImpacts?: number;
}

/**
 * Score one partnership on a rubric. Pure: no clock, no I/O; the same snapshot and rubric always
 * give the same scorecard, whatever the order of the snapshot's lists.
 * A criterion is assessable when at least one of its subscores is; the total is the weighted mean
 * of the applicable, assessable criteria, weights re-normalised over them, and null when none is.
 */
export function scorePartnership(
	snapshot: PartnershipSnapshot,
	rubric: Rubric,
	options: ScoreOptions = {}
): Scorecard {
	assertValidRubric(rubric);
	const canonical = canonicalSnapshot(snapshot);
	const card = computeScorecard(canonical, rubric);
	const limit = Math.max(0, Math.min(20, Math.floor(options.candidateImpacts ?? 0)));
	return limit > 0 ? attachCandidateImpacts(canonical, rubric, card, limit) : card;
}
