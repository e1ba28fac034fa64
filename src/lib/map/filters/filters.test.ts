import { describe, expect, it } from 'vitest';
import { decodeMapState, encodeMapState, DEFAULT_MAP_STATE } from '../url-state';
import { edge, sampleGraph } from '../test-support';
import { ANY_MAP_FILTERS, applyFilters, isFiltered, MAP_FILTERS, NO_FILTERS } from '.';

const ids = (g: { nodes: { id: string }[] }) => g.nodes.map((n) => n.id).sort();

describe('the map filter registry', () => {
	it('gives each filter its own id and URL parameter', () => {
		expect(new Set(MAP_FILTERS.map((f) => f.id)).size).toBe(MAP_FILTERS.length);
		expect(new Set(MAP_FILTERS.map((f) => f.urlKey)).size).toBe(MAP_FILTERS.length);
	});

	it('writes nothing for an empty filter and reads it back empty', () => {
		for (const f of ANY_MAP_FILTERS) {
			expect(f.param.encode(f.empty), f.id).toBeNull();
			expect(f.param.decode(null), f.id).toEqual(f.empty);
		}
		expect(isFiltered(NO_FILTERS)).toBe(false);
	});

	it('puts every filter in the URL under its own key', () => {
		const filters = {
			...NO_FILTERS,
			sectors: ['third_sector'],
			projectId: 'p21',
			period: '2021-2023'
		};
		const params = encodeMapState({ ...DEFAULT_MAP_STATE, filters });
		expect(params.get('sectors')).toBe('third_sector');
		expect(params.get('project')).toBe('p21');
		expect(params.get('period')).toBe('2021-2023');
		expect(decodeMapState(params).filters).toEqual(filters);
		expect(isFiltered(filters)).toBe(true);
	});

	it('reads the project’s ties as they are in the chosen period', () => {
		// the ODV was a partner of p21 only before the period: in 2021-2023 it is not among them
		const g = sampleGraph();
		g.edges.push(edge('odv', 'p21', 'PARTNER_IN', { since: '2015-01-01', until: '2016-12-31' }));
		const shown = applyFilters(g, { ...NO_FILTERS, projectId: 'p21', period: '2021-2023' });
		expect(ids(shown)).toEqual(['amb', 'c1', 'c2', 'coop', 'firm', 'p21']);
	});
});
