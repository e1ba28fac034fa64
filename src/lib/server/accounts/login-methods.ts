import { findUserCredentials, recordLogin, setPasswordHash, type UserRecord } from './user-queries';
import { hashPassword, needsRehash, PASSWORD_MAX, verifyPassword } from './password';

/**
 * Ways to sign in. Each yields a user; sessions, roles and authorization do not care which one.
 * `password` is the only one today. SPID/CIE or OIDC adds an entry of kind 'redirect'
 * (start → identity provider → callback that maps the verified identity to a user) and its routes;
 * nothing else changes.
 */
export interface FormLoginMethod {
	id: string;
	kind: 'form';
	label: { it: string; en: string };
	authenticate(fields: Record<string, string>): Promise<UserRecord | null>;
}

export interface RedirectLoginMethod {
	id: string;
	kind: 'redirect';
	label: { it: string; en: string };
	/** Where to send the browser to start (the provider's authorization URL). */
	start(returnTo: string): Promise<URL>;
	/** Called on the callback with the provider's parameters; the user matched to the identity. */
	complete(params: URLSearchParams): Promise<UserRecord | null>;
}

export type LoginMethod = FormLoginMethod | RedirectLoginMethod;

// Verifying against this when the email is unknown keeps the answer time the same as for a known one.
let dummyHash: Promise<string> | null = null;

export const passwordLogin: FormLoginMethod = {
	id: 'password',
	kind: 'form',
	label: { it: 'Email e password', en: 'Email and password' },
	async authenticate({ email = '', password = '' }) {
		if (!email || !password || email.length > 254 || password.length > PASSWORD_MAX) return null;
		const found = await findUserCredentials(email);
		if (!found || !found.passwordHash || found.user.disabled) {
			await verifyPassword(password, await (dummyHash ??= hashPassword('not-a-real-password')));
			return null;
		}
		if (!(await verifyPassword(password, found.passwordHash))) return null;
		if (needsRehash(found.passwordHash))
			await setPasswordHash(
				found.user.id,
				await hashPassword(password),
				found.user.mustChangePassword,
				null,
				false
			);
		await recordLogin(found.user.id);
		return found.user;
	}
};

export const LOGIN_METHODS: Record<string, LoginMethod> = { password: passwordLogin };
