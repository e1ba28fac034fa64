import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COVERAGE_CLASSES, COVERAGE_COLOURS, coverageMeasure, coverageOf } from './coverage';
import { colourScale } from './scale';

describe('coverage of a target territory', () => {
	it('splits the target into covered and uncovered, counts reach beyond it apart', () => {
		const population = new Map<string, number | null>([
			['019035', 34000], // Crema
			['019002', 2000],
			['019005', 1200],
			['019010', null],
			['015146', 1_400_000]
		]);
		const c = coverageOf(
			['019035', '019002', '019005', '019010'],
			['019035', '019010', '015146'],
			population
		);
		expect(Object.fromEntries(c.classOf)).toEqual({
			'019035': 'covered',
			'019002': 'uncovered',
			'019005': 'uncovered',
			'019010': 'covered',
			'015146': 'beyond'
		});
		expect(c.totals.covered).toEqual({ comuni: 2, residents: 34000, withoutPopulation: 1 });
		expect(c.totals.uncovered).toEqual({ comuni: 2, residents: 3200, withoutPopulation: 0 });
		expect(c.totals.beyond).toEqual({ comuni: 1, residents: 1_400_000, withoutPopulation: 0 });
		expect(c.residentShare).toBeCloseTo(34000 / 37200);
	});

	it('has no share when the target has no known residents', () => {
		expect(coverageOf([], ['1'], new Map()).residentShare).toBeNull();
	});

	it('classes partition target ∪ covered, and residents add up (property)', () => {
		const code = fc.integer({ min: 1, max: 40 }).map((n) => String(n).padStart(6, '0'));
		fc.assert(
			fc.property(
				fc.uniqueArray(code),
				fc.uniqueArray(code),
				fc.dictionary(code, fc.option(fc.integer({ min: 0, max: 100_000 }))),
				(target, covered, pops) => {
					const population = new Map(Object.entries(pops));
					const c = coverageOf(target, covered, population);
					const all = new Set([...target, ...covered]);
					expect(c.classOf.size).toBe(all.size);
					const comuni = COVERAGE_CLASSES.reduce((s, k) => s + c.totals[k].comuni, 0);
					expect(comuni).toBe(all.size);
					const residents = COVERAGE_CLASSES.reduce((s, k) => s + c.totals[k].residents, 0);
					const expected = [...all].reduce((s, i) => s + (population.get(i) ?? 0), 0);
					expect(residents).toBe(expected);
					for (const i of target) expect(c.classOf.get(i)).not.toBe('beyond');
				}
			)
		);
	});
});

describe('the coverage map colouring', () => {
	it('colours covered and uncovered target Comuni, and nothing else', () => {
		const measure = coverageMeasure(
			[
				{ istat: '019002', covered: false },
				{ istat: '019035', covered: true }
			],
			{ title: 'Territorio', covered: 'Coperti', uncovered: 'Scoperti' }
		);
		const scale = colourScale(measure);
		expect(scale.colourOf('019035')).toBe(COVERAGE_COLOURS.covered);
		expect(scale.colourOf('019002')).toBe(COVERAGE_COLOURS.uncovered);
		expect(scale.colourOf('015146')).toBeNull();
		expect(scale.legend.map((l) => l.label)).toEqual(['Coperti', 'Scoperti']);
	});
});
