import { parseArgs } from 'node:util';
import { createUserUnchecked } from '../lib/server/accounts/account-service';
import { ensureFirstAdmin, type FirstAdmin } from '../lib/server/accounts/bootstrap';
import { isUserRoleId, ACCOUNT_ROLE_IDS, type UserRoleId } from '../lib/server/auth/user-roles';
import { AppError } from '../lib/server/errors';
import { withDatabase } from './database';

export const USER_CREATE_HELP = `user:create --email EMAIL --name NOME [--admin] [--role RUOLO]… [--ambito ID]… [--call ID]… [--password P]
                        crea un utente; senza --password ne genera una da cambiare al primo accesso /
                        create a user; without --password one is generated, to change at first login
                        ruoli / roles: ${ACCOUNT_ROLE_IDS.join(', ')}`;

/** `npx trama user:create --admin --email … --name …` */
export async function userCreateCommand(args: string[]): Promise<void> {
	const { values } = parseArgs({
		args,
		options: {
			email: { type: 'string' },
			name: { type: 'string' },
			admin: { type: 'boolean', default: false },
			role: { type: 'string', multiple: true, default: [] },
			ambito: { type: 'string', multiple: true, default: [] },
			call: { type: 'string', multiple: true, default: [] },
			password: { type: 'string' }
		}
	});
	const roles = [...(values.admin ? ['amministratore'] : []), ...values.role];
	const unknown = roles.filter((r) => !isUserRoleId(r));
	if (unknown.length || !roles.length || !values.email) {
		console.error(
			!values.email
				? 'Manca --email / --email is missing'
				: unknown.length
					? `Ruolo sconosciuto / unknown role: ${unknown.join(', ')}`
					: 'Indica --admin o --role / give --admin or --role'
		);
		console.error(USER_CREATE_HELP);
		process.exitCode = 2;
		return;
	}
	await withDatabase(async () => {
		try {
			const { user, oneTimePassword } = await createUserUnchecked(
				{
					email: values.email,
					name: values.name ?? values.email!.split('@')[0],
					roles: roles as UserRoleId[],
					ambitoIds: values.ambito,
					callIds: values.call,
					password: values.password
				},
				'trama:cli'
			);
			console.log(`Utente creato / user created: ${user.email} (${user.roles.join(', ')})`);
			if (oneTimePassword) printOneTimePassword(user.email, oneTimePassword);
		} catch (error) {
			if (error instanceof AppError) {
				console.error(error.message);
				process.exitCode = 1;
				return;
			}
			throw error;
		}
	});
}

export function printOneTimePassword(email: string, password: string): void {
	console.log(
		[
			'',
			'  ┌──────────────────────────────────────────────────────────────────────┐',
			`    Email:    ${email}`,
			`    Password: ${password}`,
			'    Mostrata una sola volta: da cambiare al primo accesso.',
			'    Shown once only: you will change it at first sign-in.',
			'  └──────────────────────────────────────────────────────────────────────┘',
			''
		].join('\n')
	);
}

/** The `npm start` step: a first administrator on an empty user store. */
export async function firstAdminStep(log: (message: string) => void): Promise<FirstAdmin | null> {
	const admin = await ensureFirstAdmin();
	if (!admin) return null;
	log(`Creato il primo amministratore / first administrator created: ${admin.email}`);
	if (admin.oneTimePassword) printOneTimePassword(admin.email, admin.oneTimePassword);
	else log('Password da TRAMA_ADMIN_PASSWORD / password from TRAMA_ADMIN_PASSWORD');
	return admin;
}
