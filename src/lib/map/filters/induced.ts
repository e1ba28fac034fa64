import type { MapGraph, MapNode } from '../types';

/** Keeps only edges whose two ends are kept. */
export function induced(graph: MapGraph, keep: (n: MapNode) => boolean): MapGraph {
	const nodes = graph.nodes.filter(keep);
	const ids = new Set(nodes.map((n) => n.id));
	return {
		nodes,
		edges: graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
		truncated: graph.truncated
	};
}
