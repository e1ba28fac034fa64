import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTx, writeTx } from '../../src/lib/server/db/driver';
import { ensureFirstAdmin } from '../../src/lib/server/accounts/bootstrap';
import { passwordLogin } from '../../src/lib/server/accounts/login-methods';
import {
	endSession,
	resumeSession,
	SESSION_IDLE_MS,
	startSession,
	hashToken
} from '../../src/lib/server/accounts/sessions';
import { adminCreateUser, changeOwnPassword } from '../../src/lib/server/accounts/account-service';
import { deleteExpiredSessions, getUser } from '../../src/lib/server/accounts/user-queries';
import { closeDriver, connectTestDatabase, execute, testViewer } from '../helpers/graphql';
import type { Viewer } from '../../src/lib/server/auth/policy';

let admin: Viewer;

beforeAll(async () => {
	await connectTestDatabase();
	await writeTx((tx) =>
		tx.run('MATCH (n) WHERE n:User OR n:Session OR n:AccessLog DETACH DELETE n')
	);
});
afterAll(closeDriver);

const count = async (cypher: string, params: Record<string, unknown> = {}) =>
	readTx(async (tx) => (await tx.run(cypher, params)).records[0]!.get(0) as number);

describe('first administrator', () => {
	it('creates one on an empty user store with a one-time password, then never again', async () => {
		const first = await ensureFirstAdmin({});
		expect(first?.email).toBe('admin@trama.local');
		expect(first?.oneTimePassword).toMatch(/^[A-Za-z0-9-]{20,}$/);
		expect(await ensureFirstAdmin({})).toBeNull();
		const user = await passwordLogin.authenticate({
			email: 'ADMIN@trama.local',
			password: first!.oneTimePassword!
		});
		expect(user?.roles).toEqual(['amministratore']);
		expect(user?.mustChangePassword).toBe(true);
		admin = testViewer({ id: user!.id, email: user!.email, name: user!.name });
		// No plain password anywhere in the database.
		expect(
			await count('MATCH (u:User) WHERE u.passwordHash CONTAINS $p RETURN count(u)', {
				p: first!.oneTimePassword
			})
		).toBe(0);
	});
});

