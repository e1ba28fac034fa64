import {
	DOCUMENT_FORMAT,
	sectorOfKind,
	type ActionRecord,
	type ActorKindId,
	type ActorRecord,
	type AgreementRecord,
	type CallRecord,
	type CollaborationRecord,
	type CollaborationSourceId,
	type CommitmentRecord,
	type MembershipRecord,
	type NetworkRecord,
	type PartnershipRecord,
	type PolicyAreaId,
	type ProjectRecord,
	type ProjectStatus,
	type RoleId,
	type TramaDocument
} from '../../../domain';
import {
	APS_FIRST,
	APS_SECOND,
	BUSINESS,
	CARE_KINDS,
	COMPANY_FORMS,
	EVOCATIVE,
	INFORMAL_GROUPS,
	ODV_FIRST,
	ODV_SECOND,
	SAINTS,
	SCHOOL_KINDS,
	SCHOOL_NAMES,
	SINGLE_NAMES,
	SURNAMES,
	TAGS_BY_AREA
} from './demo-names';
import type { ComuneRow, TerritoryData } from '../../territory/territory-files';

/**
 * A fictional but plausible welfare network for the Ambito distrettuale Cremasco, used to demo and
 * test the app. Everything invented is flagged `fictional`; territory (Comuni, Ambiti, ATS, ASST,
 * Provincia, Regione) is only referenced by the ids the real reference data gives it.
 * Deterministic: the same territory and seed always give the same document.
 */

export const DEMO_AMBITO_ID = 'ambito-ambito-distrettuale-cremasco';
/** Crema, seat and ente capofila of the Ambito. */
export const DEMO_SEAT_ISTAT = '019035';
export const REGIONE_LOMBARDIA_ID = 'regione-lombardia';
const CREMA = `comune-${DEMO_SEAT_ISTAT}`;
const ATS_VAL_PADANA = 'ats-030327';
const ASST_CREMA = 'asst-030726';
const PROVINCIA_CR = 'provincia-CR';
/** A neighbouring Ambito some county-wide bodies also work in, when the data has it. */
const AMBITO_CREMONESE = 'ambito-ambito-cremonese';

// ---------------------------------------------------------------------------------------------
// Seeded randomness: mulberry32, small and good enough for demo data (never Math.random).

export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

