/**
 * Which Comuni belong to which Ambito, Distretto, ASST and ATS, from the territory data (the CSVs
 * of graph/seed/territory as the territory loader reads them, or the same fields from GraphQL).
 * A Comune's own row wins; where it is silent, membership follows only from statements that imply
 * it: a Distretto listing its Comuni, the Distretto's ASST, the ASST's ATS (asst.csv: every ASST
 * lies in one ATS). Nothing is guessed from names or neighbours.
 */
export type TerritoryLevel = 'ambito' | 'distretto' | 'asst' | 'ats';
export const TERRITORY_LEVELS: readonly TerritoryLevel[] = ['ambito', 'distretto', 'asst', 'ats'];

export interface TerritoryUnit {
	id: string;
	name: string;
}

/** Structurally what `readTerritoryFiles()` returns (only the fields used here). */
export interface TerritoryInput {
	comuni: ReadonlyArray<{
		istat: string;
		name: string;
		population: number | null;
		ambitoId: string | null;
		distrettoId: string | null;
		asstCode: string | null;
		atsCode: string | null;
	}>;
	ambiti: ReadonlyArray<{ id: string; name: string }>;
	distretti: ReadonlyArray<{
		id: string;
		name: string;
		asstCode: string;
		comuniIstat: readonly string[];
	}>;
	asst: ReadonlyArray<{ code: string; name: string; atsCode: string | null }>;
	ats: ReadonlyArray<{ code: string; name: string }>;
}

/** One Comune as the map and its table show it. */
export interface ComuneInfo {
	istat: string;
	name: string;
	population: number | null;
	ambito: TerritoryUnit | null;
	distretto: TerritoryUnit | null;
	asst: TerritoryUnit | null;
	ats: TerritoryUnit | null;
}

export function comuniInfo(data: TerritoryInput): ComuneInfo[] {
	const unit = <T>(map: Map<string, T>, key: string | null | undefined) =>
		key ? (map.get(key) ?? null) : null;
	const ambiti = new Map(data.ambiti.map((a) => [a.id, { id: a.id, name: a.name }]));
	const distretti = new Map(data.distretti.map((d) => [d.id, d]));
	const asst = new Map(data.asst.map((a) => [a.code, a]));
	const ats = new Map(data.ats.map((a) => [a.code, { id: a.code, name: a.name }]));
	const distrettoByComune = new Map<string, string>();
	for (const d of data.distretti)
		for (const istat of d.comuniIstat)
			if (!distrettoByComune.has(istat)) distrettoByComune.set(istat, d.id);
	return data.comuni.map((c) => {
		const d = unit(distretti, c.distrettoId ?? distrettoByComune.get(c.istat));
		const a = unit(asst, c.asstCode ?? d?.asstCode);
		return {
			istat: c.istat,
			name: c.name,
			population: c.population,
			ambito: unit(ambiti, c.ambitoId),
			distretto: d ? { id: d.id, name: d.name } : null,
			asst: a ? { id: a.code, name: a.name } : null,
			ats: unit(ats, c.atsCode ?? a?.atsCode)
		};
	});
}

/** ISTAT code → group id at one level (Comuni with no known group are absent). */
export function membershipOf(
	comuni: readonly ComuneInfo[],
	level: TerritoryLevel
): Map<string, string> {
	const out = new Map<string, string>();
	for (const c of comuni) {
		const u = c[level];
		if (u) out.set(c.istat, u.id);
	}
	return out;
}

export interface GroupSummary extends TerritoryUnit {
	comuni: string[];
	residents: number;
}

/** The groups of one level with their Comuni (sorted by ISTAT code) and residents, by name. */
export function groupsOf(comuni: readonly ComuneInfo[], level: TerritoryLevel): GroupSummary[] {
	const groups = new Map<string, GroupSummary>();
	for (const c of comuni) {
		const u = c[level];
		if (!u) continue;
		const g = groups.get(u.id) ?? { ...u, comuni: [], residents: 0 };
		g.comuni.push(c.istat);
		g.residents += c.population ?? 0;
		groups.set(u.id, g);
	}
	for (const g of groups.values()) g.comuni.sort();
	return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, 'it'));
}
