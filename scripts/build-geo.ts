/**
 * `npm run geo`: turns the vendored boundaries (graph/seed/territory/geo/comuni-lombardia.geojson,
 * 1.6 MB) into the TopoJSON the browser downloads (src/lib/geo/data/comuni-lombardia.topo.json,
 * imported with `?url` so Vite serves it hashed and cacheable, precompressed by adapter-node).
 *
 * The source was simplified one polygon at a time, so neighbours' shared boundaries disagree between
 * shared vertices (slivers up to ~90 m): built as is, a topology has 7,361 arcs used by one Comune only
 * and Ambito outlines would show their inner boundaries. mapshaper (mbloch/mapshaper) repairs that
 * (`snap`, `-clean`: one arc per shared boundary), then simplifies the arcs (Visvalingam, weighted,
 * 50 % of removable vertices kept, `keep-shapes` so no Comune vanishes) and quantizes to 1e4 steps
 * (~23 m in Lombardy). It runs through `npx` at a pinned version: it is a build tool with ~180
 * packages (a native sqlite among them) that the app never loads, so it is not a dependency; the
 * output is committed and `geo-asset.test.ts` checks it was built from the current source.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BOUNDARIES_ATTRIBUTION, COMUNI_OBJECT, type GeoAssetMeta } from '../src/lib/geo/topology';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const GEO_SOURCE = 'graph/seed/territory/geo/comuni-lombardia.geojson';
export const GEO_ASSET = 'src/lib/geo/data/comuni-lombardia.topo.json';
const MAPSHAPER = 'mapshaper@0.7.70';
const COMMANDS = [
	'snap',
	'-clean',
	'-simplify',
	'50%',
	'keep-shapes',
	'-filter-fields',
	'istat,name,labelPoint'
];
const QUANTIZATION = 10_000;

export const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

interface MapshaperGeometry {
	type: string;
	id?: string;
	arcs?: unknown;
	properties?: { istat: string; name: string; labelPoint: [number, number] };
}

function build() {
	const source = readFileSync(path.join(ROOT, GEO_SOURCE));
	const dir = mkdtempSync(path.join(os.tmpdir(), 'trama-geo-'));
	try {
		const out = path.join(dir, 'out.json');
		const run = spawnSync(
			'npx',
			[
				'--yes',
				MAPSHAPER,
				'-i',
				path.join(ROOT, GEO_SOURCE),
				...COMMANDS,
				'-o',
				'format=topojson',
				`quantization=${QUANTIZATION}`,
				out
			],
			{ encoding: 'utf8', stdio: ['ignore', 'inherit', 'inherit'] }
		);
		if (run.status !== 0) throw new Error(`mapshaper failed (exit ${run.status})`);
		const topo = JSON.parse(readFileSync(out, 'utf8')) as {
			objects: Record<string, { type: string; geometries: MapshaperGeometry[] }>;
			[key: string]: unknown;
		};
		const [layer] = Object.values(topo.objects);
		if (!layer) throw new Error('mapshaper wrote no layer');
		// Stable, small properties: the ISTAT code as id, the name, the label point to 4 decimals (~10 m).
		const geometries = layer.geometries.map((g) => {
			const p = g.properties!;
			return {
				type: g.type,
				arcs: g.arcs,
				id: p.istat,
				properties: {
					name: p.name,
					labelPoint: p.labelPoint.map((c) => Math.round(c * 1e4) / 1e4)
				}
			};
		});
		geometries.sort((a, b) => a.id.localeCompare(b.id));
		const meta: GeoAssetMeta = {
			source: GEO_SOURCE,
			sourceSha256: sha256(source),
			attribution: BOUNDARIES_ATTRIBUTION,
			tool: `${MAPSHAPER} ${COMMANDS.join(' ')} -o format=topojson quantization=${QUANTIZATION}`
		};
		const asset = {
			type: 'Topology',
			trama: meta,
			transform: topo.transform,
			bbox: topo.bbox,
			objects: { [COMUNI_OBJECT]: { type: 'GeometryCollection', geometries } },
			arcs: topo.arcs
		};
		writeFileSync(path.join(ROOT, GEO_ASSET), JSON.stringify(asset) + '\n');
		console.log(
			`written ${GEO_ASSET}: ${geometries.length} Comuni, ${(topo.arcs as unknown[]).length} arcs`
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) build();
