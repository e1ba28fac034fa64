/** The map's graph, as `ambitoNetwork` / `egoNetwork` return it (GraphQL `GraphView`). */
export interface MapNode {
	id: string;
	label: string;
	/** actor (incl. territorial bodies), project or network */
	type: 'actor' | 'project' | 'network' | string;
	kind: string | null;
	sector: string | null;
	fictional: boolean;
	istat: string | null;
	population: number | null;
	triennio: string | null;
}

export interface MapEdge {
	id: string;
	source: string;
	target: string;
	/** IN, OF, SERVED_BY, LOCATED_IN, SEATED_IN, ACTIVE_IN, PARTNER_IN, MEMBER_OF, LINKED_TO, COLLABORATES_WITH */
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
	truncated?: boolean;
}

export type Position = { x: number; y: number };
export type Positions = Record<string, Position>;
