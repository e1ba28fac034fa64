import { LIMITS } from '../../domain/validation';
import {
	createUser,
	deleteUser,
	exportPersonalData,
	findUserCredentials,
	getUser,
	listUsers,
	logAccess,
	logAccessMany,
	setPasswordHash,
	unknownAssignments,
	updateUser,
	type UserPatch,
	type UserRecord
} from './user-queries';
import { AppError, badInput, notFound, type FieldProblem } from '../errors';
import { generatePassword, hashPassword, passwordProblems, verifyPassword } from './password';
import { authorize, GLOBAL, type Viewer } from '../auth/policy';
import { ACCOUNT_ROLE_IDS, isUserRoleId, type UserRoleId } from '../auth/user-roles';

/**
 * Account operations, each starting with the same `authorize` as the GraphQL rules: the admin
 * pages' form actions and the GraphQL resolvers both call these.
 */

const EMAIL_MAX = 254;
const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what it finds
const CONTROL = /[\u0000-\u001F\u007F]/;

export interface UserInput {
	email?: unknown;
	name?: unknown;
	roles?: unknown;
	ambitoIds?: unknown;
	callIds?: unknown;
	disabled?: unknown;
}

/** Field problems of a user input; `partial` allows absent fields (updates). */
export function userInputProblems(
	input: UserInput,
	partial = false,
	prefix = 'input'
): FieldProblem[] {
	const problems: FieldProblem[] = [];
	const add = (field: string, message: string) =>
		problems.push({ field: `${prefix}.${field}`, message });
	const present = (v: unknown) => v !== undefined && v !== null;
	if (present(input.email) || !partial) {
		const e = input.email;
		if (typeof e !== 'string' || !e.trim()) add('email', 'obbligatoria / required');
		else if (e.length > EMAIL_MAX)
			add('email', `al massimo ${EMAIL_MAX} caratteri / at most ${EMAIL_MAX} characters`);
		else if (!EMAIL_PATTERN.test(e.trim()))
			add('email', 'indirizzo email non valido / invalid email address');
	}
	if (present(input.name) || !partial) {
		const n = input.name;
		if (typeof n !== 'string' || !n.trim()) add('name', 'obbligatorio / required');
		else if (n.length > LIMITS.name)
			add('name', `al massimo ${LIMITS.name} caratteri / at most ${LIMITS.name} characters`);
		else if (CONTROL.test(n))
			add('name', 'caratteri di controllo non ammessi / control characters not allowed');
	}
	if (present(input.roles) || !partial) {
		const r = input.roles;
		if (!Array.isArray(r) || !r.length) add('roles', 'almeno un ruolo / at least one role');
		else if (r.length > ACCOUNT_ROLE_IDS.length) add('roles', 'troppi ruoli / too many roles');
		else
			r.forEach((x, i) => {
				if (!isUserRoleId(x) || !ACCOUNT_ROLE_IDS.includes(x))
					add(`roles[${i}]`, `ruolo sconosciuto: "${String(x).slice(0, 40)}" / unknown role`);
			});
	}
	for (const key of ['ambitoIds', 'callIds'] as const) {
		const v = input[key];
		if (!present(v)) continue;
		if (!Array.isArray(v)) add(key, 'deve essere un elenco / must be a list');
		else if (v.length > 200) add(key, 'al massimo 200 elementi / at most 200 items');
		else
			v.forEach((x, i) => {
				if (typeof x !== 'string' || x.length > LIMITS.id || !ID_PATTERN.test(x))
					add(`${key}[${i}]`, 'identificativo non valido / invalid id');
			});
	}
	if (present(input.disabled) && typeof input.disabled !== 'boolean')
		add('disabled', 'sì/no / yes/no');
	return problems;
}

async function checkAssignments(
	ambitoIds: string[],
	callIds: string[],
	prefix = 'input'
): Promise<void> {
	const unknown = await unknownAssignments(ambitoIds, callIds);
	const problems = [
		...unknown.ambitoIds.map((id) => ({
			field: `${prefix}.ambitoIds`,
			message: `Ambito "${id}" inesistente / does not exist`
		})),
		...unknown.callIds.map((id) => ({
			field: `${prefix}.callIds`,
			message: `bando "${id}" inesistente / call does not exist`
		}))
	];
	if (problems.length) throw badInput(problems);
}

function assertPassword(password: unknown, field: string): asserts password is string {
	const problems = passwordProblems(password);
	if (problems.length) throw badInput(problems.map((message) => ({ field, message })));
}

export interface CreatedUser {
	user: UserRecord;
	/** The generated first password, shown once; null when the admin chose one. */
	oneTimePassword: string | null;
}

export async function adminCreateUser(
	viewer: Viewer | null,
	input: UserInput & { password?: unknown }
): Promise<CreatedUser> {
	authorize(viewer, 'users.manage', GLOBAL);
	return createUserUnchecked(input, viewer.id, { mustChangePassword: true });
}

/** For the CLI and the first start only (no viewer): validation without authorization. */
export async function createUserUnchecked(
	input: UserInput & { password?: unknown },
	by: string,
	{ mustChangePassword }: { mustChangePassword?: boolean } = {}
): Promise<CreatedUser> {
	const problems = userInputProblems(input);
	const chosen = input.password !== undefined && input.password !== null && input.password !== '';
	if (chosen)
		problems.push(
			...passwordProblems(input.password).map((message) => ({ field: 'input.password', message }))
		);
	if (problems.length) throw badInput(problems);
	const ambitoIds = (input.ambitoIds as string[] | undefined) ?? [];
	const callIds = (input.callIds as string[] | undefined) ?? [];
	await checkAssignments(ambitoIds, callIds);
	const password = chosen ? (input.password as string) : generatePassword();
	const user = await createUser(
		{
			email: (input.email as string).trim(),
			name: (input.name as string).trim(),
			roles: [...new Set(input.roles as UserRoleId[])],
			ambitoIds: [...new Set(ambitoIds)],
			callIds: [...new Set(callIds)],
			passwordHash: await hashPassword(password),
			mustChangePassword: mustChangePassword ?? !chosen
		},
		by
	);
	if (!user)
		throw new AppError(
			'CONFLICT',
			'Esiste già un utente con questa email. / A user with this email already exists.'
		);
	return { user, oneTimePassword: chosen ? null : password };
}

