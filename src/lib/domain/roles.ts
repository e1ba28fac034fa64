import { indexById, isRegistryId, type LocalizedText } from './registry';

export interface RoleDefinition {
	readonly id: string;
	readonly label: LocalizedText;
	readonly description: LocalizedText;
	/** Capofila and partner share the project's actions and responsibility; the others do not. */
	readonly fullPartner: boolean;
}

/** Roles of an actor in a project's partnership, from the most to the least engaged. */
export const ROLES = [
	{
		id: 'capofila',
		label: { it: 'Capofila', en: 'Lead partner' },
		description: {
			it: 'Guida il partenariato, firma la candidatura e risponde del progetto verso il finanziatore.',
			en: 'Leads the partnership, signs the bid and answers to the funder for the project.'
		},
		fullPartner: true
	},
	{
		id: 'partner',
		label: { it: 'Partner', en: 'Partner' },
		description: {
			it: 'Condivide la realizzazione di azioni e impegna risorse proprie.',
			en: 'Shares in carrying out actions and commits its own resources.'
		},
		fullPartner: true
	},
	{
		id: 'aderente',
		label: { it: 'Aderente', en: 'Adhering member' },
		description: {
			it: 'Aderisce al progetto e ne condivide gli obiettivi, senza responsabilità dirette sulle azioni.',
			en: 'Adheres to the project and shares its aims, without direct responsibility for actions.'
		},
		fullPartner: false
	},
	{
		id: 'sostenitore',
		label: { it: 'Sostenitore', en: 'Supporter' },
		description: {
			it: 'Sostiene il progetto (lettera di sostegno, visibilità, contatti) senza impegni operativi.',
			en: 'Supports the project (letter of support, visibility, contacts) without operational duties.'
		},
		fullPartner: false
	}
] as const satisfies readonly RoleDefinition[];

export type RoleId = (typeof ROLES)[number]['id'];

export const ROLE_BY_ID: Readonly<Record<RoleId, RoleDefinition>> = indexById<
	RoleId,
	RoleDefinition & { id: RoleId }
>(ROLES);

export function isRoleId(value: unknown): value is RoleId {
	return isRegistryId(ROLE_BY_ID, value);
}
