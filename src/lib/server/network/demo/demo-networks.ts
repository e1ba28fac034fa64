import {
	sectorOfKind,
	type ActorKindId,
	type AgreementRecord,
	type MembershipRecord,
	type NetworkRecord
} from '../../../domain';
import {
	addDays,
	ASST_CREMA,
	ATS_VAL_PADANA,
	CREMA,
	dateBetween,
	DEMO_AMBITO_ID,
	PROVINCIA_CR,
	Rng,
	type DemoTerritory
} from './demo-base';
import type { ActorPools } from './demo-actors';

// ---------------------------------------------------------------------------------------------
// Networks and the Accordo di Programma (collaborations: demo.ts).

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

export const networkId = (index: number) => `demo-network-${String(index + 1).padStart(2, '0')}`;

export function makeNetworks(rng: Rng, pools: ActorPools) {
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

export function makeAgreement(
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
