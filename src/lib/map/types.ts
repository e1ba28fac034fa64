import type { MapGraphViewFragment } from '../graphql/graphql';

/** The map's graph: the schema's `GraphView` as the map asks for it (queries.ts, `MapGraphView`). */
export type MapNode = MapGraphViewFragment['nodes'][number];
export type MapEdge = MapGraphViewFragment['edges'][number];

/** A graph the map draws: the server's, or a part of it (filters, focus, a period) that may drop `truncated`. */
export interface MapGraph {
	nodes: MapNode[];
	edges: MapEdge[];
	truncated?: boolean;
}

export type Position = { x: number; y: number };
export type Positions = Record<string, Position>;
