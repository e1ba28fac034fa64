import { countUsers } from './user-queries';
import { createUserUnchecked } from './account-service';

export const DEFAULT_ADMIN_EMAIL = 'admin@trama.local';

export interface FirstAdmin {
	email: string;
	/** The generated password, to print once; null when it came from TRAMA_ADMIN_PASSWORD. */
	oneTimePassword: string | null;
}

/**
 * On an empty user store, creates the first administrator: TRAMA_ADMIN_EMAIL (default
 * admin@trama.local) with TRAMA_ADMIN_PASSWORD, or a random password to print once and change at
 * first login. There is no built-in default password. Returns null when users already exist.
 */
export async function ensureFirstAdmin(
	env: NodeJS.ProcessEnv = process.env
): Promise<FirstAdmin | null> {
	if ((await countUsers()) > 0) return null;
	const email = env.TRAMA_ADMIN_EMAIL?.trim() || DEFAULT_ADMIN_EMAIL;
	const password = env.TRAMA_ADMIN_PASSWORD || undefined;
	const { user, oneTimePassword } = await createUserUnchecked(
		{ email, name: 'Amministratore', roles: ['amministratore'], password },
		'trama:start'
	);
	return { email: user.email, oneTimePassword };
}
