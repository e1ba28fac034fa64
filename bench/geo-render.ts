/**
 * Geographic map benchmark (issue 17; run alone with `npx tsx bench/geo-render.ts`, or by
 * bench/run.ts). GeoMap draws all 1,502 Comuni, coloured by residents, with the Ambiti's outlines
 * and labels, in Debian's Chromium at 1280×800, on the harness page (tests/harness/geo, built by
 * Vite in production mode as the app is). Per page load:
 * - render: ms from mounting the component, after the boundaries and the data have loaded, to the
 *   end of the first frame drawn (the second requestAnimationFrame callback after mounting);
 * - load: ms to fetch and parse the boundaries and the scenario (local server, no network cost).
 * Medians and p95 (nearest rank) over GEO_RUNS page loads (default 15) after one warm-up; plus the
 * size of the boundaries' asset as downloaded, raw and gzip-compressed (level 9, as adapter-node
 * precompresses) and brotli; the machine's 1-minute load average before and after the runs.
 * Writes bench/results/geo.json.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import {
	buildGeoHarness,
	removeHarness,
	serveGeoHarness,
	territoryComuni
} from '../tests/helpers/geo-harness';
import { pct } from './map-render';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.GEO_RUNS ?? 15);
const ASSET = path.join(ROOT, 'src/lib/geo/data/comuni-lombardia.topo.json');

async function main() {
	const dir = await buildGeoHarness();
	const comuni = await territoryComuni();
	const harness = await serveGeoHarness(dir, {
		title: 'Residenti per Comune',
		comuni,
		measure: {
			kind: 'numeric',
			label: 'Residenti',
			values: comuni.filter((c) => c.population !== null).map((c) => [c.istat, c.population!])
		},
		level: 'ambito',
		focus: null,
		highlight: [],
		points: [],
		width: 1200,
		height: 760,
		date: new Date().toISOString()
	});
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		headless: true,
		args: ['--no-sandbox']
	});
	// a shared 2-core machine: the figures are only as quiet as the machine was (1-minute load)
	const loadBefore = os.loadavg()[0]!;
	const render: number[] = [];
	const load: number[] = [];
	let labels = 0;
	try {
		for (let i = 0; i < RUNS + 1; i++) {
			const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
			await page.goto(harness.url);
			await page.waitForFunction(
				() => (window as { __geo?: { renderMs?: number } }).__geo?.renderMs !== undefined,
				null,
				{ timeout: 60_000 }
			);
			const r = await page.evaluate(() => {
				const g = (window as unknown as { __geo: { renderMs: number; loadMs: number } }).__geo;
				return { render: g.renderMs, load: g.loadMs };
			});
			const paths = await page.locator('[data-layer="comuni"] path').count();
			if (paths !== 1502) throw new Error(`drew ${paths} Comuni, not 1,502`);
			labels = await page.locator('[data-layer="labels"] text').count();
			await page.close();
			if (i === 0) continue; // warm-up (browser caches, JIT)
			render.push(r.render);
			load.push(r.load);
		}
	} finally {
		await browser.close();
		await harness.close();
		await removeHarness(dir);
	}
	const asset = await readFile(ASSET);
	const result = {
		runs: RUNS,
		viewport: '1280x800',
		map: '1200x760 SVG, 1,502 Comuni by residents (5 quantile classes), Ambito outlines, labels',
		geoRenderP50Ms: pct(render, 50),
		geoRenderP95Ms: pct(render, 95),
		geoLoadP50Ms: pct(load, 50),
		labelsAtWholeView: labels,
		geoAssetBytes: asset.length,
		geoAssetGzipBytes: gzipSync(asset, { level: 9 }).length,
		geoAssetBrotliBytes: brotliCompressSync(asset).length,
		targetRenderP50Ms: 300,
		loadAverage1m: [Number(loadBefore.toFixed(1)), Number(os.loadavg()[0]!.toFixed(1))]
	};
	console.log(
		`geo: render p50 ${result.geoRenderP50Ms} ms, p95 ${result.geoRenderP95Ms} ms (${RUNS} loads); load p50 ${result.geoLoadP50Ms} ms; asset ${result.geoAssetBytes} B, gzip ${result.geoAssetGzipBytes} B, brotli ${result.geoAssetBrotliBytes} B`
	);
	await mkdir(path.join(ROOT, 'bench', 'results'), { recursive: true });
	await writeFile(
		path.join(ROOT, 'bench', 'results', 'geo.json'),
		JSON.stringify(result, null, '\t') + '\n'
	);
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
