import type { Room, RoomActor, RoomRelation } from './room';

/**
 * The projector's map, laid out for a wall: labels are sized from the screen height (never below
 * MIN_LABEL of it, so they read from the back of the room) and stacked in two columns around an
 * ellipse, one line each, so no label hides another. When the room holds more actors than fit,
 * the neighbourhood being discussed is shown: the actors the latest contributions touched, then
 * their neighbours, then the best connected.
 */

/** Smallest label, as a share of the screen height (issue 18: ~2.5%, readable from 6 m). */
export const MIN_LABEL = 0.028;
const MAX_LABEL = 0.045;
/** Line height over font size. */
const LINE = 1.3;
/** Average character width over font size (sans-serif, mixed case). */
const CHAR = 0.62;

export interface PlacedActor {
	actor: RoomActor;
	x: number;
	y: number;
	/** Which side the label goes: left of the dot (end) or right (start). */
	anchor: 'start' | 'end';
	label: string;
}

export interface ProjectorLayout {
	nodes: PlacedActor[];
	edges: Array<{ relation: RoomRelation; a: PlacedActor; b: PlacedActor }>;
	fontSize: number;
	/** Actors in the room not drawn (a neighbourhood is shown). */
	hidden: number;
}

/** When each actor was last touched by a participant (added, related, rated, noted). */
export function lastTouched(room: Room, resolve: (ref: string) => string): Map<string, number> {
	const touched = new Map<string, number>();
	const touch = (ref: unknown, at: number) => {
		if (typeof ref !== 'string') return;
		const key = resolve(ref);
		touched.set(key, Math.max(touched.get(key) ?? 0, at));
	};
	for (const c of room.contributions) {
		if (!c.participantId || c.status === 'rejected') continue;
		let p: Record<string, unknown> = {};
		try {
			p = JSON.parse(c.payloadJson) as Record<string, unknown>;
		} catch {
			continue;
		}
		if (c.type === 'actor') touch(c.clientId, c.at);
		else if (c.type === 'relation') {
			touch(p.a, c.at);
			touch(p.b, c.at);
		} else touch(p.actor, c.at);
	}
	return touched;
}

/** The actors to draw, at most `capacity`, in the room's order (so positions stay put). */
export function neighbourhood(
	actors: readonly RoomActor[],
	relations: readonly RoomRelation[],
	touched: ReadonlyMap<string, number>,
	capacity: number
): RoomActor[] {
	if (actors.length <= capacity) return [...actors];
	const degree = new Map<string, number>();
	const neighbours = new Map<string, string[]>();
	for (const r of relations) {
		for (const [x, y] of [
			[r.a, r.b],
			[r.b, r.a]
		] as const) {
			degree.set(x, (degree.get(x) ?? 0) + 1);
			neighbours.set(x, [...(neighbours.get(x) ?? []), y]);
		}
	}
	const chosen = new Set<string>();
	const take = (ref: string) => chosen.size < capacity && chosen.add(ref);
	const recent = [...touched.entries()].sort((a, b) => b[1] - a[1]).map(([ref]) => ref);
	const known = new Set(actors.map((a) => a.ref));
	for (const ref of recent) if (known.has(ref)) take(ref);
	for (const ref of recent)
		for (const n of (neighbours.get(ref) ?? []).sort(
			(a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0)
		))
			if (known.has(n)) take(n);
	const rest = actors
		.filter((a) => !chosen.has(a.ref))
		.sort((a, b) => (degree.get(b.ref) ?? 0) - (degree.get(a.ref) ?? 0));
	for (const a of rest) take(a.ref);
	return actors.filter((a) => chosen.has(a.ref));
}

/**
 * Shortened to `chars` characters, with an ellipsis when cut. The last word is kept when it fits in
 * under half the room: a wall of "Cooperativa sociale…" told nobody which cooperative was which.
 */
export function fitLabel(name: string, chars: number): string {
	if (name.length <= chars) return name;
	const tail = name.trimEnd().split(/\s+/).at(-1) ?? '';
	const room = chars - tail.length - 2;
	if (tail.length >= name.length || tail.length > chars * 0.45 || room < 4)
		return `${name.slice(0, Math.max(1, chars - 1)).trimEnd()}…`;
	let head = name.slice(0, room).trimEnd();
	const space = head.lastIndexOf(' ');
	// End the head on a whole word when that loses little.
	if (space >= head.length * 0.6 && !/\s/.test(name[room] ?? ' ')) head = head.slice(0, space);
	return `${head.replace(/[\s–-]+$/, '')}… ${tail}`;
}

/**
 * Positions in pixels for a map area of `width` × `height` on a screen `screenHeight` tall.
 * Dots sit on an ellipse at evenly spaced heights (left half top to bottom, right half likewise),
 * labels outside it, so each column holds one label per line.
 */
export function layoutProjector(
	room: Room,
	actors: readonly RoomActor[],
	relations: readonly RoomRelation[],
	resolve: (ref: string) => string,
	size: { width: number; height: number; screenHeight: number }
): ProjectorLayout {
	const { width, height, screenHeight } = size;
	const minFont = Math.ceil(screenHeight * MIN_LABEL);
	const perSideAtMin = Math.max(1, Math.floor(height / (minFont * LINE)));
	const shown = neighbourhood(actors, relations, lastTouched(room, resolve), perSideAtMin * 2);
	const perSide = Math.max(1, Math.ceil(shown.length / 2));
	const fontSize = Math.max(
		minFont,
		Math.min(Math.floor(screenHeight * MAX_LABEL), Math.floor(height / (perSide * LINE)))
	);
	const line = fontSize * LINE;
	// Labels take the outer thirds; the ellipse the middle (at least a third of the width).
	const labelWidth = Math.max(fontSize * 6, width / 3 - fontSize);
	const chars = Math.max(6, Math.floor(labelWidth / (fontSize * CHAR)));
	const cx = width / 2;
	const rx = Math.max(width / 2 - labelWidth - fontSize, fontSize * 2);
	const ry = (perSide * line) / 2;
	const cy = height / 2;
	const nodes = shown.map((actor, i): PlacedActor => {
		const left = i < perSide;
		const row = left ? i : i - perSide;
		const count = left ? perSide : shown.length - perSide;
		// Centre each column's rows; the left column reads top to bottom, the right bottom to top.
		const offset = (row - (count - 1) / 2) * line;
		const y = cy + (left ? offset : -offset);
		const t = Math.min(1, Math.abs(y - cy) / Math.max(ry, 1));
		const dx = rx * Math.sqrt(1 - t * t);
		return {
			actor,
			x: left ? cx - dx : cx + dx,
			y,
			anchor: left ? 'end' : 'start',
			label: fitLabel(actor.name, chars)
		};
	});
	const at = new Map(nodes.map((n) => [n.actor.ref, n]));
	const edges = relations.flatMap((relation) => {
		const a = at.get(relation.a);
		const b = at.get(relation.b);
		return a && b ? [{ relation, a, b }] : [];
	});
	return { nodes, edges, fontSize, hidden: actors.length - shown.length };
}