describe('login, sessions, logout', () => {
	let email = '';
	let password = '';
	beforeAll(async () => {
		const created = await adminCreateUser(admin, {
			email: 'Lucia.Rossi@example.it',
			name: 'Lucia Rossi',
			roles: ['lettore']
		});
		email = created.user.email;
		password = created.oneTimePassword!;
		expect(email).toBe('lucia.rossi@example.it');
	});

	it('logs in with the right password only', async () => {
		expect(await passwordLogin.authenticate({ email, password: password + 'x' })).toBeNull();
		expect(await passwordLogin.authenticate({ email: 'nobody@example.it', password })).toBeNull();
		expect((await passwordLogin.authenticate({ email, password }))?.name).toBe('Lucia Rossi');
	});

	it('keeps only a hash of the session token, resumes it, and deletes it on logout', async () => {
		const user = (await passwordLogin.authenticate({ email, password }))!;
		const session = await startSession(user.id, 'password');
		expect(
			await count('MATCH (s:Session {tokenHash: $h}) RETURN count(s)', {
				h: hashToken(session.token)
			})
		).toBe(1);
		expect(
			await count('MATCH (s:Session) WHERE s.tokenHash = $t RETURN count(s)', { t: session.token })
		).toBe(0);
		const resumed = await resumeSession(session.token);
		expect(resumed?.viewer.email).toBe(email);
		expect(
			await resumeSession(session.token.slice(0, -1) + (session.token.endsWith('A') ? 'B' : 'A'))
		).toBeNull();
		await endSession(session.token);
		expect(await resumeSession(session.token)).toBeNull();
	});

	it('expires idle sessions, slides active ones, and ends them at the absolute limit', async () => {
		const user = (await passwordLogin.authenticate({ email, password }))!;
		const t0 = Date.now();
		const session = await startSession(user.id, 'password', t0);
		// Active within the idle window: still valid and extended.
		expect(await resumeSession(session.token, t0 + SESSION_IDLE_MS - 1000)).not.toBeNull();
		expect(await resumeSession(session.token, t0 + SESSION_IDLE_MS + 60_000)).not.toBeNull();
		// Idle too long after the last extension: gone, and deleted from the database.
		expect(await resumeSession(session.token, t0 + 3 * SESSION_IDLE_MS)).toBeNull();
		expect(
			await count('MATCH (s:Session {id: $id}) RETURN count(s)', { id: session.sessionId })
		).toBe(0);
		const later = await startSession(user.id, 'password', t0 - 30 * 86_400_000);
		expect(await resumeSession(later.token, t0)).toBeNull();
		await startSession(user.id, 'password', t0 - 30 * 86_400_000);
		expect(await deleteExpiredSessions(t0)).toBeGreaterThanOrEqual(1);
	});

	it('ends sessions on password change (except the current one) and on disable', async () => {
		const user = (await passwordLogin.authenticate({ email, password }))!;
		const a = await startSession(user.id, 'password');
		const b = await startSession(user.id, 'password');
		const viewerA = (await resumeSession(a.token))!.viewer;
		await changeOwnPassword(viewerA, password, 'a new long password 42');
		password = 'a new long password 42';
		expect(await resumeSession(a.token)).not.toBeNull();
		expect(await resumeSession(b.token)).toBeNull();
		expect((await getUser(user.id))?.mustChangePassword).toBe(false);
		const r = await execute(
			'mutation($id: ID!) { updateUser(input: {id: $id, disabled: true}) { disabled } }',
			{ id: user.id },
			admin
		);
		expect(r.errors).toBeUndefined();
		expect(await resumeSession(a.token)).toBeNull();
		expect(await passwordLogin.authenticate({ email, password })).toBeNull();
	});

	it('forces a temporary password to be changed before anything else', async () => {
		const created = await adminCreateUser(admin, {
			email: 'temp@example.it',
			name: 'Temp',
			roles: ['lettore']
		});
		const user = (await passwordLogin.authenticate({
			email: 'temp@example.it',
			password: created.oneTimePassword!
		}))!;
		const s = await startSession(user.id, 'password');
		const viewer = (await resumeSession(s.token))!.viewer;
		const read = await execute('{ actors(first: 1) { totalCount } }', {}, viewer);
		expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
		const change = await execute(
			'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
			{ c: created.oneTimePassword, n: 'something entirely new' },
			viewer
		);
		expect(change.errors).toBeUndefined();
	});
});

