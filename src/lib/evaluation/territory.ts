import type { CriterionDetail } from './types';

/** A Comune of a project's territory (`Evaluation.targetComuni`). */
export interface TerritoryComune {
	istat: string;
	name: string;
	population: number | null;
}

/** An Ambito with its Comuni (the server's territory tree). */
export interface AmbitoComuni {
	id: string;
	comuni: readonly TerritoryComune[];
}

/**
 * The Comuni a project targets: those it names and those of the Ambiti it names (as the scoring
 * reads them). A named Comune the reference data does not list keeps its ISTAT code as name.
 */
export function projectTerritory(
	ambiti: readonly AmbitoComuni[],
	target: { targetAmbitoIds: readonly string[]; targetComuniIstat: readonly string[] }
): TerritoryComune[] {
	const known = new Map(ambiti.flatMap((a) => a.comuni).map((c) => [c.istat, c]));
	const chosen = new Map<string, TerritoryComune>();
	for (const a of ambiti)
		if (target.targetAmbitoIds.includes(a.id)) for (const c of a.comuni) chosen.set(c.istat, c);
	for (const istat of target.targetComuniIstat)
		chosen.set(istat, known.get(istat) ?? { istat, name: istat, population: null });
	return [...chosen.values()].sort((a, b) => a.name.localeCompare(b.name, 'it'));
}

/**
 * Which of the territory's Comuni no partner covers. Criterion A (breadth) already decided it with
 * the scoring's own coverage rules and lists them in its suggestion; nothing listed = all covered.
 */
export function uncoveredIstat(
	criteria: readonly Pick<CriterionDetail, 'id' | 'suggestions'>[]
): string[] {
	const breadth = criteria.find((c) => c.id === 'A');
	return breadth?.suggestions.flatMap((s) => s.comuni) ?? [];
}

export interface TerritoryCoverage {
	covered: TerritoryComune[];
	uncovered: TerritoryComune[];
	population: { covered: number; total: number };
	/** Criterion A is not in the rubric: coverage is not known. */
	known: boolean;
}

export function territoryCoverage(
	comuni: readonly TerritoryComune[],
	criteria: readonly Pick<CriterionDetail, 'id' | 'suggestions'>[]
): TerritoryCoverage {
	const out = new Set(uncoveredIstat(criteria));
	const covered = comuni.filter((c) => !out.has(c.istat));
	const uncovered = comuni.filter((c) => out.has(c.istat));
	const people = (cs: TerritoryComune[]) => cs.reduce((s, c) => s + (c.population ?? 0), 0);
	return {
		covered,
		uncovered,
		population: { covered: people(covered), total: people([...comuni]) },
		known: criteria.some((c) => c.id === 'A')
	};
}
