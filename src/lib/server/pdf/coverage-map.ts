import { geoPath, geoTransform } from 'd3-geo';
import { COVERAGE_COLOURS } from '../../geo/coverage';
import { exportSvg } from '../../geo/export';
import {
	BOUNDARIES_ATTRIBUTION,
	fitFrame,
	planarComuni,
	type ComuniTopology,
	type PlanarComuni
} from '../../geo/topology';

/** The Comuni's boundaries projected once per process (the same asset and projection as GeoMap). */
let planar: Promise<PlanarComuni> | null = null;
const comuni = () =>
	(planar ??= import('../../geo/data/comuni-lombardia.topo.json').then((asset) =>
		planarComuni(asset.default as unknown as ComuniTopology)
	));

/** Grey for the Comuni around the target, drawn so the reader knows where the territory lies. */
const CONTEXT_FILL = '#EEEEEE';
const WIDTH = 520;
const HEIGHT = 340;

export interface CoverageMapInput {
	covered: readonly string[];
	uncovered: readonly string[];
	title: string;
	legendTitle: string;
	labels: { covered: string; uncovered: string; context: string };
	dateLine: string;
}

/**
 * The covered and uncovered Comuni of a project's target as a standalone SVG, drawn in Node with
 * d3-geo from the TopoJSON (no browser): title, legend, date and the boundaries' attribution
 * (CC BY 4.0), as the map export of the pages. Null when no target Comune has a boundary.
 */
export async function coverageMapSvg(input: CoverageMapInput): Promise<string | null> {
	const { features, bounds } = await comuni();
	const classOf = new Map<string, 'covered' | 'uncovered'>([
		...input.uncovered.map((istat) => [istat, 'uncovered'] as const),
		...input.covered.map((istat) => [istat, 'covered'] as const)
	]);
	const boxes = [...classOf.keys()].flatMap((istat) => {
		const box = bounds.get(istat);
		return box ? [box] : [];
	});
	if (boxes.length === 0) return null;
	const { k, x, y } = fitFrame(boxes, WIDTH, HEIGHT, 12);
	const path = geoPath(
		geoTransform({
			point(px, py) {
				this.stream.point(k * px + x, k * py + y);
			}
		})
	);
	const visible = (istat: string) => {
		const b = bounds.get(istat);
		return (
			!!b &&
			k * b[1][0] + x >= 0 &&
			k * b[0][0] + x <= WIDTH &&
			k * b[1][1] + y >= 0 &&
			k * b[0][1] + y <= HEIGHT
		);
	};
	const shapes = features
		.filter((f) => classOf.has(f.id) || visible(f.id))
		// the target last, so its borders are drawn over its neighbours'
		.sort((a, b) => Number(classOf.has(a.id)) - Number(classOf.has(b.id)))
		.map((f) => {
			const cls = classOf.get(f.id);
			const fill = cls ? COVERAGE_COLOURS[cls] : CONTEXT_FILL;
			return `<path d="${path(f) ?? ''}" fill="${fill}" stroke="${cls ? '#FFFFFF' : '#BBBBBB'}" stroke-width="${cls ? 0.8 : 0.4}"/>`;
		})
		.join('');
	return exportSvg({
		mapMarkup: shapes,
		width: WIDTH,
		height: HEIGHT,
		title: input.title,
		legendTitle: input.legendTitle,
		legend: [
			{ colour: COVERAGE_COLOURS.covered, label: input.labels.covered },
			{ colour: COVERAGE_COLOURS.uncovered, label: input.labels.uncovered },
			{ colour: CONTEXT_FILL, label: input.labels.context }
		],
		dateLine: input.dateLine,
		attribution: BOUNDARIES_ATTRIBUTION
	}).svg;
}
