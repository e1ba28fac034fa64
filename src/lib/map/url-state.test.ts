import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAP_STATE, decodeMapState, encodeMapState, type MapUrlState } from './url-state';

describe('map URL state', () => {
	it('round-trips a full state', () => {
		const state: MapUrlState = {
			ambitoId: 'ambito-ambito-distrettuale-cremasco',
			filters: {
				kinds: ['odv', 'aps'],
				sectors: ['third_sector'],
				policyAreas: ['disability'],
				projectId: 'demo-project-01',
				period: '2021-2023'
			},
			focus: { nodeId: 'demo-actor-1', depth: 2 },
			layout: 'sector',
			size: 'betweenness',
			search: 'Crema',
			view: 'table',
			highlightProject: 'demo-project-02',
			diff: { before: '2018-2020', after: '2021-2023' }
		};
		expect(decodeMapState(encodeMapState(state))).toEqual(state);
	});

	it('writes nothing for the default state', () => {
		expect(encodeMapState(DEFAULT_MAP_STATE).toString()).toBe('');
	});

	it('ignores malformed values', () => {
		const s = decodeMapState(
			new URLSearchParams('layout=spiral&size=x&depth=99&focus=a&period=2021&diff=a..b')
		);
		expect(s.layout).toBe('force');
		expect(s.size).toBe('degree');
		expect(s.focus).toEqual({ nodeId: 'a', depth: 3 });
		expect(s.filters.period).toBeNull();
		expect(s.diff).toBeNull();
	});

	it('never throws on arbitrary query strings', () => {
		fc.assert(
			fc.property(fc.string(), (q) => {
				const s = decodeMapState(new URLSearchParams(q));
				expect(decodeMapState(encodeMapState(s))).toEqual(s);
			})
		);
	});
});
