import { randomUUID } from 'node:crypto';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { UserRoleId } from '../auth/user-roles';
import { NOT_GRAPH, readTx, writeTx } from '../db/driver';

/**
 * Accounts, sessions and the access log, in Neo4j. Cypher with parameters only.
 * Personal data held about a person: name and email (nothing else), plus login/session timestamps.
 */
export interface UserRecord {
	id: string;
	email: string;
	name: string;
	roles: UserRoleId[];
	ambitoIds: string[];
	callIds: string[];
	disabled: boolean;
	mustChangePassword: boolean;
	createdAt: string;
	createdBy: string;
	lastLoginAt: string | null;
}

const USER_FIELDS = `{
	id: u.id, email: u.email, name: u.name, roles: coalesce(u.roles, []), ambitoIds: coalesce(u.ambitoIds, []),
	callIds: coalesce(u.callIds, []), disabled: coalesce(u.disabled, false),
	mustChangePassword: coalesce(u.mustChangePassword, false), createdAt: u.createdAt,
	createdBy: coalesce(u.createdBy, ''), lastLoginAt: u.lastLoginAt }`;

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export interface NewUser {
	email: string;
	name: string;
	roles: UserRoleId[];
	ambitoIds: string[];
	callIds: string[];
	passwordHash: string | null;
	mustChangePassword: boolean;
}

/** Creates a user; null when the email is taken. */
export async function createUser(user: NewUser, by: string): Promise<UserRecord | null> {
	return writeTx(async (tx) => {
		const taken = await tx.run('MATCH (u:User {email: $email}) RETURN u.id AS id', {
			email: normalizeEmail(user.email)
		});
		if (taken.records.length) return null;
		const result = await tx.run(
			`CREATE (u:User {id: $id, email: $email, name: $name, roles: $roles, ambitoIds: $ambitoIds,
			   callIds: $callIds, passwordHash: $passwordHash, mustChangePassword: $mustChangePassword,
			   disabled: false, createdAt: $now, createdBy: $by})
			 RETURN ${USER_FIELDS} AS user`,
			{
				...user,
				id: randomUUID(),
				email: normalizeEmail(user.email),
				now: new Date().toISOString(),
				by
			}
		);
		return result.records[0]!.get('user') as UserRecord;
	});
}

export async function getUser(id: string): Promise<UserRecord | null> {
	return readTx(async (tx) => {
		const result = await tx.run(`MATCH (u:User {id: $id}) RETURN ${USER_FIELDS} AS user`, { id });
		return (result.records[0]?.get('user') as UserRecord | undefined) ?? null;
	});
}

/** The user and the password hash of an email (for the password login method only). */
export async function findUserCredentials(
	email: string
): Promise<{ user: UserRecord; passwordHash: string | null } | null> {
	return readTx(async (tx) => {
		const result = await tx.run(
			`MATCH (u:User {email: $email}) RETURN ${USER_FIELDS} AS user, u.passwordHash AS passwordHash`,
			{ email: normalizeEmail(email) }
		);
		const r = result.records[0];
		return r
			? { user: r.get('user') as UserRecord, passwordHash: r.get('passwordHash') as string | null }
			: null;
	});
}

export async function listUsers(): Promise<UserRecord[]> {
	return readTx(async (tx) => {
		const result = await tx.run(
			`MATCH (u:User) RETURN ${USER_FIELDS} AS user ORDER BY u.name, u.email`
		);
		return result.records.map((r) => r.get('user') as UserRecord);
	});
}

/**
 * The names of these users (an id that is no user, deleted or the CLI, is absent): pages show
 * who did what by name, never by internal id.
 */
export async function userNames(ids: readonly string[]): Promise<Map<string, string>> {
	const unique = [...new Set(ids)].filter(Boolean);
	if (!unique.length) return new Map();
	return readTx(async (tx) => {
		const result = await tx.run(
			'MATCH (u:User) WHERE u.id IN $ids RETURN u.id AS id, u.name AS name',
			{
				ids: unique
			}
		);
		return new Map(result.records.map((r) => [r.get('id') as string, r.get('name') as string]));
	});
}

