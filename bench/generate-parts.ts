/**
 * The regional generator's parts (bench/generate.ts): its seeded random source, the kinds' shares,
 * the invented names, tags and tax codes.
 */
import type { ActorKindId, PolicyAreaId } from '../src/lib/domain';
import {
	APS_FIRST,
	APS_SECOND,
	BUSINESS,
	COMPANY_FORMS,
	EVOCATIVE,
	ODV_FIRST,
	ODV_SECOND,
	SAINTS,
	SURNAMES,
	TAGS_BY_AREA
} from '../src/lib/server/network/demo/demo-names';
import {
	mulberry32,
	partitaIvaCheckDigit,
	Rng as DemoRng
} from '../src/lib/server/network/demo/demo-base';
import { COMMERCIAL_KINDS } from '../src/lib/server/network/demo/demo-actors';
import type { ComuneRow } from '../src/lib/server/territory/territory-files';

/** The demo's random source (int, chance, pick, weighted), seeded, with what the generator adds. */
export class Rng extends DemoRng {
	constructor(seed: number) {
		super(mulberry32(seed));
	}
	float(): number {
		return this.next();
	}
	/** k distinct items (k ≤ length), partial Fisher–Yates on a copy. */
	sample<T>(items: readonly T[], k: number): T[] {
		const out = [...items];
		const n = Math.min(k, out.length);
		for (let i = 0; i < n; i++) {
			const j = i + Math.floor(this.next() * (out.length - i));
			[out[i], out[j]] = [out[j]!, out[i]!];
		}
		return out.slice(0, n);
	}
}

/** Weighted choice in O(log n) over a fixed list (cumulative weights + binary search). */
export class WeightedPool<T> {
	private readonly cumulative: number[] = [];
	private readonly total: number;
	constructor(
		readonly items: readonly T[],
		weight: (item: T) => number
	) {
		let sum = 0;
		for (const item of items) {
			sum += Math.max(0, weight(item));
			this.cumulative.push(sum);
		}
		this.total = sum;
	}
	pick(rng: Rng): T {
		const r = rng.float() * this.total;
		let lo = 0;
		let hi = this.cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.cumulative[mid]! > r) hi = mid;
			else lo = mid + 1;
		}
		return this.items[lo]!;
	}
}

export const pad = (n: number, width: number) => String(n).padStart(width, '0');
export const iso = (y: number, m: number, d: number) => `${y}-${pad(m, 2)}-${pad(d, 2)}`;

/** Third Sector kinds and their share of the ~30,000 organisations (roughly Lombardy's RUNTS mix). */
export const THIRD_SECTOR_MIX: ReadonlyArray<readonly [ActorKindId, number]> = [
	['aps', 0.3],
	['odv', 0.25],
	['cooperativa_sociale_a', 0.13],
	['cooperativa_sociale_b', 0.07],
	['ente_religioso', 0.11],
	['fondazione', 0.05],
	['impresa_sociale', 0.04],
	['consorzio_cooperative', 0.01],
	['rete_associativa', 0.01],
	['ente_sociosanitario_privato', 0.03]
];
export const FOUNDATION_MIX: ReadonlyArray<readonly [ActorKindId, number]> = [
	['fondazione_comunita', 0.8],
	['fondazione_bancaria', 0.2]
];
export const SOCIAL_PARTNER_MIX: ReadonlyArray<readonly [ActorKindId, number]> = [
	['organizzazione_sindacale', 0.5],
	['associazione_datoriale', 0.5]
];
/** Kinds whose numeric codice fiscale starts with 0 (commercial bodies): the demo's list. */
export const COMMERCIAL = COMMERCIAL_KINDS;
export const AREAS = Object.keys(TAGS_BY_AREA) as PolicyAreaId[];
export const PROJECT_AREAS: PolicyAreaId[] = [
	'poverty_exclusion',
	'minors_youth',
	'disability',
	'housing',
	'family',
	'gender_violence',
	'work_life_balance',
	'home_care',
	'elderly',
	'work_inclusion',
	'leps_child_guarantee',
	'leps_protected_discharge'
];
export const ACTION_TITLES = [
	'Coordinamento e cabina di regia',
	'Sportello di orientamento e ascolto',
	'Percorsi educativi di gruppo',
	'Accompagnamento individuale',
	'Formazione congiunta degli operatori',
	'Tirocini e inserimento lavorativo',
	'Spazi di comunità e socialità',
	'Sostegno ai caregiver familiari',
	'Comunicazione e sensibilizzazione',
	'Monitoraggio e valutazione partecipata'
];