export async function adminUpdateUser(
	viewer: Viewer | null,
	id: unknown,
	input: UserInput
): Promise<UserRecord> {
	authorize(viewer, 'users.manage', GLOBAL);
	const userId = typeof id === 'string' ? id : '';
	const problems = userInputProblems(input, true);
	if (!userId || userId.length > LIMITS.id)
		problems.push({ field: 'input.id', message: 'identificativo non valido / invalid id' });
	if (problems.length) throw badInput(problems);
	const patch: UserPatch = {};
	if (typeof input.email === 'string') patch.email = input.email.trim();
	if (typeof input.name === 'string') patch.name = input.name.trim();
	if (Array.isArray(input.roles)) patch.roles = [...new Set(input.roles as UserRoleId[])];
	if (Array.isArray(input.ambitoIds)) patch.ambitoIds = [...new Set(input.ambitoIds as string[])];
	if (Array.isArray(input.callIds)) patch.callIds = [...new Set(input.callIds as string[])];
	if (typeof input.disabled === 'boolean') patch.disabled = input.disabled;
	await checkAssignments(patch.ambitoIds ?? [], patch.callIds ?? []);
	const outcome = await updateUser(userId, patch);
	if (outcome.ok) return outcome.user;
	if (outcome.reason === 'not-found') throw notFound('Utente / user', userId);
	if (outcome.reason === 'email-taken')
		throw new AppError(
			'CONFLICT',
			'Esiste già un utente con questa email. / A user with this email already exists.'
		);
	throw lastAdmin();
}

const lastAdmin = () =>
	new AppError(
		'CONFLICT',
		'Serve almeno un amministratore attivo. / At least one active administrator is needed.'
	);

/** A new random password, to be changed at the next login; the user's sessions end. */
export async function adminResetPassword(viewer: Viewer | null, id: unknown): Promise<string> {
	authorize(viewer, 'users.manage', GLOBAL);
	const userId = typeof id === 'string' && id.length <= LIMITS.id ? id : '';
	const password = generatePassword();
	if (!userId || !(await setPasswordHash(userId, await hashPassword(password), true)))
		throw notFound('Utente / user', String(id).slice(0, 60));
	return password;
}

/** GDPR erasure of one person: account and sessions. */
export async function adminDeleteUser(viewer: Viewer | null, id: unknown): Promise<void> {
	authorize(viewer, 'users.manage', GLOBAL);
	const userId = typeof id === 'string' && id.length <= LIMITS.id ? id : '';
	const outcome = await deleteUser(userId);
	if (outcome.ok) return;
	if (outcome.reason === 'not-found') throw notFound('Utente / user', String(id).slice(0, 60));
	throw lastAdmin();
}

export async function changeOwnPassword(
	viewer: Viewer | null,
	current: unknown,
	next: unknown
): Promise<void> {
	authorize(viewer, 'account.self', { kind: 'self', userId: viewer?.id ?? '' });
	if (typeof current !== 'string' || current.length > 1024)
		throw badInput([{ field: 'currentPassword', message: 'obbligatoria / required' }]);
	assertPassword(next, 'newPassword');
	if (next === current)
		throw badInput([
			{
				field: 'newPassword',
				message: 'deve essere diversa dalla attuale / must differ from the current one'
			}
		]);
	const found = viewer.email ? await findUserCredentials(viewer.email) : null;
	if (
		!found ||
		found.user.id !== viewer.id ||
		!found.passwordHash ||
		!(await verifyPassword(current, found.passwordHash))
	)
		throw badInput([
			{ field: 'currentPassword', message: 'password attuale errata / wrong current password' }
		]);
	await setPasswordHash(viewer.id, await hashPassword(next), false, viewer.sessionId ?? null);
}

/** The users, for the admin page; each person's data read is logged. */
export async function adminListUsers(viewer: Viewer | null): Promise<UserRecord[]> {
	authorize(viewer, 'users.manage', GLOBAL);
	const users = await listUsers();
	await logAccessMany(
		viewer.id,
		users.filter((u) => u.id !== viewer.id).map((u) => u.id),
		'users:list'
	);
	return users;
}

export async function adminGetUser(viewer: Viewer | null, id: unknown): Promise<UserRecord | null> {
	authorize(viewer, 'users.manage', GLOBAL);
	if (typeof id !== 'string' || id.length > LIMITS.id) return null;
	const user = await getUser(id);
	if (user && user.id !== viewer.id) await logAccess(viewer.id, user.id, 'users:read');
	return user;
}

/** Everything held about one person (GDPR export): the person themself or an administrator. */
export async function personalDataExport(
	viewer: Viewer | null,
	userId: unknown
): Promise<Record<string, unknown> | null> {
	const id = typeof userId === 'string' && userId.length <= LIMITS.id ? userId : '';
	authorize(viewer, 'personalData.read', { kind: 'self', userId: id });
	const data = await exportPersonalData(id);
	if (data) await logAccess(viewer.id, id, 'personal-data:export');
	return data;
}
