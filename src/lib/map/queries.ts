import type { MapGraph } from './types';

/** The map's reads, shared by the page load and the workspace (which reloads after edits). */
export interface AmbitoChoice {
	id: string;
	name: string;
	comuni: Array<{ istat: string; name: string }>;
}

export interface TerritoryAnswer {
	territory: {
		ats: Array<{ ambiti: AmbitoChoice[] }>;
		ambitiWithoutAts: AmbitoChoice[];
	};
}
export const AMBITI_QUERY = `query MapAmbiti { territory {
	ats { ambiti { id name comuni { istat name } } }
	ambitiWithoutAts { id name comuni { istat name } } } }`;

export interface NodeMetricsRow {
	id: string;
	degree: number;
	betweenness: number;
	closeness: number;
	community: number;
}

export interface AmbitoMapData {
	ambitoNetwork: MapGraph | null;
	networkMetrics: { communityCount: number; density: number; nodes: NodeMetricsRow[] } | null;
	projects: {
		edges: Array<{
			node: { id: string; title: string; triennio: string | null; policyAreas: string[] };
		}>;
	};
	mapLayout: { positionsJson: string; savedAt: string } | null;
}

/** The whole Ambito at depth 1 (its territory, actors, projects, networks) in one round trip. */
export const NETWORK_QUERY = `query MapNetwork($ambitoId: ID!, $ambitoKey: String!) {
	ambitoNetwork(ambitoId: $ambitoId, depth: 1, maxNodes: 20000) {
		nodes { id label type kind sector fictional istat population triennio }
		edges { id source target type role strength since until valueEur }
		truncated }
	networkMetrics(ambitoId: $ambitoId) {
		communityCount density nodes { id degree betweenness closeness community } }
	projects(ambitoId: $ambitoKey, first: 100) { edges { node { id title triennio policyAreas } } }
	mapLayout(ambitoId: $ambitoId) { positionsJson savedAt } }`;

/** `projects` takes the Ambito as a String, the other fields as an ID: the same value twice. */
export const networkVariables = (ambitoId: string) => ({ ambitoId, ambitoKey: ambitoId });
