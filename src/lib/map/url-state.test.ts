import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	DEFAULT_MAP_STATE,
	decodeMapState,
	encodeMapState,
	urlWriter,
	type MapUrlState
} from './url-state';

describe('map URL state', () => {
	it('round-trips a full state', () => {
		const state: MapUrlState = {
			ambitoId: 'ambito-ambito-distrettuale-cremasco',
			filters: {
				kinds: ['odv', 'aps'],
				sectors: ['third_sector'],
				policyAreas: ['disability'],
				projectId: 'demo-project-01',
				period: '2021-2023',
				workshop: 'MINORI22'
			},
			focus: { nodeId: 'demo-actor-1', depth: 2 },
			layout: 'sector',
			size: 'betweenness',
			search: 'Crema',
			view: 'table',
			vista: 'geografia',
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
		expect(decodeMapState(new URLSearchParams('vista=mondo')).vista).toBe('rete');
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

describe('writing the state to the address bar', () => {
	beforeEach(() => void vi.useFakeTimers());
	afterEach(() => void vi.useRealTimers());

	/** An address bar that records what is written to it. */
	function bar(initial: string) {
		const writes: string[] = [];
		let now = initial;
		const writer = urlWriter(
			(q) => {
				writes.push(q);
				now = q;
			},
			() => now,
			300
		);
		return { writes, writer };
	}

	it('writes nothing when the state is what the address already says', () => {
		const { writes, writer } = bar('ambito=a');
		writer.set('ambito=a');
		vi.runAllTimers();
		expect(writes).toEqual([]);
	});

	it('writes a single change at once, and a burst of changes as its first and last', () => {
		const { writes, writer } = bar('ambito=a');
		writer.set('ambito=a&sectors=public');
		expect(writes).toEqual(['ambito=a&sectors=public']);
		for (const q of ['c', 'co', 'coo', 'coop']) {
			vi.advanceTimersByTime(20);
			writer.set(`ambito=a&q=${q}`);
		}
		expect(writes).toHaveLength(1);
		vi.advanceTimersByTime(300);
		expect(writes).toEqual(['ambito=a&sectors=public', 'ambito=a&q=coop']);
	});

	it('writes what is pending when the page is left, and nothing once cancelled', () => {
		const { writes, writer } = bar('ambito=a');
		writer.set('ambito=a&q=x');
		writer.set('ambito=a&q=xy');
		writer.flush();
		expect(writes).toEqual(['ambito=a&q=x', 'ambito=a&q=xy']);
		writer.set('ambito=a&q=xyz');
		writer.cancel();
		vi.runAllTimers();
		expect(writes).toHaveLength(2);
	});
});
