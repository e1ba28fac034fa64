import { vocabulary, type LocalizedText } from './registry';
import type { SectorId } from './sectors';

/**
 * How far a territorial body's remit reaches, used to decide which Comuni a partner "covers":
 * - `seat`: only the Comune where it is seated (every actor covers at least that);
 * - `ambito`: the Ambiti listed on the partner (its own Ambito, the Ambiti an ASST/Distretto serves, the
 *   Ambito whose Comuni an azienda speciale consortile works for);
 * - `ats`: the ATS listed on the partner;
 * - `province`: the Comuni of its province (first three digits of the ISTAT code of its seat);
 * - `region`: all of Lombardy.
 */
export type CoverageScope = 'seat' | 'ambito' | 'ats' | 'province' | 'region';

export interface ActorKindDefinition {
	readonly id: string;
	readonly label: LocalizedText;
	/** The sector the kind counts under; `null` only for `altro`, which adds no breadth. */
	readonly sector: SectorId | null;
	/** A public body with a territorial remit (Comune, Ambito, ATS, ASST, Distretto, …). */
	readonly isTerritorial?: boolean;
	/** How far its remit reaches; absent means `seat`. */
	readonly coverage?: CoverageScope;
	/** A body that represents others: unions, employers' associations, Forum, reti associative. */
	readonly representative?: boolean;
	/** A public administration or public agency (what co-programmazione pairs with the Third Sector). */
	readonly isPublic?: boolean;
}

