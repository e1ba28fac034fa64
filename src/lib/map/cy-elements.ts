import { GROUP_CLASS, groupParents, type MapGroups } from './communities';
import {
	EDGE_STYLE_BY_TYPE,
	GROUP_BORDER,
	GROUP_FILL,
	GROUP_FILL_OPACITY,
	GROUP_FONT_SIZE,
	GROUP_TEXT,
	PROJECT_COLOUR,
	sectorColour,
	shapeClassOf
} from './palette';
import type { MapGraph, Positions } from './types';

/** Above this many elements the map switches to its light mode (haystack edges, no edge labels). */
export const LARGE_MAP_ELEMENTS = 3000;

/**
 * The cytoscape options that decide how fast the canvas redraws, one place for the page
 * (NetworkMap.svelte) and the benchmark (bench/map-render.ts), so what is measured is what ships.
 * Plain data (no container, elements or style), so the benchmark can send it into a page as JSON.
 */
export function mapRendererOptions(elementCount: number) {
	const large = elementCount > LARGE_MAP_ELEMENTS;
	return {
		minZoom: 0.02,
		maxZoom: 4,
		boxSelectionEnabled: false,
		selectionType: 'single' as const,
		// level of detail while panning and zooming: a cached bitmap, edges hidden on big maps
		textureOnViewport: true,
		hideEdgesOnViewport: large,
		motionBlur: false,
		// big maps draw at one canvas pixel per CSS pixel: on a 2× screen a quarter of the pixels
		// (bench/README.md, 10k: longest frame 583 → 300 ms, redraw after a gesture 1.3 → 0.8 s);
		// small maps keep the screen's density so labels stay sharp
		...(large ? { pixelRatio: 1 } : {})
	};
}

/**
 * The first frame draws each element straight onto the canvas. Cytoscape's canvas renderer would
 * otherwise build its layer bitmap of the whole graph (at up to twice the view's scale) before the
 * first frame and then copy it: every element and edge rasterised twice, about half the first frame's
 * time on a big map. The layer bitmaps are still built, in idle frames afterwards, as they are for
 * every later zoom level. `firstGet` is the renderer's own flag for "build synchronously now"; an
 * instance without it (another renderer) is left alone. A plain function without imports: the
 * benchmark sends its source into its page (bench/map-render.ts), so what is measured is what ships.
 */
export function drawFirstFrameDirectly(core: object): void {
	// `renderer()` is cytoscape's, missing from its type declarations
	const renderer = (core as { renderer?: () => unknown }).renderer?.() as
		{ data?: { lyrTxrCache?: { firstGet?: boolean } } } | null | undefined;
	const layers = renderer?.data?.lyrTxrCache;
	if (layers && layers.firstGet === true) layers.firstGet = false;
}

/** An element as cytoscape's style triggers see it (its private fields, missing from its types). */
type TriggeredElement = {
	_private: { appliedInitStyle?: boolean; styleCache?: unknown };
	cy(): { hasCompoundNodes(): boolean };
};
type StyleTrigger = (ele: TriggeredElement, name: string, from: unknown, to: unknown) => void;

/**
 * An element's first styling skips cytoscape's change triggers that only matter for an element
 * already measured or drawn. For every property applied to every element, cytoscape otherwise
 * clears the style cache of the element and of each connected edge (a collection built each time),
 * marks the z-order dirty and clears bounds with a `bounds` event that asks for a redraw: about
 * 50,000 property applications on a 10k map, before the first frame (bench/README.md). A new
 * element has no cached bounds, position in the z-order or drawn texture; its own style cache is
 * still cleared (the styling itself reads it), and the connected- and parallel-edge triggers
 * (display, bezier bundles) still run. Later restyles (`appliedInitStyle`, cytoscape's own flag
 * set after an element's first styling) and maps with groups (compound parents sized by their
 * children) keep every trigger. It patches the prototype that every instance shares, once.
 * A plain function without imports: the benchmark sends its source into its page.
 */
export function styleNewElementsWithoutTriggers(core: object): void {
	const style = (core as { style?: () => object | undefined }).style?.();
	const proto = (style ? Object.getPrototypeOf(style) : null) as {
		checkTriggers?: StyleTrigger & { newElementsSkip?: true };
		checkConnectedEdgesBoundsTrigger?: StyleTrigger;
		checkParallelEdgesBoundsTrigger?: StyleTrigger;
	} | null;
	const every = proto?.checkTriggers;
	const connected = proto?.checkConnectedEdgesBoundsTrigger;
	const parallel = proto?.checkParallelEdgesBoundsTrigger;
	if (!proto || !every || !connected || !parallel || every.newElementsSkip) return;
	// an anonymous function in the call (a named one would get a bundler name helper the page lacks)
	proto.checkTriggers = Object.assign(
		function (this: unknown, ele: TriggeredElement, ...change: [string, unknown, unknown]) {
			if (ele._private.appliedInitStyle || ele.cy().hasCompoundNodes())
				return every.call(this, ele, ...change);
			ele._private.styleCache = null;
			connected.call(this, ele, ...change);
			parallel.call(this, ele, ...change);
		},
		{ newElementsSkip: true as const }
	);
}

