import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { launchBrowser } from '../helpers/browser';
import { createTestAccount, signedInContext } from '../helpers/browser-session';

/**
 * What the screen walk of issue 22 found (docs/walk-2026-12.md), each at the size a user sees it:
 * an office at 1366×768, an evaluator at 1366×768, a projector at 1920×1080, a participant's phone
 * at 390×844. Every page visited is also scanned by axe-core (0 violations).
 */
const app = () => inject('appUrl');
const AMBITO = 'ambito-ambito-distrettuale-cremasco';
const CALL = 'demo-call-2021';
const DESKTOP = { width: 1366, height: 768 };
const SLOW = { timeout: 30_000 };
let browser: Browser;
const contexts: BrowserContext[] = [];

async function as(
	roles: Parameters<typeof createTestAccount>[0],
	viewport: { width: number; height: number },
	ambitoIds: string[] = [],
	callIds: string[] = []
): Promise<Page> {
	const context = await signedInContext(
		browser,
		await createTestAccount(roles, ambitoIds, callIds),
		{ viewport }
	);
	contexts.push(context);
	return context.newPage();
}

const noAxeViolations = async (page: Page) =>
	expect((await axeViolations(page)).map((v) => `${v.id}: ${v.targets.join(' ')}`)).toEqual([]);

/** The boxes of two kinds of element intersect somewhere. */
const overlaps = (page: Page, a: string, b: string) =>
	page.evaluate(
		([a, b]) => {
			const boxes = (s: string) =>
				[...document.querySelectorAll(s)].map((e) => e.getBoundingClientRect());
			const [first, second] = [boxes(a!), boxes(b!)];
			return first.some((x) =>
				second.some(
					(y) => x.left < y.right && y.left < x.right && x.top < y.bottom && y.top < x.bottom
				)
			);
		},
		[a, b]
	);

beforeAll(async () => {
	browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
	for (const context of contexts) await context.close();
	await browser?.close();
});

