import { describe, expect, it } from 'vitest';
import { CRITERIA } from './criteria';
import {
	PROGRAMMAZIONE_2025_2027,
	RUBRIC_PRESETS,
	SPERIMENTAZIONI_2012_2014,
	validateRubric,
	type Rubric
} from './rubrics';

describe('rubric presets', () => {
	it('are valid', () => {
		for (const rubric of RUBRIC_PRESETS) expect(validateRubric(rubric)).toEqual([]);
	});

	it('2012-2014 scores § 2.2.4, § 3.1 and § 4 of the 2011 act; 2025-2027 has every criterion', () => {
		const scored2012 = SPERIMENTAZIONI_2012_2014.criteria.map((c) => c.id);
		expect(scored2012).toEqual(['A', 'B', 'C', 'D', 'E', 'G', 'H', 'I']);
		expect(PROGRAMMAZIONE_2025_2027.criteria.map((c) => c.id)).toEqual(CRITERIA.map((c) => c.id));
	});

	it('are version 2, so stored scorecards of version 1 keep naming what produced them', () => {
		for (const rubric of RUBRIC_PRESETS) expect(rubric.version).toBe(2);
	});

	it('weigh 100 each and ask for 70% of the weight before a total is comparable', () => {
		for (const rubric of RUBRIC_PRESETS) {
			expect(rubric.criteria.reduce((s, c) => s + c.weight, 0)).toBe(100);
			expect(rubric.minAssessedShare).toBe(0.7);
		}
	});
});

describe('validateRubric', () => {
	const base: Rubric = {
		id: 'r',
		version: 1,
		name: { it: 'r', en: 'r' },
		criteria: [{ id: 'A', weight: 1 }]
	};

	it('reports unknown and repeated criteria with their path', () => {
		const errors = validateRubric({
			...base,
			criteria: [
				{ id: 'A', weight: 1 },
				{ id: 'Z', weight: 1 },
				{ id: 'A', weight: 1 }
			]
		});
		expect(errors.map((e) => e.path)).toEqual(['criteria[1].id', 'criteria[2].id']);
		expect(errors[0]?.message.en).toContain('Unknown criterion');
	});

	it('reports a comparability threshold outside [0, 1], and accepts retired parameters', () => {
		expect(validateRubric({ ...base, minAssessedShare: 1.5 }).map((e) => e.path)).toEqual([
			'minAssessedShare'
		]);
		expect(validateRubric({ ...base, minAssessedShare: 0.5 })).toEqual([]);
		expect(
			validateRubric({
				...base,
				criteria: [{ id: 'F', weight: 1, params: { roleValueAderente: 0.5 } }]
			})
		).toEqual([]);
	});

	it('reports negative weights and weights summing to zero', () => {
		expect(
			validateRubric({ ...base, criteria: [{ id: 'A', weight: -1 }] }).map((e) => e.path)
		).toEqual(['criteria[0].weight', 'criteria']);
		expect(
			validateRubric({
				...base,
				criteria: [
					{ id: 'A', weight: 0 },
					{ id: 'B', weight: 0 }
				]
			})
		).toHaveLength(1);
		expect(validateRubric({ ...base, criteria: [{ id: 'A', weight: Number.NaN }] })[0]?.path).toBe(
			'criteria[0].weight'
		);
	});

	it('reports unknown parameters and values out of bounds', () => {
		const errors = validateRubric({
			...base,
			criteria: [
				{ id: 'A', weight: 1, params: { partnersScale: 0, nonsense: 1, targetSectors: 9 } }
			]
		});
		expect(errors.map((e) => e.path)).toEqual([
			'criteria[0].params.partnersScale',
			'criteria[0].params.nonsense'
		]);
		expect(errors[0]?.message.it).toContain('fuori dall’intervallo [1, 50]');
	});

	it('reports a bad id, version and empty criteria', () => {
		const errors = validateRubric({
			id: ' ',
			version: 0.5,
			name: { it: '', en: '' },
			criteria: []
		});
		expect(errors.map((e) => e.path)).toEqual(['id', 'version', 'criteria']);
	});

	it('accepts every parameter at its default and at its bounds', () => {
		for (const criterion of CRITERIA) {
			for (const bound of ['default', 'min', 'max'] as const) {
				const params = Object.fromEntries(criterion.parameters.map((p) => [p.id, p[bound]]));
				expect(
					validateRubric({ ...base, criteria: [{ id: criterion.id, weight: 1, params }] })
				).toEqual([]);
			}
		}
	});
});

describe('criterion registry', () => {
	it('has unique ids and keys, an act sentence, and defaults within bounds', () => {
		expect(new Set(CRITERIA.map((c) => c.id)).size).toBe(CRITERIA.length);
		expect(new Set(CRITERIA.map((c) => c.key)).size).toBe(CRITERIA.length);
		for (const criterion of CRITERIA) {
			expect(criterion.actSource.it.length).toBeGreaterThan(20);
			expect(criterion.actSource.ref).not.toBe('');
			expect(new Set(criterion.parameters.map((p) => p.id)).size).toBe(criterion.parameters.length);
			for (const p of criterion.parameters) {
				expect(p.min).toBeLessThanOrEqual(p.default);
				expect(p.default).toBeLessThanOrEqual(p.max);
			}
		}
	});
});
