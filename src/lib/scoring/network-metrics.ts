// Subpaths carry .js: graphology-metrics has no exports map, and Node's ESM loader (SSR) needs it.
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector.js';
import { density as graphDensity } from 'graphology-metrics/graph/density.js';
import { adjacencyFromEdges, pathCentralities, type Adjacency } from './path-centralities';

export interface NetworkInput {
	nodes: Array<{ id: string; [attribute: string]: unknown }>;
	edges: Array<{ source: string; target: string; weight?: number | null }>;
}

export interface NodeMetrics {
	degree: number;
	/** Sum of the weights of the node's edges (1 per edge when no weight is given). */
	weightedDegree: number;
	/** Normalised shortest-path betweenness, unweighted: brokerage between otherwise distant actors. */
	betweenness: number;
	/** Closeness within the node's connected component. */
	closeness: number;
	/** Weighted eigenvector centrality; null when the power iteration did not converge. */
	eigenvector: number | null;
	/** Louvain community index. */
	community: number;
}

export interface NetworkMetrics {
	order: number;
	size: number;
	/** Share of possible ties present, 0..1 (0 for fewer than two nodes). */
	density: number;
	nodes: Record<string, NodeMetrics>;
	communityCount: number;
	/** Modularity of the Louvain partition; null for a graph without edges. */
	modularity: number | null;
	eigenvectorConverged: boolean;
	/** Nodes with positive betweenness, highest first (ties by id), at most `brokerCount`. */
	brokers: string[];
	/** Nodes without any edge, by id. */
	isolates: string[];
}

export interface NetworkMetricsOptions {
	brokerCount?: number;
	/** Seed of Louvain's random walk, so the same graph always gives the same communities. */
	seed?: number;
	eigenvectorMaxIterations?: number;
}

/** Small deterministic PRNG (mulberry32) for Louvain. */
function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

const finiteOr = (value: number | undefined, fallback: number): number =>
	value !== undefined && Number.isFinite(value) ? value : fallback;

/** Build the undirected simple graph: parallel edges merge (weights add), self-loops drop. */
export function buildGraph(input: NetworkInput): UndirectedGraph {
	const graph = new UndirectedGraph();
	for (const node of [...input.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
		graph.mergeNode(node.id);
	}
	for (const edge of input.edges) {
		if (edge.source === edge.target) continue;
		const weight =
			edge.weight != null && Number.isFinite(edge.weight) && edge.weight > 0 ? edge.weight : 1;
		graph.mergeNode(edge.source);
		graph.mergeNode(edge.target);
		if (graph.hasEdge(edge.source, edge.target)) {
			graph.updateEdgeAttribute(
				edge.source,
				edge.target,
				'weight',
				(w) => (Number(w) || 0) + weight
			);
		} else {
			graph.addEdge(edge.source, edge.target, { weight });
		}
	}
	return graph;
}

/** The graph as typed-array adjacency, nodes in the graph's order. */
export function adjacencyOf(graph: UndirectedGraph): { ids: string[]; adjacency: Adjacency } {
	const ids = graph.nodes();
	const index = new Map(ids.map((id, i) => [id, i]));
	const pairs = new Int32Array(graph.size * 2);
	let k = 0;
	graph.forEachEdge((_edge, _attributes, source, target) => {
		pairs[k++] = index.get(source)!;
		pairs[k++] = index.get(target)!;
	});
	return { ids, adjacency: adjacencyFromEdges(ids.length, pairs) };
}

/** Betweenness and closeness by node id (one shortest-path pass for both). */
export function shortestPathCentralities(graph: UndirectedGraph): {
	betweenness: Record<string, number>;
	closeness: Record<string, number>;
} {
	const { ids, adjacency } = adjacencyOf(graph);
	const paths = pathCentralities(adjacency);
	const betweenness: Record<string, number> = {};
	const closeness: Record<string, number> = {};
	ids.forEach((id, i) => {
		betweenness[id] = paths.betweenness[i]!;
		closeness[id] = paths.closeness[i]!;
	});
	return { betweenness, closeness };
}

/** Weighted eigenvector centrality; null when the power iteration does not converge. */
export function eigenvectorOf(
	graph: UndirectedGraph,
	maxIterations = 1000
): Record<string, number> | null {
	if (graph.order === 0) return {};
	try {
		return eigenvectorCentrality(graph, { getEdgeWeight: 'weight', maxIterations });
	} catch {
		// Power iteration may fail to converge on some graphs: report it rather than guess.
		return null;
	}
}

/** Louvain communities with a seeded random walk, and the partition's modularity. */
export function communitiesOf(
	graph: UndirectedGraph,
	seed = 42
): { communities: Record<string, number>; modularity: number | null } {
	if (graph.order === 0) return { communities: {}, modularity: null };
	const detailed = louvain.detailed(graph, {
		getEdgeWeight: 'weight',
		rng: seededRandom(seed)
	});
	return {
		communities: detailed.communities,
		modularity: graph.size > 0 && Number.isFinite(detailed.modularity) ? detailed.modularity : null
	};
}

/**
 * Centralities, communities and brokerage of a small actor network.
 * Pure: the same input always gives the same output.
 */
export function computeNetworkMetrics(
	input: NetworkInput,
	options: NetworkMetricsOptions = {}
): NetworkMetrics {
	const graph = buildGraph(input);
	const order = graph.order;
	const size = graph.size;

	const { betweenness, closeness } = shortestPathCentralities(graph);
	const eigenvector = eigenvectorOf(graph, options.eigenvectorMaxIterations);
	const { communities, modularity } = communitiesOf(graph, options.seed);

	const nodes: Record<string, NodeMetrics> = {};
	graph.forEachNode((node) => {
		let weightedDegree = 0;
		graph.forEachEdge(node, (_edge, attributes) => {
			weightedDegree += Number(attributes.weight) || 0;
		});
		nodes[node] = {
			degree: graph.degree(node),
			weightedDegree,
			betweenness: finiteOr(betweenness[node], 0),
			closeness: finiteOr(closeness[node], 0),
			eigenvector: eigenvector === null ? null : finiteOr(eigenvector[node], 0),
			community: finiteOr(communities[node], 0)
		};
	});

	const ids = graph.nodes().sort();
	const brokers = ids
		.filter((id) => (nodes[id]?.betweenness ?? 0) > 0)
		.sort((a, b) => (nodes[b]?.betweenness ?? 0) - (nodes[a]?.betweenness ?? 0) || (a < b ? -1 : 1))
		.slice(0, options.brokerCount ?? 5);

	return {
		order,
		size,
		density: order < 2 ? 0 : finiteOr(graphDensity(graph), 0),
		nodes,
		communityCount: new Set(Object.values(communities)).size,
		modularity,
		eigenvectorConverged: eigenvector !== null,
		brokers,
		isolates: ids.filter((id) => graph.degree(id) === 0)
	};
}
