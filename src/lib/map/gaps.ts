import { SECTORS } from '../domain';
import type { MapGraph } from './types';

/** What a scorecard suggestion points at (GraphQL `Suggestion`). */
export interface SuggestionTargets {
	actorIds?: readonly string[] | null;
	comuni?: readonly string[] | null;
}

export interface PartnershipGaps {
	projectId: string;
	partnerIds: Set<string>;
	partnerEdgeIds: Set<string>;
	/** Comuni nodes (by node id) no partner covers, from the scorecard's suggestions */
	uncoveredComuneIds: Set<string>;
	/** actors the scorecard suggests involving */
	suggestedActorIds: Set<string>;
	/** sectors none of the partners belongs to */
	absentSectors: string[];
}

/** A project's partnership inside the Ambito and what is missing from it, ready to mark on the map. */
export function partnershipGaps(
	graph: MapGraph,
	projectId: string,
	suggestions: readonly SuggestionTargets[]
): PartnershipGaps {
	const partnerEdges = graph.edges.filter((e) => e.type === 'PARTNER_IN' && e.target === projectId);
	const partnerIds = new Set(partnerEdges.map((e) => e.source));
	const byId = new Map(graph.nodes.map((n) => [n.id, n]));
	const uncoveredIstat = new Set(suggestions.flatMap((s) => s.comuni ?? []));
	const present = new Set([...partnerIds].map((id) => byId.get(id)?.sector).filter(Boolean));
	return {
		projectId,
		partnerIds,
		partnerEdgeIds: new Set(partnerEdges.map((e) => e.id)),
		uncoveredComuneIds: new Set(
			graph.nodes
				.filter((n) => n.kind === 'comune' && n.istat && uncoveredIstat.has(n.istat))
				.map((n) => n.id)
		),
		suggestedActorIds: new Set(
			suggestions.flatMap((s) => s.actorIds ?? []).filter((id) => !partnerIds.has(id))
		),
		absentSectors: SECTORS.map((s) => s.id as string).filter((id) => !present.has(id))
	};
}
