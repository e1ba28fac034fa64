import type { LegendEntry } from './scale';

/**
 * A standalone SVG of the map as shown: title on top, the map (the live SVG's drawing, which uses
 * presentation attributes only, so it needs no stylesheet), then legend, date and the boundaries'
 * attribution. The PNG export draws this same SVG onto a canvas.
 */
export interface ExportInput {
	/** inner markup of the map's SVG (its current view) */
	mapMarkup: string;
	/** the markup's coordinates (default: the output's pixels, `0 0 width height`) */
	mapViewBox?: string;
	width: number;
	height: number;
	title: string;
	legendTitle: string;
	legend: readonly LegendEntry[];
	/** e.g. "Data: 4 dicembre 2026" */
	dateLine: string;
	/** the boundaries' licence line (maps that draw them); null for a network */
	attribution: string | null;
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
const FONT = 'font-family="system-ui, sans-serif"';
const HEADER = 40;
const ROW = 20;

export function exportSvg(input: ExportInput): { svg: string; width: number; height: number } {
	const legendRows = input.legend.length + 1;
	const footer = 16 + legendRows * ROW + (input.attribution ? 2 : 1) * ROW;
	const width = input.width;
	const height = HEADER + input.height + footer;
	const y0 = HEADER + input.height + 16;
	const legend = input.legend
		.map(
			(e, i) =>
				`<g class="legend-entry"><rect x="16" y="${y0 + (i + 1) * ROW - 12}" width="14" height="14" fill="${e.colour}" stroke="#555555" stroke-width="0.5"/>` +
				`<text x="38" y="${y0 + (i + 1) * ROW}" font-size="13" ${FONT} fill="#1A1A1A">${escapeXml(e.label)}</text></g>`
		)
		.join('');
	const yDate = y0 + legendRows * ROW + 6;
	const svg =
		`<?xml version="1.0" encoding="UTF-8"?>\n` +
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
		`<title>${escapeXml(input.title)}</title>` +
		`<rect width="${width}" height="${height}" fill="#FFFFFF"/>` +
		`<text x="16" y="27" font-size="18" font-weight="bold" ${FONT} fill="#1A1A1A">${escapeXml(input.title)}</text>` +
		`<svg x="0" y="${HEADER}" width="${input.width}" height="${input.height}" viewBox="${input.mapViewBox ?? `0 0 ${input.width} ${input.height}`}">${input.mapMarkup}</svg>` +
		`<g class="legend"><text x="16" y="${y0}" font-size="14" font-weight="bold" ${FONT} fill="#1A1A1A">${escapeXml(input.legendTitle)}</text>${legend}</g>` +
		`<text class="date" x="16" y="${yDate}" font-size="12" ${FONT} fill="#444444">${escapeXml(input.dateLine)}</text>` +
		(input.attribution
			? `<text class="attribution" x="16" y="${yDate + ROW}" font-size="12" ${FONT} fill="#444444">${escapeXml(input.attribution)}</text>`
			: '') +
		`</svg>`;
	return { svg, width, height };
}
