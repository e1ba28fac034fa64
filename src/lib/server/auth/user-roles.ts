import type { LocalizedText } from '../../domain/registry';

/**
 * What a role's grant is limited to. `global`: everything the permission covers; `ambiti`: the
 * Ambiti assigned to the user; `calls`: the calls (bandi) assigned to the user; `workshop`: the one
 * workshop a participant joined; `self`: the user's own account.
 */
export type ScopeKind = 'global' | 'ambiti' | 'calls' | 'workshop' | 'self';

export interface UserRoleDefinition {
	readonly id: string;
	readonly label: LocalizedText;
	readonly description: LocalizedText;
	/** False for roles held without an account (a workshop participant joins with a code). */
	readonly hasAccount: boolean;
	/** The assignment this role needs on the user (Ambiti, calls), if any. */
	readonly assignment: 'ambiti' | 'calls' | 'workshop' | null;
}

/** Roles of the people who use Trama (not to be confused with partnership roles in domain/roles.ts). */
export const USER_ROLES = [
	{
		id: 'amministratore',
		label: { it: 'Amministratore', en: 'Administrator' },
		description: {
			it: 'Gestisce utenti, ruoli e dati di tutta la Regione.',
			en: 'Manages users, roles and the data of the whole Region.'
		},
		hasAccount: true,
		assignment: null
	},
	{
		id: 'ufficio_di_piano',
		label: { it: 'Ufficio di Piano', en: 'Ufficio di Piano (planning office)' },
		description: {
			it: 'Aggiorna la mappa degli Ambiti assegnati; legge tutto il resto.',
			en: 'Keeps the map of its assigned Ambiti current; reads everything else.'
		},
		hasAccount: true,
		assignment: 'ambiti'
	},
	{
		id: 'valutatore',
		label: { it: 'Valutatore', en: 'Evaluator' },
		description: {
			it: 'Legge tutto; valuta i progetti dei bandi assegnati.',
			en: 'Reads everything; evaluates the projects of the assigned calls.'
		},
		hasAccount: true,
		assignment: 'calls'
	},
	{
		id: 'facilitatore',
		label: { it: 'Facilitatore', en: 'Facilitator' },
		description: {
			it: 'Conduce i laboratori negli Ambiti assegnati; legge tutto.',
			en: 'Runs workshops in the assigned Ambiti; reads everything.'
		},
		hasAccount: true,
		assignment: 'ambiti'
	},
	{
		id: 'partecipante',
		label: { it: 'Partecipante', en: 'Participant' },
		description: {
			it: 'Partecipa a un laboratorio con il codice del laboratorio, senza account.',
			en: 'Takes part in one workshop with its code, without an account.'
		},
		hasAccount: false,
		assignment: 'workshop'
	},
	{
		id: 'lettore',
		label: { it: 'Lettore', en: 'Reader' },
		description: {
			it: 'Consulta la mappa, senza modificarla.',
			en: 'Reads the map, changes nothing.'
		},
		hasAccount: true,
		assignment: null
	}
] as const satisfies readonly UserRoleDefinition[];

export type UserRoleId = (typeof USER_ROLES)[number]['id'];
export const USER_ROLE_IDS: readonly UserRoleId[] = USER_ROLES.map((r) => r.id);
/** Roles that can be given to an account (partecipante cannot). */
export const ACCOUNT_ROLE_IDS: readonly UserRoleId[] = USER_ROLES.filter((r) => r.hasAccount).map(
	(r) => r.id
);

export function isUserRoleId(value: unknown): value is UserRoleId {
	return typeof value === 'string' && (USER_ROLE_IDS as readonly string[]).includes(value);
}

export function roleLabel(id: UserRoleId, lang: 'it' | 'en'): string {
	return USER_ROLES.find((r) => r.id === id)!.label[lang];
}
