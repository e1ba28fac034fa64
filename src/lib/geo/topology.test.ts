import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { MultiLineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { GEO_ASSET, GEO_SOURCE, sha256 } from '../../../scripts/build-geo';
import {
	BOUNDARIES_ATTRIBUTION,
	fitFrame,
	groupOutlines,
	outlineBetween,
	planarComuni,
	type ComuniTopology
} from './topology';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const asset = JSON.parse(readFileSync(ROOT + GEO_ASSET, 'utf8')) as ComuniTopology;

/** Three unit squares in a row, A | B | C (arcs: shared A|B, shared B|C, and each one's edge). */
function strip(): ComuniTopology {
	const square = (id: string, arcs: number[]) => ({
		type: 'Polygon' as const,
		id,
		arcs: [arcs],
		properties: { name: id, labelPoint: [0, 0] as [number, number] }
	});
	return {
		type: 'Topology',
		bbox: [0, 0, 0.03, 0.01],
		arcs: [
			[
				[0.01, 0],
				[0.01, 0.01]
			], // 0: A|B
			[
				[0.02, 0],
				[0.02, 0.01]
			], // 1: B|C
			[
				[0.01, 0.01],
				[0, 0.01],
				[0, 0],
				[0.01, 0]
			], // 2: A's edge
			[
				[0.01, 0],
				[0.02, 0]
			], // 3: B's bottom
			[
				[0.02, 0.01],
				[0.01, 0.01]
			], // 4: B's top
			[
				[0.02, 0],
				[0.03, 0],
				[0.03, 0.01],
				[0.02, 0.01]
			] // 5: C's edge
		],
		objects: {
			comuni: {
				type: 'GeometryCollection',
				geometries: [square('A', [2, 0]), square('B', [3, 1, 4, ~0]), square('C', [5, ~1])]
			}
		}
	} as unknown as ComuniTopology;
}
/** The unit segments of a line set, each as "x,y-x,y" (in hundredths, direction ignored). */
const segments = (m: MultiLineString) =>
	new Set(
		m.coordinates.flatMap((line) =>
			line.slice(1).map((p, i) => {
				const key = (q: number[]) => q.map((c) => Math.round(c * 100)).join(',');
				return [key(line[i]!), key(p)].sort().join('-');
			})
		)
	);

describe('group outlines from Comuni', () => {
	it('draws arcs between different groups and a known group’s edge, nothing inside or unknown', () => {
		const groupOf = new Map([
			['A', 'g1'],
			['B', 'g1'],
			['C', 'g2']
		]);
		expect(outlineBetween(groupOf, 'A', 'B')).toBe(false);
		expect(outlineBetween(groupOf, 'B', 'C')).toBe(true);
		expect(outlineBetween(groupOf, 'A', 'A')).toBe(true);
		expect(outlineBetween(new Map(), 'A', 'A')).toBe(false);
		expect(outlineBetween(new Map([['A', 'g1']]), 'A', 'B')).toBe(true);
		expect(outlineBetween(new Map([['A', 'g1']]), 'B', 'C')).toBe(false);
		// g1 = A+B: its edge all round (A's edge, B's bottom, B|C, B's top); g2 = C: its edge and B|C
		expect([...segments(groupOutlines(strip(), groupOf))].sort()).toEqual(
			[
				'0,0-0,1',
				'0,1-1,1',
				'0,0-1,0',
				'1,0-2,0',
				'2,0-2,1',
				'1,1-2,1',
				'2,0-3,0',
				'3,0-3,1',
				'2,1-3,1'
			].sort()
		);
		// only g1 known: its edge, nothing between B and the unknown C… except g1's edge B|C
		expect([...segments(groupOutlines(strip(), new Map([['A', 'g1']])))].sort()).toEqual(
			['0,0-0,1', '0,1-1,1', '0,0-1,0', '1,0-1,1'].sort()
		);
	});

	it('fits the frame to a set of boxes with the padding asked', () => {
		const f = fitFrame(
			[
				[
					[10, 10],
					[20, 15]
				],
				[
					[15, 12],
					[30, 20]
				]
			],
			220,
			120,
			10
		);
		expect(f.k).toBe(10);
		expect(f.x + f.k * 10).toBeCloseTo(10);
		expect(f.y + f.k * 10).toBeCloseTo(10);
	});
});

describe('the boundaries asset', () => {
	it('was built from the vendored GeoJSON as it is now (run `npm run geo` after changing it)', () => {
		const source = readFileSync(ROOT + GEO_SOURCE);
		expect(asset.trama?.sourceSha256).toBe(sha256(source));
		expect(asset.trama?.attribution).toBe(BOUNDARIES_ATTRIBUTION);
	});

	it('has one shape per Comune of comuni.csv, with its name', () => {
		const csv = Papa.parse<Record<string, string>>(
			readFileSync(ROOT + 'graph/seed/territory/comuni.csv', 'utf8'),
			{ header: true, skipEmptyLines: true }
		).data;
		const geometries = asset.objects.comuni.geometries;
		expect(geometries.map((g) => g.id).sort()).toEqual(csv.map((r) => r.istat_code).sort());
		const names = new Map(csv.map((r) => [r.istat_code, r.name]));
		expect(
			geometries.filter((g) => (g.properties as { name: string }).name !== names.get(String(g.id)))
		).toEqual([]);
	});

	it('is a clean topology: each boundary one arc shared by its two Comuni', () => {
		const uses = new Map<number, number>();
		const walk = (a: unknown): void => {
			if (typeof a === 'number') uses.set(a < 0 ? ~a : a, (uses.get(a < 0 ? ~a : a) ?? 0) + 1);
			else if (Array.isArray(a)) a.forEach(walk);
		};
		for (const g of asset.objects.comuni.geometries) walk((g as { arcs: unknown }).arcs);
		const counts = [...uses.values()];
		expect(Math.max(...counts)).toBe(2);
		// the region's edge (and a few enclaves) are the only arcs with one Comune: 229 of 4,666
		expect(counts.filter((n) => n === 1).length).toBeLessThan(300);
	});

	it('projects into a frame about 1,000 units across, Milano inside Lombardy', () => {
		const p = planarComuni(asset);
		const all = [...p.bounds.values()];
		const width = Math.max(...all.map((b) => b[1][0])) - Math.min(...all.map((b) => b[0][0]));
		expect(width).toBeGreaterThan(900);
		expect(width).toBeLessThan(1100);
		const [[x0, y0], [x1, y1]] = p.bounds.get('015146')!;
		const [lx, ly] = p.labelAt.get('015146')!;
		expect(lx > x0 && lx < x1 && ly > y0 && ly < y1).toBe(true);
		// north is up: Sondrio (014061) above Pavia (018110)
		expect(p.labelAt.get('014061')![1]).toBeLessThan(p.labelAt.get('018110')![1]);
	});
});