export interface Seat {
	comune: ComuneRow;
	province: string;
}

export function nameFor(rng: Rng, kind: ActorKindId, seat: ComuneRow): string {
	switch (kind) {
		case 'cooperativa_sociale_a':
		case 'cooperativa_sociale_b':
			return `Cooperativa sociale ${rng.pick(EVOCATIVE)} – ${seat.name}`;
		case 'consorzio_cooperative':
			return `Consorzio ${rng.pick(EVOCATIVE)} – ${seat.name}`;
		case 'impresa_sociale':
			return `Impresa sociale ${rng.pick(EVOCATIVE)} srl – ${seat.name}`;
		case 'fondazione':
			return `Fondazione ${rng.pick(EVOCATIVE)} ETS – ${seat.name}`;
		case 'odv':
			return `ODV ${rng.pick(ODV_FIRST)} ${rng.pick(ODV_SECOND)} – ${seat.name}`;
		case 'aps':
			return `APS ${rng.pick(APS_FIRST)} ${rng.pick(APS_SECOND)} – ${seat.name}`;
		case 'ente_religioso':
			return `${rng.chance(0.5) ? 'Parrocchia' : 'Oratorio'} ${rng.pick(SAINTS)} – ${seat.name}`;
		case 'rete_associativa':
			return `Coordinamento associazioni ${rng.pick(EVOCATIVE)} – ${seat.name}`;
		case 'ente_sociosanitario_privato':
			return `Residenza ${rng.pick(EVOCATIVE)} – ${seat.name}`;
		case 'impresa':
			return `${rng.pick(SURNAMES)} ${rng.pick(BUSINESS)} ${rng.pick(COMPANY_FORMS)} – ${seat.name}`;
		case 'fondazione_comunita':
			return `Fondazione di comunità ${rng.pick(EVOCATIVE)} – ${seat.name}`;
		case 'fondazione_bancaria':
			return `Fondazione bancaria ${rng.pick(EVOCATIVE)} – ${seat.name}`;
		case 'organizzazione_sindacale':
			return `Sindacato territoriale ${rng.pick(['pensionati', 'lavoratori', 'servizi', 'funzione pubblica'])} – ${seat.name}`;
		case 'associazione_datoriale':
			return `Associazione ${rng.pick(['artigiani', 'commercianti', 'piccole imprese', 'agricoltori'])} – ${seat.name}`;
		default:
			return `${rng.pick(EVOCATIVE)} – ${seat.name}`;
	}
}

export function tagsFor(rng: Rng): string[] {
	const tags = new Set<string>();
	for (let i = rng.int(1, 3); i > 0; i--) tags.add(rng.pick(TAGS_BY_AREA[rng.pick(AREAS)] ?? []));
	return [...tags];
}

/** Checksum-valid partita IVA / numeric codice fiscale; office digits from the seat's province. */
export function taxCode(rng: Rng, kind: ActorKindId, seat: ComuneRow, used: Set<string>): string {
	for (;;) {
		let body = COMMERCIAL.has(kind) ? '0' + rng.int(0, 9) : '9' + rng.int(0, 7);
		while (body.length < 7) body += String(rng.int(0, 9));
		body += seat.istat.slice(0, 3);
		const code = body + String(partitaIvaCheckDigit(body));
		if (!used.has(code)) {
			used.add(code);
			return code;
		}
	}
}

export function expandMix(
	mix: ReadonlyArray<readonly [ActorKindId, number]>,
	total: number
): ActorKindId[] {
	const kinds: ActorKindId[] = [];
	let assigned = 0;
	mix.forEach(([kind, share], i) => {
		const n = i === mix.length - 1 ? total - assigned : Math.round(total * share);
		assigned += n;
		for (let k = 0; k < n; k++) kinds.push(kind);
	});
	return kinds;
}
