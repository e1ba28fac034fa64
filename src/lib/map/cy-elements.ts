import { EDGE_STYLE_BY_TYPE, PROJECT_COLOUR, sectorColour, shapeClassOf } from './palette';
import type { MapGraph, Positions } from './types';

/** Above this many elements the map switches to its light mode (haystack edges, no edge labels). */
export const LARGE_MAP_ELEMENTS = 3000;

export interface CyElement {
	group: 'nodes' | 'edges';
	data: Record<string, unknown>;
	position?: { x: number; y: number };
}

/**
 * Cytoscape elements with their visual encoding resolved into data fields (colour, shape, size,
 * line), so one small stylesheet maps data to style instead of a selector per kind and sector.
 */
export function toCyElements(
	graph: MapGraph,
	positions: Positions,
	sizes: ReadonlyMap<string, number>
): CyElement[] {
	const nodes: CyElement[] = graph.nodes.map((n) => ({
		group: 'nodes',
		data: {
			id: n.id,
			label: n.label,
			colour: n.type === 'project' ? PROJECT_COLOUR : sectorColour(n.sector),
			shape: shapeClassOf(n).shape,
			size: sizes.get(n.id) ?? 24
		},
		position: positions[n.id] ?? { x: 0, y: 0 }
	}));
	const edges: CyElement[] = graph.edges.map((e) => {
		const style = EDGE_STYLE_BY_TYPE[e.type];
		return {
			group: 'edges',
			data: {
				id: e.id,
				source: e.source,
				target: e.target,
				type: e.type,
				colour: style?.colour ?? '#999999',
				line: style?.line ?? 'solid',
				width: (style?.width ?? 1) + (e.strength ? Math.min(5, e.strength) * 0.4 : 0)
			}
		};
	});
	return [...nodes, ...edges];
}

/** Classes the page asks for (highlight, path, gaps, diff), applied in one batch. */
export type ClassMap = ReadonlyMap<string, readonly string[]>;

export const MARK_CLASSES = [
	'faded',
	'match',
	'path',
	'partner',
	'gap',
	'suggested',
	'added',
	'ended',
	'focus'
] as const;

/** The stylesheet: data-driven encoding, marks, and level of detail for big maps. */
export function mapStylesheet(large: boolean) {
	return [
		{
			selector: 'node',
			style: {
				'background-color': 'data(colour)',
				shape: 'data(shape)',
				width: 'data(size)',
				height: 'data(size)',
				'border-width': 1,
				'border-color': '#FFFFFF',
				label: 'data(label)',
				'font-size': 11,
				'font-family': 'system-ui, sans-serif',
				color: '#1A1A1A',
				'text-valign': 'bottom',
				'text-margin-y': 3,
				'text-wrap': 'ellipsis',
				'text-max-width': '140px',
				// a light halo keeps labels readable over edges
				'text-background-color': '#FFFFFF',
				'text-background-opacity': 0.75,
				'text-background-padding': '1px',
				// level of detail: labels vanish when they would be too small to read
				'min-zoomed-font-size': large ? 10 : 7
			}
		},
		{
			selector: 'edge',
			style: {
				'line-color': 'data(colour)',
				'line-style': 'data(line)',
				width: 'data(width)',
				opacity: 0.7,
				'curve-style': large ? 'haystack' : 'straight'
			}
		},
		{ selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
		{
			selector: 'node.match, node.focus',
			style: { 'border-width': 4, 'border-color': '#000000', 'z-index': 10 }
		},
		{
			selector: 'node:selected',
			style: {
				'border-width': 5,
				'border-color': '#000000',
				'overlay-opacity': 0.15,
				'overlay-color': '#000000'
			}
		},
		{ selector: 'node.path', style: { 'border-width': 4, 'border-color': '#D55E00' } },
		{
			selector: 'edge.path',
			style: { 'line-color': '#D55E00', width: 5, opacity: 1, 'z-index': 10 }
		},
		{ selector: 'node.partner', style: { 'border-width': 4, 'border-color': '#332288' } },
		{
			selector: 'node.gap',
			style: { 'border-width': 4, 'border-style': 'dashed', 'border-color': '#D55E00' }
		},
		{
			selector: 'node.suggested',
			style: { 'border-width': 4, 'border-style': 'dotted', 'border-color': '#009E73' }
		},
		{ selector: 'edge.added', style: { 'line-color': '#009E73', width: 4, opacity: 1 } },
		{
			selector: 'edge.ended',
			style: { 'line-color': '#D55E00', 'line-style': 'dashed', width: 3, opacity: 1 }
		}
	];
}
