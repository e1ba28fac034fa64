import type { GeoPoint } from './points';

/**
 * The network of an Ambito placed on its Comuni: where each actor sits and which Comuni a selected
 * node lights up. Read from the map's own graph (SEATED_IN, PARTNER_IN, TARGETS edges), so the
 * geography shows exactly what the network's filters keep.
 */
interface Node {
	id: string;
	label: string;
	type: string;
	kind: string | null;
	istat: string | null;
}
interface Edge {
	source: string;
	target: string;
	type: string;
}
export interface GeoGraph {
	nodes: readonly Node[];
	edges: readonly Edge[];
}

export interface NetworkGeography {
	/** node id → ISTAT code of its seat (a Comune node: itself) */
	seatOf: Map<string, string>;
	/** actors (not Comuni, not territorial units drawn as areas) at their seats */
	points: GeoPoint[];
	/** ISTAT code → node id of that Comune, for selecting a Comune from the map */
	comuneNode: Map<string, string>;
}

/** Nodes the map draws as areas, never as markers. */
const AREA_KINDS = new Set([
	'comune',
	'ambito',
	'distretto',
	'asst',
	'ats',
	'provincia',
	'regione'
]);

/**
 * Seats come from the whole graph (`base`: a filter that hides the Comuni must not unseat anyone);
 * markers only for the actors the filters keep (`shown`).
 */
export function networkGeography(base: GeoGraph, shown: GeoGraph = base): NetworkGeography {
	const graph = base;
	const byId = new Map(graph.nodes.map((n) => [n.id, n]));
	const seatOf = new Map<string, string>();
	const comuneNode = new Map<string, string>();
	for (const n of graph.nodes)
		if (n.kind === 'comune' && n.istat) {
			seatOf.set(n.id, n.istat);
			comuneNode.set(n.istat, n.id);
		}
	for (const e of graph.edges) {
		if (e.type !== 'SEATED_IN' && e.type !== 'LOCATED_IN') continue;
		const istat = byId.get(e.target)?.istat;
		if (istat && !seatOf.has(e.source)) seatOf.set(e.source, istat);
	}
	const points = shown.nodes
		.filter((n) => n.type === 'actor' && !AREA_KINDS.has(n.kind ?? ''))
		.map((n) => ({ id: n.id, label: n.label, istat: seatOf.get(n.id) ?? null }));
	return { seatOf, points, comuneNode };
}

/**
 * What a selected node lights up: an actor its seat and the Comuni its projects aim at; a project its
 * target Comuni; an Ambito (or another area) the Comuni in it; a Comune itself. An Ambito aimed at
 * counts as all its Comuni (`comuniOfAmbito`).
 */
export function selectionComuni(
	graph: GeoGraph,
	geo: NetworkGeography,
	selectedId: string | null,
	comuniOfArea: (areaId: string) => readonly string[]
): { seat: string | null; comuni: Set<string> } {
	const comuni = new Set<string>();
	if (!selectedId) return { seat: null, comuni };
	const node = graph.nodes.find((n) => n.id === selectedId);
	if (!node) return { seat: null, comuni };
	const targetsOf = (projectId: string) => {
		for (const e of graph.edges) {
			if (e.source !== projectId || e.type !== 'TARGETS') continue;
			const t = graph.nodes.find((n) => n.id === e.target);
			if (t?.kind === 'comune' && t.istat) comuni.add(t.istat);
			else for (const istat of comuniOfArea(e.target)) comuni.add(istat);
		}
	};
	if (node.type === 'project') targetsOf(node.id);
	else if (node.kind === 'comune' && node.istat) comuni.add(node.istat);
	else if (AREA_KINDS.has(node.kind ?? '')) for (const c of comuniOfArea(node.id)) comuni.add(c);
	else
		for (const e of graph.edges)
			if (e.source === node.id && e.type === 'PARTNER_IN') targetsOf(e.target);
	const seat = geo.seatOf.get(node.id) ?? null;
	if (seat) comuni.add(seat);
	return { seat, comuni };
}
