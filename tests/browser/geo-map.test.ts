import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { COVERAGE_CLASSES, COVERAGE_COLOURS, coverageOf } from '../../src/lib/geo/coverage';
import type { ComuneInfo } from '../../src/lib/geo/membership';
import { BOUNDARIES_ATTRIBUTION } from '../../src/lib/geo/topology';
import { launchBrowser } from '../helpers/browser';
import {
	buildGeoHarness,
	removeHarness,
	serveGeoHarness,
	territoryComuni,
	type GeoHarness
} from '../helpers/geo-harness';

/**
 * GeoMap in Chromium, on the harness page (tests/harness/geo: the component alone, built by Vite;
 * no route of the app), with the real boundaries and the real territory: a partnership's coverage
 * of the Cremasco.
 */
const CREMA = '019035';
const MILANO = '015146';
let browser: Browser;
let dir: string;
let harness: GeoHarness;
let comuni: ComuneInfo[];
let target: string[];
let covered: string[];

beforeAll(async () => {
	[browser, dir, comuni] = await Promise.all([
		launchBrowser(),
		buildGeoHarness(),
		territoryComuni()
	]);
	target = comuni
		.filter((c) => c.ambito?.name === 'Ambito distrettuale Cremasco')
		.map((c) => c.istat);
	// every third Comune of the Ambito, Crema among them, and Milano beyond the target
	covered = [...target.filter((_, i) => i % 3 === 0), CREMA, MILANO];
	const coverage = coverageOf(target, covered, new Map(comuni.map((c) => [c.istat, c.population])));
	const labels = { covered: 'Coperto', uncovered: 'Non coperto', beyond: 'Fuori dal territorio' };
	harness = await serveGeoHarness(dir, {
		title: 'Copertura del Cremasco',
		comuni,
		measure: {
			kind: 'classes',
			label: 'Copertura del territorio',
			classOf: [...coverage.classOf],
			classes: COVERAGE_CLASSES.map((k) => ({
				key: k,
				label: labels[k],
				colour: COVERAGE_COLOURS[k]
			}))
		},
		level: 'ambito',
		focus: target,
		highlight: [CREMA],
		points: [
			{ id: 'p1', label: 'Cooperativa Uno', istat: CREMA },
			{ id: 'p2', label: 'ODV Due', istat: CREMA },
			{ id: 'p3', label: 'APS Tre', istat: CREMA },
			{ id: 'p4', label: 'Fondazione Quattro', istat: target.find((t) => t !== CREMA)! }
		],
		width: 900,
		height: 700,
		date: '2026-12-04T12:00:00Z'
	});
}, 120_000);
afterAll(async () => {
	await browser?.close();
	await harness?.close();
	if (dir) await removeHarness(dir);
});

async function open(): Promise<Page> {
	const page = await browser.newPage({
		viewport: { width: 1000, height: 1000 },
		acceptDownloads: true
	});
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(harness.url);
	await page.waitForFunction(
		() => (window as { __geo?: { renderMs?: number } }).__geo?.renderMs !== undefined
	);
	expect(errors).toEqual([]);
	return page;
}
const fill = (page: Page, istat: string) =>
	page.locator(`[data-layer="comuni"] path[data-istat="${istat}"]`).getAttribute('fill');