export async function countUsers(): Promise<number> {
	return readTx(async (tx) => {
		const result = await tx.run('MATCH (u:User) RETURN count(u) AS n');
		return result.records[0]!.get('n') as number;
	});
}

/**
 * Write-locks every active administrator (in id order, so two callers cannot deadlock) before a
 * change that could remove one: two administrators demoted at the same moment are judged one after
 * the other, and the second sees the first's change (issue 13, noticed with item 4).
 */
async function lockedActiveAdmins(tx: ManagedTransaction): Promise<number> {
	await tx.run(
		`MATCH (u:User) WHERE 'amministratore' IN u.roles AND NOT coalesce(u.disabled, false)
		 WITH u ORDER BY u.id SET u._lock = true REMOVE u._lock`
	);
	return (await activeAdmins(tx)).length;
}

async function activeAdmins(tx: ManagedTransaction): Promise<string[]> {
	const result = await tx.run(
		`MATCH (u:User) WHERE 'amministratore' IN u.roles AND NOT coalesce(u.disabled, false) RETURN u.id AS id`
	);
	return result.records.map((r) => r.get('id') as string);
}

export interface UserPatch {
	email?: string;
	name?: string;
	roles?: UserRoleId[];
	ambitoIds?: string[];
	callIds?: string[];
	disabled?: boolean;
}

export type UpdateOutcome =
	| { ok: true; user: UserRecord }
	| { ok: false; reason: 'not-found' | 'email-taken' | 'last-admin' };

/** Updates a user; refuses to leave the system without an active administrator. */
export async function updateUser(id: string, patch: UserPatch): Promise<UpdateOutcome> {
	return guardRollback(() =>
		writeTx(async (tx): Promise<UpdateOutcome> => {
			const found = await tx.run('MATCH (u:User {id: $id}) RETURN u.id AS id', { id });
			if (!found.records.length) return { ok: false, reason: 'not-found' };
			const adminsBefore = await lockedActiveAdmins(tx);
			if (patch.email !== undefined) {
				const taken = await tx.run('MATCH (u:User {email: $email}) WHERE u.id <> $id RETURN u.id', {
					id,
					email: normalizeEmail(patch.email)
				});
				if (taken.records.length) return { ok: false, reason: 'email-taken' };
			}
			const set = Object.fromEntries(
				Object.entries({
					...patch,
					email: patch.email === undefined ? undefined : normalizeEmail(patch.email)
				}).filter(([, v]) => v !== undefined)
			);
			const result = await tx.run(
				`MATCH (u:User {id: $id}) SET u += $set RETURN ${USER_FIELDS} AS user`,
				{ id, set }
			);
			if (adminsBefore && !(await activeAdmins(tx)).length) rollback(tx, 'last-admin');
			if (patch.disabled) await tx.run('MATCH (s:Session {userId: $id}) DELETE s', { id });
			return { ok: true, user: result.records[0]!.get('user') as UserRecord };
		})
	);
}

/** Throwing inside the managed transaction rolls it back; the outcome is then returned by the caller. */
class Rollback extends Error {
	constructor(readonly reason: 'last-admin') {
		super(reason);
	}
}
function rollback(_tx: ManagedTransaction, reason: 'last-admin'): never {
	throw new Rollback(reason);
}
export async function guardRollback<T>(
	work: () => Promise<T>
): Promise<T | { ok: false; reason: 'last-admin' }> {
	try {
		return await work();
	} catch (error) {
		if (error instanceof Rollback) return { ok: false, reason: error.reason };
		throw error;
	}
}

/** Sets a new password hash; every session of the user ends (except `keepSessionId`). */
export async function setPasswordHash(
	id: string,
	passwordHash: string,
	mustChangePassword: boolean,
	keepSessionId: string | null = null,
	endSessions = true
): Promise<boolean> {
	return writeTx(async (tx) => {
		const result = await tx.run(
			`MATCH (u:User {id: $id}) SET u.passwordHash = $passwordHash, u.mustChangePassword = $mustChangePassword,
			   u.passwordChangedAt = $now RETURN u.id AS id`,
			{ id, passwordHash, mustChangePassword, now: new Date().toISOString() }
		);
		if (endSessions)
			await tx.run('MATCH (s:Session {userId: $id}) WHERE s.id <> coalesce($keep, "") DELETE s', {
				id,
				keep: keepSessionId
			});
		return result.records.length > 0;
	});
}

