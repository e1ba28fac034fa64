import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { MapGraph, Positions } from './types';

/** Fewer iterations on big graphs: ForceAtlas2 costs ~0.5 s at 2k and ~3 s at 10k for 100 (STACK.md). */
export function iterationsFor(order: number): number {
	if (order <= 300) return 400;
	if (order <= 2000) return 150;
	if (order <= 6000) return 80;
	return 50;
}

/**
 * ForceAtlas2 positions from seed positions (pure: runs in the layout worker, or in tests).
 * Multi-edges are merged; LinLog mode separates communities, the usual reading of a social network.
 */
export function forceLayout(graph: MapGraph, seed: Positions, iterations?: number): Positions {
	const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
	for (const n of graph.nodes) {
		const p = seed[n.id] ?? { x: Math.random() * 100, y: Math.random() * 100 };
		g.addNode(n.id, { x: p.x, y: p.y });
	}
	for (const e of graph.edges)
		if (e.source !== e.target && g.hasNode(e.source) && g.hasNode(e.target))
			g.mergeEdge(e.source, e.target);
	if (g.order === 0) return {};
	const settings = {
		...forceAtlas2.inferSettings(g),
		linLogMode: true,
		barnesHutOptimize: g.order > 800
	};
	const raw = forceAtlas2(g, { iterations: iterations ?? iterationsFor(g.order), settings });
	return spread(raw);
}

/** FA2 units are arbitrary: rescale so the mean nearest spacing is about a node and a gap. */
function spread(raw: Positions): Positions {
	const ids = Object.keys(raw);
	if (ids.length < 2) return raw;
	const xs = ids.map((id) => raw[id]!.x);
	const ys = ids.map((id) => raw[id]!.y);
	const w = Math.max(...xs) - Math.min(...xs) || 1;
	const h = Math.max(...ys) - Math.min(...ys) || 1;
	// the area a node gets ≈ (46 px)²
	const scale = Math.sqrt((ids.length * 46 * 46 * 1.6) / (w * h));
	const out: Positions = {};
	for (const id of ids) out[id] = { x: raw[id]!.x * scale, y: raw[id]!.y * scale };
	return out;
}
