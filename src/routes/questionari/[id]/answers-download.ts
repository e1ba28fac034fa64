import { error, type RequestEvent } from '@sveltejs/kit';
import { GraphQLRequestError, runWith } from '$lib/graphql-client';
import { requirePage } from '$lib/server/auth/routes';
import { SURVEY_ANSWERS, SURVEY_NETWORK_FILE } from '$lib/surveys/queries';
import { answersTables } from '$lib/surveys/answers-table';
import { slugify } from '$lib/text';
import { attachment } from '../../valutazione/ranking-download';

type SurveyEvent = RequestEvent<{ id: string }>;

/** A survey's download through the API: a visitor signs in, the survey's own rule decides. */
async function surveyDownload<T>(
	event: SurveyEvent,
	work: (run: ReturnType<typeof runWith>) => Promise<T>
): Promise<T> {
	if (!event.locals.viewer) requirePage(null, 'survey.run', event.url);
	try {
		return await work(runWith(event.fetch));
	} catch (e) {
		if (e instanceof GraphQLRequestError && e.codes.includes('FORBIDDEN')) error(403, e.message);
		if (e instanceof GraphQLRequestError && e.codes.includes('NOT_FOUND')) error(404, e.message);
		if (e instanceof GraphQLRequestError && e.codes.includes('CONFLICT')) error(409, e.message);
		throw e;
	}
}

/** The pseudonymised answers as tables and a file name. */
export const answersForDownload = (event: SurveyEvent) =>
	surveyDownload(event, async (run) => {
		const data = await run(SURVEY_ANSWERS, { surveyId: event.params.id });
		return {
			tables: answersTables(data.surveyAnswers),
			baseName: `risposte-${slugify(data.survey.title)}`
		};
	});

/** The survey's network as a GEXF or GraphML file (server/surveys/survey-network.ts). */
export const networkDownload = (event: SurveyEvent, format: 'gexf' | 'graphml') =>
	surveyDownload(event, async (run) => {
		const { surveyNetworkFile: file } = await run(SURVEY_NETWORK_FILE, {
			surveyId: event.params.id,
			format
		});
		return attachment(
			new Uint8Array(Buffer.from(file.base64, 'base64')),
			`${file.mediaType}; charset=utf-8`,
			file.fileName
		);
	});
