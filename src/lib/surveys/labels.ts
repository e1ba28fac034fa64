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

/** "2026-03-04" as the current language writes a date. */
export const dateLabel = (iso: string) =>
	new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
		new Date(`${iso}T00:00:00Z`)
	);
