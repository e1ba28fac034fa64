import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
	to: string;
	raw: string;
}

/**
 * A real SMTP receiver (smtp-server, in the test's process, on a free port): what arrives is kept
 * in `received`, one entry per recipient. For the survey's invitations (nodemailer sends to it).
 */
export async function startSmtpReceiver() {
	const received: ReceivedMail[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				for (const to of session.envelope.rcptTo)
					received.push({ to: to.address, raw: Buffer.concat(chunks).toString('utf8') });
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.server.address() as AddressInfo).port;
	return {
		port,
		url: `smtp://127.0.0.1:${port}`,
		received,
		stop: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

/** The personal link's token in a mail (quoted-printable may wrap it: soft breaks are undone). */
export const surveyTokenIn = (raw: string, origin: string) =>
	new RegExp(`${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/q/([A-Za-z0-9_-]{43})`).exec(
		raw.replace(/=\r?\n/g, '')
	)?.[1];
