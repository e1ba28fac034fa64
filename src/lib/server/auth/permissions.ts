import type { ScopeKind } from './user-roles';

export interface PermissionDefinition {
	readonly id: string;
	/** Bilingual: shown in the refusal message and the admin page. */
	readonly it: string;
	readonly en: string;
	/** The kind of scope a target of this permission has (global: one system-wide target). */
	readonly scope: ScopeKind;
}

/** Every permission, one small object each. Roles map to these (policy.ts); rules map operations to them. */
export const PERMISSIONS = {
	'network.read': {
		id: 'network.read',
		it: 'consultare la mappa della rete',
		en: 'read the network map',
		scope: 'global'
	},
	'network.edit': {
		id: 'network.edit',
		it: 'modificare enti, progetti, reti, accordi e collaborazioni',
		en: 'edit actors, projects, networks, agreements and collaborations',
		scope: 'ambiti'
	},
	'network.import': {
		id: 'network.import',
		it: 'importare dati nella mappa',
		en: 'import data into the map',
		scope: 'ambiti'
	},
	'evaluation.write': {
		id: 'evaluation.write',
		it: 'valutare i partenariati dei progetti',
		en: "evaluate projects' partnerships",
		scope: 'calls'
	},
	'workshop.run': {
		id: 'workshop.run',
		it: 'condurre laboratori partecipativi',
		en: 'run participatory workshops',
		scope: 'ambiti'
	},
	'workshop.contribute': {
		id: 'workshop.contribute',
		it: 'contribuire a un laboratorio',
		en: 'contribute to a workshop',
		scope: 'workshop'
	},
	'survey.run': {
		id: 'survey.run',
		it: 'condurre le rilevazioni delle relazioni tra i partner',
		en: 'run relational surveys of partners',
		scope: 'ambiti'
	},
	'users.manage': {
		id: 'users.manage',
		it: 'gestire utenti, ruoli e password',
		en: 'manage users, roles and passwords',
		scope: 'global'
	},
	'personalData.read': {
		id: 'personalData.read',
		it: 'consultare ed esportare i dati personali',
		en: 'read and export personal data',
		scope: 'self'
	},
	'audit.read': {
		id: 'audit.read',
		it: 'consultare il registro degli accessi',
		en: 'read the access log',
		scope: 'global'
	},
	'account.self': {
		id: 'account.self',
		it: 'gestire il proprio account',
		en: 'manage your own account',
		scope: 'self'
	}
} as const satisfies Record<string, PermissionDefinition>;

export type PermissionId = keyof typeof PERMISSIONS;
export const PERMISSION_IDS = Object.keys(PERMISSIONS) as PermissionId[];
