import { AppError } from '../errors';
import { PERMISSIONS, type PermissionId } from './permissions';
import type { UserRoleId } from './user-roles';

/** The person behind a request: a signed-in user, or a workshop participant (no account). */
export interface Viewer {
	id: string;
	name: string;
	email: string | null;
	roles: readonly UserRoleId[];
	/** Ambiti assigned for ufficio_di_piano and facilitatore. */
	ambitoIds: readonly string[];
	/** Calls (bandi) assigned for valutatore. */
	callIds: readonly string[];
	/** The workshop a partecipante joined. */
	workshopIds: readonly string[];
	/** Set after a reset or a generated first password: only the own account can be changed. */
	mustChangePassword: boolean;
	/** How the viewer signed in (a login method id, e.g. "password"). */
	method: string;
	/** The session this request came with (kept when the viewer changes their own password). */
	sessionId?: string;
}

/**
 * Where a target lives, for scoped grants. `ambiti`: the Ambiti of the entity; when it has none
 * (a call, a network without members) its creator (`ownerId`) may still act on it.
 */
export type Scope =
	| { kind: 'global' }
	| { kind: 'ambiti'; ambitoIds: readonly string[]; ownerId?: string | null }
	| { kind: 'calls'; callIds: readonly string[] }
	| { kind: 'workshop'; workshopId: string }
	| { kind: 'self'; userId: string };

export const GLOBAL: Scope = { kind: 'global' };

/** How a role holds a permission: everywhere, or only within what is assigned to the user. */
export type Grant = 'all' | 'assigned';

/** Roles → permissions. A permission absent from a role's row is refused. */
export const ROLE_PERMISSIONS: Record<UserRoleId, Partial<Record<PermissionId, Grant>>> = {
	amministratore: {
		'network.read': 'all',
		'network.edit': 'all',
		'network.import': 'all',
		'evaluation.write': 'all',
		'workshop.run': 'all',
		'survey.run': 'all',
		'users.manage': 'all',
		'personalData.read': 'all',
		'audit.read': 'all',
		'account.self': 'assigned'
	},
	ufficio_di_piano: {
		'network.read': 'all',
		'network.edit': 'assigned',
		'network.import': 'assigned',
		'survey.run': 'assigned',
		'personalData.read': 'assigned',
		'account.self': 'assigned'
	},
	valutatore: {
		'network.read': 'all',
		'evaluation.write': 'assigned',
		'personalData.read': 'assigned',
		'account.self': 'assigned'
	},
	facilitatore: {
		'network.read': 'all',
		'workshop.run': 'assigned',
		'survey.run': 'assigned',
		'personalData.read': 'assigned',
		'account.self': 'assigned'
	},
	partecipante: {
		'workshop.contribute': 'assigned'
	},
	lettore: {
		'network.read': 'all',
		'personalData.read': 'assigned',
		'account.self': 'assigned'
	}
};

const intersects = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/** Whether an 'assigned' grant covers this target. */
function withinAssignment(viewer: Viewer, scope: Scope): boolean {
	switch (scope.kind) {
		case 'global':
			return false;
		case 'ambiti':
			return scope.ambitoIds.length
				? intersects(scope.ambitoIds, viewer.ambitoIds)
				: Boolean(scope.ownerId) && scope.ownerId === viewer.id;
		case 'calls':
			return intersects(scope.callIds, viewer.callIds);
		case 'workshop':
			return viewer.workshopIds.includes(scope.workshopId);
		case 'self':
			return scope.userId === viewer.id;
	}
}

/** The decision alone, for showing or hiding a button. `authorize` is the one that enforces. */
export function can(
	viewer: Viewer | null | undefined,
	permission: PermissionId,
	scope: Scope | readonly Scope[] = GLOBAL
): boolean {
	if (!viewer) return false;
	if (viewer.mustChangePassword && permission !== 'account.self') return false;
	// No target at all (an empty import) is judged as a global one: only unrestricted grants pass.
	const listed: readonly Scope[] = Array.isArray(scope) ? scope : [scope as Scope];
	const scopes = listed.length ? listed : [GLOBAL];
	return scopes.every((s) =>
		viewer.roles.some((role) => {
			const grant = ROLE_PERMISSIONS[role]?.[permission];
			return grant === 'all' || (grant === 'assigned' && withinAssignment(viewer, s));
		})
	);
}

/**
 * The one decision every resolver and form action goes through. Several scopes (an update that
 * moves an entity: where it is and where it goes) must each be allowed.
 */
export function authorize(
	viewer: Viewer | null | undefined,
	permission: PermissionId,
	scope: Scope | readonly Scope[] = GLOBAL
): asserts viewer is Viewer {
	if (!viewer) {
		throw new AppError('UNAUTHENTICATED', 'Accedi per continuare. / Sign in to continue.');
	}
	if (viewer.mustChangePassword && permission !== 'account.self') {
		throw new AppError(
			'FORBIDDEN',
			'Cambia la password prima di continuare. / Change your password before going on.'
		);
	}
	if (!can(viewer, permission, scope)) {
		const p = PERMISSIONS[permission];
		throw new AppError(
			'FORBIDDEN',
			`Non hai il permesso di ${p.it} qui. / You may not ${p.en} here.`
		);
	}
}