describe('GeoMap (issue 17)', () => {
	it('colours each Comune by its coverage class, as computed independently here', async () => {
		const page = await open();
		expect(await page.locator('[data-layer="comuni"] path').count()).toBe(1502);
		const inTarget = new Set(target);
		const isCovered = new Set(covered);
		const expected = (istat: string) =>
			inTarget.has(istat)
				? isCovered.has(istat)
					? '#0072B2'
					: '#E69F00'
				: isCovered.has(istat)
					? '#CC79A7'
					: '#F2F2F2';
		const sample = [CREMA, MILANO, ...target.slice(0, 8), '016024', '017029', '012001'];
		for (const istat of sample) expect(await fill(page, istat), istat).toBe(expected(istat));
		const legend = await page.locator('[data-testid="geo-legend"]').innerText();
		expect(legend).toContain('Coperto');
		expect(legend).toContain('Non coperto');
		expect(await page.locator('[data-layer="outlines"]').getAttribute('d')).toMatch(/^M/);
		expect(await page.locator('[data-testid="geo-attribution"]').innerText()).toBe(
			BOUNDARIES_ATTRIBUTION
		);
		await page.close();
	});

	it('lights up the highlighted Comuni, groups partners per seat with a count', async () => {
		const page = await open();
		expect(
			await page.locator(`[data-layer="highlight"] path[data-highlight="${CREMA}"]`).count()
		).toBe(1);
		expect(await page.locator(`path[data-istat="${CREMA}"]`).getAttribute('fill-opacity')).toBe(
			'1'
		);
		expect(await page.locator(`path[data-istat="${target[1]}"]`).getAttribute('fill-opacity')).toBe(
			'0.35'
		);
		const marker = page.locator(`[data-point-istat="${CREMA}"]`);
		expect(await marker.getAttribute('data-count')).toBe('3');
		expect(await marker.locator('text').textContent()).toBe('3');
		expect(await page.locator('[data-layer="points"] > g').count()).toBe(2);
		// Crema's name stays readable: it goes below the marker, not under it.
		const name = page.locator('[data-layer="labels"] text', { hasText: /^Crema$/ });
		const [label, circle] = [
			(await name.boundingBox())!,
			(await marker.locator('circle').boundingBox())!
		];
		expect(label.y).toBeGreaterThanOrEqual(circle.y + circle.height);
		await page.close();
	});

	it('selects a Comune by click, by Enter on the map and from the table', async () => {
		const page = await open();
		const selections = () =>
			page.evaluate(
				() => (window as unknown as { __geo: { selections: string[] } }).__geo.selections
			);
		// a click inside a Comune with neither marker nor label: its path at a point within it
		const istat = target.find((t) => t !== CREMA && t !== target[0])!;
		const point = await page
			.locator(`path[data-istat="${istat}"]`)
			.evaluate((p: SVGPathElement) => {
				const svg = p.ownerSVGElement!;
				const m = p.getScreenCTM()!;
				const len = p.getTotalLength();
				// walk inwards from the outline towards the label point until the hit-test finds this path
				for (let i = 0; i < 60; i++) {
					const a = p.getPointAtLength((len * i) / 60);
					const b = svg.createSVGPoint();
					b.x = a.x;
					b.y = a.y;
					const s = b.matrixTransform(m);
					for (const f of [0.1, 0.2, 0.3]) {
						const box = p.getBoundingClientRect();
						const x = s.x + (box.x + box.width / 2 - s.x) * f;
						const y = s.y + (box.y + box.height / 2 - s.y) * f;
						if (document.elementFromPoint(x, y) === p) return { x, y };
					}
				}
				return null;
			});
		expect(point).not.toBeNull();
		await page.mouse.click(point!.x, point!.y);
		expect((await selections()).at(-1)).toBe(istat);
		expect(await page.locator('[data-layer="selected"]').count()).toBe(1);
		const name = comuni.find((c) => c.istat === istat)!.name;
		expect(await page.locator('[data-testid="geo-selected"]').innerText()).toContain(name);

		// keyboard: focus the map, Enter selects the Comune drawn at the centre of the view
		await page.locator('[data-testid="geo-map"]').focus();
		await page.keyboard.press('Enter');
		const centre = (await selections()).at(-1);
		expect(target).toContain(centre);

		// the table: open it, filter, Tab to the Comune's button, Enter
		await page.locator('[data-testid="geo-table"] summary').click();
		await page.getByLabel('Filtra per nome').fill('Crema');
		// "Crema" also finds Bagnolo Cremasco, listed first: Tab on through the list to Crema
		await page.getByLabel('Filtra per nome').press('Tab');
		const focused = () => page.evaluate(() => document.activeElement?.textContent);
		for (let i = 0; i < 5 && (await focused()) !== 'Crema'; i++) await page.keyboard.press('Tab');
		expect(await focused()).toBe('Crema');
		await page.keyboard.press('Enter');
		expect((await selections()).at(-1)).toBe(CREMA);
		expect(await page.locator(`tr[data-istat="${CREMA}"]`).getAttribute('aria-current')).toBe(
			'true'
		);
		expect(await page.locator(`tr[data-istat="${CREMA}"] td`).nth(1).innerText()).toBe('Coperto');
		await page.close();
	});

	it('exports SVG and PNG with title, legend, date and the boundaries’ attribution', async () => {
		const page = await open();
		const [svgDownload] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-testid="geo-export-svg"]').click()
		]);
		expect(svgDownload.suggestedFilename()).toBe('trama-copertura-del-cremasco.svg');
		const svg = await readFile((await svgDownload.path())!, 'utf8');
		expect(svg).toContain('>Copertura del Cremasco</text>');
		expect(svg).toContain('>Copertura del territorio</text>');
		for (const label of ['Coperto', 'Non coperto', 'Fuori dal territorio', 'Nessun dato'])
			expect(svg).toContain(`>${label}</text>`);
		expect(svg).toContain('>Data: 4 dicembre 2026</text>');
		expect(svg).toContain(`>${BOUNDARIES_ATTRIBUTION}</text>`);
		expect(svg).toContain(`data-istat="${CREMA}"`);
		expect(svg.match(/<path [^>]*data-istat=/g)).toHaveLength(1502);

		const [pngDownload] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-testid="geo-export-png"]').click()
		]);
		const png = await readFile((await pngDownload.path())!);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		const width = png.readUInt32BE(16);
		const height = png.readUInt32BE(20);
		expect(width).toBe(1800); // 2 × 900
		expect(height).toBeGreaterThan(1400); // 2 × (700 + title + legend + attribution)
		await page.close();
	});
});
