/**
 * Map-render benchmark (issue 6; run alone with `npx tsx bench/map-render.ts`, or by bench/run.ts).
 * Synthetic Ambito-like graphs of 2,000 and 10,000 elements (nodes + edges, edges ≈ 2 × nodes,
 * kinds and sectors mixed like the demo) drawn in Debian's Chromium with the map's real encoding:
 * `toCyElements` + `mapStylesheet` from src/lib/map and the same cytoscape options as
 * NetworkMap.svelte, on precomputed positions (`preset`), as the page does.
 * - first render: ms from the start of the page's script (elements parsed, cytoscape created) to
 *   cytoscape's first `render` event, and from navigation start;
 * - interaction: ms from a programmatic zoom + pan to the next `render` event;
 * - force layout: ForceAtlas2 positions (`forceLayout`, what the page's web worker runs), timed in Node.
 * Medians and p95 over MAP_RUNS page loads (default 7) after one warm-up. Writes bench/results/map.json.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { LARGE_MAP_ELEMENTS, mapStylesheet, toCyElements } from '../src/lib/map/cy-elements';
import { forceLayout } from '../src/lib/map/force-layout';
import { groupedPositions, sectorGroup } from '../src/lib/map/layouts';
import { degrees, nodeSizes } from '../src/lib/map/metrics';
import type { MapEdge, MapGraph, MapNode } from '../src/lib/map/types';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.MAP_RUNS ?? 7);
const SIZES = [2000, 10000];

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
			triennio: isProject ? (i % 24 ? '2021-2023' : '2018-2020') : null
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

const PAGE = (payload: string) => `<!doctype html><html><head><meta charset="utf-8">
<style>html,body,#cy{margin:0;width:1280px;height:800px}</style></head><body><div id="cy"></div>
<script src="/cytoscape.js"></script><script>
(function () {
  var t0 = performance.now();
  var input = ${payload};
  var cy = cytoscape({ container: document.getElementById('cy'), elements: input.elements,
    layout: { name: 'preset' }, style: input.style, minZoom: 0.02, maxZoom: 4,
    boxSelectionEnabled: false, textureOnViewport: true, hideEdgesOnViewport: input.large });
  cy.fit(undefined, 30);
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
})();
</script></body></html>`;

const pct = (xs: number[], p: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return Number(s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)]!.toFixed(1));
};

async function main() {
	const cytoscapeJs = await readFile(
		path.join(ROOT, 'node_modules/cytoscape/dist/cytoscape.min.js')
	);
	const pages = new Map<number, string>();
	const result: Record<string, unknown> = {
		runs: RUNS,
		viewport: '1280x800',
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
		const elements = toCyElements(graph, positions, nodeSizes(degrees(graph)));
		pages.set(
			size,
			PAGE(
				JSON.stringify({
					elements,
					style: mapStylesheet(elements.length > LARGE_MAP_ELEMENTS),
					large: elements.length > LARGE_MAP_ELEMENTS
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
	type W = {
		__firstRender?: number;
		__firstRenderFromScript: number;
		__interact: () => Promise<number>;
	};
	try {
		for (const size of SIZES) {
			const first: number[] = [];
			const fromScript: number[] = [];
			const interact: number[] = [];
			for (let i = 0; i < RUNS + 1; i++) {
				const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
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
				await page.close();
				if (i === 0) continue; // warm-up (browser caches, JIT)
				first.push(f);
				fromScript.push(s);
				interact.push(it);
			}
			const key = size === 2000 ? '2k' : '10k';
			result[`firstRender${key}Ms`] = pct(first, 50);
			result[`firstRender${key}P95Ms`] = pct(first, 95);
			result[`firstRenderFromScript${key}Ms`] = pct(fromScript, 50);
			result[`interaction${key}Ms`] = pct(interact, 50);
			result[`interaction${key}P95Ms`] = pct(interact, 95);
			console.log(
				`map ${key}: first render p50 ${pct(first, 50)} ms (script→render ${pct(fromScript, 50)} ms), interaction p50 ${pct(interact, 50)} ms, force layout ${result[`forceLayout${key}Ms`]} ms`
			);
		}
	} finally {
		await browser.close();
		server.close();
	}
	await mkdir(path.join(ROOT, 'bench', 'results'), { recursive: true });
	await writeFile(
		path.join(ROOT, 'bench', 'results', 'map.json'),
		JSON.stringify(result, null, '\t') + '\n'
	);
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
