/**
 * The GeoMap harness page (tests/harness/geo): built once by Vite with the app's Svelte plugin into
 * a temp folder and served with the scenario by a small static server on 127.0.0.1. Used by the
 * browser test and by bench/geo-render.ts; no route of the app is involved.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';
import { comuniInfo } from '../../src/lib/geo/membership';
import { readTerritoryFiles } from '../../src/lib/server/territory/territory-files';
import type { GeoScenario } from '../harness/geo/scenario';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export async function buildGeoHarness(): Promise<string> {
	// TypeScript files resolve through tsconfig.json, which extends kit's generated one
	if (!existsSync(path.join(ROOT, '.svelte-kit/tsconfig.json')))
		spawnSync('npx', ['svelte-kit', 'sync'], { cwd: ROOT, stdio: 'inherit' });
	const outDir = await mkdtemp(path.join(os.tmpdir(), 'trama-geo-harness-'));
	await build({
		configFile: false,
		root: path.join(ROOT, 'tests/harness/geo'),
		base: './',
		logLevel: 'warn',
		plugins: [svelte()],
		resolve: { alias: { $lib: path.join(ROOT, 'src/lib') } },
		build: { outDir, emptyOutDir: true }
	});
	return outDir;
}

/** Real territory data (graph/seed/territory) as the map's `comuni` prop. */
export async function territoryComuni() {
	return comuniInfo(await readTerritoryFiles());
}

const TYPES: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.css': 'text/css'
};

export interface GeoHarness {
	url: string;
	/** bytes of the boundaries' asset as built (what the browser downloads) */
	assetBytes: number;
	close: () => Promise<void>;
}

export async function serveGeoHarness(dir: string, scenario: GeoScenario): Promise<GeoHarness> {
	const body = JSON.stringify(scenario);
	const server: Server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		if (url.pathname === '/scenario.json') {
			res.writeHead(200, { 'content-type': 'application/json' }).end(body);
			return;
		}
		const file = path.join(
			dir,
			path.normalize(url.pathname === '/' ? '/index.html' : url.pathname)
		);
		if (!file.startsWith(dir)) return void res.writeHead(404).end();
		readFile(file).then(
			(bytes) =>
				res
					.writeHead(200, {
						'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream'
					})
					.end(bytes),
			() => res.writeHead(404).end()
		);
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const port = (server.address() as { port: number }).port;
	const assetBytes = (
		await readFile(path.join(ROOT, 'src/lib/geo/data/comuni-lombardia.topo.json'))
	).length;
	return {
		url: `http://127.0.0.1:${port}/`,
		assetBytes,
		close: () => new Promise((r) => server.close(() => r()))
	};
}

export const removeHarness = (dir: string) => rm(dir, { recursive: true, force: true });
