import { type ActorKindId, type ActorRecord, type PolicyAreaId } from '../../../domain';
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
import type { ComuneRow } from '../../territory/territory-files';
import {
	AMBITO_CREMONESE,
	DEMO_AMBITO_ID,
	DEMO_SEAT_ISTAT,
	makeTaxCode,
	Rng,
	type DemoTerritory
} from './demo-base';

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
	['altro', 1],
	// Kinds added for office lists (issue 15): last, so the actors above keep their draws.
	['comunita_montana', 1],
	['unione_comuni', 1],
	['consorzio_pubblico', 1],
	['camera_commercio', 1],
	['prefettura', 1],
	['aler', 1],
	['csv', 1],
	['associazione_rappresentanza', 1]
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
export const COMMERCIAL_KINDS: ReadonlySet<ActorKindId> = new Set<ActorKindId>([
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

export interface ActorPools {
	actors: ActorRecord[];
	byKind: Map<ActorKindId, ActorRecord[]>;
	outsidePartnerId: string;
}

export function makeActors(rng: Rng, t: DemoTerritory): ActorPools {
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
