import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { createTestAccount, signedInContext } from '../helpers/browser-session';
import { AMBITO, colouredCount, pngPixels } from '../helpers/map-page';

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
	browser = await launchBrowser();
	const signIn = async () =>
		signedInContext(browser, await createTestAccount(['ufficio_di_piano'], [AMBITO]), {
			viewport: { width: 1400, height: 900 }
		});
	context = await signIn();
	page = await context.newPage();
});
afterAll(async () => {
	await context?.close();
	await browser?.close();
});

/** Polls with room for a busy machine (two cores shared with the build and Neo4j). */
const poll = <T>(fn: () => Promise<T>, options = { timeout: 30_000 }) => expect.poll(fn, options);
const canvas = () => page.locator('[data-testid="map-canvas"]');
const drawn = async (what: 'nodes' | 'groups') =>
	Number(await canvas().getAttribute(`data-drawn-${what}`));

/**
 * What a screenshot shows: how many pixels are clearly coloured (nodes: the palette is saturated),
 * and the centre of a 19×19 px patch that is all group fill (a group's empty area), if any.
 */
async function readShot(
	png: Buffer
): Promise<{ coloured: number; groupArea: [number, number] | null }> {
	const pixels = await pngPixels(page, png);
	const { width, height, data } = pixels;
	// the group fill (#E8E8E8 at 45 % on white) is a light neutral grey, ~245; white is 255
	const isFill = (x: number, y: number) => {
		const i = (y * width + x) * 4;
		const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
		return r >= 236 && r <= 250 && Math.abs(r - g) <= 2 && Math.abs(r - b) <= 2;
	};
	const coloured = colouredCount(pixels);
	for (let y = 20; y < height - 20; y += 5)
		for (let x = 20; x < width - 20; x += 5) {
			let all = true;
			// 19 px rather than larger: found at the zoom that fits the whole map even after other
			// browser tests have added actors (a 31 px patch was not, once the map had grown).
			for (let dy = -9; dy <= 9 && all; dy += 3)
				for (let dx = -9; dx <= 9 && all; dx += 3) all = isFill(x + dx, y + dy);
			if (all) return { coloured, groupArea: [x, y] };
		}
	return { coloured, groupArea: null };
}

/** Share of pixels that differ between two screenshots of the same size (0 = identical). */
async function changedShare(a: Buffer, b: Buffer): Promise<number> {
	const [x, y] = [(await pngPixels(page, a)).data, (await pngPixels(page, b)).data];
	if (x.length !== y.length) return 1;
	let changed = 0;
	for (let i = 0; i < x.length; i += 4)
		if (x[i] !== y[i] || x[i + 1] !== y[i + 1] || x[i + 2] !== y[i + 2]) changed++;
	return changed / (x.length / 4);
}

describe('communities shown as groups on the map', () => {
	it('draws an outlined group per community when the community layout is chosen', async () => {
		await page.goto(`${inject('appUrl')}/mappa?ambito=${AMBITO}`);
		await poll(() => drawn('nodes')).toBeGreaterThan(0);
		expect(await drawn('groups')).toBe(0);
		const nodes = await drawn('nodes');

		await page.locator('[data-testid="layout"]').selectOption('community');
		await poll(() => drawn('groups')).toBeGreaterThan(1);
		// the groups are drawn around the same nodes: none added, none lost
		expect(await drawn('nodes')).toBe(nodes);
		expect(new URL(page.url()).searchParams.get('layout')).toBe('community');

		const shot = await readShot(await canvas().screenshot());
		expect(shot.coloured).toBeGreaterThan(500);
		expect(shot.groupArea).not.toBeNull();
	});

	it('treats a tap on a group’s empty area as a tap on the background', async () => {
		const box = (await canvas().boundingBox())!;
		const before = await canvas().screenshot();
		const { groupArea } = await readShot(before);
		expect(groupArea).not.toBeNull();
		await page.mouse.click(box.x + groupArea![0], box.y + groupArea![1]);
		// give a wrong selection time to show (a panel, the view centring on the group), then check
		await page.waitForTimeout(800);
		expect(await page.locator('[data-testid="map-panel"]').count()).toBe(0);
		expect(await changedShare(before, await canvas().screenshot())).toBeLessThan(0.01);
	});

	it('steps through actors, never groups, from the keyboard', async () => {
		await canvas().focus();
		await page.keyboard.press('n');
		await poll(() => page.locator('[data-testid="map-panel"]').count()).toBe(1);
		expect(await page.locator('#map-panel-title').innerText()).not.toMatch(/^Comunità \d+$/);
		await page.keyboard.press('Escape');
		await poll(() => page.locator('[data-testid="map-panel"]').count()).toBe(0);
	});

	it('exports the groups as outlines in the SVG', async () => {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-testid="export-svg"]').click()
		]);
		const svg = readFileSync((await download.path())!, 'utf8');
		expect(svg.match(/<g class="group">/g)?.length ?? 0).toBeGreaterThan(1);
		expect(svg).toMatch(/>Comunità \d+<\/text>/);
	});

	it('removes the groups when another layout is chosen', async () => {
		const nodes = await drawn('nodes');
		await page.locator('[data-testid="layout"]').selectOption('sector');
		await poll(() => drawn('groups')).toBe(0);
		expect(await drawn('nodes')).toBe(nodes);
	});
});