/** The controlled vocabulary of Lombard actor kinds (DOMAIN.md), grouped by sector. */
export const ACTOR_KINDS = [
	// Pubblico-istituzionale
	{
		id: 'comune',
		label: { it: 'Comune', en: 'Municipality' },
		sector: 'public_institutional',
		isPublic: true,
		isTerritorial: true,
		coverage: 'seat'
	},
	{
		id: 'ambito',
		label: {
			it: 'Ambito territoriale / Ufficio di Piano',
			en: 'Social district (Ambito) / Planning office'
		},
		sector: 'public_institutional',
		isPublic: true,
		isTerritorial: true,
		coverage: 'ambito'
	},
	{
		id: 'provincia',
		label: { it: 'Provincia', en: 'Province' },
		sector: 'public_institutional',
		isTerritorial: true,
		isPublic: true,
		coverage: 'province'
	},
	{
		// Milan's province since l. 56/2014: same remit as a Provincia, its own name on the bid.
		id: 'citta_metropolitana',
		label: { it: 'Città metropolitana', en: 'Metropolitan City' },
		sector: 'public_institutional',
		isTerritorial: true,
		isPublic: true,
		coverage: 'province'
	},
	{
		id: 'comunita_montana',
		label: { it: 'Comunità montana', en: 'Mountain community (union of mountain municipalities)' },
		sector: 'public_institutional',
		isPublic: true
	},
	{
		id: 'unione_comuni',
		label: { it: 'Unione di Comuni', en: 'Union of municipalities' },
		sector: 'public_institutional',
		isPublic: true
	},
	{
		id: 'consorzio_pubblico',
		label: {
			it: 'Consorzio pubblico (di Comuni o enti pubblici)',
			en: 'Public consortium (of municipalities or public bodies)'
		},
		sector: 'public_institutional',
		isPublic: true
	},
	{
		id: 'camera_commercio',
		label: { it: 'Camera di commercio', en: 'Chamber of commerce' },
		sector: 'public_institutional',
		isPublic: true
	},
	{
		id: 'prefettura',
		label: { it: 'Prefettura', en: 'Prefecture (State office in the province)' },
		sector: 'public_institutional',
		isPublic: true
	},
	{
		id: 'aler',
		label: {
			it: 'ALER – Azienda Lombarda per l’Edilizia Residenziale',
			en: 'ALER – Lombard public housing agency'
		},
		sector: 'public_institutional',
		isPublic: true
	},
	{
		id: 'regione',
		label: { it: 'Regione Lombardia', en: 'Lombardy Region' },
		sector: 'public_institutional',
		isPublic: true,
		isTerritorial: true,
		coverage: 'region'
	},
	{
		id: 'azienda_speciale',
		label: {
			it: 'Azienda speciale consortile / ASP',
			en: 'Inter-municipal special agency / public care agency (ASP)'
		},
		sector: 'public_institutional',
		isPublic: true,
		// The Comuni's own agency for the services of their Ambito: its remit is the Ambito.
		coverage: 'ambito'
	},
	// Socio-sanitario
	{
		id: 'ats',
		label: { it: 'ATS – Agenzia di Tutela della Salute', en: 'ATS – Health Protection Agency' },
		sector: 'socio_sanitary',
		isPublic: true,
		isTerritorial: true,
		coverage: 'ats'
	},
	{
		id: 'asst',
		label: {
			it: 'ASST – Azienda Socio Sanitaria Territoriale',
			en: 'ASST – Territorial Health and Social Care Trust'
		},
		sector: 'socio_sanitary',
		isPublic: true,
		isTerritorial: true,
		coverage: 'ambito'
	},
	{
		id: 'distretto',
		// The ASST's Distretto of l.r. 22/2021: not the old "distretto sociosanitario" of the ASL.
		label: { it: 'Distretto (ASST, l.r. 22/2021)', en: 'ASST district (Distretto, l.r. 22/2021)' },
		sector: 'socio_sanitary',
		isPublic: true,
		isTerritorial: true,
		coverage: 'ambito'
	},
	{
		id: 'casa_di_comunita',
		label: { it: 'Casa di Comunità', en: 'Community health house' },
		sector: 'socio_sanitary',
		isPublic: true
	},
	{
		id: 'ente_sociosanitario_privato',
		label: {
			it: 'Ente gestore sociosanitario accreditato (RSA, RSD, consultorio…)',
			en: 'Accredited private care provider (nursing home, clinic…)'
		},
		sector: 'socio_sanitary'
	},
	// Terzo Settore
	{
		id: 'cooperativa_sociale_a',
		label: {
			it: 'Cooperativa sociale di tipo A',
			en: 'Social cooperative (type A, care services)'
		},
		sector: 'third_sector'
	},
	{
		id: 'cooperativa_sociale_b',
		label: {
			it: 'Cooperativa sociale di tipo B',
			en: 'Social cooperative (type B, work integration)'
		},
		sector: 'third_sector'
	},
	{
		id: 'consorzio_cooperative',
		label: { it: 'Consorzio di cooperative sociali', en: 'Consortium of social cooperatives' },
		sector: 'third_sector'
	},
	{
		// Serves volunteering (d.lgs. 117/2017, art. 61): an ETS of its own, not an ODV.
		id: 'csv',
		label: {
			it: 'CSV – Centro servizi per il volontariato',
			en: 'Volunteer service centre (CSV)'
		},
		sector: 'third_sector'
	},
	{
		id: 'odv',
		label: { it: 'ODV – Organizzazione di volontariato', en: 'Voluntary organisation (ODV)' },
		sector: 'third_sector'
	},
	{
		id: 'aps',
		label: {
			it: 'APS – Associazione di promozione sociale',
			en: 'Social promotion association (APS)'
		},
		sector: 'third_sector'
	},
	{
		id: 'impresa_sociale',
		label: { it: 'Impresa sociale', en: 'Social enterprise' },
		sector: 'third_sector'
	},
	{
		id: 'fondazione',
		label: { it: 'Fondazione (ente del Terzo Settore)', en: 'Foundation (Third Sector body)' },
		sector: 'third_sector'
	},
	{
		id: 'ente_religioso',
		label: { it: 'Parrocchia / ente religioso / oratorio', en: 'Parish / religious body' },
		sector: 'third_sector'
	},
	{
		id: 'rete_associativa',
		label: { it: 'Rete associativa', en: 'Third Sector umbrella network' },
		sector: 'third_sector',
		representative: true
	},
	{
		id: 'forum_terzo_settore',
		label: { it: 'Forum del Terzo Settore', en: 'Third Sector Forum' },
		sector: 'third_sector',
		representative: true
	},
	// Privato profit
	{
		id: 'impresa',
		label: { it: 'Impresa', en: 'Company' },
		sector: 'private_profit'
	},
	// Fondazioni
	{
		id: 'fondazione_comunita',
		label: { it: 'Fondazione di comunità', en: 'Community foundation' },
		sector: 'foundations'
	},
	{
		id: 'fondazione_bancaria',
		label: { it: 'Fondazione bancaria', en: 'Banking foundation' },
		sector: 'foundations'
	},
	// Parti sociali
	{
		id: 'organizzazione_sindacale',
		label: { it: 'Organizzazione sindacale', en: 'Trade union' },
		sector: 'social_partners',
		representative: true
	},
	{
		id: 'associazione_datoriale',
		label: { it: 'Associazione datoriale', en: "Employers' association" },
		sector: 'social_partners',
		representative: true
	},
	{
		// Confcooperative, Legacoop, Confartigianato…: they represent their members, they are no company.
		id: 'associazione_rappresentanza',
		label: {
			it: 'Associazione di rappresentanza (Confcooperative, Legacoop, Confartigianato…)',
			en: 'Representative association (of cooperatives, craftsmen, traders…)'
		},
		sector: 'social_partners',
		representative: true
	},
	// Reti
	{
		id: 'rete_conciliazione',
		label: {
			it: 'Rete territoriale / Alleanza locale di conciliazione',
			en: 'Work–life balance network / local alliance'
		},
		sector: 'networks'
	},
	{
		id: 'rete_territoriale',
		label: { it: 'Rete o tavolo territoriale', en: 'Local network or round table' },
		sector: 'networks'
	},
	// Istruzione e lavoro
	{
		id: 'scuola',
		label: { it: 'Istituto scolastico / scuola', en: 'School' },
		sector: 'education_work'
	},
	{
		id: 'centro_formazione',
		label: { it: 'Centro di formazione professionale', en: 'Vocational training centre' },
		sector: 'education_work'
	},
	{
		id: 'centro_impiego',
		label: { it: "Centro per l'impiego", en: 'Public job centre' },
		sector: 'education_work'
	},
	{
		id: 'universita',
		label: { it: 'Università / centro di ricerca', en: 'University / research centre' },
		sector: 'education_work'
	},
	// Famiglie e cittadini
	{
		id: 'associazione_famiglie',
		label: { it: 'Associazione di famiglie', en: "Families' association" },
		sector: 'families_citizens'
	},
	{
		id: 'gruppo_informale',
		label: { it: 'Gruppo informale di cittadini', en: 'Informal citizens’ group' },
		sector: 'families_citizens'
	},
	{
		id: 'altro',
		label: { it: 'Altro', en: 'Other' },
		sector: null
	}
] as const satisfies readonly ActorKindDefinition[];

