import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import closenessCentrality from 'graphology-metrics/centrality/closeness.js';
import { describe, expect, it } from 'vitest';
import { adjacencyOf, buildGraph } from './network-metrics';
import { adjacencyFromEdges, pathCentralities } from './path-centralities';

/** A random sparse graph with a few components and isolates (deterministic per seed). */
function randomEdges(seed: number, order: number, edgeCount: number) {
	let state = seed;
	const next = () => {
		state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
		return state / 4_294_967_296;
	};
	const edges: Array<{ source: string; target: string }> = [];
	for (let k = 0; k < edgeCount; k++) {
		const a = Math.floor(next() * order);
		// Mostly local ties, so the graph has several components and many equal-length paths.
		const b = Math.min(order - 1, a + 1 + Math.floor(next() * 6));
		edges.push({ source: `n${a}`, target: `n${b}` });
	}
	// Leaves hanging from random nodes (the degree-1 shortcut), a leaf on a leaf, a lone pair.
	for (let k = 0; k < order / 4; k++) {
		edges.push({ source: `n${Math.floor(next() * order)}`, target: `leaf${k}` });
	}
	edges.push({ source: 'leaf0', target: 'leaf-of-leaf' });
	edges.push({ source: 'pair-a', target: 'pair-b' });
	const nodes = Array.from({ length: order }, (_, i) => ({ id: `n${i}` }));
	return { nodes, edges };
}

describe('pathCentralities', () => {
	it('gives the hand-computed values of a star with a tail', () => {
		// 0 is the hub of 1, 2, 3; 3 – 4 is a tail. Pairs through 0: (1,2),(1,3),(2,3),(1,4),(2,4) = 5;
		// through 3: (0,4),(1,4),(2,4) = 3. Normalised: ×2 ÷ ((5 − 1)(5 − 2)) = ÷ 6.
		const adjacency = adjacencyFromEdges(5, [0, 1, 0, 2, 0, 3, 3, 4]);
		const { betweenness, closeness } = pathCentralities(adjacency);
		[5 / 6, 0, 0, 3 / 6, 0].forEach((expected, i) =>
			expect(betweenness[i]).toBeCloseTo(expected, 12)
		);
		// node 0: distances 1, 1, 1, 2 → 4 / 5; node 4: 1, 2, 3, 3 → 4 / 9
		expect(closeness[0]).toBeCloseTo(4 / 5, 12);
		expect(closeness[4]).toBeCloseTo(4 / 9, 12);
	});

	it('counts every shortest path: a square splits brokerage between two routes', () => {
		const { betweenness } = pathCentralities(adjacencyFromEdges(4, [0, 1, 1, 2, 2, 3, 3, 0]));
		// Each node sits on one of the two 2-step routes of the opposite pair: ½ pair × 2 ÷ 6.
		for (const value of betweenness) expect(value).toBeCloseTo(1 / 6, 12);
	});

	it('agrees with graphology on random graphs with several components', () => {
		for (const seed of [1, 7, 42, 2026]) {
			const graph = buildGraph(randomEdges(seed, 120, 170));
			const { ids, adjacency } = adjacencyOf(graph);
			const ours = pathCentralities(adjacency);
			const theirBetweenness = betweennessCentrality(graph, {
				normalized: true,
				getEdgeWeight: null
			});
			const theirCloseness = closenessCentrality(graph);
			ids.forEach((id, i) => {
				expect(ours.betweenness[i]).toBeCloseTo(theirBetweenness[id]!, 10);
				expect(ours.closeness[i]).toBeCloseTo(theirCloseness[id]!, 10);
			});
		}
	});

	it('gives leaves, whose search is skipped, the values of a full search', () => {
		// 0 – 1 – 2 with leaves 3, 4 on 1 and 5 on 2: every other node is a leaf.
		const adjacency = adjacencyFromEdges(6, [0, 1, 1, 2, 1, 3, 1, 4, 2, 5]);
		const { betweenness, closeness } = pathCentralities(adjacency);
		// 1 is on every path but those from 2 and 5 to each other: C(5,2) − 1 = 9 pairs; 2 on the
		// 4 paths to 5. Normalised ×2 ÷ (5 · 4).
		expect(betweenness[1]).toBeCloseTo(18 / 20, 12);
		expect(betweenness[2]).toBeCloseTo(8 / 20, 12);
		// 5: distances 1 (2), 2 (1), 3 (0, 3, 4) → 5 / 12; 3: 1 (1), 2 (0, 4, 2), 3 (5) → 5 / 10
		expect(closeness[5]).toBeCloseTo(5 / 12, 12);
		expect(closeness[3]).toBeCloseTo(5 / 10, 12);
	});

	it('handles an empty graph and isolated nodes', () => {
		expect(pathCentralities(adjacencyFromEdges(0, [])).betweenness.length).toBe(0);
		const { betweenness, closeness } = pathCentralities(adjacencyFromEdges(3, []));
		expect(Array.from(betweenness)).toEqual([0, 0, 0]);
		expect(Array.from(closeness)).toEqual([0, 0, 0]);
	});
});
