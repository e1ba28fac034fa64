import { m } from '../paraglide/messages.js';
import { formatDate } from '../i18n/format';
import type { Lang } from '../i18n/locale';
import { minutesToAnswer } from './answers';

/** What an invitation says, on paper and by e-mail alike (the letter page and the mail share it). */
export interface LetterFacts {
	title: string;
	orgName: string;
	/** How many other organisations the respondent is asked about. */
	others: number;
	closesOn: string;
	anonymous: boolean;
	link: string;
}

/** The letter's paragraphs, the link on its own line. */
export function letterParagraphs(f: LetterFacts, lang: Lang = 'it'): string[] {
	const locale = { locale: lang };
	return [
		m.surveyLetterGreeting({ name: f.orgName }, locale),
		m.surveyLetterBody({ title: f.title, minutes: minutesToAnswer(f.others) }, locale),
		m.surveyLetterLink({}, locale),
		f.link,
		m.surveyLetterPersonal({ date: formatDate(f.closesOn, 'long', lang) }, locale),
		...(f.anonymous ? [m.surveyLetterAnonymous({}, locale)] : []),
		m.surveyLetterThanks({}, locale)
	];
}

/** The e-mail: the letter, with a note first when it is a reminder (its link replaces the old one). */
export function invitationMail(
	f: LetterFacts,
	reminder: boolean,
	lang: Lang = 'it'
): { subject: string; text: string } {
	const locale = { locale: lang };
	const paragraphs = letterParagraphs(f, lang);
	if (reminder) paragraphs.splice(1, 0, m.surveyMailReminderNote({}, locale));
	return {
		subject: reminder
			? m.surveyMailReminderSubject({ title: f.title }, locale)
			: m.surveyMailSubject({ title: f.title }, locale),
		text: paragraphs.join('\n\n') + '\n'
	};
}
