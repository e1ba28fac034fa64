/**
 * Map-render benchmark (issue 6; run alone with `npx tsx bench/map-render.ts`, or by bench/run.ts).
 * Synthetic Ambito-like graphs of 2,000 and 10,000 elements (nodes + edges, edges ≈ 2 × nodes,
 * kinds and sectors mixed like the demo) drawn in Debian's Chromium with the map's real encoding:
 * `toCyElements` + `mapStylesheet` + `mapRendererOptions` from src/lib/map (the options object
 * NetworkMap.svelte spreads into cytoscape, `drawFirstFrameDirectly` and
 * `styleNewElementsWithoutTriggers`), on precomputed positions
 * (`preset`), as the page does.
 * - first render: ms from the start of the page's script (elements parsed, cytoscape created) to
 *   cytoscape's first `render` event, and from navigation start;
 * - interaction: ms from a programmatic zoom + pan to the next `render` event (kept for comparison:
 *   it skips cytoscape's gesture path, so it times a full redraw at a new zoom, not a gesture);
 * - pan/zoom as felt: real mouse input (a drag, then wheel notches in and out, ~1 s each), with
 *   requestAnimationFrame intervals while input arrives (median, p95), each gesture's longest frame
 *   (input and the redraw after it), and the time from a gesture's last input to the last redraw;
 * - force layout: ForceAtlas2 positions (`forceLayout`, what the page's web worker runs), timed in Node.
 * Medians and p95 over MAP_RUNS page loads (default 7) after one warm-up; MAP_DPR=2 draws as on a
 * high-density screen; MAP_SIZES=10000 one size only. Writes bench/results/map.json (or MAP_OUT).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import {
	LARGE_MAP_ELEMENTS,
	drawFirstFrameDirectly,
	mapRendererOptions,
	mapStylesheet,
	styleNewElementsWithoutTriggers,
	toCyElements
} from '../src/lib/map/cy-elements';
import { forceLayout } from '../src/lib/map/force-layout';
import { groupedPositions, sectorGroup } from '../src/lib/map/layouts';
import { degrees, nodeSizes } from '../src/lib/map/metrics';
import type { MapEdge, MapGraph, MapNode } from '../src/lib/map/types';
import { fitViewport } from '../src/lib/map/viewport';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.MAP_RUNS ?? 7);
/** device pixel ratio of the page (MAP_DPR=2 for a high-density laptop screen) */
const DPR = Number(process.env.MAP_DPR ?? 1);
/** MAP_SIZES=10000 measures one size only (a before/after of the 10k figure in half the time) */
const SIZES = (process.env.MAP_SIZES ?? '2000,10000').split(',').map(Number);

const KINDS: Array<[string, string, MapNode['type']]> = [
	['comune', 'public_institutional', 'actor'],
	['odv', 'third_sector', 'actor'],
	['aps', 'third_sector', 'actor'],
	['cooperativa_sociale_a', 'third_sector', 'actor'],
	['impresa', 'private_profit', 'actor'],
	['fondazione', 'foundations', 'actor'],
	['scuola', 'education_work', 'actor'],
	['asst', 'socio_sanitary', 'actor'],
	['organizzazione_sindacale', 'social_partners', 'actor'],
	['associazione_famiglie', 'families_citizens', 'actor']
];

