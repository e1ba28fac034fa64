/** Geometry of a radar chart on 0–100 axes, as plain numbers: Svelte and the PDF report draw it. */
export interface RadarAxis {
	id: string;
	label: string;
	/** 0–100; null (not assessable) is drawn at the centre and marked. */
	value: number | null;
}

export interface Point {
	x: number;
	y: number;
}

export interface RadarGeometry {
	size: number;
	center: Point;
	radius: number;
	/** Polygons at 25, 50, 75 and 100. */
	rings: string[];
	spokes: Array<{ from: Point; to: Point }>;
	labels: Array<Point & { text: string; anchor: 'start' | 'middle' | 'end' }>;
	/** One polygon per series. */
	shapes: Array<{ points: Point[]; path: string }>;
}

const round = (v: number) => Math.round(v * 100) / 100;

/** The first axis points up; the others follow clockwise. */
export function pointOnAxis(
	center: Point,
	radius: number,
	index: number,
	count: number,
	value: number
): Point {
	const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
	const r = (radius * Math.min(100, Math.max(0, value))) / 100;
	return { x: round(center.x + r * Math.cos(angle)), y: round(center.y + r * Math.sin(angle)) };
}

const toPath = (points: Point[]) => points.map((p) => `${p.x},${p.y}`).join(' ');

/**
 * Several series share the axes (the comparison overlays projects); every series must list the
 * same axes in the same order as `axes`.
 */
export function radarGeometry(
	axes: readonly RadarAxis[],
	series: ReadonlyArray<ReadonlyArray<number | null>>,
	size = 240
): RadarGeometry {
	const center = { x: size / 2, y: size / 2 };
	// Room around the circle for the criterion letters.
	const radius = size / 2 - Math.max(18, size * 0.12);
	const n = Math.max(axes.length, 1);
	const rings = [25, 50, 75, 100].map((v) =>
		toPath(axes.map((_, i) => pointOnAxis(center, radius, i, n, v)))
	);
	const spokes = axes.map((_, i) => ({ from: center, to: pointOnAxis(center, radius, i, n, 100) }));
	const labels = axes.map((axis, i) => {
		const p = pointOnAxis(center, radius + Math.max(10, size * 0.06), i, n, 100);
		const dx = p.x - center.x;
		const anchor: 'start' | 'middle' | 'end' =
			Math.abs(dx) < 1 ? 'middle' : dx > 0 ? 'start' : 'end';
		return { ...p, y: round(p.y + 4), text: axis.label, anchor };
	});
	const shapes = series.map((values) => {
		const points = axes.map((_, i) => pointOnAxis(center, radius, i, n, values[i] ?? 0));
		return { points, path: toPath(points) };
	});
	return { size, center, radius, rings, spokes, labels, shapes };
}

/** Distinct colours for up to four compared projects, readable on white and in greyscale print. */
export const SERIES_COLOURS = ['#1b4965', '#c05621', '#2f855a', '#6b46c1'] as const;
export const SERIES_DASHES = ['', '6 3', '2 3', '8 3 2 3'] as const;
