import { gql } from '$lib/graphql-client';
import { SURVEY_TRACKING } from '$lib/surveys/queries';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params }) => {
	const result = await gql(fetch, SURVEY_TRACKING, { surveyId: params.id });
	return { tracking: result.surveyInvitations };
};
