import { describe, expect, it } from 'vitest';
import { groupPoints, markerRadius } from './points';

describe('grouping of points by seat', () => {
	it('puts the partners of one Comune in one group with its count, unknown seats apart', () => {
		const { groups, unplaced } = groupPoints([
			{ id: 'a', label: 'Zeta ODV', istat: '019035' },
			{ id: 'b', label: 'Alfa APS', istat: '019035' },
			{ id: 'c', label: 'Beta coop', istat: '015146' },
			{ id: 'd', label: 'Senza sede', istat: null },
			{ id: 'e', label: 'Gamma', istat: '019035' }
		]);
		expect(groups.map((g) => [g.istat, g.points.map((p) => p.id)])).toEqual([
			['019035', ['b', 'e', 'a']],
			['015146', ['c']]
		]);
		expect(unplaced.map((p) => p.id)).toEqual(['d']);
	});

	it('grows markers with the count, within a cap', () => {
		expect(markerRadius(1)).toBe(6);
		expect(markerRadius(5)).toBeGreaterThan(markerRadius(2));
		expect(markerRadius(10_000)).toBe(22);
	});
});
