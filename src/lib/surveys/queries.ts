import { graphql } from '../graphql';

/**
 * Selections that several operations share, as fragments: GraphQL Code Generator adds each
 * fragment's definition to the operations that spread it, and types the fields in their results.
 */
export const SURVEY_SUMMARY = graphql(`
	fragment SurveySummary on Survey {
		id
		title
		subjectName
		status
		opensOn
		closesOn
	}
`);

export const SURVEY_ORGANISATION = graphql(`
	fragment SurveyOrganisationName on SurveyOrganisation {
		id
		name
	}
`);

/** One answer's ratings of a tie: the respondent's own (to resume) and the download's are alike. */
export const SURVEY_TIE_RATINGS = graphql(`
	fragment SurveyTieRatings on SurveyTieRatings {
		level
		frequency
		reliability
		openness
		mission
		influence
		resources
		involvement
	}
`);

/** The respondent page's operations: its personal link's token is the only key (no account). */
export const RESPONDENT_SURVEY = graphql(`
	query RespondentSurvey($token: String!) {
		respondentSurvey(token: $token) {
			state
			title
			closesOn
			anonymous
			minutes
			status
			organisation {
				...SurveyOrganisationName
			}
			others {
				...SurveyOrganisationName
			}
			ties {
				toOrgId
				...SurveyTieRatings
			}
			partnership {
				goals
				decisions
				worth
				achieved
				obstacles
			}
		}
	}
`);

export const SUBMIT_SURVEY_RESPONSE = graphql(`
	mutation SubmitSurveyResponse($token: String!, $input: SurveyResponseInput!) {
		submitSurveyResponse(token: $token, input: $input) {
			saved
			complete
		}
	}
`);

export const SURVEYS_PAGE = graphql(`
	query SurveysPage {
		surveys {
			...SurveySummary
		}
		surveySubjects {
			kind
			id
			name
		}
	}
`);

export const CREATE_SURVEY = graphql(`
	mutation CreateSurvey($input: SurveyInput!) {
		createSurvey(input: $input) {
			id
		}
	}
`);

export const SURVEY_TRACKING = graphql(`
	query SurveyTracking($surveyId: ID!) {
		surveyInvitations(surveyId: $surveyId) {
			completed
			responseRate
			survey {
				...SurveySummary
				subjectKind
				anonymous
			}
			respondents {
				id
				orgId
				orgName
				email
				status
				answered
				invitedAt
				remindedAt
			}
		}
	}
`);

export const UPDATE_SURVEY = graphql(`
	mutation UpdateSurvey($input: SurveyUpdateInput!) {
		updateSurvey(input: $input) {
			id
		}
	}
`);

export const OPEN_SURVEY = graphql(`
	mutation OpenSurvey($id: ID!) {
		openSurvey(id: $id) {
			id
		}
	}
`);

export const CLOSE_SURVEY = graphql(`
	mutation CloseSurvey($id: ID!) {
		closeSurvey(id: $id) {
			id
		}
	}
`);

export const ISSUE_SURVEY_LINKS = graphql(`
	mutation IssueSurveyLinks($surveyId: ID!, $respondentIds: [ID!]) {
		issueSurveyLinks(surveyId: $surveyId, respondentIds: $respondentIds) {
			token
			respondent {
				id
				orgName
			}
		}
	}
`);

export const SEND_SURVEY_INVITATIONS = graphql(`
	mutation SendSurveyInvitations($surveyId: ID!, $reminder: Boolean!) {
		sendSurveyInvitations(surveyId: $surveyId, reminder: $reminder) {
			sent
			withoutEmail
			failed {
				orgName
				email
				error
			}
		}
	}
`);

export const SURVEY_RESULTS = graphql(`
	query SurveyResultsView($surveyId: ID!) {
		surveyResults(surveyId: $surveyId) {
			withheld
			anonymous
			network {
				organisations
				respondents
				completed
				responseRate
				density
				degreeCentralisation
				meanTrust
				meanValue
			}
			organisations {
				orgId
				name
				trustReceived
				valueReceived
				ratedBy
				trustWithheld
				valueWithheld
				tiesByLevel
			}
			disagreements {
				a {
					id
					name
					saysLevel
				}
				b {
					id
					name
					saysLevel
				}
			}
		}
	}
`);

/** The answers to download, each respondent by a code (the server pseudonymises them). */
export const SURVEY_ANSWERS = graphql(`
	query SurveyAnswers($surveyId: ID!) {
		survey(id: $surveyId) {
			title
		}
		surveyAnswers(surveyId: $surveyId) {
			code
			goals
			decisions
			worth
			achieved
			obstacles
			answers {
				organisation
				...SurveyTieRatings
			}
		}
	}
`);

/** The survey's network as a graph file (its rule: an anonymous survey's only once closed). */
export const SURVEY_NETWORK_FILE = graphql(`
	query SurveyNetworkFile($surveyId: ID!, $format: String!) {
		surveyNetworkFile(surveyId: $surveyId, format: $format) {
			fileName
			mediaType
			base64
		}
	}
`);
