import type { ActorKindId, TramaDocument } from '../../../domain';

/** The territorial relations the reference data carries (see db/territory.ts). */
export const TERRITORY_EDGE_TYPES = ['IN', 'OF', 'SERVED_BY', 'LOCATED_IN'] as const;
export type TerritoryEdgeType = (typeof TERRITORY_EDGE_TYPES)[number];

export interface TerritoryNode {
	id: string;
	name: string;
	/** comune, ambito, ats, asst, distretto, casa_di_comunita, provincia, regione */
	kind: ActorKindId;
	istat?: string | null;
	population?: number | null;
}

export interface TerritoryEdge {
	source: string;
	target: string;
	type: TerritoryEdgeType;
}

/**
 * What every export format renders. The document never carries territory (it is reference data),
 * so the caller passes the territorial nodes the document refers to: the Comuni where actors are
 * seated or projects are targeted, the Ambiti actors act in, and whatever hierarchy it wants drawn.
 */
export interface ExportInput {
	document: TramaDocument;
	territory: { nodes: TerritoryNode[]; edges: TerritoryEdge[] };
	/** ISO timestamp of the export, passed in so that output is a pure function of the input. */
	generatedAt: string;
	title: string;
	/** What the graph formats show (analysis-view.ts); tables ignore it. Default: directed. */
	view?: ExportView;
}

/** How a graph export is drawn for analysis (analysis-view.ts applies it). */
export const EXPORT_VIEWS = ['directed', 'undirected', 'collaborations', 'partnerships'] as const;
export type ExportView = (typeof EXPORT_VIEWS)[number];
