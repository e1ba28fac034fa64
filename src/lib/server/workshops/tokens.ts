import { randomBytes, randomInt } from 'node:crypto';
import { hashToken } from '../accounts/sessions';
import type { Viewer } from '../auth/policy';
import { findParticipantByTokenHash, type ParticipantRecord } from './workshop-queries';

/**
 * Participants have no account: joining gives a random token (the database keeps only its SHA-256
 * on the Participant node). The participant's pages send it in this header; hooks.server.ts turns
 * it into a `partecipante` viewer scoped to that one workshop. Removing the participant ends it.
 */
export const PARTICIPANT_HEADER = 'x-trama-participant';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newParticipantToken(): { token: string; tokenHash: string } {
	const token = randomBytes(32).toString('base64url');
	return { token, tokenHash: hashToken(token) };
}

/**
 * Codes people can read off a projector: no 0/O, 1/I/L. Eight characters, so that guessing one
 * under the join limits is hopeless (the odds are worked out in join-limit.ts).
 */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const WORKSHOP_CODE_LENGTH = 8;
export function newWorkshopCode(length = WORKSHOP_CODE_LENGTH): string {
	let code = '';
	for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
	return code;
}

export function normalizeCode(code: string): string {
	return code
		.trim()
		.toUpperCase()
		.replace(/[^A-Z0-9]/g, '')
		.slice(0, 12);
}

export function participantViewer(p: ParticipantRecord): Viewer {
	return {
		id: p.id,
		name: p.name,
		email: null,
		roles: ['partecipante'],
		ambitoIds: [],
		callIds: [],
		workshopIds: [p.workshopId],
		mustChangePassword: false,
		method: 'workshop-code'
	};
}

/** The viewer a participant token stands for, or null (malformed, unknown, removed). */
export async function resumeParticipant(token: string | null | undefined): Promise<Viewer | null> {
	if (!token || !TOKEN_PATTERN.test(token)) return null;
	const participant = await findParticipantByTokenHash(hashToken(token));
	return participant ? participantViewer(participant) : null;
}
