/**
 * Every GraphQL operation of the evaluator's desk, in one place: the pages, the download endpoints
 * and the `trama report` command ask the same questions, so they show the same numbers.
 */

const SCORE_SUMMARY = /* GraphQL */ `total assessedWeightShare criteria { id label { it en } weight score }`;

const SCORE_DETAIL = /* GraphQL */ `rubricVersion total assessedWeightShare
	criteria {
		id label { it en } weight score assessable missing
		subscores { id label { it en } score weight }
		inputs { key value }
		formula { it en }
		suggestions { it en actorIds comuni }
	}`;

export const RANKING_QUERY = /* GraphQL */ `
	query Ranking($callId: ID, $ambitoId: ID, $triennio: String, $rubricId: ID) {
		evaluations(callId: $callId, ambitoId: $ambitoId, triennio: $triennio, rubricId: $rubricId) {
			projectId status version dataChangedSinceFinal
			adjustments { criterionId }
			project { title fictional triennio targetAmbitoIds call { id title } }
			scorecard { ${SCORE_SUMMARY} }
		}
	}
`;

export const DESK_CHOICES_QUERY = /* GraphQL */ `
	query DeskChoices {
		calls {
			id
			title
			year
			fictional
		}
		rubrics {
			id
			version
			preset
			name {
				it
				en
			}
		}
	}
`;

export const BUSY_ACTORS_QUERY = /* GraphQL */ `
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
`;

const PROJECT_DETAIL = /* GraphQL */ `id title start end triennio budgetEur targetComuniIstat targetAmbitoIds fictional
	call { id title year }
	partnerships { id role actor { id name kind sector seatName } commitments { type amount valueEur source beyondFunding } }
	actions { id title responsible { id name } }`;

export const EVALUATION_QUERY = /* GraphQL */ `
	query Evaluation($projectId: ID!, $rubricId: ID) {
		project(id: $projectId) { ${PROJECT_DETAIL} }
		evaluation(projectId: $projectId, rubricId: $rubricId) {
			projectId rubricId rubricVersion status notes version finalizedAt finalizedBy dataChangedSinceFinal
			changes { it en }
			adjustments { criterionId score reason by at }
			scorecard { ${SCORE_DETAIL} }
			computedScorecard { ${SCORE_DETAIL} }
			audit { at by action criterionId oldValue newValue reason }
		}
		rubrics { id version preset name { it en } }
	}
`;

/** The region's Comuni by Ambito, to name a project's territory (filtered on the server). */
export const TERRITORY_COMUNI_QUERY = /* GraphQL */ `
	query TerritoryComuni {
		territory {
			ats {
				ambiti {
					id
					name
					comuni {
						istat
						name
						population
					}
				}
			}
			ambitiWithoutAts {
				id
				name
				comuni {
					istat
					name
					population
				}
			}
		}
	}
`;

const EVALUATION_RESULT = /* GraphQL */ `projectId version status`;

export const ADJUST_SCORE = /* GraphQL */ `
	mutation Adjust($projectId: ID!, $rubricId: ID, $criterionId: String!, $score: Float, $reason: String!, $expectedVersion: Int) {
		adjustScore(projectId: $projectId, rubricId: $rubricId, criterionId: $criterionId, score: $score, reason: $reason, expectedVersion: $expectedVersion) { ${EVALUATION_RESULT} }
	}
`;

export const SET_NOTES = /* GraphQL */ `
	mutation Notes($projectId: ID!, $rubricId: ID, $notes: String!, $expectedVersion: Int) {
		setEvaluationNotes(projectId: $projectId, rubricId: $rubricId, notes: $notes, expectedVersion: $expectedVersion) { ${EVALUATION_RESULT} }
	}
`;

export const FINALIZE = /* GraphQL */ `
	mutation Finalize($projectId: ID!, $rubricId: ID, $expectedVersion: Int) {
		finalizeEvaluation(projectId: $projectId, rubricId: $rubricId, expectedVersion: $expectedVersion) { ${EVALUATION_RESULT} }
	}
`;

export const REOPEN = /* GraphQL */ `
	mutation Reopen($projectId: ID!, $rubricId: ID, $reason: String!, $expectedVersion: Int) {
		reopenEvaluation(projectId: $projectId, rubricId: $rubricId, reason: $reason, expectedVersion: $expectedVersion) { ${EVALUATION_RESULT} }
	}
`;
