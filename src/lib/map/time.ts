import type { MapEdge, MapGraph, MapNode } from './types';

/** A closed date interval, ISO dates compared as strings (YYYY-MM-DD sorts chronologically). */
export interface Period {
	id: string;
	start: string;
	end: string;
}

/** "2021-2023" → 2021-01-01 … 2023-12-31; anything else is not a period. */
export function periodOfTriennio(triennio: string): Period | null {
	const m = /^(\d{4})-(\d{4})$/.exec(triennio.trim());
	if (!m || m[1]! > m[2]!) return null;
	return { id: triennio, start: `${m[1]}-01-01`, end: `${m[2]}-12-31` };
}

/** The trienni the graph's projects belong to, oldest first. */
export function trienniOf(graph: MapGraph): string[] {
	const found = new Set<string>();
	for (const n of graph.nodes)
		if (n.triennio && periodOfTriennio(n.triennio)) found.add(n.triennio);
	return [...found].sort();
}

const overlaps = (since: string | null, until: string | null, p: Period) =>
	(since === null || since.slice(0, 10) <= p.end) &&
	(until === null || until.slice(0, 10) >= p.start);

/** A project belongs to a period when its triennio overlaps it; a project without one always shows. */
export function nodeActiveIn(node: MapNode, period: Period): boolean {
	if (node.type !== 'project' || !node.triennio) return true;
	const own = periodOfTriennio(node.triennio);
	return own === null || overlaps(own.start, own.end, period);
}

/**
 * An edge is active when its own dates overlap the period; an undated partnership takes its project's
 * triennio; other undated edges (the territory) are timeless.
 */
export function edgeActiveIn(
	edge: MapEdge,
	period: Period,
	nodesById: ReadonlyMap<string, MapNode>
): boolean {
	if (edge.since !== null || edge.until !== null) return overlaps(edge.since, edge.until, period);
	if (edge.type === 'PARTNER_IN') {
		const project = nodesById.get(edge.target);
		return project ? nodeActiveIn(project, period) : true;
	}
	return true;
}

/** The network as it was in a period: its projects and the ties active then. */
export function sliceGraph(graph: MapGraph, period: Period): MapGraph {
	const byId = new Map(graph.nodes.map((n) => [n.id, n]));
	const nodes = graph.nodes.filter((n) => nodeActiveIn(n, period));
	const kept = new Set(nodes.map((n) => n.id));
	const edges = graph.edges.filter(
		(e) => kept.has(e.source) && kept.has(e.target) && edgeActiveIn(e, period, byId)
	);
	return { nodes, edges, truncated: graph.truncated };
}

export interface PeriodDiff {
	/** active in the later period only */
	added: Set<string>;
	/** active in the earlier period only */
	ended: Set<string>;
	/** active in both */
	kept: Set<string>;
}

/** New and ended ties between two periods (edge ids); timeless territory edges count as kept. */
export function diffPeriods(graph: MapGraph, before: Period, after: Period): PeriodDiff {
	const byId = new Map(graph.nodes.map((n) => [n.id, n]));
	const diff: PeriodDiff = { added: new Set(), ended: new Set(), kept: new Set() };
	for (const e of graph.edges) {
		const was = edgeActiveIn(e, before, byId);
		const is = edgeActiveIn(e, after, byId);
		if (was && is) diff.kept.add(e.id);
		else if (is) diff.added.add(e.id);
		else if (was) diff.ended.add(e.id);
	}
	return diff;
}
