import nodemailer from 'nodemailer';
import { AppError } from '../errors';

/**
 * Outgoing mail through the SMTP server the environment names: SMTP_URL (smtp://user:pass@host:587,
 * smtps://… for TLS from the start) and MAIL_FROM (the sender people see). Unset: no mail is sent,
 * and whoever tries is told what to set.
 */
export interface MailConfig {
	url: string;
	from: string;
}

export function mailConfigFromEnv(env: NodeJS.ProcessEnv = process.env): MailConfig {
	const url = env.SMTP_URL?.trim();
	const from = env.MAIL_FROM?.trim();
	if (!url || !from)
		throw new AppError(
			'CONFLICT',
			'Invio e-mail non configurato: chi gestisce il server imposti SMTP_URL e MAIL_FROM (oppure stampate le lettere con i link). / ' +
				'E-mail is not configured: set SMTP_URL and MAIL_FROM (or print the letters with the links).'
		);
	return { url, from };
}

export interface Mail {
	to: string;
	subject: string;
	text: string;
}

/** Sends the mails one after the other; what failed is reported per address, not thrown. */
export async function sendMails(
	config: MailConfig,
	mails: readonly Mail[]
): Promise<Array<{ to: string; error: string | null }>> {
	const transport = nodemailer.createTransport(config.url, { from: config.from });
	try {
		const out = [];
		for (const mail of mails) {
			try {
				await transport.sendMail(mail);
				out.push({ to: mail.to, error: null });
			} catch (e) {
				out.push({ to: mail.to, error: e instanceof Error ? e.message : String(e) });
			}
		}
		return out;
	} finally {
		transport.close();
	}
}