// Each walk signs in, builds pages and scans them with axe: under a loaded CI, 60 s came close.
describe('the screen walk of issue 22', { timeout: 120_000 }, () => {
	it('an office goes from home straight to its own Ambito’s map, named', async () => {
		const page = await as(['ufficio_di_piano'], DESKTOP, [AMBITO]);
		await page.goto(`${app()}/`);
		const own = page.locator('[data-testid="path-office"] a').first();
		expect(await own.innerText()).toBe('La mappa del tuo Ambito: Ambito distrettuale Cremasco');
		await noAxeViolations(page);
		await Promise.all([page.waitForURL(/\/mappa\?ambito=/), own.click()]);
		await expect
			.poll(() => page.locator('h1').innerText(), SLOW)
			.toContain('Ambito distrettuale Cremasco');
	});

	it('the project dossier brings a partner search’s answers into sight', async () => {
		const page = await as(['ufficio_di_piano'], DESKTOP, [AMBITO]);
		await page.goto(`${app()}/progetti`);
		const first = page.locator('[data-testid="projects-table"] a').first();
		await Promise.all([page.waitForURL(/\/progetti\/[^/]+$/), first.click()]);
		await page.locator('[data-testid="section-identity"]').waitFor();
		// The search's answers open below a long partner list: they come into sight.
		const search = page.locator('[data-testid="partner-search"]');
		await search.fill('Crema');
		await search.press('Enter');
		const answer = page.locator('[data-testid="section-partnership"] ul.found button').first();
		await answer.waitFor(SLOW);
		await expect
			.poll(async () => {
				const box = (await answer.boundingBox())!;
				return box.y >= 0 && box.y + box.height <= DESKTOP.height;
			}, SLOW)
			.toBe(true);
		await noAxeViolations(page);
	});

	it('the projects list, a dossier and the import and export page fit a phone (no sideways scrolling)', async () => {
		const page = await as(['ufficio_di_piano'], { width: 390, height: 844 }, [AMBITO]);
		await page.goto(`${app()}/progetti`);
		await page.locator('[data-testid="projects-table"]').waitFor();
		// Filters and a six-column table made the list 661 px wide; the table now scrolls in its box.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
		await noAxeViolations(page);
		const first = page.locator('[data-testid="projects-table"] a').first();
		await Promise.all([page.waitForURL(/\/progetti\/[^/]+$/), first.click()]);
		await page.locator('[data-testid="section-agreements"]').waitFor();
		// The dossier's agreement rows were 407 px wide.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
		await page.goto(`${app()}/dati`);
		await page.locator('select[name="format"]').waitFor();
		// The export's selects kept their longest option's width: the page was 558 px wide.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
		await noAxeViolations(page);
	});

	it('an office’s map on a phone starts on the first screen, the filters after it', async () => {
		const phone = { width: 390, height: 844 };
		const page = await as(['ufficio_di_piano'], phone, [AMBITO]);
		await page.goto(`${app()}/mappa?ambito=${AMBITO}`);
		const canvas = page.locator('[data-testid="map-canvas"]');
		await expect
			.poll(async () => Number(await canvas.getAttribute('data-drawn-nodes')), SLOW)
			.toBeGreaterThan(0);
		// Before: a three-line tagline and the open filters came first; the map began at ~1,190 px.
		const map = (await canvas.boundingBox())!;
		expect(map.y).toBeLessThan(phone.height - 200);
		const filters = (await page.locator('section.controls').boundingBox())!;
		expect(filters.y).toBeGreaterThan(map.y);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			phone.width
		);
	});

	it('the ranking at 1366 px shows each title at a readable width and the status in sight', async () => {
		const page = await as(['valutatore'], DESKTOP, [], [CALL]);
		await page.goto(`${app()}/valutazione?bando=${CALL}`);
		const row = page.locator('[data-testid="ranking-row"]').first();
		await row.waitFor(SLOW);
		// Before: the title column was ~70 px (one word a line) and the status past the right edge.
		const title = (await row.locator('td:nth-child(3)').boundingBox())!;
		expect(title.width).toBeGreaterThanOrEqual(200);
		const status = (await row.locator('[data-testid="ranking-status"]').boundingBox())!;
		expect(status.x + status.width).toBeLessThanOrEqual(DESKTOP.width);
		expect(await row.locator('[data-testid="ranking-status"]').innerText()).toMatch(
			/Bozza|Definitiva/
		);
		await noAxeViolations(page);
	});

	it('the comparison on a phone: its tables scroll, and by keyboard too (axe)', async () => {
		const page = await as(['valutatore'], { width: 390, height: 844 }, [], [CALL]);
		await page.goto(`${app()}/valutazione?bando=${CALL}`);
		const boxes = page.locator('[data-testid="ranking-row"] input[type="checkbox"]');
		await boxes.first().waitFor(SLOW);
		await boxes.nth(0).check();
		await boxes.nth(1).check();
		await Promise.all([
			page.waitForURL(/confronto/, SLOW),
			page.locator('[data-testid="compare"]').click()
		]);
		await page.locator('[data-testid="comparison-resources"]').waitFor(SLOW);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
		// The resources table scrolled sideways in a box the keyboard could not reach.
		await noAxeViolations(page);
	});

	it('on the projector the “not shown” note stays clear of the map’s labels; the phone shows its hint whole', async () => {
		const facilitator = await as(['facilitatore'], DESKTOP, [AMBITO]);
		await facilitator.goto(`${app()}/laboratorio`);
		await facilitator.locator('form.create input[name="name"]').fill('Tavolo famiglie Crema');
		// Started from the Ambito's map: more actors than a wall can show.
		await facilitator.locator('form.create input[type="checkbox"]').setChecked(true);
		await Promise.all([
			facilitator.waitForURL(/\/conduzione$/, SLOW),
			facilitator.locator('form.create button[type="submit"]').click()
		]);
		const code = facilitator.url().split('/').at(-2)!;

		const projector = await as(['facilitatore'], { width: 1920, height: 1080 }, [AMBITO]);
		await projector.goto(`${app()}/laboratorio/${code}/proiettore`);
		await projector.locator('.hidden-note').waitFor(SLOW);
		await expect.poll(() => projector.locator('svg.map text').count(), SLOW).toBeGreaterThan(20);
		expect(await overlaps(projector, '.hidden-note', 'svg.map text')).toBe(false);
		await noAxeViolations(projector);

		const phone = await browser.newContext({
			viewport: { width: 390, height: 844 },
			isMobile: true,
			hasTouch: true
		});
		contexts.push(phone);
		const p = await phone.newPage();
		await p.goto(`${app()}/laboratorio/${code}`);
		await p.locator('input[name="name"]').fill('Anna Verdi');
		await p.getByRole('button', { name: /^(Entra|Join)$/ }).click();
		const actor = p.locator('input[name="actor"]');
		await actor.waitFor(SLOW);
		// The hint was a placeholder cut off at "invece di ag…"; now it is text the input points to.
		expect(await actor.getAttribute('placeholder')).toBeNull();
		const hint = p.locator(`#${await actor.getAttribute('aria-describedby')}`);
		expect(await hint.innerText()).toMatch(/toccalo invece di aggiungerlo/);
		expect(await hint.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
		expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await noAxeViolations(p);
	});
});