export type ActorKindId = (typeof ACTOR_KINDS)[number]['id'];

export const { byId: ACTOR_KIND_BY_ID, is: isActorKindId } = vocabulary<
	ActorKindId,
	ActorKindDefinition
>(ACTOR_KINDS);

/** The sector a kind counts under, or `null` for kinds outside every sector (`altro`). */
export function sectorOfKind(kind: ActorKindId): SectorId | null {
	return ACTOR_KIND_BY_ID[kind].sector;
}

export function isRepresentativeKind(kind: ActorKindId): boolean {
	return ACTOR_KIND_BY_ID[kind].representative === true;
}

export function isPublicKind(kind: ActorKindId): boolean {
	return ACTOR_KIND_BY_ID[kind].isPublic === true;
}

export function coverageOfKind(kind: ActorKindId): CoverageScope {
	return ACTOR_KIND_BY_ID[kind].coverage ?? 'seat';
}

/** The kinds that carry socio-sanitary integration in the 2025-2027 guidelines (l.r. 22/2021). */
export const SOCIO_SANITARY_INTEGRATION_KINDS = [
	'asst',
	'distretto',
	'casa_di_comunita'
] as const satisfies readonly ActorKindId[];

export function kindsOfSector(sector: SectorId): ActorKindId[] {
	return ACTOR_KINDS.filter((kind) => kind.sector === sector).map((kind) => kind.id);
}
