import { error, type RequestEvent } from '@sveltejs/kit';
import { GraphQLRequestError, runWith } from '$lib/graphql-client';
import { requirePage } from '$lib/server/auth/routes';
import { SURVEY_ANSWERS } from '$lib/surveys/queries';
import { answersTables } from '$lib/surveys/answers-table';
import { slugify } from '$lib/text';

/** The pseudonymised answers as tables and a file name; the survey's own rule decides who may. */
export async function answersForDownload(event: RequestEvent<{ id: string }>) {
	if (!event.locals.viewer) requirePage(null, 'survey.run', event.url);
	try {
		const data = await runWith(event.fetch)(SURVEY_ANSWERS, { surveyId: event.params.id });
		return {
			tables: answersTables(data.surveyAnswers),
			baseName: `risposte-${slugify(data.survey.title)}`
		};
	} catch (e) {
		if (e instanceof GraphQLRequestError && e.codes.includes('FORBIDDEN')) error(403, e.message);
		if (e instanceof GraphQLRequestError && e.codes.includes('NOT_FOUND')) error(404, e.message);
		if (e instanceof GraphQLRequestError && e.codes.includes('CONFLICT')) error(409, e.message);
		throw e;
	}
}