export type DeleteOutcome = { ok: true } | { ok: false; reason: 'not-found' | 'last-admin' };

/**
 * Erases a person (GDPR): the account and its sessions. The access log keeps only opaque ids,
 * which no longer point to anyone; provenance (createdBy) keeps the same opaque id.
 */
export async function deleteUser(id: string): Promise<DeleteOutcome> {
	const outcome = await guardRollback(() =>
		writeTx(async (tx): Promise<DeleteOutcome> => {
			const adminsBefore = await lockedActiveAdmins(tx);
			const result = await tx.run('MATCH (u:User {id: $id}) DETACH DELETE u RETURN count(*) AS n', {
				id
			});
			if (!(result.records[0]?.get('n') as number)) return { ok: false, reason: 'not-found' };
			await tx.run('MATCH (s:Session {userId: $id}) DELETE s', { id });
			if (adminsBefore && !(await activeAdmins(tx)).length) rollback(tx, 'last-admin');
			return { ok: true };
		})
	);
	return outcome;
}

export async function recordLogin(id: string): Promise<void> {
	await writeTx(
		(tx) =>
			tx.run('MATCH (u:User {id: $id}) SET u.lastLoginAt = $now', {
				id,
				now: new Date().toISOString()
			}),
		NOT_GRAPH
	);
}

// ---------------------------------------------------------------------------------------------
// Sessions: only a hash of the random token is stored. Session writes, sign-in times and the
// access log skip the graph's data version (NOT_GRAPH): no cached result reads them, and a sign-in or
// a session extension would otherwise throw away every cached ranking and scorecard.

export interface SessionRecord {
	id: string;
	userId: string;
	method: string;
	createdAt: number;
	expiresAt: number;
	absoluteExpiresAt: number;
}

const SESSION_FIELDS = `{ id: s.id, userId: s.userId, method: s.method, createdAt: s.createdAt,
	expiresAt: s.expiresAt, absoluteExpiresAt: s.absoluteExpiresAt }`;

export async function insertSession(session: SessionRecord & { tokenHash: string }): Promise<void> {
	await writeTx(
		(tx) =>
			tx.run(
				`CREATE (:Session {id: $id, tokenHash: $tokenHash, userId: $userId, method: $method, createdAt: $createdAt,
			   expiresAt: $expiresAt, absoluteExpiresAt: $absoluteExpiresAt})`,
				session
			),
		NOT_GRAPH
	);
}

export async function findSession(
	tokenHash: string
): Promise<{ session: SessionRecord; user: UserRecord | null } | null> {
	return readTx(async (tx) => {
		const result = await tx.run(
			`MATCH (s:Session {tokenHash: $tokenHash}) OPTIONAL MATCH (u:User {id: s.userId})
			 RETURN ${SESSION_FIELDS} AS session, CASE WHEN u IS NULL THEN null ELSE ${USER_FIELDS} END AS user`,
			{ tokenHash }
		);
		const r = result.records[0];
		return r
			? { session: r.get('session') as SessionRecord, user: r.get('user') as UserRecord | null }
			: null;
	});
}

export async function extendSession(id: string, expiresAt: number): Promise<void> {
	await writeTx(
		(tx) => tx.run('MATCH (s:Session {id: $id}) SET s.expiresAt = $expiresAt', { id, expiresAt }),
		NOT_GRAPH
	);
}

export async function deleteSessionByTokenHash(tokenHash: string): Promise<void> {
	await writeTx(
		(tx) => tx.run('MATCH (s:Session {tokenHash: $tokenHash}) DELETE s', { tokenHash }),
		NOT_GRAPH
	);
}

export async function deleteSessionById(id: string): Promise<void> {
	await writeTx((tx) => tx.run('MATCH (s:Session {id: $id}) DELETE s', { id }), NOT_GRAPH);
}

export async function deleteExpiredSessions(now = Date.now()): Promise<number> {
	return writeTx(async (tx) => {
		const result = await tx.run(
			'MATCH (s:Session) WHERE s.expiresAt <= $now OR s.absoluteExpiresAt <= $now DELETE s RETURN count(*) AS n',
			{ now }
		);
		return result.records[0]!.get('n') as number;
	}, NOT_GRAPH);
}

