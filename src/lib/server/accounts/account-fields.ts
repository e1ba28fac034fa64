import {
	adminCreateUser,
	adminDeleteUser,
	adminGetUser,
	adminListUsers,
	adminResetPassword,
	adminUpdateUser,
	changeOwnPassword,
	personalDataExport,
	type CreatedUser
} from './account-service';
import { PERMISSION_IDS } from '../auth/permissions';
import { ROLE_PERMISSIONS, type Viewer } from '../auth/policy';
import { USER_ROLE_IDS } from '../auth/user-roles';
import { accessLog, type AccessLogEntry, type UserRecord } from './user-queries';
import { builder } from '../graphql/builder';
import { PUBLIC, rule, self, str, type OperationRule } from '../auth/rules';

const MANAGE_USERS: OperationRule = { permission: 'users.manage' };

/**
 * Accounts over GraphQL. Each root field declares its rule (auth/rules.ts runs it first) and again
 * inside the account operations (account-service.ts), which the admin pages' form actions share.
 */
const UserRoleEnum = builder.enumType('UserRole', {
	description: 'Ruolo di chi usa Trama / role of a Trama user',
	values: USER_ROLE_IDS
});

const UserRef = builder.objectRef<UserRecord>('User').implement({
	description:
		'Un account (dati personali: nome ed email) / an account (personal data: name and email)',
	fields: (t) => ({
		id: t.exposeID('id'),
		email: t.exposeString('email'),
		name: t.exposeString('name'),
		roles: t.field({ type: [UserRoleEnum], resolve: (u) => u.roles }),
		ambitoIds: t.exposeStringList('ambitoIds'),
		callIds: t.exposeStringList('callIds'),
		disabled: t.exposeBoolean('disabled'),
		mustChangePassword: t.exposeBoolean('mustChangePassword'),
		createdAt: t.exposeString('createdAt'),
		lastLoginAt: t.exposeString('lastLoginAt', { nullable: true })
	})
});

const ViewerRef = builder.objectRef<Viewer>('Viewer').implement({
	description: 'Chi sta usando Trama ora / who is using Trama now',
	fields: (t) => ({
		id: t.exposeID('id'),
		name: t.exposeString('name'),
		email: t.exposeString('email', { nullable: true }),
		roles: t.field({ type: [UserRoleEnum], resolve: (v) => [...v.roles] }),
		ambitoIds: t.stringList({ resolve: (v) => [...v.ambitoIds] }),
		callIds: t.stringList({ resolve: (v) => [...v.callIds] }),
		mustChangePassword: t.exposeBoolean('mustChangePassword'),
		method: t.exposeString('method'),
		permissions: t.stringList({
			description:
				'Permessi posseduti, ovunque o negli ambiti assegnati / permissions held, everywhere or where assigned',
			resolve: (v) => PERMISSION_IDS.filter((p) => v.roles.some((r) => ROLE_PERMISSIONS[r]?.[p]))
		})
	})
});

const CreatedUserRef = builder.objectRef<CreatedUser>('CreatedUser').implement({
	fields: (t) => ({
		user: t.field({ type: UserRef, resolve: (c) => c.user }),
		oneTimePassword: t.exposeString('oneTimePassword', {
			nullable: true,
			description: 'Password iniziale, mostrata una sola volta / first password, shown once'
		})
	})
});

const AccessLogRef = builder.objectRef<AccessLogEntry>('AccessLogEntry').implement({
	fields: (t) => ({
		at: t.exposeString('at'),
		viewerId: t.exposeString('viewerId'),
		subjectId: t.exposeString('subjectId'),
		what: t.exposeString('what')
	})
});

const CreateUserInput = builder.inputType('CreateUserInput', {
	fields: (t) => ({
		email: t.string({ required: true }),
		name: t.string({ required: true }),
		roles: t.field({ type: [UserRoleEnum], required: true }),
		ambitoIds: t.stringList(),
		callIds: t.stringList(),
		password: t.string({
			description: 'Facoltativa: altrimenti generata / optional: generated otherwise'
		})
	})
});

