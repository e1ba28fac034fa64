import neo4j from 'neo4j-driver';
import { MAP_EDGE_TYPES } from '../../domain/edge-types';
import { readTx } from '../db/driver';
import { VersionedCache } from '../db/versioned-cache';

/** A neutral graph for the map and for metrics: nodes and edges with just what drawing needs. */
export interface MapNode {
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
	/** The committed workshops that added, tied or rated this actor (workshops/outcome-queries.ts). */
	workshops: MapNodeWorkshop[];
}
export interface MapNodeWorkshop {
	code: string;
	name: string;
	/** The room's influence tower (1–5), null when it did not rate the actor. */
	influence: number | null;
	committedAt: number;
}
export interface MapEdge {
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
export interface MapGraph {
	nodes: MapNode[];
	edges: MapEdge[];
	truncated: boolean;
}

const NODE = `{id: n.id, label: coalesce(n.name, n.title), type: CASE WHEN n:Project THEN 'project' WHEN n:Network THEN 'network' ELSE 'actor' END,
	kind: n.kind, sector: n.sector, fictional: coalesce(n.fictional, false), istat: n.istat, population: n.population, triennio: n.triennio,
	workshops: [(n)<-[f:FROM_WORKSHOP]-(w:Workshop) | {code: w.code, name: w.name, influence: f.influence, committedAt: f.at}]}`;

const EDGE = `{id: coalesce(r.id, elementId(r)), source: x.id, target: y.id, type: type(r), role: r.role,
	strength: r.strength, since: r.since, until: r.until,
	valueEur: CASE WHEN r.valuePublicEur IS NULL THEN null ELSE r.valuePublicEur + r.valuePrivateEur END}`;

/**
 * Nodes (collected as `kept`, at most $limit) then the edges among them, streamed as rows in one
 * query: one round trip, no second lookup of the nodes by id. The relationship types are a pattern
 * (the map's, from the domain, never from input) so Neo4j expands only those.
 */
const NODES_AND_EDGES = `
	 WITH collect(n) AS found
	 WITH found[..$limit] AS kept, size(found) > $limit AS truncated
	 CALL (kept) {
	   UNWIND kept AS n RETURN ${NODE} AS node, null AS edge
	   UNION ALL
	   UNWIND kept AS x MATCH (x)-[r:${MAP_EDGE_TYPES.join('|')}]->(y) WHERE y IN kept
	   RETURN null AS node, ${EDGE} AS edge }
	 RETURN node, edge, truncated`;

async function readMapGraph(
	query: string,
	params: Record<string, unknown>,
	limit: number
): Promise<MapGraph | null> {
	const records = await readTx(
		async (tx) => (await tx.run(query, { ...params, limit: neo4j.int(limit) })).records
	);
	if (!records.length) return null;
	const nodes: MapNode[] = [];
	const edges: MapEdge[] = [];
	for (const record of records) {
		const node = record.get('node') as MapNode | null;
		if (node) nodes.push(node);
		else edges.push(record.get('edge') as MapEdge);
	}
	return { nodes, edges, truncated: records[0]!.get('truncated') === true };
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
): Promise<MapGraph | null> {
	return readMapGraph(
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
			 ${NODES_AND_EDGES}`,
		{ ambitoId, depth },
		maxNodes
	);
}

/**
 * The network as the API serves it: every map page asks for its Ambito's whole network, so the answer
 * is kept per graph data version (a write anywhere invalidates it at once: db/versioned-cache.ts).
 * Shared between requests: callers only read it. `ambitoNetwork` itself always queries (the bench
 * times the query).
 */
const networkCache = new VersionedCache<MapGraph | null>(24);
export const cachedAmbitoNetwork = (ambitoId: string, depth: number, maxNodes: number) =>
	networkCache.get(`${depth}|${maxNodes}|${ambitoId}`, () =>
		ambitoNetwork(ambitoId, depth, maxNodes)
	);

/** Fixed query per depth: the hop count is part of the pattern, so it is chosen, never spliced from input. */
const EGO_QUERIES: Record<number, string> = Object.fromEntries(
	[1, 2, 3].map((d) => [
		d,
		`MATCH (center {id: $actorId}) WHERE center:Actor
		 OPTIONAL MATCH (center)-[:PARTNER_IN|COLLABORATES_WITH|MEMBER_OF*1..${d * 2}]-(x)
		 WHERE x:Actor OR x:Project OR x:Network
		 WITH center, collect(DISTINCT x) AS reached
		 UNWIND [center] + reached AS n WITH DISTINCT n WHERE n IS NOT NULL
		 ${NODES_AND_EDGES}`
	])
);

/** An actor's ego network: projects, networks and collaborators, to `depth` steps between actors. */
export async function egoNetwork(
	actorId: string,
	depth: number,
	maxNodes: number
): Promise<MapGraph | null> {
	const query = EGO_QUERIES[Math.min(3, Math.max(1, Math.trunc(depth)))]!;
	return readMapGraph(query, { actorId }, maxNodes);
}
