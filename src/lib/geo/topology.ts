import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { geoPath, geoTransverseMercator } from 'd3-geo';
import { feature, mesh, transform as arcTransform } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Required by the boundaries' licence (CC BY 4.0): shown on every map and every export. */
export const BOUNDARIES_ATTRIBUTION = 'Confini comunali: ISTAT, elaborazione Openpolis (CC BY 4.0)';
/** The one object of the asset, keyed by ISTAT code. */
export const COMUNI_OBJECT = 'comuni';

/** Where the asset came from (written by scripts/build-geo.ts, checked by geo-asset.test.ts). */
export interface GeoAssetMeta {
	source: string;
	sourceSha256: string;
	attribution: string;
	tool: string;
}
export interface ComuneProperties {
	name: string;
	/** [lon, lat] inside the polygon: where its label and the actors seated there go */
	labelPoint: [number, number];
}
export type ComuniTopology = Topology<{
	comuni: GeometryCollection<ComuneProperties>;
}> & { trama?: GeoAssetMeta };
export type ComuneFeature = Feature<Polygon | MultiPolygon, ComuneProperties> & { id: string };

/** The Comuni as GeoJSON features (id = ISTAT code), in the asset's order. */
export function comuniFeatures(topology: ComuniTopology): ComuneFeature[] {
	const fc = feature(topology, topology.objects.comuni) as FeatureCollection<
		Polygon | MultiPolygon,
		ComuneProperties
	>;
	return fc.features as ComuneFeature[];
}

/**
 * The boundaries between groups (Ambiti, ATS, …) as one line set: the arcs whose two sides belong to
 * different groups, or whose one known side faces the region's edge. Arcs between two Comuni of no
 * known group are left out, so an unknown area shows no invented outline.
 */
export function groupOutlines(
	topology: ComuniTopology,
	groupOf: ReadonlyMap<string, string>
): MultiLineString {
	return mesh(topology, topology.objects.comuni, (a, b) =>
		outlineBetween(groupOf, String(a.id), String(b.id))
	);
}

/** Whether the arc between Comuni `a` and `b` (a === b: the region's edge) is a group boundary. */
export function outlineBetween(
	groupOf: ReadonlyMap<string, string>,
	a: string,
	b: string
): boolean {
	const ga = groupOf.get(a);
	const gb = groupOf.get(b);
	if (a === b) return ga !== undefined;
	return ga !== gb && (ga !== undefined || gb !== undefined);
}

/** The planar frame the map draws in: about this many units across Lombardy. */
export const FRAME_SIZE = 1000;

export interface PlanarComuni {
	/** the topology with every arc point projected (planar coordinates, no transform) */
	topology: ComuniTopology;
	features: ComuneFeature[];
	/** [[x0, y0], [x1, y1]] of each Comune in the frame */
	bounds: Map<string, [[number, number], [number, number]]>;
	/** each Comune's label point in the frame */
	labelAt: Map<string, [number, number]>;
}

/**
 * Projects the boundaries once, point by point, with d3's transverse Mercator (conformal, centred on
 * Lombardy's middle meridian as UTM zone 32 is on 9°E; no resampling: Comuni are small). Fitting the
 * view to a size or to an Ambito is then a scale and a translation of this frame, and paths, bounds
 * and outlines are computed on plane geometry: the first draw does no spherical work per render.
 */
export function planarComuni(topology: ComuniTopology): PlanarComuni {
	const projection = geoTransverseMercator().rotate([-10, 0]).precision(0);
	const [x0, y0, x1, y1] = topology.bbox ?? [8.4, 44.6, 11.5, 46.7];
	projection.fitSize([FRAME_SIZE, FRAME_SIZE], {
		type: 'MultiPoint',
		coordinates: [
			[x0, y0],
			[x1, y1],
			[x0, y1],
			[x1, y0]
		]
	});
	const decode = arcTransform(topology.transform ?? null);
	const arcs = topology.arcs.map((arc) =>
		// the second argument says "not the arc's first point" (delta decoding restarts at each arc)
		arc.map((p, i) => projection(decode(p, i > 0) as [number, number]) ?? [0, 0])
	);
	const geometries = topology.objects.comuni.geometries.map((g) => {
		const p = g.properties as ComuneProperties;
		return { ...g, properties: { ...p, labelPoint: projection(p.labelPoint) ?? [0, 0] } };
	});
	const planar = {
		type: 'Topology',
		arcs,
		objects: { comuni: { type: 'GeometryCollection', geometries } }
	} as unknown as ComuniTopology;
	const features = comuniFeatures(planar);
	const path = geoPath();
	return {
		topology: planar,
		features,
		bounds: new Map(
			features.map((f) => [f.id, path.bounds(f) as [[number, number], [number, number]]])
		),
		labelAt: new Map(features.map((f) => [f.id, f.properties.labelPoint]))
	};
}

export interface ComuneShape {
	id: string;
	name: string;
	/** the outline as an SVG path in the frame */
	d: string;
	/** the label point in the frame */
	at: [number, number];
}
export interface DrawnComuni extends PlanarComuni {
	shapes: ComuneShape[];
	shapeById: Map<string, ComuneShape>;
	/** every Comune as a `<path data-istat>`, in the order of `shapes`: one string the browser parses at once */
	markup: string;
}

const drawn = new WeakMap<ComuniTopology, DrawnComuni>();

/**
 * The projected boundaries and their SVG paths, computed once per topology object (a page that
 * shows the map again, or switches view and back, draws without projecting anything).
 */
export function drawnComuni(topology: ComuniTopology): DrawnComuni {
	const cached = drawn.get(topology);
	if (cached) return cached;
	const planar = planarComuni(topology);
	const path = geoPath().digits(1);
	const shapes = planar.features.map((f) => ({
		id: f.id,
		name: f.properties.name,
		d: path(f) ?? '',
		at: f.properties.labelPoint
	}));
	const markup = shapes
		.map((s) => `<path d="${s.d}" data-istat="${s.id}" vector-effect="non-scaling-stroke"></path>`)
		.join('');
	const result = { ...planar, shapes, shapeById: new Map(shapes.map((s) => [s.id, s])), markup };
	drawn.set(topology, result);
	return result;
}

/** Scale and translation that fit the union of `boxes` into width × height with `pad` px around. */
export function fitFrame(
	boxes: Iterable<[[number, number], [number, number]]>,
	width: number,
	height: number,
	pad: number
): { k: number; x: number; y: number } {
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [[a, b], [c, d]] of boxes) {
		x0 = Math.min(x0, a);
		y0 = Math.min(y0, b);
		x1 = Math.max(x1, c);
		y1 = Math.max(y1, d);
	}
	if (!Number.isFinite(x0)) return { k: 1, x: 0, y: 0 };
	const k = Math.min(
		(width - 2 * pad) / Math.max(x1 - x0, 1e-9),
		(height - 2 * pad) / Math.max(y1 - y0, 1e-9)
	);
	return { k, x: (width - k * (x1 + x0)) / 2, y: (height - k * (y1 + y0)) / 2 };
}