class Rng {
	constructor(private readonly next: () => number) {}
	/** Integer in [min, max], both included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}
	chance(p: number): boolean {
		return this.next() < p;
	}
	pick<T>(items: readonly T[]): T {
		if (!items.length) throw new Error('pick from an empty list');
		return items[Math.floor(this.next() * items.length)]!;
	}
	weighted<T>(items: readonly T[], weight: (item: T) => number): T {
		const total = items.reduce((sum, item) => sum + weight(item), 0);
		let r = this.next() * total;
		for (const item of items) {
			r -= weight(item);
			if (r < 0) return item;
		}
		return this.pick(items);
	}
	shuffle<T>(items: readonly T[]): T[] {
		const out = [...items];
		for (let i = out.length - 1; i > 0; i--) {
			const j = Math.floor(this.next() * (i + 1));
			[out[i], out[j]] = [out[j]!, out[i]!];
		}
		return out;
	}
	sample<T>(items: readonly T[], n: number): T[] {
		return this.shuffle(items).slice(0, Math.max(0, n));
	}
}

// ---------------------------------------------------------------------------------------------
// Dates, as ISO strings; Date is only used for calendar arithmetic on fixed values.

const DAY_MS = 86_400_000;
const toMs = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const addDays = (iso: string, days: number) => fromMs(toMs(iso) + days * DAY_MS);
function dateBetween(rng: Rng, from: string, to: string): string {
	return addDays(from, rng.int(0, Math.max(0, Math.round((toMs(to) - toMs(from)) / DAY_MS))));
}
/** First day of a month a few months after a date: partners joining late do so on a month start. */
function monthStartAfter(iso: string, months: number): string {
	const d = new Date(toMs(iso));
	return fromMs(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
}

// ---------------------------------------------------------------------------------------------
// Partita IVA / numeric codice fiscale: 11 digits, the last a Luhn-like check digit.

/** Check digit of the first 10 digits: odd positions summed, even positions doubled (−9 if > 9). */
export function partitaIvaCheckDigit(first10: string): number {
	let sum = 0;
	for (let i = 0; i < 10; i++) {
		const digit = Number(first10[i]);
		if (i % 2 === 0) sum += digit;
		else sum += digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
	}
	return (10 - (sum % 10)) % 10;
}

/**
 * Non-commercial bodies get a numeric codice fiscale starting with 9, companies and cooperatives a
 * partita IVA; digits 8–10 are the issuing office, 019 = Cremona, as for real Cremasco bodies.
 */
function makeTaxCode(rng: Rng, nonCommercial: boolean, used: Set<string>): string {
	for (;;) {
		let body = nonCommercial ? '9' + rng.int(0, 1) : '0' + rng.int(0, 1);
		while (body.length < 7) body += String(rng.int(0, 9));
		body += '019';
		const code = body + String(partitaIvaCheckDigit(body));
		if (!used.has(code)) {
			used.add(code);
			return code;
		}
	}
}

// ---------------------------------------------------------------------------------------------
// The real territory the demo hangs on.

interface DemoTerritory {
	comuni: ComuneRow[];
	/** Cremasco Comuni but Crema, largest first: candidates as public partners. */
	otherComuniByPopulation: ComuneRow[];
	/** A real Comune of another Ambito, seat of the one partner from outside. */
	outside: ComuneRow;
	hasCremonese: boolean;
	comuneName: Map<string, string>;
}

function resolveTerritory(territory: TerritoryData): DemoTerritory {
	const comuni = territory.comuni
		.filter((c) => c.ambitoId === DEMO_AMBITO_ID)
		.sort((a, b) => a.istat.localeCompare(b.istat));
	const missing = [
		comuni.some((c) => c.istat === DEMO_SEAT_ISTAT) ? null : `comune ${DEMO_SEAT_ISTAT}`,
		territory.ambiti.some((a) => a.id === DEMO_AMBITO_ID) ? null : DEMO_AMBITO_ID,
		territory.ats.some((a) => a.id === ATS_VAL_PADANA) ? null : ATS_VAL_PADANA,
		territory.asst.some((a) => a.id === ASST_CREMA) ? null : ASST_CREMA,
		territory.province.some((p) => p.id === PROVINCIA_CR) ? null : PROVINCIA_CR
	].filter((x) => x !== null);
	if (missing.length) {
		throw new Error(
			`Dati territoriali incompleti per la demo / territory data lacks: ${missing.join(', ')}`
		);
	}
	const byPopulation = (a: ComuneRow, b: ComuneRow) =>
		(b.population ?? 0) - (a.population ?? 0) || a.istat.localeCompare(b.istat);
	// The partner from outside comes from a neighbouring province when the data allows:
	// Bergamo and Lodi border the Cremasco, Milano is next.
	const others = territory.comuni.filter((c) => c.ambitoId && c.ambitoId !== DEMO_AMBITO_ID);
	const outside =
		['CR', 'BG', 'LO', 'MI']
			.map((province) => others.filter((c) => c.provinceCode === province).sort(byPopulation)[0])
			.find((c) => c !== undefined) ?? [...others].sort(byPopulation)[0];
	if (!outside) throw new Error('Nessun Comune di un altro Ambito / no Comune of another Ambito');
	return {
		comuni,
		otherComuniByPopulation: comuni.filter((c) => c.istat !== DEMO_SEAT_ISTAT).sort(byPopulation),
		outside,
		hasCremonese: territory.ambiti.some((a) => a.id === AMBITO_CREMONESE),
		comuneName: new Map([...comuni, outside].map((c) => [c.istat, c.name]))
	};
}

// ---------------------------------------------------------------------------------------------
// Actors.

/** How many invented actors of each kind: every non-territorial kind, ~150 in all (+1 outside). */
const ACTOR_PLAN: ReadonlyArray<readonly [ActorKindId, number]> = [
	['azienda_speciale', 2],
	['ente_sociosanitario_privato', 6],
	['cooperativa_sociale_a', 19],
	['cooperativa_sociale_b', 10],
	['consorzio_cooperative', 2],
	['odv', 18],
	['aps', 16],
	['impresa_sociale', 4],
	['fondazione', 4],
	['ente_religioso', 8],
	['rete_associativa', 2],
	['forum_terzo_settore', 1],
	['impresa', 16],
	['fondazione_comunita', 1],
	['fondazione_bancaria', 1],
	['organizzazione_sindacale', 3],
	['associazione_datoriale', 3],
	['rete_conciliazione', 2],
	['rete_territoriale', 3],
	['scuola', 10],
	['centro_formazione', 3],
	['centro_impiego', 1],
	['universita', 2],
	['associazione_famiglie', 6],
	['gruppo_informale', 5],
	['altro', 1]
];

/** Bodies with an Ambito-wide remit: seated in Crema, active across the Ambito. */
const AMBITO_WIDE_KINDS: ReadonlySet<ActorKindId> = new Set<ActorKindId>([
	'azienda_speciale',
	'consorzio_cooperative',
	'rete_associativa',
	'forum_terzo_settore',
	'fondazione_comunita',
	'fondazione_bancaria',
	'organizzazione_sindacale',
	'associazione_datoriale',
	'rete_conciliazione',
	'centro_impiego',
	'universita'
]);
/** County-wide bodies that also work in the neighbouring Cremonese Ambito. */
const COUNTY_KINDS: ReadonlySet<ActorKindId> = new Set<ActorKindId>([
	'fondazione_bancaria',
	'organizzazione_sindacale',
	'associazione_datoriale',
	'universita'
]);
/** Kinds that never hold a tax code in the demo (informal groups, networks without legal form). */
const NO_TAX_CODE_KINDS: ReadonlySet<ActorKindId> = new Set<ActorKindId>([
	'gruppo_informale',
	'rete_territoriale',
	'rete_conciliazione'
]);
/** Kinds whose numeric codice fiscale starts with 9 (non-commercial bodies). */
const COMMERCIAL_KINDS: ReadonlySet<ActorKindId> = new Set<ActorKindId>([
	'cooperativa_sociale_a',
	'cooperativa_sociale_b',
	'consorzio_cooperative',
	'impresa_sociale',
	'impresa',
	'ente_sociosanitario_privato'
]);
/** The areas a kind typically works in: its tags come from these. */
const KIND_AREAS: Partial<Record<ActorKindId, PolicyAreaId[]>> = {
	azienda_speciale: ['home_care', 'elderly', 'disability'],
	ente_sociosanitario_privato: ['elderly', 'home_care', 'disability', 'family'],
	cooperativa_sociale_a: [
		'minors_youth',
		'disability',
		'elderly',
		'home_care',
		'family',
		'gender_violence'
	],
	cooperativa_sociale_b: ['work_inclusion', 'poverty_exclusion', 'disability'],
	consorzio_cooperative: ['disability', 'work_inclusion', 'housing'],
	odv: ['poverty_exclusion', 'elderly', 'disability', 'gender_violence', 'housing'],
	aps: ['minors_youth', 'family', 'gender_violence'],
	impresa_sociale: ['housing', 'work_inclusion', 'home_care'],
	fondazione: ['housing', 'disability', 'elderly', 'poverty_exclusion'],
	ente_religioso: ['poverty_exclusion', 'minors_youth', 'family'],
	impresa: ['work_life_balance', 'work_inclusion'],
	organizzazione_sindacale: ['work_life_balance', 'elderly', 'work_inclusion'],
	associazione_datoriale: ['work_life_balance', 'work_inclusion'],
	rete_conciliazione: ['work_life_balance', 'family'],
	scuola: ['minors_youth', 'leps_child_guarantee', 'family'],
	centro_formazione: ['work_inclusion', 'minors_youth'],
	centro_impiego: ['work_inclusion', 'poverty_exclusion'],
	associazione_famiglie: ['family', 'disability', 'leps_child_guarantee'],
	gruppo_informale: ['minors_youth', 'elderly', 'family']
};
const ALL_TAG_AREAS = Object.keys(TAGS_BY_AREA) as PolicyAreaId[];

function tagsFor(rng: Rng, kind: ActorKindId): string[] {
	const areas = KIND_AREAS[kind] ?? ALL_TAG_AREAS;
	const tags = new Set<string>();
	const n = rng.int(1, 3);
	for (let i = 0; i < n; i++) tags.add(rng.pick(TAGS_BY_AREA[rng.pick(areas)] ?? []));
	return [...tags];
}

function nameFor(rng: Rng, kind: ActorKindId, index: number, seatName: string): string {
	const single = (SINGLE_NAMES as Partial<Record<ActorKindId, readonly string[]>>)[kind];
	if (single) return single[index % single.length]!;
	switch (kind) {
		case 'cooperativa_sociale_a':
		case 'cooperativa_sociale_b':
			return `Cooperativa sociale ${rng.pick(EVOCATIVE)}`;
		case 'consorzio_cooperative':
			return `Consorzio di cooperative ${rng.pick(EVOCATIVE)}`;
		case 'impresa_sociale':
			return `Impresa sociale ${rng.pick(EVOCATIVE)} srl`;
		case 'fondazione':
			return `Fondazione ${rng.pick(EVOCATIVE)} ETS`;
		case 'odv':
			return `ODV ${rng.pick(ODV_FIRST)} ${rng.pick(ODV_SECOND)}`;
		case 'aps':
			return `APS ${rng.pick(APS_FIRST)} ${rng.pick(APS_SECOND)}`;
		case 'ente_religioso':
			return rng.chance(0.5)
				? `Parrocchia di ${rng.pick(SAINTS)} – ${seatName}`
				: `Oratorio ${rng.pick(SAINTS)} – ${seatName}`;
		case 'impresa':
			return `${rng.pick(SURNAMES)} ${rng.pick(BUSINESS)} ${rng.pick(COMPANY_FORMS)}`;
		case 'ente_sociosanitario_privato': {
			const care = rng.pick(CARE_KINDS);
			return care === 'RSA Villa'
				? `RSA Villa ${rng.pick(['Serena', 'dei Tigli', 'Aurora', 'Le Rose', 'Primula'])}`
				: `${care} ${rng.pick(EVOCATIVE)}`;
		}
		case 'scuola':
			return `${rng.pick(SCHOOL_KINDS)} ${rng.pick(SCHOOL_NAMES)} – ${seatName}`;
		case 'centro_formazione':
			return `Centro di formazione professionale ${rng.pick(EVOCATIVE)}`;
		case 'associazione_famiglie':
			return `Associazione famiglie ${rng.pick(EVOCATIVE)}`;
		case 'gruppo_informale':
			return `${rng.pick(INFORMAL_GROUPS)} – ${seatName}`;
		default:
			return `${rng.pick(EVOCATIVE)} (demo)`;
	}
}

interface ActorPools {
	actors: ActorRecord[];
	byKind: Map<ActorKindId, ActorRecord[]>;
	outsidePartnerId: string;
}

function makeActors(rng: Rng, t: DemoTerritory): ActorPools {
	const actors: ActorRecord[] = [];
	const usedNames = new Set<string>();
	const seatOf = (kind: ActorKindId): ComuneRow =>
		AMBITO_WIDE_KINDS.has(kind)
			? t.comuni.find((c) => c.istat === DEMO_SEAT_ISTAT)!
			: rng.weighted(t.comuni, (c) => c.population ?? 500);
	const add = (kind: ActorKindId, seat: ComuneRow, index: number, extra?: Partial<ActorRecord>) => {
		let name = nameFor(rng, kind, index, seat.name);
		// Word pools are finite: retry, then disambiguate with the seat (as real homonyms do).
		for (let tries = 0; usedNames.has(name) && tries < 20; tries++) {
			name = nameFor(rng, kind, index, seat.name);
		}
		if (usedNames.has(name)) name = `${name} (${seat.name})`;
		const base = name;
		for (let n = 2; usedNames.has(name); n++) name = `${base} ${n}`;
		usedNames.add(name);
		const active: string[] = [];
		if (AMBITO_WIDE_KINDS.has(kind) || rng.chance(0.2)) active.push(DEMO_AMBITO_ID);
		if (COUNTY_KINDS.has(kind) && t.hasCremonese) active.push(AMBITO_CREMONESE);
		const actor: ActorRecord = {
			id: `demo-actor-${String(actors.length + 1).padStart(3, '0')}`,
			name,
			kind,
			taxCode: null,
			seatIstat: seat.istat,
			activeInAmbitoIds: active,
			tags: tagsFor(rng, kind),
			notes: null,
			fictional: true,
			...extra
		};
		actors.push(actor);
		return actor;
	};
	for (const [kind, count] of ACTOR_PLAN) {
		for (let i = 0; i < count; i++) add(kind, seatOf(kind), i);
	}
	// The one partner from another Ambito: an anti-violence centre that also serves the Cremasco.
	const outside = add('cooperativa_sociale_a', t.outside, 0, {
		name: `Cooperativa sociale ${rng.pick(EVOCATIVE)} – centro antiviolenza`,
		activeInAmbitoIds: [t.outside.ambitoId!, DEMO_AMBITO_ID],
		tags: ['violenza di genere', 'pari opportunità'],
		notes: `Sede fuori Ambito (${t.outside.name}); opera anche nel Cremasco.`
	});

	// ~30% carry a checksum-valid 11-digit code; informal groups and plain networks have none.
	const used = new Set<string>();
	const eligible = actors.filter((a) => !NO_TAX_CODE_KINDS.has(a.kind));
	for (const actor of rng.sample(eligible, Math.round(actors.length * 0.3))) {
		actor.taxCode = makeTaxCode(rng, !COMMERCIAL_KINDS.has(actor.kind), used);
	}

	const byKind = new Map<ActorKindId, ActorRecord[]>();
	for (const a of actors) {
		if (a.id === outside.id) continue;
		byKind.set(a.kind, [...(byKind.get(a.kind) ?? []), a]);
	}
	return { actors, byKind, outsidePartnerId: outside.id };
}

// ---------------------------------------------------------------------------------------------
// Calls and projects.

const CALLS: CallRecord[] = [
	{
		id: 'demo-call-2018',
		title: 'Bando sperimentazioni welfare 2018 (demo)',
		issuer: 'Regione Lombardia',
		year: 2018,
		fictional: true
	},
	{
		id: 'demo-call-2021',
		title: 'Bando innovazione sociale 2021 (demo)',
		issuer: 'Regione Lombardia',
		year: 2021,
		fictional: true
	}
];

/**
 * How good a partnership is meant to look: `broad` = many sectors, shared actions, lasting
 * commitments; `narrow` = few actors of one or two sectors, the capofila doing almost everything.
 */
type Quality = 'broad' | 'medium' | 'narrow';

interface ProjectSpec {
	title: string;
	callId: string;
	triennio: '2018-2020' | '2021-2023';
	start: string;
	end: string;
	status: ProjectStatus;
	areas: PolicyAreaId[];
	quality: Quality;
	/** A real public body's id, or a kind to draw an invented capofila from. */
	capofila: { real: string } | { kind: ActorKindId };
	/** Real public bodies in the partnership besides the capofila. */
	publicPartners: string[];
	/** How many more Cremasco Comuni join as partners/aderenti. */
	otherComuni: number;
	/** Invented actors drawn by kind (on top of those kept from earlier projects). */
	mix: ReadonlyArray<readonly [ActorKindId, number]>;
	/** Earlier projects (by index) this one continues, and the share of their partners it keeps. */
	continues?: ReadonlyArray<{ project: number; keep: number }>;
	/** All Cremasco Comuni, or how many of them (Crema first). */
	targetComuni: 'all' | number;
	targetAmbito: boolean;
	withOutsidePartner?: boolean;
	budget: readonly [number, number];
	actions: readonly string[];
}

const P18 = { callId: 'demo-call-2018', triennio: '2018-2020' } as const;
const P21 = { callId: 'demo-call-2021', triennio: '2021-2023' } as const;

/**
 * Twelve projects chosen to spread the scores: broad and well-shared ones, narrow and occasional
 * ones, one socio-sanitary with ASST di Crema, one with a partner from another Ambito, one rejected.
 * 2021-2023 projects mostly continue 2018-2020 ones, so their partners have tested partnerships.
 */
const PROJECT_SPECS: readonly ProjectSpec[] = [
	{
		...P18,
		title: 'Famiglie al centro: reti di comunità per la famiglia (demo)',
		start: '2018-09-01',
		end: '2020-12-31',
		status: 'closed',
		areas: ['family', 'minors_youth', 'work_life_balance'],
		quality: 'broad',
		capofila: { real: CREMA },
		publicPartners: [DEMO_AMBITO_ID, ASST_CREMA],
		otherComuni: 2,
		mix: [
			['cooperativa_sociale_a', 2],
			['odv', 2],
			['aps', 1],
			['ente_religioso', 1],
			['impresa', 2],
			['fondazione_comunita', 1],
			['organizzazione_sindacale', 1],
			['rete_conciliazione', 1],
			['scuola', 2],
			['associazione_famiglie', 1]
		],
		targetComuni: 'all',
		targetAmbito: true,
		budget: [320_000, 420_000],
		actions: [
			'Coordinamento della rete e cabina di regia',
			'Centri per la famiglia diffusi nei Comuni',
			'Sportello conciliazione per famiglie e imprese',
			'Gruppi di sostegno alla genitorialità',
			'Spazi gioco 0-6 anni',
			'Piani di welfare aziendale nelle piccole imprese',
			'Formazione congiunta degli operatori',
			'Valutazione partecipata e comunicazione'
		]
	},
	{
		...P18,
		title: 'Abitare solidale nel Cremasco (demo)',
		start: '2018-10-01',
		end: '2020-09-30',
		status: 'closed',
		areas: ['housing', 'poverty_exclusion'],
		quality: 'medium',
		capofila: { real: DEMO_AMBITO_ID },
		publicPartners: [],
		otherComuni: 2,
		mix: [
			['cooperativa_sociale_a', 1],
			['cooperativa_sociale_b', 1],
			['odv', 2],
			['ente_religioso', 1],
			['fondazione', 1],
			['impresa', 1]
		],
		targetComuni: 14,
		targetAmbito: true,
		budget: [150_000, 220_000],
		actions: [
			'Coordinamento e raccordo con i servizi sociali comunali',
			'Agenzia per l’abitare e mediazione con i proprietari',
			'Alloggi temporanei per l’emergenza abitativa',
			'Accompagnamento educativo all’autonomia abitativa',
			'Fondo di garanzia per l’affitto'
		]
	},
	{
		...P18,
		title: 'Lavoro e autonomia: percorsi di inclusione (demo)',
		start: '2019-01-01',
		end: '2020-12-31',
		status: 'closed',
		areas: ['work_inclusion', 'poverty_exclusion', 'disability'],
		quality: 'medium',
		capofila: { kind: 'cooperativa_sociale_b' },
		publicPartners: [CREMA],
		otherComuni: 1,
		mix: [
			['cooperativa_sociale_b', 1],
			['centro_formazione', 1],
			['centro_impiego', 1],
			['impresa', 2],
			['associazione_datoriale', 1],
			['aps', 1]
		],
		targetComuni: 10,
		targetAmbito: false,
		budget: [140_000, 200_000],
		actions: [
			'Coordinamento del progetto',
			'Orientamento e bilancio delle competenze',
			'Tirocini di inclusione in azienda',
			'Laboratori di formazione ai mestieri',
			'Tutoraggio sul posto di lavoro'
		]
	},
	{
		...P18,
		title: 'Anziani a casa propria (demo)',
		start: '2018-09-01',
		end: '2020-08-31',
		status: 'closed',
		areas: ['home_care', 'elderly'],
		quality: 'medium',
		capofila: { real: CREMA },
		publicPartners: [ASST_CREMA, DEMO_AMBITO_ID],
		otherComuni: 2,
		mix: [
			['ente_sociosanitario_privato', 2],
			['cooperativa_sociale_a', 2],
			['odv', 2],
			['organizzazione_sindacale', 1],
			['azienda_speciale', 1]
		],
		targetComuni: 'all',
		targetAmbito: true,
		budget: [200_000, 280_000],
		actions: [
			'Coordinamento e raccordo sociosanitario',
			'Assistenza domiciliare integrata leggera',
			'Sollievo e formazione per i caregiver familiari',
			'Trasporti sociali con volontari',
			'Custode sociale nei condomini',
			'Telemonitoraggio e teleassistenza'
		]
	},
	{
		...P18,
		title: 'Doposcuola diffuso (demo)',
		start: '2019-09-01',
		end: '2020-06-30',
		status: 'closed',
		areas: ['minors_youth'],
		quality: 'narrow',
		capofila: { kind: 'aps' },
		publicPartners: [],
		otherComuni: 0,
		mix: [
			['ente_religioso', 1],
			['odv', 1],
			['gruppo_informale', 1],
			['associazione_famiglie', 1],
			['scuola', 1]
		],
		targetComuni: 2,
		targetAmbito: false,
		budget: [35_000, 55_000],
		actions: ['Doposcuola pomeridiano', 'Laboratori espressivi', 'Incontri con i genitori']
	},
	{
		...P18,
		title: 'Centro antiviolenza in rete (demo)',
		start: '2019-03-01',
		end: '2021-02-28',
		status: 'rejected',
		areas: ['gender_violence'],
		quality: 'narrow',
		capofila: { kind: 'odv' },
		publicPartners: [],
		otherComuni: 0,
		mix: [
			['aps', 1],
			['associazione_famiglie', 1],
			['cooperativa_sociale_a', 1],
			['ente_sociosanitario_privato', 1],
			['impresa', 1]
		],
		targetComuni: 5,
		targetAmbito: false,
		budget: [80_000, 120_000],
		actions: [
			'Sportello di ascolto',
			'Casa rifugio per l’ospitalità in emergenza',
			'Sensibilizzazione nelle scuole'
		]
	},
	{
		...P21,
		title: 'Comunità che cura: famiglie, conciliazione e prima infanzia (demo)',
		start: '2021-09-01',
		end: '2023-12-31',
		status: 'closed',
		areas: ['family', 'work_life_balance', 'leps_child_guarantee'],
		quality: 'broad',
		capofila: { real: DEMO_AMBITO_ID },
		publicPartners: [CREMA, ASST_CREMA, ATS_VAL_PADANA, PROVINCIA_CR],
		otherComuni: 0,
		mix: [
			['forum_terzo_settore', 1],
			['fondazione_bancaria', 1],
			['universita', 1]
		],
		continues: [{ project: 0, keep: 0.65 }],
		targetComuni: 'all',
		targetAmbito: true,
		budget: [380_000, 480_000],
		actions: [
			'Governance della rete e cabina di regia',
			'Centri per la famiglia e punti di ascolto',
			'Nidi e spazi 0-6 accessibili (garanzia infanzia)',
			'Piani di welfare aziendale condivisi',
			'Banca delle competenze dei volontari',
			'Formazione congiunta pubblico-Terzo Settore',
			'Valutazione di impatto con l’università',
			'Comunicazione e coinvolgimento dei cittadini'
		]
	},
	{
		...P21,
		title: 'Casa di Comunità aperta: accesso unico e dimissioni protette (demo)',
		start: '2022-01-01',
		end: '2026-06-30',
		status: 'running',
		areas: ['leps_single_access_point', 'leps_protected_discharge', 'home_care'],
		quality: 'broad',
		capofila: { real: ASST_CREMA },
		publicPartners: [CREMA, DEMO_AMBITO_ID, ATS_VAL_PADANA],
		otherComuni: 0,
		mix: [
			['ente_sociosanitario_privato', 1],
			['associazione_famiglie', 1],
			['gruppo_informale', 1]
		],
		continues: [{ project: 3, keep: 0.8 }],
		targetComuni: 'all',
		targetAmbito: true,
		budget: [300_000, 380_000],
		actions: [
			'Coordinamento sociosanitario ASST–Ambito',
			'Punto unico di accesso nella Casa di Comunità di Crema',
			'Sportello sociale nella Casa di Comunità',
			'Équipe integrata per le dimissioni protette',
			'Infermiere di famiglia e volontari di prossimità',
			'Sostegno ai caregiver familiari',
			'Cartella sociale e sanitaria condivisa'
		]
	},
	{
		...P21,
		title: "Ponti per l'autonomia: abitare e lavoro (demo)",
		start: '2021-10-01',
		end: '2023-12-31',
		status: 'closed',
		areas: ['housing', 'work_inclusion', 'poverty_exclusion'],
		quality: 'medium',
		capofila: { kind: 'cooperativa_sociale_b' },
		publicPartners: [DEMO_AMBITO_ID],
		otherComuni: 0,
		mix: [
			['impresa_sociale', 1],
			['impresa', 1]
		],
		continues: [
			{ project: 1, keep: 0.6 },
			{ project: 2, keep: 0.3 }
		],
		targetComuni: 18,
		targetAmbito: true,
		budget: [200_000, 260_000],
		actions: [
			'Coordinamento del progetto',
			'Housing first per persone senza dimora',
			'Percorsi di inserimento lavorativo',
			'Accompagnamento all’autonomia abitativa',
			'Rete delle aziende accoglienti'
		]
	},
	{
		...P21,
		title: 'Giovani protagonisti (demo)',
		start: '2022-03-01',
		end: '2023-06-30',
		status: 'closed',
		areas: ['minors_youth'],
		quality: 'narrow',
		capofila: { kind: 'aps' },
		publicPartners: [],
		otherComuni: 0,
		mix: [
			['aps', 1],
			['gruppo_informale', 2],
			['impresa', 1],
			['altro', 1]
		],
		targetComuni: 2,
		targetAmbito: false,
		budget: [40_000, 60_000],
		actions: ['Spazio giovani serale', 'Laboratori musicali', 'Festa di fine progetto']
	},
	{
		...P21,
		title: 'Libere di scegliere: rete antiviolenza del Cremasco (demo)',
		start: '2022-04-01',
		end: '2024-12-31',
		status: 'closed',
		areas: ['gender_violence', 'family'],
		quality: 'medium',
		capofila: { real: CREMA },
		publicPartners: [DEMO_AMBITO_ID, ASST_CREMA],
		otherComuni: 0,
		mix: [
			['organizzazione_sindacale', 1],
			['scuola', 1]
		],
		continues: [
			{ project: 5, keep: 0.6 },
			{ project: 0, keep: 0.3 }
		],
		withOutsidePartner: true,
		targetComuni: 'all',
		targetAmbito: true,
		budget: [180_000, 240_000],
		actions: [
			'Coordinamento della rete antiviolenza',
			'Centro antiviolenza e sportelli decentrati',
			'Percorsi di autonomia lavorativa e abitativa per le donne',
			'Formazione di operatori sanitari e sociali',
			'Prevenzione nelle scuole'
		]
	},
	{
		...P21,
		title: 'Progetti di vita indipendente (demo)',
		start: '2023-07-01',
		end: '2026-06-30',
		status: 'funded',
		areas: ['disability', 'work_inclusion'],
		quality: 'medium',
		capofila: { kind: 'consorzio_cooperative' },
		publicPartners: [DEMO_AMBITO_ID],
		otherComuni: 1,
		mix: [
			['cooperativa_sociale_a', 1],
			['rete_associativa', 1],
			['associazione_famiglie', 1],
			['fondazione_bancaria', 1]
		],
		continues: [
			{ project: 2, keep: 0.6 },
			{ project: 3, keep: 0.2 }
		],
		targetComuni: 20,
		targetAmbito: true,
		budget: [220_000, 300_000],
		actions: [
			'Coordinamento e progetti di vita personalizzati',
			'Appartamenti di palestra all’autonomia',
			'Tirocini e inserimenti lavorativi',
			'Sollievo e sostegno alle famiglie',
			'Tempo libero e sport inclusivo',
			'Formazione per amministratori di sostegno'
		]
	}
];

/** Real public bodies and the kind they count as (for roles and funding source). */
function realKindOf(id: string): ActorKindId | null {
	if (id.startsWith('comune-')) return 'comune';
	if (id.startsWith('ambito-')) return 'ambito';
	if (id.startsWith('asst-')) return 'asst';
	if (id.startsWith('ats-')) return 'ats';
	if (id.startsWith('provincia-')) return 'provincia';
	if (id === REGIONE_LOMBARDIA_ID) return 'regione';
	return null;
}

/** Kinds whose resources are public money: public bodies, state schools, job centres, universities. */
function isPublicKind(kind: ActorKindId): boolean {
	return (
		sectorOfKind(kind) === 'public_institutional' ||
		kind === 'ats' ||
		kind === 'asst' ||
		kind === 'scuola' ||
		kind === 'centro_impiego' ||
		kind === 'universita'
	);
}

function roleFor(rng: Rng, kind: ActorKindId, id: string, quality: Quality): RoleId {
	if (id === CREMA || id === DEMO_AMBITO_ID || kind === 'asst') return 'partner';
	switch (kind) {
		case 'ats':
		case 'provincia':
			return 'aderente';
		case 'comune':
			return rng.chance(0.6) ? 'partner' : 'aderente';
		case 'fondazione_bancaria':
		case 'fondazione_comunita':
			return 'sostenitore';
		case 'impresa':
			return rng.weighted(
				[
					['sostenitore', 5],
					['aderente', 3],
					['partner', 2]
				] as const,
				([, w]) => w
			)[0];
		case 'organizzazione_sindacale':
		case 'associazione_datoriale':
		case 'forum_terzo_settore':
		case 'rete_associativa':
		case 'rete_conciliazione':
		case 'rete_territoriale':
		case 'gruppo_informale':
		case 'associazione_famiglie':
			return rng.chance(0.6) ? 'aderente' : 'partner';
		default:
			return rng.chance(quality === 'narrow' ? 0.5 : 0.75) ? 'partner' : 'aderente';
	}
}

const STAFF_RATE_EUR = { public: 32, private: 26 } as const;
/** Rough market rent of social premises, EUR per m² per month. */
const SPACE_RATE_EUR = 8;

const round = (value: number, step: number) => Math.round(value / step) * step;

function makeCommitments(
	rng: Rng,
	kind: ActorKindId,
	role: RoleId,
	quality: Quality,
	budget: number
): CommitmentRecord[] {
	const source = isPublicKind(kind) ? 'public' : 'private';
	const lasting = { broad: 0.45, medium: 0.15, narrow: 0 }[quality];
	const out: CommitmentRecord[] = [];
	const staff = (min: number, max: number, description: string) => {
		const hours = round(rng.int(min, max), 10);
		// Small narrow projects often cannot say what their hours are worth: value unknown.
		const known = quality !== 'narrow' || rng.chance(0.6);
		out.push({
			type: 'staff_hours',
			amount: hours,
			valueEur: known ? hours * STAFF_RATE_EUR[source] : null,
			source,
			beyondFunding: rng.chance(lasting),
			description
		});
	};
	const money = (min: number, max: number, description: string, beyond = false) => {
		const eur = round(rng.int(min, max), 500);
		out.push({
			type: 'money',
			amount: eur,
			valueEur: eur,
			source,
			beyondFunding: beyond,
			description
		});
	};
	const spaces = () => {
		const m2months = round(rng.int(20, 80), 5) * rng.int(6, 24);
		out.push({
			type: 'spaces',
			amount: m2months,
			valueEur: m2months * SPACE_RATE_EUR,
			source,
			beyondFunding: rng.chance(lasting),
			description: rng.pick([
				'Sala riunioni e spazi laboratoriali',
				'Locali per lo sportello',
				'Spazi per attività di gruppo'
			])
		});
	};
	const inKind = (min: number, max: number) => {
		const eur = round(rng.int(min, max), 100);
		out.push({
			type: 'in_kind',
			amount: eur,
			valueEur: eur,
			source,
			beyondFunding: false,
			description: rng.pick([
				'Materiali e beni di consumo',
				'Mezzi per i trasporti',
				'Pasti e buoni spesa',
				'Attrezzature informatiche'
			])
		});
	};

	if (role === 'capofila') {
		money(budget * 0.08, budget * 0.18, 'Cofinanziamento del capofila', rng.chance(lasting));
		staff(
			quality === 'narrow' ? 150 : 500,
			quality === 'narrow' ? 400 : 1600,
			'Coordinamento e personale del capofila'
		);
		if (quality !== 'narrow' && rng.chance(0.5)) spaces();
	} else if (role === 'partner') {
		staff(
			quality === 'narrow' ? 30 : 120,
			quality === 'narrow' ? 150 : 900,
			'Ore di operatori ed educatori'
		);
		if (quality !== 'narrow') {
			if (rng.chance(0.4)) spaces();
			if (rng.chance(0.25)) money(2_000, 15_000, 'Cofinanziamento');
			if (rng.chance(0.2)) inKind(1_000, 8_000);
		}
	} else if (role === 'aderente') {
		if (rng.chance(quality === 'narrow' ? 0.2 : 0.45)) {
			if (rng.chance(0.5)) inKind(300, 3_000);
			else staff(20, 100, 'Ore di volontariato e partecipazione ai tavoli');
		}
	} else if (kind === 'fondazione_bancaria' || kind === 'fondazione_comunita') {
		money(15_000, 60_000, 'Contributo a fondo perduto', quality === 'broad' && rng.chance(0.5));
	} else if (kind === 'impresa' && rng.chance(0.7)) {
		if (rng.chance(0.5)) money(1_000, 10_000, 'Erogazione liberale');
		else inKind(500, 5_000);
	}
	return out;
}

interface ProjectsResult {
	projects: ProjectRecord[];
	actions: ActionRecord[];
	partnerships: PartnershipRecord[];
	/** Actor ids per project, in spec order. */
	members: string[][];
}

function makeProjects(rng: Rng, t: DemoTerritory, pools: ActorPools): ProjectsResult {
	const actorById = new Map(pools.actors.map((a) => [a.id, a]));
	const kindOf = (id: string): ActorKindId => actorById.get(id)?.kind ?? realKindOf(id)!;
	const projects: ProjectRecord[] = [];
	const actions: ActionRecord[] = [];
	const partnerships: PartnershipRecord[] = [];
	const members: string[][] = [];
	const roles: Array<Map<string, RoleId>> = [];
	/** Everyone in any project so far: narrow projects prefer actors who were in none. */
	const seen = new Set<string>();

	PROJECT_SPECS.forEach((spec, index) => {
		const projectId = `demo-project-${String(index + 1).padStart(2, '0')}`;
		const areaTags = new Set(spec.areas.flatMap((a) => TAGS_BY_AREA[a] ?? []));
		const inProject = new Map<string, RoleId>();
		const earlier = (spec.continues ?? []).flatMap((c) => members[c.project] ?? []);
		const fits = (a: ActorRecord) => 1 + 3 * a.tags.filter((tag) => areaTags.has(tag)).length;
		const draw = (kind: ActorKindId): ActorRecord | null => {
			const free = (pools.byKind.get(kind) ?? []).filter((a) => !inProject.has(a.id));
			if (!free.length) return null;
			// A continuing project takes its capofila from its history when it can.
			const fromHistory = free.filter((a) => earlier.includes(a.id));
			if (fromHistory.length) return rng.weighted(fromHistory, fits);
			const fresh = free.filter((a) => !seen.has(a.id));
			const pool = spec.quality === 'narrow' && fresh.length ? fresh : free;
			return rng.weighted(pool, fits);
		};

		// Capofila first, then what is kept from earlier projects (keeping its former role when it
		// can), then the named public bodies, other Comuni and the invented actors of the mix.
		const capofilaId = 'real' in spec.capofila ? spec.capofila.real : draw(spec.capofila.kind)!.id;
		inProject.set(capofilaId, 'capofila');
		for (const c of spec.continues ?? []) {
			const before = (members[c.project] ?? []).filter((id) => !inProject.has(id));
			for (const id of rng.sample(before, Math.round(before.length * c.keep))) {
				const previous = roles[c.project]?.get(id);
				const role =
					previous && previous !== 'capofila' && rng.chance(0.7)
						? previous
						: roleFor(rng, kindOf(id), id, spec.quality);
				inProject.set(id, role);
			}
		}
		for (const id of spec.publicPartners) {
			if (!inProject.has(id)) inProject.set(id, roleFor(rng, kindOf(id), id, spec.quality));
		}
		const comuniCandidates = t.otherComuniByPopulation
			.slice(0, 12)
			.map((c) => `comune-${c.istat}`)
			.filter((id) => !inProject.has(id));
		for (const id of rng.sample(comuniCandidates, spec.otherComuni)) {
			inProject.set(id, roleFor(rng, 'comune', id, spec.quality));
		}
		for (const [kind, count] of spec.mix) {
			for (let i = 0; i < count; i++) {
				const actor = draw(kind);
				if (actor) inProject.set(actor.id, roleFor(rng, kind, actor.id, spec.quality));
			}
		}
		if (spec.withOutsidePartner) inProject.set(pools.outsidePartnerId, 'partner');
		// Every partnership needs at least two full partners besides the capofila to share actions.
		const fullPartners = () => [...inProject].filter(([, r]) => r === 'partner').map(([id]) => id);
		for (const [id, role] of inProject) {
			if (fullPartners().length >= 2) break;
			if (role === 'aderente') inProject.set(id, 'partner');
		}

		const budget = round(rng.int(spec.budget[0], spec.budget[1]), 1_000);
		const targetComuni =
			spec.targetComuni === 'all'
				? t.comuni.map((c) => c.istat)
				: [
						DEMO_SEAT_ISTAT,
						...rng
							.sample(
								t.comuni.filter((c) => c.istat !== DEMO_SEAT_ISTAT),
								spec.targetComuni - 1
							)
							.map((c) => c.istat)
					].sort();
		projects.push({
			id: projectId,
			title: spec.title,
			callId: spec.callId,
			start: spec.start,
			end: spec.end,
			triennio: spec.triennio,
			policyAreas: [...spec.areas],
			budgetEur: budget,
			targetComuniIstat: targetComuni,
			targetAmbitoIds: spec.targetAmbito ? [DEMO_AMBITO_ID] : [],
			status: spec.status,
			fictional: true
		});

		// A rejected bid never ran: its partnerships carry no dates.
		const ran = spec.status !== 'rejected';
		let n = 0;
		for (const [actorId, role] of inProject) {
			n++;
			const lateJoiner = ran && role !== 'capofila' && rng.chance(0.15);
			partnerships.push({
				id: `${projectId.replace('project', 'partnership')}-${String(n).padStart(2, '0')}`,
				actorId,
				projectId,
				role,
				since: ran ? (lateJoiner ? monthStartAfter(spec.start, rng.int(3, 9)) : spec.start) : null,
				until: ran ? spec.end : null,
				commitments: makeCommitments(rng, kindOf(actorId), role, spec.quality, budget)
			});
		}

		actions.push(...makeActions(rng, spec, projectId, capofilaId, fullPartners()));
		members.push([...inProject.keys()]);
		roles.push(inProject);
		for (const id of inProject.keys()) seen.add(id);
	});
	return { projects, actions, partnerships, members };
}

/**
 * Broad projects spread responsibility over every full partner (2–4 per action); medium ones
 * share some; narrow ones leave almost everything to the capofila.
 */
function makeActions(
	rng: Rng,
	spec: ProjectSpec,
	projectId: string,
	capofilaId: string,
	partners: string[]
): ActionRecord[] {
	const count = {
		broad: Math.min(spec.actions.length, rng.int(6, 8)),
		medium: Math.min(spec.actions.length, rng.int(4, 6)),
		narrow: Math.min(spec.actions.length, 3)
	}[spec.quality];
	// The first title is always the coordination one; the rest are drawn, kept in spec order.
	const rest = rng.sample(spec.actions.slice(1), count - 1);
	const titles = [spec.actions[0]!, ...spec.actions.slice(1).filter((a) => rest.includes(a))];
	const cycle = rng.shuffle(partners);
	let next = 0;
	const takePartners = (k: number) => {
		const out: string[] = [];
		for (let i = 0; i < k && cycle.length; i++) {
			const id = cycle[next++ % cycle.length]!;
			if (!out.includes(id)) out.push(id);
		}
		return out;
	};
	return titles.map((title, i) => {
		let responsible: string[];
		if (i === 0) responsible = [capofilaId, ...(spec.quality === 'broad' ? takePartners(1) : [])];
		else if (spec.quality === 'broad') responsible = takePartners(rng.int(2, 4));
		else if (spec.quality === 'medium')
			responsible = rng.chance(0.5)
				? [capofilaId, ...takePartners(rng.int(0, 2))]
				: takePartners(rng.int(1, 2));
		else responsible = i === 1 ? [capofilaId, ...takePartners(1)] : [capofilaId];
		return {
			id: `${projectId.replace('project', 'action')}-${i + 1}`,
			projectId,
			title,
			description: null,
			responsibleActorIds: [...new Set(responsible)]
		};
	});
}

// ---------------------------------------------------------------------------------------------
// Networks, the Accordo di Programma, collaborations.

interface NetworkSpec {
	name: string;
	description: string;
	kinds: ActorKindId[];
	real: string[];
	size: number;
	sinceYear: number;
	/** Indexes of networks this one is linked to (stored on this side only). */
	links: number[];
}

const NETWORK_SPECS: readonly NetworkSpec[] = [
	{
		name: 'Rete territoriale di conciliazione famiglia-lavoro del Cremasco (demo)',
		description: 'Rete territoriale per la conciliazione',
		kinds: [
			'rete_conciliazione',
			'impresa',
			'associazione_datoriale',
			'organizzazione_sindacale',
			'cooperativa_sociale_a',
			'associazione_famiglie'
		],
		real: [DEMO_AMBITO_ID, ATS_VAL_PADANA, CREMA],
		size: 16,
		sinceYear: 2016,
		links: [1]
	},
	{
		name: 'Alleanza locale per il welfare aziendale (demo)',
		description: 'Alleanza locale di conciliazione',
		kinds: ['impresa', 'associazione_datoriale', 'organizzazione_sindacale', 'rete_conciliazione'],
		real: [CREMA],
		size: 10,
		sinceYear: 2019,
		links: []
	},
	{
		name: 'Tavolo povertà e inclusione sociale (demo)',
		description: 'Tavolo tematico del Piano di Zona',
		kinds: [
			'odv',
			'ente_religioso',
			'cooperativa_sociale_b',
			'aps',
			'centro_impiego',
			'fondazione'
		],
		real: [DEMO_AMBITO_ID, CREMA],
		size: 14,
		sinceYear: 2015,
		links: []
	},
	{
		name: 'Forum locale del Terzo Settore – assemblea degli enti (demo)',
		description: 'Forum del Terzo Settore',
		kinds: [
			'forum_terzo_settore',
			'rete_associativa',
			'cooperativa_sociale_a',
			'cooperativa_sociale_b',
			'consorzio_cooperative',
			'odv',
			'aps',
			'impresa_sociale',
			'fondazione'
		],
		real: [],
		size: 24,
		sinceYear: 2014,
		links: [2]
	},
	{
		name: 'Rete antiviolenza del territorio (demo)',
		description: 'Rete interistituzionale antiviolenza',
		kinds: ['odv', 'aps', 'cooperativa_sociale_a', 'ente_sociosanitario_privato', 'scuola'],
		real: [CREMA, DEMO_AMBITO_ID, ASST_CREMA, PROVINCIA_CR],
		size: 9,
		sinceYear: 2017,
		links: []
	},
	{
		name: 'Tavolo minori e famiglie (demo)',
		description: 'Tavolo tematico del Piano di Zona',
		kinds: ['cooperativa_sociale_a', 'scuola', 'associazione_famiglie', 'aps', 'ente_religioso'],
		real: [DEMO_AMBITO_ID],
		size: 14,
		sinceYear: 2016,
		links: [0]
	},
	{
		name: 'Tavolo disabilità (demo)',
		description: 'Tavolo tematico del Piano di Zona',
		kinds: [
			'cooperativa_sociale_a',
			'cooperativa_sociale_b',
			'consorzio_cooperative',
			'associazione_famiglie',
			'rete_associativa',
			'ente_sociosanitario_privato'
		],
		real: [DEMO_AMBITO_ID, ASST_CREMA],
		size: 12,
		sinceYear: 2015,
		links: [7]
	},
	{
		name: 'Tavolo anziani e domiciliarità (demo)',
		description: 'Tavolo tematico del Piano di Zona',
		kinds: [
			'ente_sociosanitario_privato',
			'odv',
			'organizzazione_sindacale',
			'azienda_speciale',
			'cooperativa_sociale_a'
		],
		real: [DEMO_AMBITO_ID, ASST_CREMA, CREMA],
		size: 12,
		sinceYear: 2018,
		links: []
	}
];

const networkId = (index: number) => `demo-network-${String(index + 1).padStart(2, '0')}`;

function makeNetworks(rng: Rng, pools: ActorPools) {
	const networks: NetworkRecord[] = NETWORK_SPECS.map((spec, i) => ({
		id: networkId(i),
		name: spec.name,
		description: spec.description,
		// Kept by the Cremasco office, whoever sits on it (the anti-violence centre next door too).
		ambitoId: DEMO_AMBITO_ID,
		linkedNetworkIds: spec.links.map(networkId),
		fictional: true
	}));
	const memberships: MembershipRecord[] = [];
	const join = (actorId: string, i: number, spec: NetworkSpec) => {
		const since = dateBetween(rng, `${spec.sinceYear}-01-01`, `${spec.sinceYear + 5}-12-31`);
		// Some members left: about one in ten, at least a year after joining.
		const until = rng.chance(0.1) ? dateBetween(rng, addDays(since, 365), '2025-12-31') : null;
		memberships.push({ actorId, networkId: networkId(i), since, until });
	};
	NETWORK_SPECS.forEach((spec, i) => {
		for (const id of spec.real) join(id, i, spec);
		const candidates = spec.kinds.flatMap((k) => pools.byKind.get(k) ?? []);
		for (const actor of rng.sample(candidates, spec.size - spec.real.length))
			join(actor.id, i, spec);
		// The anti-violence centre from the neighbouring Ambito sits on the local network too.
		if (spec.description === 'Rete interistituzionale antiviolenza')
			join(pools.outsidePartnerId, i, spec);
	});
	return { networks, memberships };
}

function makeAgreement(
	rng: Rng,
	t: DemoTerritory,
	pools: ActorPools,
	members: string[][]
): AgreementRecord {
	// Third Sector bodies adhere on request: the representative ones, plus the most involved others.
	const involvement = new Map<string, number>();
	for (const ids of members)
		for (const id of ids) involvement.set(id, (involvement.get(id) ?? 0) + 1);
	const representatives = pools.actors.filter(
		(a) =>
			a.kind === 'forum_terzo_settore' ||
			a.kind === 'rete_associativa' ||
			a.kind === 'consorzio_cooperative'
	);
	const thirdSector = pools.actors.filter(
		(a) =>
			sectorOfKind(a.kind) === 'third_sector' &&
			!representatives.includes(a) &&
			a.id !== pools.outsidePartnerId
	);
	const active = thirdSector.filter((a) => (involvement.get(a.id) ?? 0) > 0);
	const others = rng.sample(
		thirdSector.filter((a) => !active.includes(a)),
		4
	);
	return {
		id: 'demo-agreement-pdz-2021-2023',
		title:
			'Accordo di Programma per il Piano di Zona 2021-2023 – Ambito distrettuale Cremasco (demo)',
		ambitoId: DEMO_AMBITO_ID,
		// The 2021-2023 Piani di Zona were adopted in the first weeks of 2022.
		start: '2022-01-01',
		end: '2023-12-31',
		signatoryActorIds: [...t.comuni.map((c) => `comune-${c.istat}`), ATS_VAL_PADANA, ASST_CREMA],
		adherentActorIds: [...representatives, ...rng.sample(active, 8), ...others].map((a) => a.id),
		fictional: true
	};
}

const COLLABORATION_VALUES = [
	'Scambio di informazioni e segnalazioni',
	'Co-progettazione di servizi',
	'Invio reciproco di utenti',
	'Condivisione di spazi',
	'Formazione comune degli operatori',
	'Raccolta fondi congiunta',
	'Volontari in comune'
];
/** Declared ties are the most common; survey and workshop data come in similar amounts. */
const COLLABORATION_SOURCES: ReadonlyArray<readonly [CollaborationSourceId, number]> = [
	['declared', 4],
	['survey', 3],
	['workshop', 3]
];

/**
 * ~200 declared ties. Most join actors who already meet in projects or networks (real networks are
 * clustered); the rest are scattered. Partners of the 2021-2023 narrow project stay strangers to each
 * other, so that partnership looks occasional.
 */
function makeCollaborations(
	rng: Rng,
	pools: ActorPools,
	members: string[][],
	memberships: MembershipRecord[],
	target = 200
): CollaborationRecord[] {
	const groups: string[][] = [...members];
	const byNetwork = new Map<string, string[]>();
	for (const m of memberships)
		byNetwork.set(m.networkId, [...(byNetwork.get(m.networkId) ?? []), m.actorId]);
	groups.push(...byNetwork.values());
	const occasional = new Set(
		PROJECT_SPECS.flatMap((s, i) =>
			s.quality === 'narrow' && s.triennio === '2021-2023' ? (members[i] ?? []) : []
		)
	);
	const scattered = [...pools.actors.map((a) => a.id), CREMA, DEMO_AMBITO_ID, ASST_CREMA];
	const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
	const seenPairs = new Set<string>();
	const out: CollaborationRecord[] = [];
	for (let tries = 0; out.length < target && tries < 20_000; tries++) {
		const clustered = rng.chance(0.65);
		const group = clustered ? rng.pick(groups) : scattered;
		const a = rng.pick(group);
		const b = rng.pick(group);
		if (a === b || seenPairs.has(pairKey(a, b))) continue;
		if (occasional.has(a) && occasional.has(b)) continue;
		seenPairs.add(pairKey(a, b));
		const strength = clustered ? rng.int(2, 5) : rng.int(1, 3);
		const since = dateBetween(rng, '2008-01-01', '2023-06-30');
		out.push({
			id: `demo-collaboration-${String(out.length + 1).padStart(3, '0')}`,
			actorAId: a,
			actorBId: b,
			since,
			until: rng.chance(0.12) ? dateBetween(rng, addDays(since, 180), '2025-12-31') : null,
			strength,
			// Trust follows strength, give or take one.
			trust: Math.min(5, Math.max(1, strength + rng.int(-1, 1))),
			value: rng.chance(0.7) ? rng.pick(COLLABORATION_VALUES) : null,
			source: rng.weighted(COLLABORATION_SOURCES, ([, weight]) => weight)[0]
		});
	}
	return out;
}

// ---------------------------------------------------------------------------------------------

/**
 * The fictional demo network of the Ambito distrettuale Cremasco, on the real territory given.
 * Same territory and seed → deep-equal documents.
 */
export function generateDemoDocument(territory: TerritoryData, seed = 2026): TramaDocument {
	const rng = new Rng(mulberry32(seed));
	const t = resolveTerritory(territory);
	const pools = makeActors(rng, t);
	const { projects, actions, partnerships, members } = makeProjects(rng, t, pools);
	const { networks, memberships } = makeNetworks(rng, pools);
	const agreement = makeAgreement(rng, t, pools, members);
	const collaborations = makeCollaborations(rng, pools, members, memberships);
	return {
		format: DOCUMENT_FORMAT,
		actors: pools.actors,
		calls: CALLS.map((c) => ({ ...c })),
		projects,
		actions,
		partnerships,
		networks,
		memberships,
		agreements: [agreement],
		collaborations
	};
}
