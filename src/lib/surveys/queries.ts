import { graphql } from '../graphql';

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
				id
				name
			}
			others {
				id
				name
			}
			ties {
				toOrgId
				level
				frequency
				reliability
				openness
				mission
				influence
				resources
				involvement
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
