import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
	deleteSessionByTokenHash,
	extendSession,
	findSession,
	insertSession,
	type UserRecord
} from './user-queries';
import type { Viewer } from '../auth/policy';

/** A session ends after this long without requests… */
export const SESSION_IDLE_MS = 8 * 60 * 60_000;
/** …and in any case this long after sign-in. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60_000;
/** Sliding expiry is written at most this often (not on every request). */
const EXTEND_AFTER_MS = 5 * 60_000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface NewSession {
	token: string;
	sessionId: string;
	expiresAt: number;
	absoluteExpiresAt: number;
}

export async function startSession(
	userId: string,
	method: string,
	now = Date.now()
): Promise<NewSession> {
	const token = randomBytes(32).toString('base64url');
	const session = {
		id: randomUUID(),
		tokenHash: hashToken(token),
		userId,
		method,
		createdAt: now,
		expiresAt: now + SESSION_IDLE_MS,
		absoluteExpiresAt: now + SESSION_ABSOLUTE_MS
	};
	await insertSession(session);
	return {
		token,
		sessionId: session.id,
		expiresAt: session.expiresAt,
		absoluteExpiresAt: session.absoluteExpiresAt
	};
}

export function viewerOf(user: UserRecord, method: string): Viewer {
	return {
		id: user.id,
		name: user.name,
		email: user.email,
		roles: user.roles,
		ambitoIds: user.ambitoIds,
		callIds: user.callIds,
		workshopIds: [],
		mustChangePassword: user.mustChangePassword,
		method
	};
}

/**
 * The viewer a session token stands for, or null (unknown, expired, disabled user). An expired
 * session is deleted; a live one slides its idle expiry forward.
 */
export async function resumeSession(
	token: string | undefined | null,
	now = Date.now()
): Promise<{ viewer: Viewer; sessionId: string } | null> {
	if (!token || !TOKEN_PATTERN.test(token)) return null;
	const tokenHash = hashToken(token);
	const found = await findSession(tokenHash);
	if (!found) return null;
	const { session, user } = found;
	if (!user || user.disabled || session.expiresAt <= now || session.absoluteExpiresAt <= now) {
		await deleteSessionByTokenHash(tokenHash);
		return null;
	}
	const next = Math.min(now + SESSION_IDLE_MS, session.absoluteExpiresAt);
	if (next - session.expiresAt >= EXTEND_AFTER_MS) await extendSession(session.id, next);
	return {
		viewer: { ...viewerOf(user, session.method), sessionId: session.id },
		sessionId: session.id
	};
}

export async function endSession(token: string | undefined | null): Promise<void> {
	if (token && TOKEN_PATTERN.test(token)) await deleteSessionByTokenHash(hashToken(token));
}

/** Cookie attributes: httpOnly, SameSite=Lax, Secure whenever the site is served over HTTPS. */
export function sessionCookieOptions(url: URL) {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'lax' as const,
		secure: url.protocol === 'https:',
		maxAge: SESSION_ABSOLUTE_MS / 1000
	};
}
