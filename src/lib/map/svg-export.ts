import { GROUP_CLASS } from './communities';
import type { CyElement } from './cy-elements';
import {
	GROUP_BORDER,
	GROUP_FILL,
	GROUP_FILL_OPACITY,
	GROUP_FONT_SIZE,
	GROUP_TEXT
} from './palette';

/** The visible window in model coordinates, and the pixel size of the output. */
export interface SvgView {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	width: number;
	height: number;
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Points of a regular polygon (or star) of diameter `d`, first vertex up. */
function polygon(x: number, y: number, d: number, sides: number, star = false): string {
	const points: string[] = [];
	const count = star ? sides * 2 : sides;
	for (let i = 0; i < count; i++) {
		const r = star && i % 2 ? d / 4.5 : d / 2;
		const a = -Math.PI / 2 + (i * 2 * Math.PI) / count;
		points.push(`${(x + r * Math.cos(a)).toFixed(1)},${(y + r * Math.sin(a)).toFixed(1)}`);
	}
	return points.join(' ');
}

function shapeSvg(shape: string, x: number, y: number, d: number, attrs: string): string {
	switch (shape) {
		case 'diamond':
			return `<polygon points="${polygon(x, y, d, 4)}" ${attrs}/>`;
		case 'triangle':
			return `<polygon points="${polygon(x, y, d, 3)}" ${attrs}/>`;
		case 'hexagon':
			return `<polygon points="${polygon(x, y, d, 6)}" ${attrs}/>`;
		case 'octagon':
			return `<polygon points="${polygon(x, y, d, 8)}" ${attrs}/>`;
		case 'star':
			return `<polygon points="${polygon(x, y, d, 5, true)}" ${attrs}/>`;
		case 'round-rectangle':
			return `<rect x="${(x - d / 2).toFixed(1)}" y="${(y - d / 2).toFixed(1)}" width="${d}" height="${d}" rx="${d / 5}" ${attrs}/>`;
		default:
			return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${d / 2}" ${attrs}/>`;
	}
}

const DASH: Record<string, string> = {
	dashed: ' stroke-dasharray="6 4"',
	dotted: ' stroke-dasharray="1 3"'
};

/** A group's outline (a community), in model coordinates, as the canvas draws it. */
export interface SvgGroup {
	label: string;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/**
 * A standalone SVG of the current view, drawn from the same element data as the canvas (a
 * vector copy for reports and print). Elements outside the view are left out; group outlines go
 * under everything, as on the canvas.
 */
export function toSvg(
	elements: readonly CyElement[],
	positions: ReadonlyMap<string, { x: number; y: number }>,
	view: SvgView,
	options: SvgOptions = {}
): string {
	const { markup, viewBox } = svgDrawing(elements, positions, view, options);
	return (
		`<?xml version="1.0" encoding="UTF-8"?>\n` +
		`<svg xmlns="http://www.w3.org/2000/svg" width="${view.width}" height="${view.height}" viewBox="${viewBox}">` +
		(options.title ? `<title>${escapeXml(options.title)}</title>` : '') +
		markup +
		`</svg>`
	);
}

export interface SvgOptions {
	faded?: ReadonlySet<string>;
	title?: string;
	groups?: readonly SvgGroup[];
	/** node ids whose label is drawn (as on screen); all when absent */
	labelled?: ReadonlySet<string>;
}

/** The drawing alone (background, groups, edges, nodes) and its viewBox in model coordinates. */
export function svgDrawing(
	elements: readonly CyElement[],
	positions: ReadonlyMap<string, { x: number; y: number }>,
	view: SvgView,
	options: SvgOptions = {}
): { markup: string; viewBox: string } {
	const inView = (p: { x: number; y: number }, margin = 60) =>
		p.x >= view.x1 - margin &&
		p.x <= view.x2 + margin &&
		p.y >= view.y1 - margin &&
		p.y <= view.y2 + margin;
	const opacity = (id: string) => (options.faded?.has(id) ? ' opacity="0.15"' : '');
	const parts: string[] = [];
	for (const g of options.groups ?? []) {
		if (g.x2 < view.x1 || g.x1 > view.x2 || g.y2 < view.y1 || g.y1 > view.y2) continue;
		parts.push(
			`<g class="group"><rect x="${g.x1.toFixed(1)}" y="${g.y1.toFixed(1)}" width="${(g.x2 - g.x1).toFixed(1)}" height="${(g.y2 - g.y1).toFixed(1)}" rx="12" fill="${GROUP_FILL}" fill-opacity="${GROUP_FILL_OPACITY}" stroke="${GROUP_BORDER}" stroke-width="1.5"/>` +
				`<text x="${((g.x1 + g.x2) / 2).toFixed(1)}" y="${(g.y1 - 6).toFixed(1)}" text-anchor="middle" font-size="${GROUP_FONT_SIZE}" font-weight="bold" font-family="system-ui, sans-serif" fill="${GROUP_TEXT}">${escapeXml(g.label)}</text></g>`
		);
	}
	for (const e of elements) {
		if (e.group !== 'edges') continue;
		const a = positions.get(String(e.data.source));
		const b = positions.get(String(e.data.target));
		if (!a || !b || (!inView(a) && !inView(b))) continue;
		parts.push(
			`<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="${e.data.colour}" stroke-width="${e.data.width}" stroke-opacity="0.7"${DASH[String(e.data.line)] ?? ''}${opacity(String(e.data.id))}/>`
		);
	}
	for (const e of elements) {
		// group parents are drawn above as outlines, not as nodes
		if (e.group !== 'nodes' || e.classes === GROUP_CLASS) continue;
		const p = positions.get(String(e.data.id));
		if (!p || !inView(p)) continue;
		const d = Number(e.data.size);
		const id = String(e.data.id);
		const label = !options.labelled || options.labelled.has(id);
		parts.push(
			`<g${opacity(id)}>${shapeSvg(String(e.data.shape), p.x, p.y, d, `fill="${e.data.colour}" stroke="#FFFFFF"`)}` +
				(label ? '' : '</g>') +
				(!label
					? ''
					: `<text x="${p.x.toFixed(1)}" y="${(p.y + d / 2 + 12).toFixed(1)}" text-anchor="middle" font-size="11" font-family="system-ui, sans-serif" fill="#1A1A1A" paint-order="stroke" stroke="#FFFFFF" stroke-width="3">${escapeXml(String(e.data.label))}</text></g>`)
		);
	}
	const w = view.x2 - view.x1;
	const h = view.y2 - view.y1;
	return {
		viewBox: `${view.x1.toFixed(1)} ${view.y1.toFixed(1)} ${w.toFixed(1)} ${h.toFixed(1)}`,
		markup:
			`<rect x="${view.x1}" y="${view.y1}" width="${w}" height="${h}" fill="#FFFFFF"/>` +
			parts.join('')
	};
}
