import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { createTestAccount, signedInContext } from '../helpers/browser-session';

const AMBITO = 'ambito-ambito-distrettuale-cremasco';

let browser: Browser;
let facilitator: BrowserContext;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
	browser = await launchBrowser();
	const account = await createTestAccount(['facilitatore'], [AMBITO]);
	facilitator = await signedInContext(browser, account);
});
afterAll(async () => {
	for (const c of contexts) await c.close();
	await facilitator?.close();
	await browser?.close();
});

const poll = <T>(fn: () => Promise<T>, timeout = 15_000) => expect.poll(fn, { timeout });
const actorsOf = (p: Page) => p.locator('[data-testid="actors"] li').allInnerTexts();

async function joinAs(
	code: string,
	name: string
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({
		viewport: { width: 390, height: 800 },
		hasTouch: true
	});
	contexts.push(context);
	const page = await context.newPage();
	page.on('console', (m) => m.type() === 'error' && console.log(`[${name}] ${m.text()}`));
	await page.goto(`${inject('appUrl')}/laboratorio/${code}`);
	await page.locator('input[name="name"]').fill(name);
	await page.getByRole('button', { name: /^(Entra|Join)$/ }).click();
	await page.locator('input[name="actor"]').waitFor();
	return { context, page };
}

async function addActor(page: Page, name: string) {
	await page.locator('input[name="actor"]').fill(name);
	await page.locator('form.add-actor button[type="submit"]').click();
}

describe('workshop mode in the browser', () => {
	let code = '';
	let anna: { context: BrowserContext; page: Page };
	let bruno: { context: BrowserContext; page: Page };

	it('a facilitator creates a workshop and gets a code and a QR code', async () => {
		const page = await facilitator.newPage();
		await page.goto(`${inject('appUrl')}/laboratorio`);
		await page.locator('form.create input[name="name"]').fill('Laboratorio prova');
		await page.locator('form.create input[type="checkbox"]').uncheck();
		await Promise.all([
			page.waitForURL(/\/conduzione$/),
			page.locator('form.create button[type="submit"]').click()
		]);
		code = page.url().split('/').at(-2)!;
		expect(code).toMatch(/^[A-Z2-9]{8}$/);
		await page.goto(`${inject('appUrl')}/laboratorio/${code}/proiettore`);
		await expect.poll(() => page.locator('svg.qr path').count()).toBe(1);
		await page.close();
	}, 60_000);

	it('two participants join from phones, edit at once and see each other’s changes', async () => {
		const joining = Date.now();
		[anna, bruno] = await Promise.all([joinAs(code, 'Anna'), joinAs(code, 'Bruno')]);
		// Both live (the status dot) before editing, so what follows measures propagation alone.
		for (const p of [anna.page, bruno.page])
			await poll(() => p.locator('.status').getAttribute('data-connected')).toBe('true');
		const editing = Date.now();
		await Promise.all([
			addActor(anna.page, 'Oratorio San Luigi'),
			addActor(bruno.page, 'Caritas Crema')
		]);
		for (const p of [anna.page, bruno.page]) {
			// Everything sent (else: the reason the page shows).
			await poll(async () =>
				(await p.locator('.unsent').count()) === 0
					? 'sent'
					: await p.locator('.offline').innerText()
			).toBe('sent');
			await poll(async () => (await actorsOf(p)).join('|')).toContain('Oratorio San Luigi');
			await poll(async () => (await actorsOf(p)).join('|')).toContain('Caritas Crema');
		}
		const seen = Date.now() - editing;
		console.log(
			`workshop browser: joined and live in ${editing - joining} ms; both edits seen by both in ${seen} ms`
		);
		// Reported, not asserted: speed belongs to bench/ (one run here took 30 s instead of ~0.4 s;
		// see the closing note of issues 6 and 9).
		// Search-as-you-type shows the existing actor before a duplicate is added.
		await bruno.page.locator('input[name="actor"]').fill('orat');
		await poll(() => bruno.page.locator('ul.matches li').allInnerTexts()).toEqual([
			expect.stringContaining('Oratorio San Luigi')
		]);
		await bruno.page.locator('input[name="actor"]').fill('');
	}, 60_000);

	it('an edit made offline is kept and sent when the connection is back', async () => {
		await anna.context.setOffline(true);
		await addActor(anna.page, 'Fatto senza rete');
		await poll(() => anna.page.locator('.unsent').count()).toBe(1);
		// Survives a reload while offline? The outbox is in localStorage; here: back online.
		await anna.context.setOffline(false);
		await poll(async () => (await actorsOf(bruno.page)).join('|'), 30_000).toContain(
			'Fatto senza rete'
		);
		await poll(() => anna.page.locator('.unsent').count(), 30_000).toBe(0);
	}, 60_000);
});
