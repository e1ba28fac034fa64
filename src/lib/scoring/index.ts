export * from './types';
export { CRITERIA, CRITERION_BY_ID, isCriterionId } from './criteria';
export {
	RUBRIC_PRESETS,
	SPERIMENTAZIONI_2012_2014,
	PROGRAMMAZIONE_2025_2027,
	DEFAULT_COMPARABILITY_THRESHOLD,
	comparabilityThreshold,
	validateRubric,
	type Rubric,
	type RubricError
} from './rubrics';
export { scorePartnership, InvalidRubricError, type ScoreOptions } from './score';
export {
	scoreMany,
	scoringFailure,
	rankOutcomes,
	type ScoreOutcome,
	type ScoringFailure,
	type Ranking
} from './batch';
export { whatIf, applyEdits, WhatIfError, type SnapshotEdit, type WhatIfResult } from './what-if';
export {
	DECLARABLE_FIELDS,
	MAX_DECLARED_EUR,
	type Declaration,
	type DeclarableField
} from './what-if-declare';
export {
	computeNetworkMetrics,
	type NetworkInput,
	type NetworkMetrics,
	type NodeMetrics
} from './network-metrics';
export { partnershipEgoGraph } from './criteria/d-outreach';
export { canonicalSnapshot } from './snapshot';
export {
	applyAdjustments,
	describeSnapshotChanges,
	snapshotFingerprint,
	type Adjustment
} from './adjustments';
