/** A node as the fit sees it: its centre and its diameter, in model px. */
export interface FitNode {
	x: number;
	y: number;
	size: number;
}

/** Room below a node for its label (font 11 px, one line, with its halo), in model px. */
const LABEL_ROOM = 18;

/**
 * The zoom and pan that show every node with `padding` screen px around them, computed from
 * positions and sizes alone. Cytoscape's own fit measures each element's bounding box, which first
 * styles every element and measures every label: ~0.7 s at 4.7k elements before the first frame.
 * Null when there is nothing to fit or no room to fit it in (a hidden canvas).
 */
export function fitViewport(
	nodes: Iterable<FitNode>,
	width: number,
	height: number,
	padding: number,
	zoomLimits: { min: number; max: number }
): { zoom: number; pan: { x: number; y: number } } | null {
	let x1 = Infinity;
	let y1 = Infinity;
	let x2 = -Infinity;
	let y2 = -Infinity;
	for (const n of nodes) {
		const r = n.size / 2;
		x1 = Math.min(x1, n.x - r);
		x2 = Math.max(x2, n.x + r);
		y1 = Math.min(y1, n.y - r);
		y2 = Math.max(y2, n.y + r + LABEL_ROOM);
	}
	const roomW = width - 2 * padding;
	const roomH = height - 2 * padding;
	if (!Number.isFinite(x1) || roomW <= 0 || roomH <= 0) return null;
	const zoom = Math.min(
		zoomLimits.max,
		Math.max(zoomLimits.min, Math.min(roomW / Math.max(x2 - x1, 1), roomH / Math.max(y2 - y1, 1)))
	);
	return {
		zoom,
		pan: { x: width / 2 - (zoom * (x1 + x2)) / 2, y: height / 2 - (zoom * (y1 + y2)) / 2 }
	};
}
