import { induced } from './filters';
import type { MapGraph } from './types';

/** Undirected adjacency: the map treats every relation as a tie between two nodes. */
export function adjacency(graph: MapGraph): Map<string, Array<{ node: string; edge: string }>> {
	const adj = new Map<string, Array<{ node: string; edge: string }>>();
	for (const n of graph.nodes) adj.set(n.id, []);
	for (const e of graph.edges) {
		adj.get(e.source)?.push({ node: e.target, edge: e.id });
		adj.get(e.target)?.push({ node: e.source, edge: e.id });
	}
	return adj;
}

/** Breadth-first distances from a node, up to `maxDepth` steps. */
function distances(graph: MapGraph, from: string, maxDepth: number): Map<string, number> {
	const adj = adjacency(graph);
	const dist = new Map<string, number>();
	if (!adj.has(from)) return dist;
	dist.set(from, 0);
	let frontier = [from];
	for (let d = 1; d <= maxDepth && frontier.length; d++) {
		const next: string[] = [];
		for (const id of frontier)
			for (const { node } of adj.get(id) ?? [])
				if (!dist.has(node)) {
					dist.set(node, d);
					next.push(node);
				}
		frontier = next;
	}
	return dist;
}

/** The ego network: the node and everything within `depth` steps. */
export function egoGraph(graph: MapGraph, center: string, depth: number): MapGraph {
	const reached = distances(graph, center, Math.max(0, depth));
	return induced(graph, (n) => reached.has(n.id));
}

export interface Path {
	nodes: string[];
	edges: string[];
}

/**
 * The shortest path between two nodes (fewest ties), or null. `avoidTerritory` skips paths through
 * territorial nodes, which would otherwise connect everyone through their Comune.
 */
export function shortestPath(
	graph: MapGraph,
	from: string,
	to: string,
	through: (nodeId: string) => boolean = () => true
): Path | null {
	const adj = adjacency(graph);
	if (!adj.has(from) || !adj.has(to)) return null;
	const previous = new Map<string, { node: string; edge: string } | null>([[from, null]]);
	let frontier = [from];
	while (frontier.length && !previous.has(to)) {
		const next: string[] = [];
		for (const id of frontier) {
			if (id !== from && !through(id)) continue;
			for (const step of adj.get(id) ?? [])
				if (!previous.has(step.node)) {
					previous.set(step.node, { node: id, edge: step.edge });
					next.push(step.node);
				}
		}
		frontier = next;
	}
	if (!previous.has(to)) return null;
	const path: Path = { nodes: [to], edges: [] };
	for (let step = previous.get(to); step; step = previous.get(step.node)) {
		path.nodes.unshift(step.node);
		path.edges.unshift(step.edge);
	}
	return path;
}