const UpdateUserInput = builder.inputType('UpdateUserInput', {
	fields: (t) => ({
		id: t.id({ required: true }),
		email: t.string(),
		name: t.string(),
		roles: t.field({ type: [UserRoleEnum] }),
		ambitoIds: t.stringList(),
		callIds: t.stringList(),
		disabled: t.boolean()
	})
});

builder.queryFields((t) => ({
	me: t.field({
		extensions: rule(PUBLIC),
		type: ViewerRef,
		nullable: true,
		description: 'Chi ha effettuato l’accesso, o null / the signed-in viewer, or null',
		resolve: (_r, _a, ctx) => ctx.viewer
	}),
	users: t.field({
		extensions: rule(MANAGE_USERS),
		type: [UserRef],
		resolve: (_r, _a, ctx) => adminListUsers(ctx.viewer)
	}),
	user: t.field({
		extensions: rule(MANAGE_USERS),
		type: UserRef,
		nullable: true,
		args: { id: t.arg.id({ required: true }) },
		resolve: (_r, { id }, ctx) => adminGetUser(ctx.viewer, String(id))
	}),
	personalData: t.string({
		extensions: rule({
			permission: 'personalData.read',
			scope: (args) => ({ kind: 'self', userId: str(args.userId) ?? '' })
		}),
		nullable: true,
		description:
			'Tutti i dati di una persona, in JSON (GDPR) / all data about one person, as JSON (GDPR)',
		args: { userId: t.arg.id({ required: true }) },
		resolve: async (_r, { userId }, ctx) => {
			const data = await personalDataExport(ctx.viewer, String(userId));
			return data ? JSON.stringify(data) : null;
		}
	}),
	accessLog: t.field({
		extensions: rule({ permission: 'audit.read' }),
		type: [AccessLogRef],
		args: { subjectId: t.arg.id(), viewerId: t.arg.id(), limit: t.arg.int({ defaultValue: 100 }) },
		resolve: (_r, args) =>
			accessLog(
				{
					subjectId: args.subjectId ? String(args.subjectId).slice(0, 120) : null,
					viewerId: args.viewerId ? String(args.viewerId).slice(0, 120) : null
				},
				args.limit ?? 100
			)
	})
}));

builder.mutationFields((t) => ({
	createUser: t.field({
		extensions: rule(MANAGE_USERS),
		type: CreatedUserRef,
		args: { input: t.arg({ type: CreateUserInput, required: true }) },
		resolve: (_r, { input }, ctx) => adminCreateUser(ctx.viewer, input)
	}),
	updateUser: t.field({
		extensions: rule(MANAGE_USERS),
		type: UserRef,
		args: { input: t.arg({ type: UpdateUserInput, required: true }) },
		resolve: (_r, { input }, ctx) => adminUpdateUser(ctx.viewer, String(input.id), input)
	}),
	resetPassword: t.string({
		extensions: rule(MANAGE_USERS),
		description:
			'Nuova password temporanea, mostrata una volta / new temporary password, shown once',
		args: { id: t.arg.id({ required: true }) },
		resolve: (_r, { id }, ctx) => adminResetPassword(ctx.viewer, String(id))
	}),
	deleteUser: t.boolean({
		extensions: rule(MANAGE_USERS),
		description:
			'Cancella la persona e le sue sessioni (GDPR) / erase the person and their sessions',
		args: { id: t.arg.id({ required: true }) },
		resolve: async (_r, { id }, ctx) => (await adminDeleteUser(ctx.viewer, String(id)), true)
	}),
	changePassword: t.boolean({
		extensions: rule({ permission: 'account.self', scope: self }),
		args: {
			currentPassword: t.arg.string({ required: true }),
			newPassword: t.arg.string({ required: true })
		},
		resolve: async (_r, args, ctx) => (
			await changeOwnPassword(ctx.viewer, args.currentPassword, args.newPassword),
			true
		)
	})
}));
