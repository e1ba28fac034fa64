import type { PartnershipAnswer } from '../../surveys/answers';
import { ANONYMITY_MIN_RESPONDENTS, type TieAnswer } from '../../surveys/types';
import { AppError } from '../errors';
import { actorNames, readCompletedAnswers } from './survey-queries';
import { surveyOrThrow } from './survey-service';

/** One answer about one organisation, its respondent known only by a code. */
export interface PseudonymisedTie extends Omit<TieAnswer, 'fromOrgId' | 'toOrgId'> {
	organisation: string;
}

export interface PseudonymisedRespondent {
	/** R01, R02…: in the order of the respondents' random ids, so neither name nor list order shows. */
	code: string;
	ties: PseudonymisedTie[];
	partnership: PartnershipAnswer;
}

/**
 * The answers of those who completed, with each respondent replaced by a code (issue 19: «answers
 * (pseudonymised) as CSV/XLSX»). The organisations rated keep their names: they are what the
 * answers are about. An anonymous survey gives its answers only once closed and with at least
 * ANONYMITY_MIN_RESPONDENTS respondents, as its results do.
 */
export async function pseudonymisedAnswers(surveyId: string): Promise<PseudonymisedRespondent[]> {
	const survey = await surveyOrThrow(surveyId);
	const completed = await readCompletedAnswers(survey.id);
	if (survey.anonymous && survey.status !== 'closed')
		throw new AppError(
			'CONFLICT',
			`«${survey.title}» è anonima: le risposte si scaricano solo dopo la chiusura. / The survey is anonymous: answers can be downloaded only once it is closed.`
		);
	if (survey.anonymous && completed.length < ANONYMITY_MIN_RESPONDENTS)
		throw new AppError(
			'CONFLICT',
			`«${survey.title}» è anonima e ha meno di ${ANONYMITY_MIN_RESPONDENTS} risposte complete: scaricarle mostrerebbe chi ha detto cosa. / The survey is anonymous and has fewer than ${ANONYMITY_MIN_RESPONDENTS} complete answers.`
		);
	const names = await actorNames([
		...new Set(completed.flatMap((r) => r.ties.map((t) => t.toOrgId)))
	]);
	const width = String(completed.length).length;
	return [...completed]
		.sort((a, b) => (a.respondentId < b.respondentId ? -1 : 1))
		.map((r, i) => ({
			code: `R${String(i + 1).padStart(Math.max(2, width), '0')}`,
			partnership: r.partnership,
			ties: r.ties
				.map(({ fromOrgId: _from, toOrgId, ...answer }) => ({
					...answer,
					organisation: names.get(toOrgId) ?? toOrgId
				}))
				.sort((x, y) => x.organisation.localeCompare(y.organisation, 'it'))
		}));
}