describe('changing your own password over GraphQL', () => {
	it('checks the current password and states the rules in the refusal', async () => {
		const created = await adminCreateUser(admin, {
			email: 'own-password@example.it',
			name: 'Propria',
			roles: ['lettore'],
			password: 'the first long password'
		});
		const s = await startSession(created.user.id, 'password');
		const viewer = (await resumeSession(s.token))!.viewer;
		const change = (c: string, n: string) =>
			execute(
				'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
				{ c, n },
				viewer
			);
		const wrong = await change('not the password', 'a brand new password');
		expect(wrong.errors?.[0]?.message).toMatch(/currentPassword.*password attuale errata/);
		const short = await change('the first long password', 'short');
		expect(short.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
		expect(short.errors?.[0]?.message).toMatch(/newPassword.*12/);
		const same = await change('the first long password', 'the first long password');
		expect(same.errors?.[0]?.message).toMatch(/diversa dalla attuale/);
		expect((await change('the first long password', 'a brand new password')).data).toEqual({
			changePassword: true
		});
		expect(
			await passwordLogin.authenticate({
				email: 'own-password@example.it',
				password: 'a brand new password'
			})
		).not.toBeNull();
		expect(await resumeSession(s.token)).not.toBeNull();
	});
});

describe('administration over GraphQL', () => {
	it('creates, updates, resets and deletes users; keeps one administrator', async () => {
		const created = await execute<{
			createUser: { user: { id: string; roles: string[] }; oneTimePassword: string };
		}>(
			`mutation($input: CreateUserInput!) { createUser(input: $input) { user { id roles ambitoIds } oneTimePassword } }`,
			{
				input: {
					email: 'udp@example.it',
					name: 'Ufficio',
					roles: ['ufficio_di_piano'],
					ambitoIds: []
				}
			},
			admin
		);
		expect(created.errors).toBeUndefined();
		const id = created.data!.createUser.user.id;
		const dup = await execute(
			`mutation { createUser(input: {email: "UDP@example.it", name: "x", roles: [lettore]}) { user { id } } }`,
			{},
			admin
		);
		expect(dup.errors?.[0]?.extensions?.code).toBe('CONFLICT');
		const badAmbito = await execute(
			'mutation($id: ID!) { updateUser(input: {id: $id, ambitoIds: ["no-such-ambito"]}) { id } }',
			{ id },
			admin
		);
		expect(badAmbito.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
		const reset = await execute<{ resetPassword: string }>(
			'mutation($id: ID!) { resetPassword(id: $id) }',
			{ id },
			admin
		);
		expect(
			await passwordLogin.authenticate({
				email: 'udp@example.it',
				password: reset.data!.resetPassword
			})
		).not.toBeNull();
		const selfDemote = await execute(
			'mutation($id: ID!) { updateUser(input: {id: $id, roles: [lettore]}) { id } }',
			{ id: admin.id },
			admin
		);
		expect(selfDemote.errors?.[0]?.extensions?.code).toBe('CONFLICT');
		const selfDelete = await execute(
			'mutation($id: ID!) { deleteUser(id: $id) }',
			{ id: admin.id },
			admin
		);
		expect(selfDelete.errors?.[0]?.extensions?.code).toBe('CONFLICT');
		const del = await execute('mutation($id: ID!) { deleteUser(id: $id) }', { id }, admin);
		expect(del.errors).toBeUndefined();
		expect(await getUser(id)).toBeNull();
	});
});

describe('personal data (GDPR)', () => {
	it('exports everything about one person, logs each access, and erases the person', async () => {
		const created = await adminCreateUser(admin, {
			email: 'mario.bianchi@example.it',
			name: 'Mario Bianchi',
			roles: ['lettore']
		});
		const id = created.user.id;
		await startSession(id, 'password');
		const before = await count('MATCH (l:AccessLog {subjectId: $id}) RETURN count(l)', { id });
		const exported = await execute<{ personalData: string }>(
			'query($id: ID!) { personalData(userId: $id) }',
			{ id },
			admin
		);
		expect(exported.errors).toBeUndefined();
		const data = JSON.parse(exported.data!.personalData);
		expect(data.user.email).toBe('mario.bianchi@example.it');
		expect(data.sessions).toHaveLength(1);
		expect(JSON.stringify(data)).not.toMatch(/scrypt|tokenHash/);
		await execute('{ users { id email } }', {}, admin);
		expect(await count('MATCH (l:AccessLog {subjectId: $id}) RETURN count(l)', { id })).toBe(
			before + 2
		);
		// The person themself may export; another reader may not.
		const self = testViewer({ id, roles: ['lettore'], email: 'mario.bianchi@example.it' });
		expect(
			(await execute('query($id: ID!) { personalData(userId: $id) }', { id }, self)).errors
		).toBeUndefined();
		const other = testViewer({ id: 'someone-else', roles: ['lettore'] });
		expect(
			(await execute('query($id: ID!) { personalData(userId: $id) }', { id }, other)).errors?.[0]
				?.extensions?.code
		).toBe('FORBIDDEN');
		const log = await execute<{ accessLog: Array<{ what: string }> }>(
			'query($id: ID!) { accessLog(subjectId: $id) { what viewerId } }',
			{ id },
			admin
		);
		expect(log.data!.accessLog.map((e) => e.what)).toContain('personal-data:export');
		await execute('mutation($id: ID!) { deleteUser(id: $id) }', { id }, admin);
		expect(
			await count(
				'MATCH (n) WHERE (n:User AND n.id = $id) OR (n:Session AND n.userId = $id) RETURN count(n)',
				{ id }
			)
		).toBe(0);
		expect(
			await count(
				'MATCH (n) WHERE any(k IN keys(n) WHERE n[k] = "mario.bianchi@example.it" OR n[k] = "Mario Bianchi") RETURN count(n)'
			)
		).toBe(0);
	});
});

describe('injection strings through every text field of the account mutations', () => {
	const NASTY = [
		"' OR 1=1 //",
		'"}) DETACH DELETE n //',
		'`}) MATCH (n) DETACH DELETE n //',
		'\u0000',
		'a\u0000b',
		'<script>alert(1)</script>',
		'$id',
		'{{7*7}}',
		'x'.repeat(10_000),
		'😀'.repeat(50),
		'Robert"); DROP TABLE Students;--'
	];

	it('stores them verbatim or refuses them with BAD_INPUT, never a database error', async () => {
		const nodes = await count('MATCH (n) RETURN count(n)');
		let stored = 0;
		let refused = 0;
		for (const [i, s] of NASTY.entries()) {
			const runs = [
				execute(
					`mutation($input: CreateUserInput!) { createUser(input: $input) { user { id name email } } }`,
					{ input: { email: s, name: 'N', roles: ['lettore'] } },
					admin
				),
				execute(
					`mutation($input: CreateUserInput!) { createUser(input: $input) { user { id name email } } }`,
					{ input: { email: `inj${i}@example.it`, name: s, roles: ['lettore'] } },
					admin
				),
				execute(
					`mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`,
					{
						input: {
							email: `inj-a${i}@example.it`,
							name: 'N',
							roles: ['lettore'],
							ambitoIds: [s],
							callIds: [s]
						}
					},
					admin
				),
				execute(
					`mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`,
					{ input: { email: `inj-p${i}@example.it`, name: 'N', roles: ['lettore'], password: s } },
					admin
				),
				execute(
					`mutation($id: ID!) { updateUser(input: {id: $id, name: "x"}) { id } }`,
					{ id: s },
					admin
				),
				execute(`mutation($id: ID!) { resetPassword(id: $id) }`, { id: s }, admin),
				execute(`mutation($id: ID!) { deleteUser(id: $id) }`, { id: s }, admin),
				execute(`query($id: ID!) { personalData(userId: $id) }`, { id: s }, admin),
				execute(
					`query($id: ID!) { user(id: $id) { id } accessLog(subjectId: $id, viewerId: $id) { at } }`,
					{ id: s },
					admin
				),
				execute(
					`mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`,
					{ c: s, n: s },
					testViewer({ id: 'nobody', roles: ['lettore'], email: s })
				)
			];
			for (const result of await Promise.all(runs)) {
				for (const error of result.errors ?? []) {
					expect(['BAD_INPUT', 'NOT_FOUND', 'CONFLICT'], error.message).toContain(
						error.extensions?.code
					);
					expect(error.message).not.toMatch(/Neo\.|Cypher|syntax/i);
					refused++;
				}
				if (!result.errors) stored++;
			}
			const named = await execute<{ users: Array<{ name: string; email: string }> }>(
				'{ users { name email } }',
				{},
				admin
			);
			const mine = named.data!.users.find((u) => u.email === `inj${i}@example.it`);
			if (mine) expect(mine.name).toBe(s);
		}
		expect(stored).toBeGreaterThan(0);
		expect(refused).toBeGreaterThan(0);
		// Territory untouched: nothing was deleted by any string.
		expect(await count('MATCH (c:Comune) RETURN count(c)')).toBe(1502);
		expect(await count('MATCH (n) RETURN count(n)')).toBeGreaterThanOrEqual(nodes);
	});
});
