import neo4j from 'neo4j-driver';
import { readTx } from './driver';

/** A neutral graph for the map and for metrics: nodes and edges with just what drawing needs. */
export interface GraphNode {
	id: string;
	label: string;
	/** actor (incl. territorial bodies), project or network */
	type: 'actor' | 'project' | 'network';
	kind: string | null;
	sector: string | null;
	fictional: boolean;
	istat: string | null;
	population: number | null;
	triennio: string | null;
}
export interface GraphEdge {
	id: string;
	source: string;
	target: string;
	type: string;
	role: string | null;
	strength: number | null;
	since: string | null;
	until: string | null;
	valueEur: number | null;
}
export interface GraphView {
	nodes: GraphNode[];
	edges: GraphEdge[];
	truncated: boolean;
}

const NODE = `{id: n.id, label: coalesce(n.name, n.title), type: CASE WHEN n:Project THEN 'project' WHEN n:Network THEN 'network' ELSE 'actor' END,
	kind: n.kind, sector: n.sector, fictional: coalesce(n.fictional, false), istat: n.istat, population: n.population, triennio: n.triennio}`;

const EDGE_TYPES = [
	'IN',
	'OF',
	'SERVED_BY',
	'LOCATED_IN',
	'SEATED_IN',
	'ACTIVE_IN',
	'PARTNER_IN',
	'MEMBER_OF',
	'LINKED_TO',
	'COLLABORATES_WITH'
];

/** Edges among a set of nodes (by id), of the types the map draws. */
async function edgesAmong(ids: string[]): Promise<GraphEdge[]> {
	return readTx(async (tx) => {
		const result = await tx.run(
			// Labelled lookups: a label-less {id} match scans every node once per id.
			`UNWIND $ids AS id
			 CALL (id) { MATCH (x:Actor {id: id}) RETURN x UNION MATCH (x:Project {id: id}) RETURN x UNION MATCH (x:Network {id: id}) RETURN x }
			 MATCH (x)-[r]->(y)
			 WHERE type(r) IN $types AND y.id IN $ids
			 RETURN {id: coalesce(r.id, elementId(r)), source: x.id, target: y.id, type: type(r), role: r.role,
			   strength: r.strength, since: coalesce(r.since, null), until: r.until,
			   valueEur: CASE WHEN r.valuePublicEur IS NULL THEN null ELSE r.valuePublicEur + r.valuePrivateEur END} AS row`,
			{ ids, types: EDGE_TYPES }
		);
		return result.records.map((r) => r.get('row') as GraphEdge);
	});
}

/**
 * An Ambito's network. Depth 1: its Comuni, the health bodies above them, Case di Comunità, actors seated
 * or active there, projects targeting it, networks of those actors. Depth 2 adds the partners of those
 * projects and the collaborators of its actors, wherever they are.
 */
export async function ambitoNetwork(
	ambitoId: string,
	depth: number,
	maxNodes: number
): Promise<GraphView | null> {
	const nodes = await readTx(async (tx) => {
		const result = await tx.run(
			`MATCH (amb:Ambito {id: $ambitoId})
			 CALL (amb) { OPTIONAL MATCH (c:Comune)-[:IN]->(amb) RETURN collect(c) AS comuni }
			 CALL (amb, comuni) {
			   UNWIND comuni + [amb] AS t OPTIONAL MATCH (t)-[:IN|SERVED_BY]->(up) WHERE up:Distretto OR up:ASST OR up:ATS
			   RETURN collect(DISTINCT up) AS upper }
			 CALL (comuni) { UNWIND comuni AS c OPTIONAL MATCH (h:CasaDiComunita)-[:LOCATED_IN]->(c) RETURN collect(h) AS cdc }
			 CALL (amb, comuni) {
			   UNWIND comuni AS c OPTIONAL MATCH (a:Actor)-[:SEATED_IN]->(c) RETURN collect(a) AS seated }
			 CALL (amb) { OPTIONAL MATCH (a:Actor)-[:ACTIVE_IN]->(amb) RETURN collect(a) AS active }
			 CALL (amb, comuni) { UNWIND comuni + [amb] AS t OPTIONAL MATCH (p:Project)-[:TARGETS]->(t) RETURN collect(DISTINCT p) AS projects }
			 WITH amb, comuni, upper, cdc, seated + active AS core, projects
			 CALL (core) { UNWIND core AS a OPTIONAL MATCH (a)-[:MEMBER_OF]->(n:Network) RETURN collect(DISTINCT n) AS networks }
			 OPTIONAL CALL (core, projects) {
			   WITH core, projects WHERE $depth >= 2
			   CALL (projects) { UNWIND projects AS p OPTIONAL MATCH (x:Actor)-[:PARTNER_IN]->(p) RETURN collect(x) AS partners }
			   CALL (core) { UNWIND core AS a OPTIONAL MATCH (a)-[:COLLABORATES_WITH]-(x:Actor) RETURN collect(x) AS collaborators }
			   RETURN partners + collaborators AS outer
			 }
			 WITH [amb] + comuni + upper + cdc + core + projects + networks + coalesce(outer, []) AS all
			 UNWIND all AS n WITH DISTINCT n WHERE n IS NOT NULL
			 WITH n LIMIT $limit
			 RETURN ${NODE} AS row`,
			{ ambitoId, depth, limit: neo4j.int(maxNodes + 1) }
		);
		return result.records.map((r) => r.get('row') as GraphNode);
	});
	if (!nodes.length) return null;
	const truncated = nodes.length > maxNodes;
	const kept = nodes.slice(0, maxNodes);
	return { nodes: kept, edges: await edgesAmong(kept.map((n) => n.id)), truncated };
}

/** Fixed query per depth: the hop count is part of the pattern, so it is chosen, never spliced from input. */
const EGO_QUERIES: Record<number, string> = Object.fromEntries(
	[1, 2, 3].map((d) => [
		d,
		`MATCH (center {id: $actorId}) WHERE center:Actor
		 OPTIONAL MATCH (center)-[:PARTNER_IN|COLLABORATES_WITH|MEMBER_OF*1..${d * 2}]-(x)
		 WHERE x:Actor OR x:Project OR x:Network
		 WITH center, collect(DISTINCT x) AS reached
		 UNWIND [center] + reached[..$limit] AS n WITH DISTINCT n, size(reached) > $limit AS truncated WHERE n IS NOT NULL
		 RETURN ${NODE} AS row, truncated`
	])
);

/** An actor's ego network: projects, networks and collaborators, to `depth` steps between actors. */
export async function egoNetwork(
	actorId: string,
	depth: number,
	maxNodes: number
): Promise<GraphView | null> {
	const query = EGO_QUERIES[Math.min(3, Math.max(1, Math.trunc(depth)))]!;
	const records = await readTx(
		async (tx) => (await tx.run(query, { actorId, limit: neo4j.int(maxNodes) })).records
	);
	if (!records.length) return null;
	const nodes = records.map((r) => r.get('row') as GraphNode);
	return {
		nodes,
		edges: await edgesAmong(nodes.map((n) => n.id)),
		truncated: records[0]!.get('truncated') === true
	};
}
