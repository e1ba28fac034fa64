import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { NETWORK_QUERY, networkVariables } from '../../src/lib/map/queries';
import { GEO_PLACES_QUERY } from '../../src/lib/geo/queries';
import { coverageOfKind } from '../../src/lib/domain';
import { closeDriver, connect, writeTx } from '../../src/lib/server/db/driver';
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
let admin: BrowserContext;
let page: Page;
/** ids of what this file creates (deleted afterwards: the other files see the demo as seeded) */
const TAG = `g${Date.now().toString(36)}`;
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
	admin = await signedInContext(browser, await createTestAccount(['amministratore']));
	net = await network(context);
	places = (await gqlAs<{ territory: { places: typeof places } }>(context, GEO_PLACES_QUERY))
		.territory.places;
});
afterAll(async () => {
	await admin?.close();
	await context?.close();
	await browser?.close();
	await connect({ uri: inject('neo4jUri'), user: 'neo4j', password: '', database: 'neo4j' });
	await writeTx((tx) =>
		tx.run('MATCH (n) WHERE n.id STARTS WITH $tag DETACH DELETE n', { tag: `${TAG}-` })
	);
	await closeDriver();
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
	it('lights up an actor’s seat and the Comuni its projects cover, keeps the selection across views', async () => {
		// A project aims at Crema and two more Comuni of the Ambito; its partners sit in Crema, in
		// the first of those Comuni and outside the Ambito, each of a kind that covers its seat only.
		const cremasco = places.filter((c) => c.ambito?.id === AMBITO && c.istat !== CREMA_ISTAT);
		const outside = places.find((c) => c.ambito && c.ambito.id !== AMBITO)!;
		const target = [CREMA_ISTAT, cremasco[0]!.istat, cremasco[1]!.istat];
		const partners: Array<[string, 'odv' | 'aps', string]> = [
			['Associazione Uno', 'odv', CREMA_ISTAT],
			['Associazione Due', 'aps', cremasco[0]!.istat],
			['Associazione Tre', 'odv', outside.istat]
		];
		const projectId = `${TAG}-project`;
		await gqlAs(admin, `mutation ($i: ProjectInput!) { createProject(input: $i) { id } }`, {
			i: { id: projectId, title: `Copertura ${TAG}`, targetComuniIstat: target }
		});
		for (const [index, [name, kind, seat]] of partners.entries()) {
			expect(coverageOfKind(kind)).toBe('seat');
			await gqlAs(
				admin,
				`mutation ($a: ActorInput!, $p: NewPartnershipInput!) {
					createActorAsPartner(actor: $a, partnership: $p) { id }
				}`,
				{
					a: { id: `${TAG}-actor-${index}`, name: `${name} ${TAG}`, kind, seatIstat: seat },
					p: { projectId, role: 'partner' }
				}
			);
		}
		// independently of the page: the seat, and the target's Comuni where a partner sits
		const seats = new Set(partners.map(([, , seat]) => seat));
		const lit = [CREMA_ISTAT, ...target.filter((istat) => seats.has(istat))];
		const expected = [...new Set(lit)].sort();
		expect(expected).toEqual([CREMA_ISTAT, cremasco[0]!.istat].sort());
		const actor = `${partners[0]![0]} ${TAG}`;

		await page.goto(mapUrl(`?ambito=${AMBITO}`));
		await mapReady(page);
		await page.locator('[data-testid="view-table"]').click();
		await page
			.locator('[data-testid="map-table"]')
			.getByRole('button', { name: actor, exact: true })
			.first()
			.click();
		await poll(() => page.locator('#map-panel-title').innerText()).toBe(actor);
		await page.getByRole('button', { name: 'Mappa', exact: true }).click();

		await page.locator('[data-testid="vista-geografia"]').click();
		await poll(() => page.locator('[data-layer="comuni"] path').count(), {
			timeout: 30_000
		}).toBe(1502);
		// the declared target's third Comune has no partner: it stays dark
		await poll(async () =>
			(
				await page
					.locator('[data-layer="highlight"] path')
					.evaluateAll((ps) => ps.map((p) => p.getAttribute('data-highlight')))
			).sort()
		).toEqual(expected);
		expect(await page.locator('[data-layer="selected"]').count()).toBe(1);
		expect(await page.locator('[data-testid="geo-selected"]').innerText()).toContain('Crema');
		expect(await page.locator('#map-panel-title').innerText()).toBe(actor);
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
		// read again: the test above added partners in the Ambito
		const { nodes, edges } = (await network(context)).ambitoNetwork;
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