// ---------------------------------------------------------------------------------------------
// Access to personal data is logged; a person's data can be exported whole.

export async function logAccess(viewerId: string, subjectId: string, what: string): Promise<void> {
	await writeTx(
		(tx) =>
			tx.run(
				'CREATE (:AccessLog {at: $at, viewerId: $viewerId, subjectId: $subjectId, what: $what})',
				{
					at: new Date().toISOString(),
					viewerId,
					subjectId,
					what: what.slice(0, 200)
				}
			),
		NOT_GRAPH
	);
}

/** One log entry per person whose data a viewer read (e.g. a list of users). */
export async function logAccessMany(
	viewerId: string,
	subjectIds: readonly string[],
	what: string
): Promise<void> {
	if (!subjectIds.length) return;
	await writeTx(
		(tx) =>
			tx.run(
				'UNWIND $subjectIds AS subjectId CREATE (:AccessLog {at: $at, viewerId: $viewerId, subjectId: subjectId, what: $what})',
				{
					at: new Date().toISOString(),
					viewerId,
					subjectIds: [...subjectIds],
					what: what.slice(0, 200)
				}
			),
		NOT_GRAPH
	);
}

/** Ids among these that name no Ambito / no Call (assignments must point at real things). */
export async function unknownAssignments(
	ambitoIds: readonly string[],
	callIds: readonly string[]
): Promise<{ ambitoIds: string[]; callIds: string[] }> {
	return readTx(async (tx) => {
		const result = await tx.run(
			`RETURN [id IN $ambitoIds WHERE NOT EXISTS { MATCH (:Ambito {id: id}) }] AS ambitoIds,
			        [id IN $callIds WHERE NOT EXISTS { MATCH (:Call {id: id}) }] AS callIds`,
			{ ambitoIds: [...ambitoIds], callIds: [...callIds] }
		);
		const r = result.records[0]!;
		return { ambitoIds: r.get('ambitoIds') as string[], callIds: r.get('callIds') as string[] };
	});
}

export interface AccessLogEntry {
	at: string;
	viewerId: string;
	subjectId: string;
	what: string;
}

export async function accessLog(
	filter: { subjectId?: string | null; viewerId?: string | null },
	limit = 200
): Promise<AccessLogEntry[]> {
	return readTx(async (tx) => {
		const result = await tx.run(
			`MATCH (l:AccessLog)
			 WHERE ($subjectId IS NULL OR l.subjectId = $subjectId) AND ($viewerId IS NULL OR l.viewerId = $viewerId)
			 RETURN {at: l.at, viewerId: l.viewerId, subjectId: l.subjectId, what: l.what} AS entry
			 ORDER BY l.at DESC LIMIT $limit`,
			{
				subjectId: filter.subjectId ?? null,
				viewerId: filter.viewerId ?? null,
				limit: neo4j.int(Math.max(1, Math.min(1000, Math.trunc(limit) || 1)))
			}
		);
		return result.records.map((r) => r.get('entry') as AccessLogEntry);
	});
}

/** Everything held about one person, as plain JSON (GDPR art. 15 and 20). No secrets: no hashes. */
export async function exportPersonalData(userId: string): Promise<Record<string, unknown> | null> {
	const user = await getUser(userId);
	if (!user) return null;
	const sessions = await readTx(async (tx) => {
		const result = await tx.run(
			`MATCH (s:Session {userId: $userId}) RETURN ${SESSION_FIELDS} AS session`,
			{ userId }
		);
		return result.records.map((r) => {
			const s = r.get('session') as SessionRecord;
			return {
				method: s.method,
				createdAt: new Date(s.createdAt).toISOString(),
				expiresAt: new Date(s.expiresAt).toISOString()
			};
		});
	});
	return {
		format: 'trama-personal-data/1',
		exportedAt: new Date().toISOString(),
		user,
		sessions,
		accessToThisPersonsData: await accessLog({ subjectId: userId }, 1000),
		accessesMadeByThisPerson: await accessLog({ viewerId: userId }, 1000)
	};
}
