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

/** A project's declared target territory (the map's graph does not draw TARGETS). */
export interface ProjectTargets {
	targetComuniIstat: readonly string[];
	targetAmbitoIds: readonly string[];
}

/**
 * The projects whose coverage a selection lights up: those an actor (not an area, not a Comune) is a
 * partner in, by its PARTNER_IN edges in the map's graph.
 */
export function selectionProjects(graph: GeoGraph, selectedId: string | null): string[] {
	const node = graph.nodes.find((n) => n.id === selectedId);
	if (!node || node.type !== 'actor' || AREA_KINDS.has(node.kind ?? '')) return [];
	return graph.edges
		.filter((e) => e.source === node.id && e.type === 'PARTNER_IN')
		.map((e) => e.target);
}

/**
 * What a selected node lights up: an actor its seat and the Comuni its projects cover (`covered`:
 * project id → the target Comuni its partnership reaches, the dossier's projectCoverage, so map and
 * scorecard never disagree); a project its target Comuni; an Ambito (or another area) the Comuni in
 * it; a Comune itself. An Ambito aimed at counts as all its Comuni (`comuniOfArea`).
 */
export function selectionComuni(
	graph: GeoGraph,
	geo: NetworkGeography,
	selectedId: string | null,
	comuniOfArea: (areaId: string) => readonly string[],
	targets: ReadonlyMap<string, ProjectTargets>,
	covered: ReadonlyMap<string, readonly string[]>
): { seat: string | null; comuni: Set<string> } {
	const comuni = new Set<string>();
	if (!selectedId) return { seat: null, comuni };
	const node = graph.nodes.find((n) => n.id === selectedId);
	if (!node) return { seat: null, comuni };
	if (node.type === 'project') {
		const t = targets.get(node.id);
		for (const istat of t?.targetComuniIstat ?? []) comuni.add(istat);
		for (const id of t?.targetAmbitoIds ?? [])
			for (const istat of comuniOfArea(id)) comuni.add(istat);
	} else if (node.kind === 'comune' && node.istat) comuni.add(node.istat);
	else if (AREA_KINDS.has(node.kind ?? '')) for (const c of comuniOfArea(node.id)) comuni.add(c);
	else
		for (const project of selectionProjects(graph, node.id))
			for (const istat of covered.get(project) ?? []) comuni.add(istat);
	const seat = geo.seatOf.get(node.id) ?? null;
	if (seat) comuni.add(seat);
	return { seat, comuni };
}

/** Area id (Ambito, Distretto) → its Comuni, from the places of the territory. */
export function comuniByArea(
	places: ReadonlyArray<{
		istat: string;
		ambito: { id: string } | null;
		distretto: { id: string } | null;
	}>
): (areaId: string) => readonly string[] {
	const byArea = new Map<string, string[]>();
	for (const c of places)
		for (const u of [c.ambito, c.distretto]) {
			if (!u) continue;
			const list = byArea.get(u.id) ?? [];
			list.push(c.istat);
			byArea.set(u.id, list);
		}
	return (id) => byArea.get(id) ?? [];
}

/** How many markers sit in each Comune; the `zeros` (e.g. the Ambito's Comuni) count 0, not "no data". */
export function seatedCounts(
	points: readonly GeoPoint[],
	zeros: Iterable<string>
): Map<string, number> {
	const counts = new Map<string, number>();
	for (const p of points) if (p.istat) counts.set(p.istat, (counts.get(p.istat) ?? 0) + 1);
	for (const istat of zeros) if (!counts.has(istat)) counts.set(istat, 0);
	return counts;
}
