import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { NETWORK_QUERY, networkVariables } from '../../src/lib/map/queries';
import { GEO_PLACES_QUERY } from '../../src/lib/geo/queries';
import { axeViolations } from '../helpers/axe';
import { launchBrowser } from '../helpers/browser';
import { createTestAccount, signedInContext } from '../helpers/browser-session';
import { AMBITO, CREMA_ISTAT, gqlAs, mapReady, mapUrl, pngPixels, poll } from '../helpers/map-page';

/**
 * /mappa on a 1366×768 screen: the map fills the window, the keyboard reaches it in four presses,
 * and the network and the geography of the Cremasco share filters and selection.
 */
let browser: Browser;
let context: BrowserContext;
let page: Page;
type Network = Awaited<ReturnType<typeof network>>;
let net: Network;
let places: Array<{
	istat: string;
	name: string;
	ambito: { id: string } | null;
	distretto: { id: string } | null;
}>;

const network = (c: BrowserContext) =>
	gqlAs<{
		ambitoNetwork: {
			nodes: Array<{
				id: string;
				label: string;
				type: string;
				kind: string | null;
				istat: string | null;
			}>;
			edges: Array<{ source: string; target: string; type: string }>;
		};
		projects: {
			edges: Array<{
				node: { id: string; targetComuniIstat: string[]; targetAmbitoIds: string[] };
			}>;
		};
	}>(c, NETWORK_QUERY, networkVariables(AMBITO));

beforeAll(async () => {
	browser = await launchBrowser();
	const account = await createTestAccount(['ufficio_di_piano'], [AMBITO]);
	context = await signedInContext(browser, account, {
		viewport: { width: 1366, height: 768 },
		acceptDownloads: true
	});
	page = await context.newPage();
	net = await network(context);
	places = (await gqlAs<{ territory: { places: typeof places } }>(context, GEO_PLACES_QUERY))
		.territory.places;
});
afterAll(async () => {
	await context?.close();
	await browser?.close();
});

const box = async (p: Page, selector: string) => (await p.locator(selector).first().boundingBox())!;

describe('the map page at 1366×768', () => {
	it('fills the window with the map, filters beside it, nothing under it', async () => {
		await page.goto(mapUrl(`?ambito=${AMBITO}`));
		await mapReady(page);
		const canvas = await box(page, '[data-testid="map-canvas"]');
		expect(canvas.y + canvas.height).toBeLessThanOrEqual(768);
		expect(canvas.height).toBeGreaterThanOrEqual(420);
		const stage = await box(page, 'section.stage');
		for (const select of await page.locator('section.controls select').all()) {
			const b = (await select.boundingBox())!;
			expect(b.x + b.width).toBeLessThanOrEqual(stage.x);
		}
	});

	it('reaches the map in four key presses, lists its keys, announces and opens the selection', async () => {
		await page.goto(mapUrl(`?ambito=${AMBITO}`));
		await mapReady(page);
		for (const key of ['Tab', 'Enter', 'Tab', 'Enter']) await page.keyboard.press(key);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('map-canvas');
		const keys = page.locator('[data-testid="map-keys"]');
		expect(await keys.isVisible()).toBe(true);
		expect(await keys.innerText()).toMatch(/N e P.*Invio per i dettagli/);
		await page.keyboard.press('n');
		await poll(() => page.locator('[data-testid="map-announce"]').innerText()).toMatch(
			/^Selezionato: \S/
		);
		const name = await page.locator('#map-panel-title').innerText();
		expect(await page.locator('[data-testid="map-announce"]').innerText()).toBe(
			`Selezionato: ${name}`
		);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('map-panel-title');
		// the details panel sits beside the network, never over it
		const canvas = await box(page, '[data-testid="map-canvas"]');
		const panel = await box(page, '[data-testid="map-panel"]');
		expect(canvas.x + canvas.width).toBeLessThanOrEqual(panel.x);
		expect(canvas.width).toBeGreaterThanOrEqual(600);
	});

	it('labels only the larger nodes by default, and exports a PNG with title and legend', async () => {
		await page.goto(mapUrl(`?ambito=${AMBITO}`));
		await mapReady(page);
		const [svgDownload] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-testid="export-svg"]').click()
		]);
		const svg = readFileSync((await svgDownload.path())!, 'utf8');
		expect(net.ambitoNetwork.nodes.length).toBeGreaterThan(150);
		expect((svg.match(/<text /g) ?? []).length).toBeLessThanOrEqual(30);

		const canvas = await box(page, '[data-testid="map-canvas"]');
		const [pngDownload] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-testid="export-png"]').click()
		]);
		const png = await pngPixels(page, readFileSync((await pngDownload.path())!));
		// title band (40 px) above the map and a legend below it, at twice the screen's size
		expect(png.height).toBeGreaterThan(2 * (canvas.height + 40 + 60));
		const darkRows = (y0: number, y1: number) => {
			let n = 0;
			for (let y = y0; y < y1; y++)
				for (let x = 0; x < png.width; x++) {
					const i = 4 * (y * png.width + x);
					if (png.data[i]! < 80 && png.data[i + 1]! < 80 && png.data[i + 2]! < 80) n++;
				}
			return n;
		};
		expect(darkRows(0, 80)).toBeGreaterThan(200); // the title's letters
		expect(darkRows(png.height - 2 * 60, png.height)).toBeGreaterThan(100); // legend and date
	});
});

