import type { LocalizedText } from '../domain';
import { assertValidRubric } from './engine';
import type { Rubric } from './rubrics';
import { scorePartnership, type ScoreOptions } from './score';
import type { CriterionId, PartnershipSnapshot, Scorecard } from './types';

export type ScoreOutcome =
	| { projectId: string; ok: true; scorecard: Scorecard }
	| { projectId: string; ok: false; error: { message: LocalizedText; cause: string } };

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface ScoringFailure {
	projectId: string;
	message: LocalizedText;
	cause: string;
}

/** A project whose data could not be read or scored, said so that the reader knows what to do. */
export function scoringFailure(projectId: string, error: unknown): ScoringFailure {
	const cause = describe(error);
	return {
		projectId,
		message: {
			it: `Il punteggio del progetto ${projectId} non si è potuto calcolare (${cause}). Gli altri progetti sono valutati; correggere i dati del progetto e riprovare.`,
			en: `The score of project ${projectId} could not be computed (${cause}). The other projects are scored; fix the project's data and try again.`
		},
		cause
	};
}

/**
 * Score many partnerships on one rubric. A project whose scoring fails becomes an error row with
 * its cause; every other project is still scored. An invalid rubric is not a project's fault: it
 * throws InvalidRubricError before any project is scored.
 */
export function scoreMany(
	snapshots: Iterable<PartnershipSnapshot>,
	rubric: Rubric,
	options: ScoreOptions = {}
): ScoreOutcome[] {
	assertValidRubric(rubric);
	const outcomes: ScoreOutcome[] = [];
	for (const snapshot of snapshots) {
		const projectId = typeof snapshot?.project?.id === 'string' ? snapshot.project.id : '?';
		try {
			outcomes.push({
				projectId,
				ok: true,
				scorecard: scorePartnership(snapshot, rubric, options)
			});
		} catch (error) {
			const { message, cause } = scoringFailure(projectId, error);
			outcomes.push({ projectId, ok: false, error: { message, cause } });
		}
	}
	return outcomes;
}

export interface Ranking {
	/** Comparable totals, highest first, with their rank (ties share a rank). */
	ranked: Array<{ projectId: string; rank: number; total: number; assessedWeightShare: number }>;
	/** Totals computed on too small a share of the weight: listed apart with what is missing. */
	notComparable: Array<{
		projectId: string;
		total: number | null;
		assessedWeightShare: number;
		missing: Array<{ criterionId: CriterionId; label: LocalizedText; missing: string[] }>;
	}>;
	failed: Array<{ projectId: string; message: LocalizedText; cause: string }>;
}

/** A ranking that never mixes comparable and non-comparable totals, nor hides failures. */
export function rankOutcomes(outcomes: readonly ScoreOutcome[]): Ranking {
	const ranking: Ranking = { ranked: [], notComparable: [], failed: [] };
	for (const outcome of outcomes) {
		if (!outcome.ok) {
			ranking.failed.push({ projectId: outcome.projectId, ...outcome.error });
			continue;
		}
		const card = outcome.scorecard;
		if (card.comparable && card.total !== null) {
			ranking.ranked.push({
				projectId: outcome.projectId,
				rank: 0,
				total: card.total,
				assessedWeightShare: card.assessedWeightShare
			});
		} else {
			ranking.notComparable.push({
				projectId: outcome.projectId,
				total: card.total,
				assessedWeightShare: card.assessedWeightShare,
				missing: card.notAssessed
			});
		}
	}
	ranking.ranked.sort((a, b) => b.total - a.total || (a.projectId < b.projectId ? -1 : 1));
	ranking.ranked.forEach((row, index) => {
		const previous = ranking.ranked[index - 1];
		row.rank = previous && previous.total === row.total ? previous.rank : index + 1;
	});
	ranking.notComparable.sort(
		(a, b) => b.assessedWeightShare - a.assessedWeightShare || (a.projectId < b.projectId ? -1 : 1)
	);
	return ranking;
}