/** Deterministic synthetic graph: one node in three has ties to near neighbours (as partnerships do). */
export function syntheticGraph(elements: number): MapGraph {
	let seed = 7;
	const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
	const n = Math.round(elements / 3);
	const nodes: MapNode[] = [];
	for (let i = 0; i < n; i++) {
		const isProject = i % 12 === 0;
		const isNetwork = i % 29 === 0;
		const [kind, sector] = KINDS[i % KINDS.length]!;
		nodes.push({
			id: `n${i}`,
			label: isProject ? `Progetto ${i}` : `Ente ${i}`,
			type: isProject ? 'project' : isNetwork ? 'network' : 'actor',
			kind: isProject || isNetwork ? null : kind,
			sector: isProject ? null : isNetwork ? 'networks' : sector,
			fictional: true,
			istat: null,
			population: null,
			triennio: isProject ? (i % 24 ? '2021-2023' : '2018-2020') : null,
			workshops: []
		});
	}
	const types = ['PARTNER_IN', 'COLLABORATES_WITH', 'MEMBER_OF', 'SEATED_IN'];
	const edges: MapEdge[] = [];
	for (let e = 0; e < elements - n; e++) {
		const a = Math.floor(rnd() * n);
		const b = (a + 1 + Math.floor(rnd() * 40)) % n;
		edges.push({
			id: `e${e}`,
			source: `n${a}`,
			target: `n${b}`,
			type: types[e % types.length]!,
			role: null,
			strength: e % 5,
			since: null,
			until: null,
			valueEur: null
		});
	}
	return { nodes, edges };
}

export const PAGE = (payload: string) => `<!doctype html><html><head><meta charset="utf-8">
<style>html,body,#cy{margin:0;width:1280px;height:800px}</style></head><body><div id="cy"></div>
<script src="/cytoscape.js"></script><script>
(function () {
  var t0 = performance.now();
  var input = ${payload};
  // as the page does: positions as given (a preset layout that fits would measure every element
  // before the first frame), the view fitted from positions and sizes ($lib/map/viewport)
  var options = Object.assign({ container: document.getElementById('cy'), elements: input.elements,
    layout: { name: 'preset', fit: false }, style: input.style }, input.options);
  var cy = (window.__cy = cytoscape(options));
  // the page's own function, sent as source: the first frame drawn as NetworkMap.svelte draws it
  (${drawFirstFrameDirectly.toString()})(cy);
  (${styleNewElementsWithoutTriggers.toString()})(cy);
  cy.viewport(input.viewport);
  cy.one('render', function () {
    window.__firstRender = performance.now();
    window.__firstRenderFromScript = performance.now() - t0;
  });
  window.__interact = function () {
    return new Promise(function (resolve) {
      var t = performance.now();
      cy.one('render', function () { resolve(performance.now() - t); });
      cy.zoom({ level: cy.zoom() * 1.5, renderedPosition: { x: 640, y: 400 } });
      cy.panBy({ x: 60, y: 40 });
    });
  };
  // what a user feels: every animation frame's time, and when the canvas last drew
  var frames = [];
  var recording = false;
  var lastRender = performance.now();
  var lastInput = 0;
  cy.on('render', function () { lastRender = performance.now(); });
  ['mousemove', 'mouseup', 'wheel'].forEach(function (type) {
    window.addEventListener(type, function () { lastInput = performance.now(); }, true);
  });
  function frame(t) {
    if (!recording) return;
    frames.push(t);
    requestAnimationFrame(frame);
  }
  window.__record = function () {
    frames = [];
    recording = true;
    requestAnimationFrame(frame);
  };
  // frame intervals while input arrived, and after it until now (the full-quality redraw)
  window.__stop = function () {
    recording = false;
    var during = [], after = [];
    for (var i = 1; i < frames.length; i++)
      (frames[i - 1] <= lastInput ? during : after).push(frames[i] - frames[i - 1]);
    return { during: during, after: after };
  };
  window.__quietFor = function () { return performance.now() - lastRender; };
  window.__settle = function () { return lastRender - lastInput; };
  // a point on the background (no node under it, labels included) near the centre, where a drag pans
  window.__emptyPoint = function () {
    var boxes = cy.nodes().map(function (n) { return n.renderedBoundingBox(); });
    for (var r = 0; r < 400; r += 8) {
      for (var a = 0; a < 16; a++) {
        var x = 640 + r * Math.cos(a * Math.PI / 8), y = 400 + r * Math.sin(a * Math.PI / 8);
        var hit = boxes.some(function (b) { return x >= b.x1 - 4 && x <= b.x2 + 4 && y >= b.y1 - 4 && y <= b.y2 + 4; });
        if (!hit) return { x: x, y: y };
      }
    }
    return { x: 640, y: 400 };
  };
})();
</script></body></html>`;

