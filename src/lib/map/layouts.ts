import { territorialLevel } from './palette';
import type { MapNode, Positions } from './types';

/** The layouts a user can pick; every one ends as cytoscape `preset` positions. */
export const LAYOUT_IDS = ['force', 'concentric', 'sector', 'community', 'saved'] as const;
export type LayoutId = (typeof LAYOUT_IDS)[number];

/** Typical spacing between node centres, in model px. */
const GAP = 46;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** A filled disc of `count` points (phyllotaxis): even spacing, no overlaps, O(n). */
export function sunflower(
	count: number,
	cx = 0,
	cy = 0,
	gap = GAP
): Array<{ x: number; y: number }> {
	const points = [];
	for (let i = 0; i < count; i++) {
		const r = gap * 0.55 * Math.sqrt(i + 0.5);
		points.push({ x: cx + r * Math.cos(i * GOLDEN_ANGLE), y: cy + r * Math.sin(i * GOLDEN_ANGLE) });
	}
	return points;
}

const discRadius = (count: number, gap = GAP) => gap * 0.55 * Math.sqrt(count + 0.5) + gap;

/**
 * Concentric rings by territorial level, read from the centre out: the Ambito, its Comuni and Case
 * di Comunità, the wider bodies (Distretto, ASST, ATS, Region), then actors, then projects and
 * networks. Each ring is wide enough for its nodes.
 */
export function concentricPositions(nodes: readonly MapNode[]): Positions {
	const ringOrder = [4, 5, 3, 2, 1, 0, 6, 7];
	const rings = new Map<number, MapNode[]>();
	for (const n of nodes) {
		const level = territorialLevel(n);
		rings.set(level, [...(rings.get(level) ?? []), n]);
	}
	const positions: Positions = {};
	let radius = 0;
	for (const level of ringOrder) {
		const ring = (rings.get(level) ?? []).slice().sort((a, b) => a.label.localeCompare(b.label));
		if (!ring.length) continue;
		if (radius === 0 && ring.length === 1) {
			positions[ring[0]!.id] = { x: 0, y: 0 };
			radius = GAP * 2;
			continue;
		}
		// the ring's circumference must hold its nodes: r >= count * gap / 2π
		radius = Math.max(radius + GAP * 2, (ring.length * GAP) / (2 * Math.PI));
		ring.forEach((n, i) => {
			const angle = (2 * Math.PI * i) / ring.length - Math.PI / 2;
			positions[n.id] = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
		});
	}
	return positions;
}

/**
 * Groups as discs laid out on a larger circle, members packed in each disc: "by sector" and
 * "communities" are this with a different `groupOf`. Groups are sorted by key for stable output.
 * Discs are spaced so that their bounding boxes, with a margin, never overlap: the community
 * layout draws each group as a box (a compound parent) with its label on top.
 */
export function groupedPositions(
	nodes: readonly MapNode[],
	groupOf: (n: MapNode) => string
): Positions {
	const groups = new Map<string, MapNode[]>();
	for (const n of nodes) {
		const key = groupOf(n);
		groups.set(key, [...(groups.get(key) ?? []), n]);
	}
	const keys = [...groups.keys()].sort();
	// the room a group needs around its centre: its disc's bounding square plus a margin, whose
	// corners reach √2 × half its side; two centres at least the sum apart keep boxes apart
	const room = keys.map((k) => (discRadius(groups.get(k)!.length) + GAP) * Math.SQRT2);
	const total = room.reduce((s, r) => s + r, 0);
	// centres go round the circle at angles in proportion to their room; the circle is the
	// smallest on which every pair of neighbours is far enough apart along the chord
	let ringRadius = 0;
	if (keys.length > 1)
		room.forEach((r, i) => {
			const pair = r + room[(i + 1) % room.length]!;
			ringRadius = Math.max(ringRadius, pair / (2 * Math.sin((Math.PI * pair) / (2 * total))));
		});
	const positions: Positions = {};
	let travelled = 0;
	keys.forEach((key, i) => {
		const angle = ((travelled + room[i]!) / total) * Math.PI;
		travelled += 2 * room[i]!;
		const cx = ringRadius * Math.cos(angle);
		const cy = ringRadius * Math.sin(angle);
		const members = groups
			.get(key)!
			.slice()
			.sort((a, b) => a.label.localeCompare(b.label));
		sunflower(members.length, cx, cy).forEach((p, j) => (positions[members[j]!.id] = p));
	});
	return positions;
}

/** The group a node falls in for the "by sector" layout: projects and networks get their own. */
export const sectorGroup = (n: MapNode): string =>
	n.type === 'project' ? '~project' : n.type === 'network' ? '~network' : (n.sector ?? '~none');

/** Positions saved for another set of nodes: keep the ones still there, place newcomers nearby. */
export function mergePositions(
	nodes: readonly MapNode[],
	saved: Positions,
	fallback: Positions
): Positions {
	const out: Positions = {};
	for (const n of nodes) out[n.id] = saved[n.id] ?? fallback[n.id] ?? { x: 0, y: 0 };
	return out;
}
