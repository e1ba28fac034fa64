import type { MapGraph } from '../types';

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
