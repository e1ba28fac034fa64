import { createHash } from 'node:crypto';
import { emptyDocument, type CollaborationRecord } from '../../domain/model';
import { surveyTies } from '../../surveys/collaborations';
import type { SurveyRound } from '../../surveys/types';
import { AppError } from '../errors';
import { writeDocument } from '../network/document-queries';
import { readRound, readRoundOf, type SurveyRecord } from './survey-queries';
import { closeSurvey, surveyOrThrow, todayInRome } from './survey-service';

/** A collaboration's id from the survey and the pair: closing writes each pair once. */
const collaborationId = (surveyId: string, a: string, b: string) =>
	`col-survey-${createHash('sha256').update(`${surveyId}\u0000${a}\u0000${b}`).digest('hex').slice(0, 24)}`;

/**
 * The round's ties as collaborations with source `survey`, dated `since`, with level (as strength),
 * trust and value: what closing writes and what the survey's network download shows.
 */
export function surveyCollaborations(
	survey: SurveyRecord,
	round: SurveyRound,
	since: string
): CollaborationRecord[] {
	return surveyTies(round).map((t) => ({
		id: collaborationId(survey.id, t.a, t.b),
		actorAId: t.a,
		actorBId: t.b,
		since,
		until: null,
		strength: t.level,
		trust: t.trust,
		value: t.value === null ? null : String(t.value),
		source: 'survey' as const
	}));
}

/**
 * Closes a survey and, in the same transaction, writes its ties as collaborations: the map draws
 * them and the scoring reads them as evidence of tested ties.
 */
export function closeSurveyWritingResults(id: string, by: string) {
	return closeSurvey(id, async (tx, survey) => {
		const collaborations = surveyCollaborations(survey, await readRound(tx, survey), todayInRome());
		await writeDocument(tx, { ...emptyDocument(), collaborations }, { by, source: 'survey' });
	});
}

/**
 * An anonymous survey shows results only once closed: watching figures move as each respondent
 * completes would tell what that one respondent said.
 */
export function refuseWhileOpen(s: SurveyRecord) {
	if (s.anonymous && s.status !== 'closed')
		throw new AppError(
			'CONFLICT',
			`«${s.title}» è anonima: i risultati si vedono solo dopo la chiusura. / The survey is anonymous: results show only once it is closed.`
		);
}

/** A survey's round for its results, under the rule above. */
export async function roundFor(id: string) {
	const survey = await surveyOrThrow(id);
	refuseWhileOpen(survey);
	return readRoundOf(survey);
}