export interface CyElement {
	group: 'nodes' | 'edges';
	data: Record<string, unknown>;
	position?: { x: number; y: number };
	classes?: string;
	selectable?: boolean;
	grabbable?: boolean;
	pannable?: boolean;
}

/**
 * Cytoscape elements with their visual encoding resolved into data fields (colour, shape, size,
 * line), so one small stylesheet maps data to style instead of a selector per kind and sector.
 * With `groups`, each group becomes a compound parent around its members: an outline that can be
 * neither selected nor dragged (dragging on it pans, as on the background).
 */
export function toCyElements(
	graph: MapGraph,
	positions: Positions,
	sizes: ReadonlyMap<string, number>,
	groups: MapGroups | null = null
): CyElement[] {
	const grouped = groups ? groupParents(graph.nodes, groups) : null;
	const parents: CyElement[] = (grouped?.parents ?? []).map((p) => ({
		group: 'nodes',
		// colour, shape and size too, so the data mappings of the node style resolve for parents
		data: { id: p.id, label: p.label, colour: GROUP_FILL, shape: 'round-rectangle', size: 0 },
		classes: GROUP_CLASS,
		selectable: false,
		grabbable: false,
		pannable: true
	}));
	const labelled = labelledIds(
		sizes,
		graph.nodes.map((n) => n.id)
	);
	const nodes: CyElement[] = graph.nodes.map((n) => {
		const parent = grouped?.parentOf.get(n.id);
		return {
			group: 'nodes',
			data: {
				id: n.id,
				label: n.label,
				colour: n.type === 'project' ? PROJECT_COLOUR : sectorColour(n.sector),
				shape: shapeClassOf(n).shape,
				size: sizes.get(n.id) ?? 24,
				labelled: labelled.has(n.id),
				...(parent ? { parent } : {})
			},
			position: positions[n.id] ?? { x: 0, y: 0 }
		};
	});
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
	return [...parents, ...nodes, ...edges];
}

/**
 * Labels by default only on the larger nodes (a tangle of 200 labels reads as none): the
 * LABELLED_NODES largest, and every node of a small map. The rest show their label when selected,
 * marked, or once the view is zoomed in LABEL_ZOOM times past the fitted one (class ZOOMED_CLASS).
 */
export const LABELLED_NODES = 30;
export const LABEL_ZOOM = 1.8;
export const ZOOMED_CLASS = 'zoomed';
export function labelledIds(
	sizes: ReadonlyMap<string, number>,
	ids: readonly string[]
): Set<string> {
	if (ids.length <= LABELLED_NODES) return new Set(ids);
	const ranked = [...ids].sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0));
	return new Set(ranked.slice(0, LABELLED_NODES));
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

/** How a node's label is drawn (nodes with a label shown, and group outlines before their own). */
function labelText(large: boolean) {
	return {
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
	};
}

/** The stylesheet: data-driven encoding, marks, and level of detail for big maps. */
export function mapStylesheet(large: boolean) {
	return [
		{
			// only what every node draws: label text is styled where a label shows (below), since each
			// property applied to each of 10k elements costs cytoscape work before the first frame
			selector: 'node',
			style: {
				'background-color': 'data(colour)',
				shape: 'data(shape)',
				width: 'data(size)',
				height: 'data(size)',
				'border-width': 1,
				'border-color': '#FFFFFF'
			}
		},
		{
			selector: `node[?labelled], node.${ZOOMED_CLASS}, node:selected, ${MARK_CLASSES.filter(
				(c) => c !== 'faded'
			)
				.map((c) => `node.${c}`)
				.join(', ')}`,
			style: { label: 'data(label)', ...labelText(large) }
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
		{
			selector: `node.${GROUP_CLASS}`,
			style: {
				...labelText(large),
				'background-color': GROUP_FILL,
				'background-opacity': GROUP_FILL_OPACITY,
				'border-width': 1.5,
				'border-color': GROUP_BORDER,
				shape: 'round-rectangle',
				label: 'data(label)',
				padding: '18px',
				'font-size': GROUP_FONT_SIZE,
				'font-weight': 'bold',
				color: GROUP_TEXT,
				'text-valign': 'top',
				'text-halign': 'center',
				'text-margin-y': -4,
				'text-background-opacity': 0,
				'min-zoomed-font-size': 6
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
