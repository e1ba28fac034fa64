import { describe, expect, it } from 'vitest';
import { computeNetworkMetrics } from './network-metrics';

describe('computeNetworkMetrics', () => {
	it('finds the broker of a path and the isolate', () => {
		// a – b – c, d alone: b is on the only a–c path. Normalised undirected betweenness
		// divides by (n − 1)(n − 2)/2 = 3 → b = 1/3.
		const metrics = computeNetworkMetrics({
			nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }],
			edges: [
				{ source: 'a', target: 'b' },
				{ source: 'b', target: 'c' }
			]
		});
		expect(metrics.nodes.b?.betweenness).toBeCloseTo(1 / 3, 12);
		expect(metrics.nodes.a?.betweenness).toBe(0);
		expect(metrics.brokers).toEqual(['b']);
		expect(metrics.isolates).toEqual(['d']);
		// 2 edges of 6 possible
		expect(metrics.density).toBeCloseTo(1 / 3, 12);
		expect(metrics.nodes.b?.degree).toBe(2);
		expect(metrics.nodes.b?.closeness).toBe(1);
		expect(metrics.eigenvectorConverged).toBe(true);
	});

	it('separates two cliques joined by one edge into two communities', () => {
		const clique = (prefix: string) => {
			const ids = [1, 2, 3, 4].map((i) => `${prefix}${i}`);
			return ids.flatMap((s, i) => ids.slice(i + 1).map((t) => ({ source: s, target: t })));
		};
		const metrics = computeNetworkMetrics({
			nodes: [],
			edges: [...clique('a'), ...clique('b'), { source: 'a1', target: 'b1' }]
		});
		expect(metrics.communityCount).toBe(2);
		expect(metrics.nodes.a2?.community).toBe(metrics.nodes.a3?.community);
		expect(metrics.nodes.a2?.community).not.toBe(metrics.nodes.b2?.community);
		expect(metrics.brokers.slice(0, 2).sort()).toEqual(['a1', 'b1']);
		expect(metrics.modularity).toBeGreaterThan(0.3);
	});

	it('merges parallel edges, drops self-loops and adds unknown endpoints', () => {
		const metrics = computeNetworkMetrics({
			nodes: [{ id: 'a' }],
			edges: [
				{ source: 'a', target: 'b', weight: 2 },
				{ source: 'b', target: 'a', weight: 3 },
				{ source: 'a', target: 'a' }
			]
		});
		expect(metrics.size).toBe(1);
		expect(metrics.nodes.a?.weightedDegree).toBe(5);
	});

	it('reports eigenvector non-convergence instead of throwing', () => {
		const metrics = computeNetworkMetrics(
			{
				nodes: [],
				edges: [
					{ source: 'a', target: 'b' },
					{ source: 'b', target: 'c' },
					{ source: 'c', target: 'd' }
				]
			},
			{ eigenvectorMaxIterations: 1 }
		);
		expect(metrics.eigenvectorConverged).toBe(false);
		expect(metrics.nodes.a?.eigenvector).toBeNull();
		expect(metrics.nodes.b?.betweenness).toBeGreaterThan(0);
	});

	it('handles the empty graph', () => {
		const metrics = computeNetworkMetrics({ nodes: [], edges: [] });
		expect(metrics).toMatchObject({
			order: 0,
			density: 0,
			brokers: [],
			isolates: [],
			modularity: null
		});
	});

	it('is deterministic', () => {
		const input = {
			nodes: [],
			edges: [
				{ source: 'a', target: 'b' },
				{ source: 'c', target: 'd' },
				{ source: 'b', target: 'c' },
				{ source: 'e', target: 'a' }
			]
		};
		expect(computeNetworkMetrics(input)).toEqual(computeNetworkMetrics(input));
	});
});
