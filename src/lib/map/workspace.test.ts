import { describe, expect, it } from 'vitest';
import { concentricPositions } from './layouts';
import { sampleGraph } from './test-support';
import { decodeMapState } from './url-state';
import { MapWorkspaceState } from './workspace.svelte';

/** A workspace on the sample Ambito, opened with the URL's query (no server: nothing is sent). */
function workspace(query: string) {
	const graph = sampleGraph();
	return new MapWorkspaceState({
		ambito: { id: 'amb', name: 'Ambito', comuni: [] },
		network: {
			ambitoNetwork: { ...graph, truncated: false },
			networkMetrics: null,
			projects: { edges: [] },
			mapLayout: null
		} as never,
		initial: decodeMapState(new URLSearchParams(query)),
		reload: async () => null,
		request: () => Promise.reject(new Error('no server in this test')),
		storage: null
	});
}

/** Lets pending promise callbacks run (the layout is computed in-thread where there is no Worker). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the force layout and the first frame', () => {
	it('draws on the seed and starts the force layout only once the canvas drew its first frame', async () => {
		const ws = workspace('');
		const seed = concentricPositions(ws.base.nodes);
		ws.startLayout();
		await settle();
		expect(ws.positions).toEqual(seed);
		expect(ws.layoutRunning).toBe(true);
		ws.mapDrawn();
		await settle();
		expect(ws.layoutRunning).toBe(false);
		expect(ws.positions).not.toEqual(seed);
		expect(Object.keys(ws.positions).sort()).toEqual(Object.keys(seed).sort());
	});

	it('starts at once when the canvas is not shown (the table, the geography)', async () => {
		for (const query of ['view=table', 'vista=geografia']) {
			const ws = workspace(query);
			ws.startLayout();
			await settle();
			expect(ws.layoutRunning, query).toBe(false);
			expect(ws.positions, query).not.toEqual(concentricPositions(ws.base.nodes));
		}
	});
});
