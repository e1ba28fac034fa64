import { LIST_SEPARATOR } from './labels';
import {
	buildExportGraph,
	EXPORT_EDGE_TYPE_LABELS,
	PROJECTED_PARTNERSHIP,
	type ExportEdge,
	type ExportGraph,
	type ExportNode
} from './export-graph';
import { EXPORT_VIEWS, type ExportInput, type ExportView } from './types';

export { EXPORT_VIEWS, type ExportView };

/**
 * What a graph export shows, for analysis in networkx, igraph, Gephi or Kumu:
 * - `directed`: every node and relation; relations without a direction (collaborations, linked
 *   networks) are symmetric ties, written so that directed readers see both directions;
 * - `undirected`: the same nodes and relations, none with a direction;
 * - `collaborations`: actors and their collaborations only (undirected);
 * - `partnerships`: actors only, two actors tied when they are partners in the same project(s),
 *   weighted by the number of shared projects (the actor–actor projection of the bipartite
 *   actor–project partnership graph; undirected).
 * Views apply to the graph formats only (GEXF, GraphML, Kumu); tables carry records, not views.
 */

export const isExportView = (value: string): value is ExportView =>
	(EXPORT_VIEWS as readonly string[]).includes(value);

export interface ViewedGraph extends ExportGraph {
	/** false: every edge is undirected (the file declares an undirected graph). */
	directed: boolean;
}

export function applyView(graph: ExportGraph, view: ExportView): ViewedGraph {
	switch (view) {
		case 'directed':
			return { ...graph, directed: true };
		case 'undirected':
			return { ...graph, directed: false, edges: graph.edges.map(undirected) };
		case 'collaborations': {
			const edges = graph.edges.filter((e) => e.type === 'COLLABORATES_WITH');
			return {
				...graph,
				directed: false,
				nodes: actorsOf(graph, edges),
				edges: edges.map(undirected)
			};
		}
		case 'partnerships': {
			const partnerships = graph.edges.filter((e) => e.type === 'PARTNER_IN');
			return {
				...graph,
				directed: false,
				nodes: actorsOf(graph, partnerships),
				edges: coPartners(graph, partnerships)
			};
		}
	}
}

/** The graph every graph format renders: the export graph seen through the input's view. */
export const viewedGraphOf = (input: ExportInput): ViewedGraph =>
	applyView(buildExportGraph(input), input.view ?? 'directed');

const undirected = (edge: ExportEdge): ExportEdge => ({ ...edge, directed: false });

/**
 * Every actor, also those without ties in the view (isolates are part of the network's shape),
 * and the territorial bodies acting as actors in these relations (a Comune as a partner).
 */
function actorsOf(graph: ExportGraph, relations: readonly ExportEdge[]): ExportNode[] {
	const acting = new Set(relations.flatMap((e) => [e.source, e.target]));
	return graph.nodes.filter(
		(n) => n.category === 'actor' || (n.category === 'territory' && acting.has(n.id))
	);
}

/** One edge per pair of actors sharing at least one project, in first-seen order. */
function coPartners(graph: ExportGraph, partnerships: readonly ExportEdge[]): ExportEdge[] {
	const titleOf = new Map(graph.nodes.map((n) => [n.id, n.label]));
	const partnersOf = new Map<string, string[]>();
	for (const e of partnerships) {
		const partners = partnersOf.get(e.target) ?? [];
		if (!partners.includes(e.source)) partners.push(e.source);
		partnersOf.set(e.target, partners);
	}
	const pairs = new Map<string, { a: string; b: string; projects: string[] }>();
	for (const [project, partners] of partnersOf) {
		for (let i = 0; i < partners.length; i++) {
			for (let j = i + 1; j < partners.length; j++) {
				const [a, b] = [partners[i]!, partners[j]!].sort();
				const key = `${a}\u0000${b}`;
				const pair = pairs.get(key) ?? { a: a!, b: b!, projects: [] };
				pair.projects.push(project);
				pairs.set(key, pair);
			}
		}
	}
	return [...pairs.values()].map(({ a, b, projects }) => ({
		id: `${PROJECTED_PARTNERSHIP}:${a}--${b}`,
		source: a,
		target: b,
		type: PROJECTED_PARTNERSHIP,
		directed: false,
		weight: projects.length,
		attributes: {
			relation: PROJECTED_PARTNERSHIP,
			relationLabel: EXPORT_EDGE_TYPE_LABELS[PROJECTED_PARTNERSHIP].it,
			sharedProjects: projects.length,
			projects: projects.map((p) => titleOf.get(p) ?? p).join(LIST_SEPARATOR)
		}
	}));
}
