import { isActorKindId, sectorOfKind } from '../domain/actor-kinds';
import { toCyElements } from '../map/cy-elements';
import { forceLayout } from '../map/force-layout';
import { sunflower } from '../map/layouts';
import { nodeSizes } from '../map/metrics';
import { toSvg } from '../map/svg-export';
import type { MapGraph } from '../map/types';

export interface ReportMapActor {
	ref: string;
	name: string;
	kind: string | null;
	/** the room's influence tower, null when unrated */
	influence: number | null;
}

/**
 * The workshop's map as a standalone SVG, drawn on the server with the map's own layout and SVG
 * export (no browser needed): the actors the room discussed and their ties, sized by influence.
 * Deterministic: the layout starts from a sunflower in the given order. Null when there is nothing.
 */
export function reportMapSvg(
	actors: readonly ReportMapActor[],
	relations: ReadonlyArray<{ a: string; b: string }>,
	title: string,
	width = 760
): string | null {
	if (!actors.length) return null;
	const graph: MapGraph = {
		nodes: actors.map((a) => ({
			id: a.ref,
			label: a.name,
			type: 'actor',
			kind: a.kind,
			sector: a.kind && isActorKindId(a.kind) ? sectorOfKind(a.kind) : null,
			fictional: false,
			istat: null,
			population: null,
			triennio: null,
			workshops: []
		})),
		edges: relations.map((r, i) => ({
			id: `r${i}`,
			source: r.a,
			target: r.b,
			type: 'COLLABORATES_WITH',
			role: null,
			strength: null,
			since: null,
			until: null,
			valueEur: null
		}))
	};
	const seed = Object.fromEntries(sunflower(actors.length).map((p, i) => [actors[i]!.ref, p]));
	const positions = actors.length > 1 ? forceLayout(graph, seed, 300) : seed;
	const sizes = nodeSizes(new Map(actors.map((a) => [a.ref, a.influence ?? 0])));
	const elements = toCyElements(graph, positions, sizes);
	const points = Object.values(positions);
	const pad = 70;
	const x1 = Math.min(...points.map((p) => p.x)) - pad;
	const x2 = Math.max(...points.map((p) => p.x)) + pad;
	const y1 = Math.min(...points.map((p) => p.y)) - pad;
	const y2 = Math.max(...points.map((p) => p.y)) + pad;
	const height = Math.round((width * (y2 - y1)) / (x2 - x1));
	return toSvg(
		elements,
		new Map(Object.entries(positions)),
		{ x1, y1, x2, y2, width, height },
		{ title }
	);
}
