import { vocabulary, type LocalizedText } from './registry';

/**
 * How engaged a role is, which is what scoring reads from it:
 * - `lead`: leads or promotes the project and answers for it;
 * - `operating`: shares in carrying out actions and commits resources;
 * - `signing`: adheres, supports or is involved, without operational duties;
 * - `funder`: pays for the project (its money is the grant, not co-financing).
 * A partner in a signing or funder role that is responsible for an action, or (signing roles) commits
 * resources, is treated as operating: scoring goes by what a partner does, not by the word on the bid.
 */
export type EngagementLevel = 'lead' | 'operating' | 'signing' | 'funder';

export interface PartnershipRoleDefinition {
	readonly id: string;
	readonly label: LocalizedText;
	readonly description: LocalizedText;
	/** Capofila and partner share the project's actions and responsibility; the others do not. */
	readonly fullPartner: boolean;
	readonly engagement: EngagementLevel;
	/** What the role means for the score, in plain words. */
	readonly scoring: LocalizedText;
}

const CORE: LocalizedText = {
	it: 'Conta per intero: fa parte del nucleo operativo del partenariato.',
	en: 'Counts in full: part of the partnership’s operating core.'
};
const SIGNING: LocalizedText = {
	it: 'Conta al più per un terzo di un partner operativo dello stesso tipo, finché non ha azioni né impegni.',
	en: 'Counts for at most a third of an operating partner of the same kind, as long as it has no action or commitment.'
};

/** Roles of an actor in a project's partnership, from the most to the least engaged. */
export const ROLES = [
	{
		id: 'capofila',
		label: { it: 'Capofila', en: 'Lead partner' },
		description: {
			it: 'Guida il partenariato, firma la candidatura e risponde del progetto verso il finanziatore.',
			en: 'Leads the partnership, signs the bid and answers to the funder for the project.'
		},
		fullPartner: true,
		engagement: 'lead',
		scoring: CORE
	},
	{
		id: 'promotore',
		label: { it: 'Promotore', en: 'Promoter' },
		description: {
			it: 'Promuove il progetto insieme al capofila e ne condivide la guida (es. ente promotore di una rete o di un’alleanza).',
			en: 'Promotes the project with the lead partner and shares in leading it (e.g. promoter of a network or alliance).'
		},
		fullPartner: true,
		engagement: 'lead',
		scoring: CORE
	},
	{
		id: 'co_promotore',
		label: { it: 'Co-promotore', en: 'Co-promoter' },
		description: {
			it: 'Partecipa alla promozione del progetto e alla realizzazione delle azioni con risorse proprie.',
			en: 'Takes part in promoting the project and in carrying out its actions with its own resources.'
		},
		fullPartner: true,
		engagement: 'operating',
		scoring: CORE
	},
	{
		id: 'partner',
		label: { it: 'Partner', en: 'Partner' },
		description: {
			it: 'Condivide la realizzazione di azioni e impegna risorse proprie.',
			en: 'Shares in carrying out actions and commits its own resources.'
		},
		fullPartner: true,
		engagement: 'operating',
		scoring: CORE
	},
	{
		id: 'aderente',
		label: { it: 'Aderente', en: 'Adhering member' },
		description: {
			it: 'Aderisce al progetto e ne condivide gli obiettivi, senza responsabilità dirette sulle azioni.',
			en: 'Adheres to the project and shares its aims, without direct responsibility for actions.'
		},
		fullPartner: false,
		engagement: 'signing',
		scoring: SIGNING
	},
	{
		id: 'membro',
		label: { it: 'Membro della rete', en: 'Network member' },
		description: {
			it: 'Fa parte della rete o dell’alleanza che realizza il progetto, senza compiti propri nel progetto.',
			en: 'Belongs to the network or alliance behind the project, without tasks of its own in it.'
		},
		fullPartner: false,
		engagement: 'signing',
		scoring: SIGNING
	},
	{
		id: 'comune_coinvolto',
		label: { it: 'Comune coinvolto', en: 'Municipality involved' },
		description: {
			it: 'Comune del territorio in cui il progetto opera, che lo condivide senza esserne partner operativo.',
			en: 'A municipality of the territory where the project works, sharing it without being an operating partner.'
		},
		fullPartner: false,
		engagement: 'signing',
		scoring: SIGNING
	},
	{
		id: 'sostenitore',
		label: { it: 'Sostenitore', en: 'Supporter' },
		description: {
			it: 'Sostiene il progetto (lettera di sostegno, visibilità, contatti) senza impegni operativi.',
			en: 'Supports the project (letter of support, visibility, contacts) without operational duties.'
		},
		fullPartner: false,
		engagement: 'signing',
		scoring: SIGNING
	},
	{
		id: 'ente_finanziatore',
		label: { it: 'Ente finanziatore', en: 'Funder' },
		description: {
			it: 'Finanzia il progetto (es. la fondazione o la Regione che eroga il contributo).',
			en: 'Funds the project (e.g. the foundation or the Region that awards the grant).'
		},
		fullPartner: false,
		engagement: 'funder',
		scoring: {
			it: 'Il suo contributo conta tra le risorse (criterio E), non come partner: nell’ampiezza vale come un aderente.',
			en: 'Its grant counts among the resources (criterion E), not as a partner: for breadth it counts like an adhering member.'
		}
	}
] as const satisfies readonly PartnershipRoleDefinition[];

export type RoleId = (typeof ROLES)[number]['id'];

export const { byId: ROLE_BY_ID, is: isRoleId } = vocabulary<RoleId, PartnershipRoleDefinition>(
	ROLES
);
