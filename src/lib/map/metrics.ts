import type { MapGraph } from './types';

/** What a node's size shows. Betweenness comes from the server (networkMetrics); the rest is local. */
export const SIZE_METRICS = ['none', 'degree', 'betweenness', 'resources', 'influence'] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];

export function degrees(graph: MapGraph): Map<string, number> {
	const d = new Map(graph.nodes.map((n) => [n.id, 0]));
	for (const e of graph.edges) {
		d.set(e.source, (d.get(e.source) ?? 0) + 1);
		d.set(e.target, (d.get(e.target) ?? 0) + 1);
	}
	return d;
}

/** Committed resources (€) on a node's partnerships: what an actor gives, what a project gathers. */
export function committedResources(graph: MapGraph): Map<string, number> {
	const r = new Map(graph.nodes.map((n) => [n.id, 0]));
	for (const e of graph.edges)
		if (e.valueEur) {
			r.set(e.source, (r.get(e.source) ?? 0) + e.valueEur);
			r.set(e.target, (r.get(e.target) ?? 0) + e.valueEur);
		}
	return r;
}

/**
 * Influence as a workshop room rated it (1–5): the latest committed workshop that rated the actor
 * counts; actors no room rated get 0 (the smallest size).
 */
export function workshopInfluence(graph: MapGraph): Map<string, number> {
	return new Map(
		graph.nodes.map((n) => {
			const rated = n.workshops
				.filter((w) => w.influence !== null)
				.sort((a, b) => b.committedAt - a.committedAt)[0];
			return [n.id, rated?.influence ?? 0] as const;
		})
	);
}

export const MIN_NODE_SIZE = 18;
export const MAX_NODE_SIZE = 60;

/** Node diameters: square-root scale (area grows with the value), min..max px. */
export function nodeSizes(values: ReadonlyMap<string, number>): Map<string, number> {
	const all = [...values.values()];
	const lo = Math.min(...all, 0);
	const hi = Math.max(...all, 0);
	const sizes = new Map<string, number>();
	for (const [id, v] of values) {
		const t = hi > lo ? Math.sqrt((v - lo) / (hi - lo)) : 0;
		sizes.set(id, Math.round(MIN_NODE_SIZE + t * (MAX_NODE_SIZE - MIN_NODE_SIZE)));
	}
	return sizes;
}

/** Counts for the summary line: nodes by type, ties by type. */
export function summaryCounts(graph: MapGraph) {
	const nodes: Record<string, number> = {};
	const edges: Record<string, number> = {};
	for (const n of graph.nodes) nodes[n.type] = (nodes[n.type] ?? 0) + 1;
	for (const e of graph.edges) edges[e.type] = (edges[e.type] ?? 0) + 1;
	return { nodeCount: graph.nodes.length, edgeCount: graph.edges.length, nodes, edges };
}
