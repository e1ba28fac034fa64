import { graphql } from '../graphql';

/**
 * Every GraphQL operation of the evaluator's desk, in one place: the pages, the download endpoints
 * and the `trama report` command ask the same questions, so they show the same numbers.
 */

export const RANKING_QUERY = graphql(`
	query Ranking($callId: ID, $ambitoId: ID, $triennio: String, $rubricId: ID) {
		ranking(callId: $callId, ambitoId: $ambitoId, triennio: $triennio, rubricId: $rubricId) {
			failures {
				projectId
				project {
					title
				}
				message {
					it
					en
				}
			}
			evaluations {
				projectId
				status
				version
				dataChangedSinceFinal
				adjustments {
					criterionId
				}
				project {
					title
					fictional
					triennio
					targetAmbitoIds
					call {
						id
						title
					}
				}
				scorecard {
					...ScoreSummary
				}
			}
		}
	}
	fragment ScoreSummary on Scorecard {
		total
		assessedWeightShare
		comparable
		comparabilityThreshold
		notAssessed {
			criterionId
			label {
				it
				en
			}
			missing
		}
		criteria {
			...CriterionScore
		}
	}
	fragment CriterionScore on CriterionResult {
		id
		label {
			it
			en
		}
		weight
		score
	}
`);

export const RANKING_AMBITI = graphql(`
	query RankingAmbiti {
		territory {
			...AmbitoNames
		}
	}
`);

export const DESK_CHOICES_QUERY = graphql(`
	query DeskChoices {
		calls {
			id
			title
			year
			fictional
			rubricId
		}
		rubrics {
			...RubricSummary
		}
	}
	fragment RubricSummary on Rubric {
		id
		version
		preset
		name {
			it
			en
		}
	}
`);

export const BUSY_ACTORS_QUERY = graphql(`
	query BusyActors($minProjects: Int, $triennio: String, $callId: ID) {
		busyActors(minProjects: $minProjects, triennio: $triennio, callId: $callId) {
			id
			name
			kind
			projectCount
			ambitoCount
			projectTitles
		}
	}
`);

export const EVALUATION_QUERY = graphql(`
	query Evaluation($projectId: ID!, $rubricId: ID) {
		evaluation(projectId: $projectId, rubricId: $rubricId) {
			...EvaluationDetail
			# Through the evaluation: read once with it for its data version (evaluation-service.ts).
			project {
				...ProjectDetail
			}
		}
		rubrics {
			...RubricSummary
		}
	}
	fragment ProjectDetail on Project {
		id
		title
		start
		end
		triennio
		budgetEur
		targetComuniIstat
		targetAmbitoIds
		fictional
		call {
			id
			title
			year
		}
		partnerships {
			id
			role
			actor {
				id
				name
				kind
				sector
				seatName
				seatIstat
			}
			commitments {
				...CommitmentFields
			}
		}
		actions {
			id
			title
			responsible {
				id
				name
			}
		}
	}
	fragment EvaluationDetail on Evaluation {
		projectId
		rubricId
		rubricVersion
		status
		notes
		version
		finalizedAt
		finalizedBy
		finalizedByName
		dataChangedSinceFinal
		changes {
			it
			en
		}
		targetComuni {
			istat
			name
			population
		}
		adjustments {
			criterionId
			score
			reason
			by
			byName
			at
		}
		scorecard {
			...ScoreDetail
		}
		computedScorecard {
			# What the page shows of it: the scores before adjustments and the candidates' impact.
			total
			candidateImpacts {
				...CandidateImpact
			}
			criteria {
				id
				score
			}
		}
		audit {
			at
			by
			byName
			action
			criterionId
			oldValue
			newValue
			reason
		}
	}
	fragment CandidateImpact on CandidateImpact {
		actorId
		name
		kind
		totalDelta
	}
	fragment ScoreDetail on Scorecard {
		rubricVersion
		total
		assessedWeightShare
		candidateImpacts {
			...CandidateImpact
		}
		criteria {
			...CriterionScore
			assessable
			missing
			summary {
				it
				en
			}
			explanation {
				it
				en
			}
			subscores {
				id
				label {
					it
					en
				}
				score
				weight
			}
			inputs {
				key
				value
			}
			formula {
				it
				en
			}
			suggestions {
				it
				en
				actorIds
				comuni
				impacts {
					actorId
					totalDelta
				}
			}
		}
	}
`);

export const ADJUST_SCORE = graphql(`
	mutation Adjust(
		$projectId: ID!
		$rubricId: ID
		$criterionId: String!
		$score: Float
		$reason: String!
		$expectedVersion: Int
	) {
		adjustScore(
			projectId: $projectId
			rubricId: $rubricId
			criterionId: $criterionId
			score: $score
			reason: $reason
			expectedVersion: $expectedVersion
		) {
			...EvaluationResult
		}
	}
	fragment EvaluationResult on Evaluation {
		projectId
		version
		status
	}
`);

export const SET_NOTES = graphql(`
	mutation Notes($projectId: ID!, $rubricId: ID, $notes: String!, $expectedVersion: Int) {
		setEvaluationNotes(
			projectId: $projectId
			rubricId: $rubricId
			notes: $notes
			expectedVersion: $expectedVersion
		) {
			...EvaluationResult
		}
	}
`);

export const FINALIZE = graphql(`
	mutation Finalize($projectId: ID!, $rubricId: ID, $expectedVersion: Int) {
		finalizeEvaluation(
			projectId: $projectId
			rubricId: $rubricId
			expectedVersion: $expectedVersion
		) {
			...EvaluationResult
		}
	}
`);

export const REOPEN = graphql(`
	mutation Reopen($projectId: ID!, $rubricId: ID, $reason: String!, $expectedVersion: Int) {
		reopenEvaluation(
			projectId: $projectId
			rubricId: $rubricId
			reason: $reason
			expectedVersion: $expectedVersion
		) {
			...EvaluationResult
		}
	}
`);

/** "What if": the scorecard after trying edits on the partnership, nothing saved (issue 16). */
export const WHAT_IF_QUERY = graphql(`
	query WhatIf($projectId: ID!, $rubricId: ID, $edits: [WhatIfEditInput!]!) {
		whatIf(projectId: $projectId, rubricId: $rubricId, edits: $edits) {
			totalBefore
			totalAfter
			totalDelta
			assessedShareAfter
			comparableAfter
			criteria {
				criterionId
				label {
					it
					en
				}
				before
				after
				delta
			}
		}
	}
`);