export const pct = (xs: number[], p: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return Number(s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)]!.toFixed(1));
};

type W = {
	__firstRender?: number;
	__firstRenderFromScript: number;
	__interact: () => Promise<number>;
	__record: () => void;
	__stop: () => { during: number[]; after: number[] };
	__quietFor: () => number;
	__settle: () => number;
	__emptyPoint: () => { x: number; y: number };
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until the canvas has not drawn for `quiet` ms (cytoscape redraws in full after a gesture). */
async function settled(page: Page, quiet = 700): Promise<number> {
	const started = Date.now();
	while (Date.now() - started < 20_000) {
		if ((await page.evaluate(() => (window as unknown as W).__quietFor())) >= quiet)
			return page.evaluate(() => (window as unknown as W).__settle());
		await sleep(100);
	}
	throw new Error('the canvas never stopped drawing');
}

/**
 * Real input, paced in wall-clock time as a hand would: a mouse drag that pans for ~1 s, ~1 s of
 * wheel notches zooming in (about 2.5×: at 2k this crosses the zoom where labels appear), ~1 s
 * zooming back out. Frames are recorded only while input is arriving; after each gesture, the time
 * from its last input to the canvas's last (full-quality) redraw, and its longest frame (input and
 * redraw included: the worst freeze a hand feels).
 */
export async function gestures(
	page: Page
): Promise<{ frames: number[]; longest: number[]; settle: number[] }> {
	const frames: number[] = [];
	const longest: number[] = [];
	const settle: number[] = [];
	const start = await page.evaluate(() => (window as unknown as W).__emptyPoint());
	await page.mouse.move(start.x, start.y);
	await settled(page);
	const paced = async (steps: number, everyMs: number, act: (i: number) => Promise<void>) => {
		await page.evaluate(() => (window as unknown as W).__record());
		const t0 = Date.now();
		for (let i = 0; i < steps; i++) {
			await act(i);
			const wait = t0 + (i + 1) * everyMs - Date.now();
			if (wait > 0) await sleep(wait);
		}
		settle.push(await settled(page));
		const { during, after } = await page.evaluate(() => (window as unknown as W).__stop());
		frames.push(...during);
		longest.push(Math.max(...during, ...after));
	};
	// pan: down on the background, 60 moves of a few px, up
	await page.mouse.down();
	await paced(60, 16, async (i) => {
		await page.mouse.move(start.x + (i + 1) * 4, start.y + (i + 1) * 2);
		if (i === 59) await page.mouse.up();
	});
	// zoom in, then out: 36 notches each (cytoscape zooms ~3 % a notch)
	await paced(36, 28, () => page.mouse.wheel(0, -100));
	await paced(36, 28, () => page.mouse.wheel(0, 100));
	return { frames, longest, settle };
}

async function main() {
	const cytoscapeJs = await readFile(
		path.join(ROOT, 'node_modules/cytoscape/dist/cytoscape.min.js')
	);
	const pages = new Map<number, string>();
	const result: Record<string, unknown> = {
		runs: RUNS,
		viewport: '1280x800',
		devicePixelRatio: DPR,
		elementsAre: 'nodes + edges (edges ≈ 2 × nodes)',
		encoding: 'src/lib/map cy-elements (real stylesheet), preset positions'
	};
	for (const size of SIZES) {
		const graph = syntheticGraph(size);
		const key = size === 2000 ? '2k' : '10k';
		// what the page's worker does; timed here in Node (single run: it is seconds at 10k)
		const f0 = performance.now();
		const positions = forceLayout(graph, groupedPositions(graph.nodes, sectorGroup));
		result[`forceLayout${key}Ms`] = Math.round(performance.now() - f0);
		const sizes = nodeSizes(degrees(graph));
		const elements = toCyElements(graph, positions, sizes);
		const options = mapRendererOptions(elements.length);
		// the page's fit (NetworkMap fitView), computed here: a pass over the nodes, ~2 ms at 10k
		const viewport = fitViewport(
			graph.nodes.map((n) => ({ ...positions[n.id]!, size: sizes.get(n.id) ?? 24 })),
			1280,
			800,
			30,
			{ min: options.minZoom, max: options.maxZoom }
		);
		pages.set(
			size,
			PAGE(
				JSON.stringify({
					elements,
					style: mapStylesheet(elements.length > LARGE_MAP_ELEMENTS),
					options,
					viewport
				}).replace(/</g, '\\u003c')
			)
		);
	}
	const server = createServer((req, res) => {
		if (req.url === '/cytoscape.js') {
			res.writeHead(200, { 'content-type': 'text/javascript' }).end(cytoscapeJs);
			return;
		}
		const m = /^\/map\/(\d+)$/.exec(req.url ?? '');
		const body = m ? pages.get(Number(m[1])) : undefined;
		if (body) res.writeHead(200, { 'content-type': 'text/html' }).end(body);
		else res.writeHead(404).end();
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const port = (server.address() as { port: number }).port;
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		headless: true,
		args: ['--no-sandbox']
	});
	try {
		for (const size of SIZES) {
			const first: number[] = [];
			const fromScript: number[] = [];
			const interact: number[] = [];
			const frames: number[] = [];
			const settle: number[] = [];
			const longest: number[] = [];
			for (let i = 0; i < RUNS + 1; i++) {
				const page = await browser.newPage({
					viewport: { width: 1280, height: 800 },
					deviceScaleFactor: DPR
				});
				await page.goto(`http://127.0.0.1:${port}/map/${size}`);
				await page.waitForFunction(
					() => (window as unknown as W).__firstRender !== undefined,
					null,
					{
						timeout: 120_000
					}
				);
				const f = await page.evaluate(() => (window as unknown as W).__firstRender!);
				const s = await page.evaluate(() => (window as unknown as W).__firstRenderFromScript);
				const it = await page.evaluate(() => (window as unknown as W).__interact());
				const felt = await gestures(page);
				await page.close();
				if (i === 0) continue; // warm-up (browser caches, JIT)
				first.push(f);
				fromScript.push(s);
				interact.push(it);
				frames.push(...felt.frames);
				settle.push(...felt.settle);
				longest.push(...felt.longest);
			}
			const key = size === 2000 ? '2k' : '10k';
			result[`firstRender${key}Ms`] = pct(first, 50);
			result[`firstRender${key}P95Ms`] = pct(first, 95);
			result[`firstRenderFromScript${key}Ms`] = pct(fromScript, 50);
			result[`interaction${key}Ms`] = pct(interact, 50);
			result[`interaction${key}P95Ms`] = pct(interact, 95);
			result[`panZoomFrame${key}MedianMs`] = pct(frames, 50);
			result[`panZoomFrame${key}P95Ms`] = pct(frames, 95);
			result[`panZoomLongestFrame${key}MedianMs`] = pct(longest, 50);
			result[`panZoomSettle${key}MedianMs`] = pct(settle, 50);
			result[`panZoomSettle${key}P95Ms`] = pct(settle, 95);
			console.log(
				`map ${key}: first render p50 ${pct(first, 50)} ms (script→render ${pct(fromScript, 50)} ms), interaction p50 ${pct(interact, 50)} ms, pan/zoom frames p50 ${pct(frames, 50)} / p95 ${pct(frames, 95)} ms (${frames.length} frames), longest frame a gesture p50 ${pct(longest, 50)} ms, settle p50 ${pct(settle, 50)} ms, force layout ${result[`forceLayout${key}Ms`]} ms`
			);
		}
	} finally {
		await browser.close();
		server.close();
	}
	// MAP_OUT elsewhere for partial or comparison runs (bench/results/map.json is the record)
	const out = process.env.MAP_OUT ?? path.join(ROOT, 'bench', 'results', 'map.json');
	await mkdir(path.dirname(out), { recursive: true });
	await writeFile(out, JSON.stringify(result, null, '\t') + '\n');
}

// run when executed (not when a profiling script imports `syntheticGraph`)
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
	main().catch((error) => {
		console.error(error);
		process.exitCode = 1;
	});
