import type { GeoMeasure } from './scale';

/**
 * Coverage of a target territory: which of its Comuni a partnership reaches and how many residents
 * live in each part. Covered Comuni outside the target are counted apart (reach beyond the target is
 * not coverage of it); Comuni in neither set have no class.
 */
export type CoverageClass = 'covered' | 'uncovered' | 'beyond';
export const COVERAGE_CLASSES: readonly CoverageClass[] = ['covered', 'uncovered', 'beyond'];

export interface CoverageTotals {
	comuni: number;
	residents: number;
	/** Comuni of the class whose population is unknown (their residents are not in `residents`) */
	withoutPopulation: number;
}
export interface Coverage {
	classOf: Map<string, CoverageClass>;
	totals: Record<CoverageClass, CoverageTotals>;
	/** covered residents ÷ target residents (null when the target has no known residents) */
	residentShare: number | null;
}

export function coverageOf(
	target: Iterable<string>,
	covered: Iterable<string>,
	population: ReadonlyMap<string, number | null>
): Coverage {
	const targetSet = new Set(target);
	const coveredSet = new Set(covered);
	const classOf = new Map<string, CoverageClass>();
	for (const istat of targetSet)
		classOf.set(istat, coveredSet.has(istat) ? 'covered' : 'uncovered');
	for (const istat of coveredSet) if (!targetSet.has(istat)) classOf.set(istat, 'beyond');
	const totals = Object.fromEntries(
		COVERAGE_CLASSES.map((c) => [c, { comuni: 0, residents: 0, withoutPopulation: 0 }])
	) as Record<CoverageClass, CoverageTotals>;
	for (const [istat, cls] of classOf) {
		const t = totals[cls];
		const p = population.get(istat);
		t.comuni++;
		if (p === null || p === undefined) t.withoutPopulation++;
		else t.residents += p;
	}
	const targetResidents = totals.covered.residents + totals.uncovered.residents;
	return {
		classOf,
		totals,
		residentShare: targetResidents > 0 ? totals.covered.residents / targetResidents : null
	};
}

/** Okabe–Ito colours (readable with the common colour-vision deficiencies). */
export const COVERAGE_COLOURS: Readonly<Record<CoverageClass, string>> = {
	covered: '#0072B2',
	uncovered: '#E69F00',
	beyond: '#CC79A7'
};

/** The map's colouring: covered and uncovered Comuni of the target; the rest says nothing. */
export function coverageMeasure(
	comuni: ReadonlyArray<{ istat: string; covered: boolean }>,
	labels: { title: string; covered: string; uncovered: string }
): GeoMeasure {
	return {
		kind: 'classes',
		label: labels.title,
		classOf: new Map(comuni.map((c) => [c.istat, c.covered ? 'covered' : 'uncovered'])),
		classes: [
			{ key: 'covered', label: labels.covered, colour: COVERAGE_COLOURS.covered },
			{ key: 'uncovered', label: labels.uncovered, colour: COVERAGE_COLOURS.uncovered }
		]
	};
}
