import { describe, expect, it } from 'vitest';
import { decodeMapState, encodeMapState, DEFAULT_MAP_STATE } from '../url-state';
import { workshopInfluence } from '../metrics';
import { sampleGraph } from '../test-support';
import type { MapGraph } from '../types';
import { applyFilters, NO_FILTERS } from '.';
import { workshopFilter } from './workshop';

const ids = (g: { nodes: { id: string }[] }) => g.nodes.map((n) => n.id).sort();

/** The sample Ambito after two committed workshops: one rated the ODV, the other added the firm. */
function withWorkshops(): MapGraph {
	const g = sampleGraph();
	const at = (id: string) => g.nodes.find((n) => n.id === id)!;
	at('odv').workshops = [
		{ code: 'OLD11111', name: 'Tavolo 2024', influence: 2, committedAt: 1 },
		{ code: 'MINORI22', name: 'Tavolo minori', influence: 4.5, committedAt: 2 }
	];
	at('firm').workshops = [
		{ code: 'MINORI22', name: 'Tavolo minori', influence: null, committedAt: 2 }
	];
	return g;
}

describe('the "from workshop" map filter', () => {
	it('keeps what the workshop added, tied or rated, their ties, and the territory', () => {
		const g = applyFilters(withWorkshops(), { ...NO_FILTERS, workshop: 'MINORI22' });
		expect(ids(g)).toEqual(['amb', 'c1', 'c2', 'firm', 'odv']);
		expect(g.edges.some((e) => e.type === 'COLLABORATES_WITH')).toBe(true);
		expect(ids(applyFilters(withWorkshops(), { ...NO_FILTERS, workshop: 'OLD11111' }))).toEqual([
			'amb',
			'c1',
			'c2',
			'odv'
		]);
	});

	it('offers the committed workshops of the map, newest first, by name and code', () => {
		if (workshopFilter.control.type !== 'select') throw new Error('a drop-down');
		const choices = workshopFilter.control.choices({
			graph: withWorkshops(),
			projects: [],
			trienni: []
		});
		expect(choices).toEqual([
			{ id: 'MINORI22', label: 'Tavolo minori (MINORI22)' },
			{ id: 'OLD11111', label: 'Tavolo 2024 (OLD11111)' }
		]);
	});

	it('lives in the URL under "workshop"', () => {
		const filters = { ...NO_FILTERS, workshop: 'MINORI22' };
		const params = encodeMapState({ ...DEFAULT_MAP_STATE, filters });
		expect(params.get('workshop')).toBe('MINORI22');
		expect(decodeMapState(params).filters).toEqual(filters);
	});
});

describe('influence as node size', () => {
	it('is the latest rating workshop’s tower; unrated actors get 0', () => {
		const influence = workshopInfluence(withWorkshops());
		expect(influence.get('odv')).toBe(4.5);
		expect(influence.get('firm')).toBe(0);
		expect(influence.get('coop')).toBe(0);
	});
});
