import type {
	EvaluationDetailFragment,
	ProjectDetailFragment,
	RankingQuery,
	RubricSummaryFragment,
	ScoreDetailFragment,
	ScoreSummaryFragment
} from '../graphql/graphql';
import type { Lang } from '../i18n/locale';

/**
 * The shapes the evaluator's desk reads, named after their fragments in queries.ts: the generated
 * types (src/lib/graphql) follow the schema, so a field the server drops fails `npm run check`.
 */
export type Text = Record<Lang, string>;

export type ScorecardSummary = ScoreSummaryFragment;
export type CriterionScore = ScorecardSummary['criteria'][number];
export type ScorecardDetail = ScoreDetailFragment;
export type CriterionDetail = ScorecardDetail['criteria'][number];

/** One project's evaluation with everything the scorecard page and the report show. */
export type EvaluationDetail = EvaluationDetailFragment;
export type Adjustment = EvaluationDetail['adjustments'][number];
export type AuditEntry = EvaluationDetail['audit'][number];
/** What `Evaluation.status` holds (a String in the schema): the ranking's status filter offers these. */
export type EvaluationStatus = 'draft' | 'final';

export type ProjectDetail = ProjectDetailFragment;
export type Partnership = ProjectDetail['partnerships'][number];
export type Commitment = Partnership['commitments'][number];
export type ProjectAction = ProjectDetail['actions'][number];

/** One line of a ranking (`evaluations` query). */
export type RankingEntry = RankingQuery['ranking']['evaluations'][number];
/** A project of the ranking that could not be scored, with the cause in words. */
export type RankingFailure = RankingQuery['ranking']['failures'][number];

export type RubricSummary = RubricSummaryFragment;
