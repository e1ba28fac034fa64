import { AppError } from '../errors';
import { invitationMail } from '../../surveys/letter';
import { mailConfigFromEnv, sendMails, type MailConfig } from './mail';
import { listRespondents } from './survey-queries';
import { issueLinks, surveyOrThrow } from './survey-service';

export interface InvitationReport {
	sent: number;
	/** Organisations with no e-mail address on the list (they need a printed letter). */
	withoutEmail: string[];
	/** Addresses the SMTP server refused, with its reason. */
	failed: Array<{ orgName: string; email: string; error: string }>;
}

/** The public address of the app the links point to (the CLI sets ORIGIN, as adapter-node needs). */
export function publicOrigin(env: NodeJS.ProcessEnv = process.env): string {
	const origin = env.ORIGIN?.trim().replace(/\/+$/, '');
	if (!origin)
		throw new AppError(
			'CONFLICT',
			'Indirizzo pubblico del sito non impostato: imposta ORIGIN (es. https://trama.esempio.it) per i link nelle e-mail. / ORIGIN is not set.'
		);
	return origin;
}

/**
 * E-mails every respondent with an address a new personal link (a reminder: only those who have
 * not completed). Each mail's link replaces the respondent's earlier one (tokens are kept hashed,
 * so a link cannot be sent twice); answers already given stay.
 */
export async function sendInvitations(
	surveyId: string,
	reminder: boolean,
	config: MailConfig = mailConfigFromEnv(),
	origin: string = publicOrigin()
): Promise<InvitationReport> {
	const survey = await surveyOrThrow(surveyId);
	if (survey.status !== 'open')
		throw new AppError(
			'CONFLICT',
			'Si invitano solo le rilevazioni aperte: apri prima la rilevazione. / Only open surveys send invitations.'
		);
	const respondents = (await listRespondents(surveyId)).filter(
		(r) => !reminder || r.status !== 'completed'
	);
	const withEmail = respondents.filter((r) => r.email);
	const links = await issueLinks(
		surveyId,
		withEmail.map((r) => r.id),
		reminder ? 'remindedAt' : 'invitedAt'
	);
	const total = (await listRespondents(surveyId)).length;
	const mails = links.map((l) => ({
		to: l.email!,
		...invitationMail(
			{
				title: survey.title,
				orgName: l.orgName,
				others: total - 1,
				closesOn: survey.closesOn,
				anonymous: survey.anonymous,
				link: `${origin}/q/${l.token}`
			},
			reminder
		)
	}));
	const results = await sendMails(config, mails);
	const byEmail = new Map(links.map((l) => [l.email!, l.orgName]));
	return {
		sent: results.filter((r) => !r.error).length,
		withoutEmail: respondents.filter((r) => !r.email).map((r) => r.orgName),
		failed: results
			.filter((r) => r.error)
			.map((r) => ({ orgName: byEmail.get(r.to) ?? r.to, email: r.to, error: r.error! }))
	};
}
