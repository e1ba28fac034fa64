import { describe, expect, it } from 'vitest';
import { normalisedGini, saturating, towardTarget, weightedMeanOfPresent } from './math';
import { isoDateToDay, unionLength } from './dates';

describe('math helpers', () => {
	it('saturating reaches 1 − 1/e at n = k', () => {
		expect(saturating(0, 5)).toBe(0);
		expect(saturating(5, 5)).toBeCloseTo(1 - Math.exp(-1), 12);
		expect(saturating(50, 5)).toBeGreaterThan(0.9999);
	});

	it('towardTarget is linear then flat', () => {
		expect(towardTarget(2, 4)).toBe(0.5);
		expect(towardTarget(6, 4)).toBe(1);
		expect(towardTarget(-1, 4)).toBe(0);
	});

	it('normalisedGini: 0 for equal shares, 1 when one holds everything', () => {
		expect(normalisedGini([5, 5, 5])).toBe(0);
		expect(normalisedGini([0, 0, 9])).toBe(1);
		// [0, 300, 600]: G = 2·600 / (3·900) = 4/9; normalised ×3/2 = 2/3.
		expect(normalisedGini([600, 0, 300])).toBeCloseTo(2 / 3, 12);
		expect(normalisedGini([7])).toBeNull();
		expect(normalisedGini([0, 0])).toBeNull();
	});

	it('weightedMeanOfPresent skips nulls and zero weights', () => {
		expect(
			weightedMeanOfPresent([
				{ value: 80, weight: 1 },
				{ value: null, weight: 5 },
				{ value: 20, weight: 3 },
				{ value: 100, weight: 0 }
			])
		).toBe(35);
		expect(weightedMeanOfPresent([{ value: null, weight: 1 }])).toBeNull();
	});
});

describe('dates', () => {
	it('parses ISO dates and rejects invalid ones', () => {
		expect(isoDateToDay('1970-01-02')).toBe(1);
		expect(isoDateToDay('2023-02-30')).toBeNull();
		expect(isoDateToDay('2023-2-3')).toBeNull();
		expect(isoDateToDay(null)).toBeNull();
	});

	it('merges overlapping intervals', () => {
		expect(
			unionLength([
				[0, 10],
				[5, 15],
				[20, 25],
				[30, 30]
			])
		).toBe(20);
		expect(unionLength([])).toBe(0);
	});
});
