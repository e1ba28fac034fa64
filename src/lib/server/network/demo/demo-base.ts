import type { ComuneRow, TerritoryData } from '../../territory/territory-files';

/** What every part of the demo shares: its real anchors, seeded randomness, dates, tax codes. */

export const DEMO_AMBITO_ID = 'ambito-ambito-distrettuale-cremasco';
/** Crema, seat and ente capofila of the Ambito. */
export const DEMO_SEAT_ISTAT = '019035';
export const REGIONE_LOMBARDIA_ID = 'regione-lombardia';
export const CREMA = `comune-${DEMO_SEAT_ISTAT}`;
export const ATS_VAL_PADANA = 'ats-030327';
export const ASST_CREMA = 'asst-030726';
export const PROVINCIA_CR = 'provincia-CR';
/** A neighbouring Ambito some county-wide bodies also work in, when the data has it. */
export const AMBITO_CREMONESE = 'ambito-ambito-cremonese';

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

export class Rng {
	constructor(protected readonly next: () => number) {}
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
export const addDays = (iso: string, days: number) => fromMs(toMs(iso) + days * DAY_MS);
export function dateBetween(rng: Rng, from: string, to: string): string {
	return addDays(from, rng.int(0, Math.max(0, Math.round((toMs(to) - toMs(from)) / DAY_MS))));
}
/** First day of a month a few months after a date: partners joining late do so on a month start. */
export function monthStartAfter(iso: string, months: number): string {
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
export function makeTaxCode(rng: Rng, nonCommercial: boolean, used: Set<string>): string {
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

export interface DemoTerritory {
	comuni: ComuneRow[];
	/** Cremasco Comuni but Crema, largest first: candidates as public partners. */
	otherComuniByPopulation: ComuneRow[];
	/** A real Comune of another Ambito, seat of the one partner from outside. */
	outside: ComuneRow;
	hasCremonese: boolean;
	comuneName: Map<string, string>;
}

export function resolveTerritory(territory: TerritoryData): DemoTerritory {
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
