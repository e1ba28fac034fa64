import { createHash } from 'node:crypto';
import { emptyDocument } from '../../domain/model';
import { surveyTies } from '../../surveys/collaborations';
import { writeDocument } from '../network/document-queries';
import { readRound } from './survey-queries';
import { closeSurvey, todayInRome } from './survey-service';

/** A collaboration's id from the survey and the pair: closing writes each pair once. */
const collaborationId = (surveyId: string, a: string, b: string) =>
	`col-survey-${createHash('sha256').update(`${surveyId}\u0000${a}\u0000${b}`).digest('hex').slice(0, 24)}`;

/**
 * Closes a survey and, in the same transaction, writes its ties as collaborations with source
 * `survey`, dated the day of closing, with level (as strength), trust and value: the map draws them
 * and the scoring reads them as evidence of tested ties.
 */
export function closeSurveyWritingResults(id: string, by: string) {
	return closeSurvey(id, async (tx, survey) => {
		const round = await readRound(tx, survey);
		const since = todayInRome();
		const collaborations = surveyTies(round).map((t) => ({
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
		await writeDocument(tx, { ...emptyDocument(), collaborations }, { by, source: 'survey' });
	});
}
