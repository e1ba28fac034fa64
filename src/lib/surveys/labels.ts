import { m } from '../paraglide/messages.js';

/** A survey's and a respondent's status in words. */
export const surveyStatusLabel = (status: string) =>
	status === 'open'
		? m.surveyStatusOpen()
		: status === 'closed'
			? m.surveyStatusClosed()
			: m.surveyStatusDraft();

export const respondentStatusLabel = (status: string) =>
	status === 'completed'
		? m.surveyRespondentCompleted()
		: status === 'started'
			? m.surveyRespondentStarted()
			: m.surveyRespondentNotOpened();
