import { gql } from '$lib/graphql-client';
import { SURVEY_RESULTS, SURVEY_TRACKING } from '$lib/surveys/queries';
import type { SurveyResults } from '$lib/surveys/types';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params }) => {
	const tracking = (await gql(fetch, SURVEY_TRACKING, { surveyId: params.id })).surveyInvitations;
	// An anonymous survey shows results only once closed (the server refuses before).
	const ready = tracking.survey.status === 'closed' || !tracking.survey.anonymous;
	const results = ready
		? ((await gql(fetch, SURVEY_RESULTS, { surveyId: params.id })).surveyResults as SurveyResults)
		: null;
	return { tracking, results };
};
