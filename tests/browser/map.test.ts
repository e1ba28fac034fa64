import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { EDGE_STYLES } from '../../src/lib/map/palette';
import { launchBrowser } from '../helpers/browser';
import { createTestAccount, signedInContext } from '../helpers/browser-session';
import {
	AMBITO,
	colouredCount,
	CREMA_ISTAT,
	mapReady,
	mapUrl,
	pngPixels,
	poll,
	summaryNodes
} from '../helpers/map-page';

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
	browser = await launchBrowser();
	const account = await createTestAccount(['ufficio_di_piano'], [AMBITO]);
	context = await signedInContext(browser, account, { viewport: { width: 1400, height: 900 } });
	page = await context.newPage();
});
afterAll(async () => {
	await context?.close();
	await browser?.close();
});

describe('the network map', () => {
	it('sends anonymous visitors to sign in, and back', async () => {
		const anonymous = await browser.newPage();
		await anonymous.goto(mapUrl(`?ambito=${AMBITO}`));
		expect(new URL(anonymous.url()).pathname).toBe('/accesso');
		expect(new URL(anonymous.url()).searchParams.get('next')).toBe(`/mappa?ambito=${AMBITO}`);
		await anonymous.close();
	});

	it('opens an Ambito found by a Comune’s name and draws its nodes', async () => {
		await page.goto(mapUrl());
		await page.locator('[data-testid="ambito-search"]').fill('Crema');
		await page
			.getByRole('button', { name: /Cremasco/ })
			.first()
			.click();
		await page.waitForURL((url) => url.searchParams.get('ambito') === AMBITO);
		await mapReady(page);
		expect(await page.locator('[data-testid="map-ambito"]').innerText()).toMatch(/Cremasco/);
		expect(await page.locator('[data-testid="fictional-banner"]').innerText()).toMatch(
			/Dati fittizi/
		);
		expect(await summaryNodes(page)).toBeGreaterThan(100);

		// a screenshot of the canvas shows drawn, coloured nodes, not a blank canvas
		const shot = await page.locator('[data-testid="map-canvas"]').screenshot();
		expect(colouredCount(await pngPixels(page, shot))).toBeGreaterThan(500);
	});

	it('draws each legend line as the map draws it: its colour, a touch wider, its dash', async () => {
		const samples = await page
			.locator('[aria-labelledby="map-legend-title"] li:has(line)')
			.evaluateAll((items) =>
				items.map((li) => {
					const line = li.querySelector('line')!;
					return {
						label: li.textContent!.trim(),
						colour: line.getAttribute('stroke'),
						width: Number(line.getAttribute('stroke-width')),
						dashed: (line.getAttribute('stroke-dasharray') ?? '') !== ''
					};
				})
			);
		expect(samples.length).toBeGreaterThan(1);
		for (const sample of samples) {
			const style = EDGE_STYLES.find((e) => e.label.it === sample.label)!;
			expect(sample).toEqual({
				label: style.label.it,
				colour: style.colour,
				width: style.width + 1,
				dashed: style.line !== 'solid'
			});
		}
	});

	it('filters by sector and keeps the filter in the URL', async () => {
		const all = await summaryNodes(page);
		await page.locator('[data-testid="sector-third_sector"]').check();
		await poll(() => summaryNodes(page)).toBeLessThan(all);
		// the address follows the state (a burst of changes is written when it ends)
		await poll(async () => new URL(page.url()).searchParams.get('sectors')).toBe('third_sector');
		await page.locator('[data-testid="sector-third_sector"]').uncheck();
		await poll(() => summaryNodes(page)).toBe(all);
	});

	it('opens the side panel from the keyboard and focuses on an actor', async () => {
		await page.locator('[data-testid="map-canvas"]').focus();
		await page.keyboard.press('n');
		await poll(() => page.locator('[data-testid="map-panel"]').count()).toBe(1);
		const title = await page.locator('#map-panel-title').innerText();
		expect(title.length).toBeGreaterThan(0);
		await page.keyboard.press('Escape');
		await poll(() => page.locator('[data-testid="map-panel"]').count()).toBe(0);
	});

	let actorName = '';
	it('adds an actor, finds it after reload, focuses on it, and undoes the addition', async () => {
		actorName = `ODV Prova Mappa ${Date.now()}`;
		await page.locator('[data-testid="add-actor"]').click();
		const form = page.locator('[data-testid="add-actor-form"]');
		await form.locator('input[name="name"]').fill(actorName);
		await form.locator('select[name="kind"]').selectOption('odv');
		await form.locator('select[name="seat"]').selectOption(CREMA_ISTAT);
		await form.locator('button[type="submit"]').click();
		await poll(() => page.locator('[data-testid="map-status"]').innerText()).toMatch(
			/Ente aggiunto/
		);
		await poll(() => page.locator('#map-panel-title').innerText()).toBe(actorName);

		// focus: its ego network is itself, Crema and the Ambito
		await page.getByRole('button', { name: 'Mostra solo la sua rete' }).click();
		await poll(() => summaryNodes(page)).toBeLessThanOrEqual(4);
		await poll(async () => new URL(page.url()).searchParams.get('focus')).toMatch(/^act-/);
		await page.locator('[data-testid="focus-clear"]').click();
		// The address is written at most every 300 ms: reload once it no longer names the focus.
		await poll(async () => new URL(page.url()).searchParams.get('focus')).toBeNull();

		await page.reload();
		await mapReady(page);
		await page.locator('[data-testid="map-search"]').fill(actorName);
		await poll(() => page.locator('[data-testid="search-count"]').innerText()).toMatch(/^1 /);
		await page.locator('[data-testid="map-search"]').fill('');

		// add again, then undo
		const second = `${actorName} bis`;
		await page.locator('[data-testid="add-actor"]').click();
		await form.locator('input[name="name"]').fill(second);
		await form.locator('select[name="seat"]').selectOption(CREMA_ISTAT);
		await form.locator('button[type="submit"]').click();
		await poll(() => page.locator('#map-panel-title').innerText()).toBe(second);
		await page.locator('[data-testid="undo"]').click();
		await poll(() => page.locator('[data-testid="map-status"]').innerText()).toMatch(
			/Modifica annullata/
		);
		await page.reload();
		await mapReady(page);
		await page.locator('[data-testid="map-search"]').fill(second);
		await poll(() => page.locator('[data-testid="search-count"]').innerText()).toMatch(/^0 /);
		await page.locator('[data-testid="map-search"]').fill('');
	});

	it('exports the current view as a PNG of the canvas’s width with title and legend, and as SVG', async () => {
		const canvas = page.locator('[data-testid="map-canvas"]');
		const box = await canvas.evaluate((el) => ({ w: el.clientWidth, h: el.clientHeight }));
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-testid="export-png"]').click()
		]);
		expect(download.suggestedFilename()).toBe(`trama-mappa-${AMBITO}.png`);
		const png = readFileSync((await download.path())!);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		// IHDR: width and height, big-endian, at bytes 16..24; the export is at twice the screen size,
		// with a title band above the view and the legend and date below it
		expect(png.readUInt32BE(16)).toBe(box.w * 2);
		expect(png.readUInt32BE(20)).toBeGreaterThan(box.h * 2 + 80);
		expect(colouredCount(await pngPixels(page, png))).toBeGreaterThan(1000);

		const [svgDownload] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-testid="export-svg"]').click()
		]);
		const svg = readFileSync((await svgDownload.path())!, 'utf8');
		expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
		expect(svg.match(/<g/g)?.length ?? 0).toBeGreaterThan(10);
	});

	it('restores the Ambito, filters, focus and layout from the URL', async () => {
		const restored = await context.newPage();
		await restored.goto(
			mapUrl(`?ambito=${AMBITO}&sectors=third_sector&layout=concentric&view=table&period=2021-2023`)
		);
		await poll(() => restored.locator('[data-testid="map-table"]').count(), {
			timeout: 30_000
		}).toBe(1);
		expect(await restored.locator('[data-testid="layout"]').inputValue()).toBe('concentric');
		expect(await restored.locator('[data-testid="sector-third_sector"]').isChecked()).toBe(true);
		expect(
			await restored.locator('[data-testid="period-slider"]').getAttribute('aria-valuetext')
		).toBe('2021-2023');
		const rows = await restored
			.locator('[data-testid="map-table"] table')
			.first()
			.locator('tbody tr')
			.count();
		expect(rows).toBe(await summaryNodes(restored));
		expect(rows).toBeGreaterThan(0);
		await restored.close();
	});
});