describe('network and geography of the same Ambito', () => {
	const targetsOf = (projectId: string) =>
		net.projects.edges.find((e) => e.node.id === projectId)?.node;
	/** Independently of the page: the actor's seat and the Comuni its projects aim at. */
	function expectedComuni(actorId: string) {
		const { nodes, edges } = net.ambitoNetwork;
		const byId = new Map(nodes.map((n) => [n.id, n]));
		const lit = new Set<string>();
		const seatEdge = edges.find((e) => e.source === actorId && e.type === 'SEATED_IN');
		const seat = seatEdge ? byId.get(seatEdge.target)!.istat! : null;
		if (seat) lit.add(seat);
		for (const p of edges.filter((e) => e.source === actorId && e.type === 'PARTNER_IN')) {
			const project = targetsOf(p.target);
			for (const istat of project?.targetComuniIstat ?? []) lit.add(istat);
			for (const id of project?.targetAmbitoIds ?? [])
				for (const c of places) if (c.ambito?.id === id) lit.add(c.istat);
		}
		return { seat, lit };
	}

	it('lights up an actor’s seat and its projects’ Comuni, keeps the selection across views', async () => {
		const { nodes, edges } = net.ambitoNetwork;
		const actor = nodes.find(
			(n) =>
				n.type === 'actor' &&
				edges.some((e) => e.source === n.id && e.type === 'SEATED_IN') &&
				edges.some(
					(e) =>
						e.source === n.id &&
						e.type === 'PARTNER_IN' &&
						(targetsOf(e.target)?.targetAmbitoIds.length ?? 0) > 0
				)
		)!;
		const { seat, lit } = expectedComuni(actor.id);
		expect(lit.size).toBeGreaterThan(1);

		await page.goto(mapUrl(`?ambito=${AMBITO}`));
		await mapReady(page);
		await page.locator('[data-testid="view-table"]').click();
		await page
			.locator('[data-testid="map-table"]')
			.getByRole('button', { name: actor.label, exact: true })
			.first()
			.click();
		await poll(() => page.locator('#map-panel-title').innerText()).toBe(actor.label);
		await page.getByRole('button', { name: 'Mappa', exact: true }).click();

		await page.locator('[data-testid="vista-geografia"]').click();
		await poll(() => page.locator('[data-layer="comuni"] path').count(), {
			timeout: 30_000
		}).toBe(1502);
		await poll(async () =>
			(
				await page
					.locator('[data-layer="highlight"] path')
					.evaluateAll((ps) => ps.map((p) => p.getAttribute('data-highlight')))
			).sort()
		).toEqual([...lit].sort());
		expect(await page.locator('[data-layer="selected"]').count()).toBe(1);
		expect(await page.locator('[data-testid="geo-selected"]').innerText()).toContain(
			places.find((p) => p.istat === seat)!.name
		);
		expect(await page.locator('#map-panel-title').innerText()).toBe(actor.label);
		await poll(async () => new URL(page.url()).searchParams.get('vista')).toBe('geografia');

		// a Comune chosen on the map is the Comune's node in the network
		await page
			.locator(`[data-layer="comuni"] path[data-istat="${CREMA_ISTAT}"]`)
			.dispatchEvent('click');
		await poll(() => page.locator('#map-panel-title').innerText()).toBe('Crema');
		await page.locator('[data-testid="vista-rete"]').click();
		await poll(async () => new URL(page.url()).searchParams.get('vista')).toBeNull();
		expect(await page.locator('#map-panel-title').innerText()).toBe('Crema');
		expect(await page.locator('[data-testid="map-canvas"]').isVisible()).toBe(true);
	});

	it('shows on the map only the actors the network’s filters keep', async () => {
		const { nodes, edges } = net.ambitoNetwork;
		const seated = (kind: string) =>
			nodes.filter(
				(n) => n.kind === kind && edges.some((e) => e.source === n.id && e.type === 'SEATED_IN')
			).length;
		const kind = ['odv', 'aps', 'cooperativa_sociale'].find((k) => seated(k) > 0)!;
		expect(seated(kind)).toBeGreaterThan(0);
		await page.goto(mapUrl(`?ambito=${AMBITO}&kinds=${kind}&vista=geografia`));
		await poll(() => page.locator('[data-layer="comuni"] path').count(), {
			timeout: 30_000
		}).toBe(1502);
		const marked = await page
			.locator('[data-point-istat]')
			.evaluateAll((gs) => gs.reduce((s, g) => s + Number(g.getAttribute('data-count')), 0));
		expect(marked).toBe(seated(kind));
	});

	it('has no accessibility violations in either view', async () => {
		await page.goto(mapUrl(`?ambito=${AMBITO}`));
		await mapReady(page);
		expect(await axeViolations(page)).toEqual([]);
		await page.goto(mapUrl(`?ambito=${AMBITO}&vista=geografia`));
		await poll(() => page.locator('[data-layer="comuni"] path').count(), {
			timeout: 30_000
		}).toBe(1502);
		expect(await axeViolations(page)).toEqual([]);
	});
});
