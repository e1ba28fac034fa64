import { territorialLevel } from './palette';
import { periodOfTriennio, sliceGraph } from './time';
import type { MapGraph, MapNode } from './types';

/** What the user narrowed the map to; empty lists mean "all". */
export interface MapFilters {
	kinds: string[];
	sectors: string[];
	policyAreas: string[];
	/** only this project, its partners and the territory */
	projectId: string | null;
	/** a triennio, e.g. "2021-2023" */
	period: string | null;
}

export const NO_FILTERS: MapFilters = {
	kinds: [],
	sectors: [],
	policyAreas: [],
	projectId: null,
	period: null
};

export const isFiltered = (f: MapFilters) =>
	f.kinds.length > 0 ||
	f.sectors.length > 0 ||
	f.policyAreas.length > 0 ||
	f.projectId !== null ||
	f.period !== null;

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

/**
 * Applies the filters in order: period, then kind/sector (actors only: projects and networks stay),
 * policy area (projects only), then a single project with its partners and the territory.
 * `projectAreas` gives each project's policy areas (the graph's nodes do not carry them).
 */
export function applyFilters(
	graph: MapGraph,
	filters: MapFilters,
	projectAreas: ReadonlyMap<string, readonly string[]> = new Map()
): MapGraph {
	let g = graph;
	const period = filters.period ? periodOfTriennio(filters.period) : null;
	if (period) g = sliceGraph(g, period);
	const kinds = new Set(filters.kinds);
	const sectors = new Set(filters.sectors);
	const areas = new Set(filters.policyAreas);
	g = induced(g, (n) => {
		if (n.type === 'actor') {
			if (kinds.size && !(n.kind && kinds.has(n.kind))) return false;
			if (sectors.size && !(n.sector && sectors.has(n.sector))) return false;
		}
		if (n.type === 'project' && areas.size) {
			return (projectAreas.get(n.id) ?? []).some((a) => areas.has(a));
		}
		return true;
	});
	if (filters.projectId) {
		const project = filters.projectId;
		const partners = new Set(
			g.edges
				.filter((e) => e.target === project || e.source === project)
				.flatMap((e) => [e.source, e.target])
		);
		g = induced(g, (n) => n.id === project || partners.has(n.id) || territorialLevel(n) <= 5);
	}
	return g;
}

/** Lower-case, accents stripped: "Città" matches "citta". */
export const normalizeText = (s: string) =>
	s
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase()
		.trim();

/** Nodes whose name (or ISTAT code) contains the query. */
export function searchNodes(graph: MapGraph, query: string): string[] {
	const q = normalizeText(query);
	if (!q) return [];
	return graph.nodes
		.filter((n) => normalizeText(n.label).includes(q) || (n.istat !== null && n.istat === q))
		.map((n) => n.id);
}
