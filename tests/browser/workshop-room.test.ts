import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { launchBrowser } from '../helpers/browser';
import { createTestAccount, signedInContext } from '../helpers/browser-session';

/** The workshop in a real room (issue 18): a projector at 1920×1080, phones at 390×844. */
const AMBITO = 'ambito-ambito-distrettuale-cremasco';
const PROJECTOR = { width: 1920, height: 1080 };

let browser: Browser;
let facilitator: BrowserContext;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
	browser = await launchBrowser();
	const account = await createTestAccount(['facilitatore'], [AMBITO]);
	facilitator = await signedInContext(browser, account, { viewport: PROJECTOR });
});
afterAll(async () => {
	for (const c of contexts) await c.close();
	await facilitator?.close();
	await browser?.close();
});

const poll = <T>(fn: () => Promise<T>, timeout = 20_000) => expect.poll(fn, { timeout });

async function createWorkshop(name: string, fromMap: boolean): Promise<string> {
	const page = await facilitator.newPage();
	await page.goto(`${inject('appUrl')}/laboratorio`);
	await page.locator('form.create input[name="name"]').fill(name);
	await page.locator('form.create input[type="checkbox"]').setChecked(fromMap);
	await Promise.all([
		page.waitForURL(/\/conduzione$/),
		page.locator('form.create button[type="submit"]').click()
	]);
	const code = page.url().split('/').at(-2)!;
	await page.close();
	return code;
}

/** A participant over HTTP, as a phone would (for edits the test does not look at on a phone). */
async function participant(code: string, name: string) {
	const call = async (query: string, variables: Record<string, unknown>, token = '') => {
		const response = await fetch(`${inject('appUrl')}/graphql`, {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				'x-trama-csrf': '1',
				'x-trama-participant': token
			},
			body: JSON.stringify({ query, variables })
		});
		const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
		expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
		return body.data!;
	};
	const joined = await call(
		'mutation($code: String!, $name: String!) { joinWorkshop(code: $code, name: $name) { token } }',
		{ code, name }
	);
	const token = (joined.joinWorkshop as { token: string }).token;
	let n = 0;
	return (type: string, payload: unknown) =>
		call(
			'mutation($c: String!, $t: String!, $p: String!) { contributeToWorkshop(clientId: $c, type: $t, payloadJson: $p) { created } }',
			{ c: `${name}-${Date.now()}-${++n}`, t: type, p: JSON.stringify(payload) },
			token
		);
}

/** Every map label's size and box, against the screen. */
const labels = (page: Page) =>
	page.locator('svg.map text').evaluateAll((texts) =>
		texts.map((t) => {
			const box = t.getBoundingClientRect();
			return {
				text: t.textContent ?? '',
				font: parseFloat(getComputedStyle(t).fontSize),
				top: box.top,
				bottom: box.bottom,
				left: box.left,
				right: box.right,
				height: box.height,
				visible: getComputedStyle(t).visibility !== 'hidden' && box.width > 0
			};
		})
	);

function expectReadable(found: Awaited<ReturnType<typeof labels>>) {
	expect(found.length).toBeGreaterThan(0);
	for (const l of found) {
		expect(l.visible, l.text).toBe(true);
		expect(l.font / PROJECTOR.height, l.text).toBeGreaterThanOrEqual(0.025);
		expect(l.height / PROJECTOR.height, l.text).toBeGreaterThanOrEqual(0.025);
		// On screen, not cut at an edge.
		expect(l.left, l.text).toBeGreaterThanOrEqual(0);
		expect(l.right, l.text).toBeLessThanOrEqual(PROJECTOR.width);
		expect(l.top, l.text).toBeGreaterThanOrEqual(0);
		expect(l.bottom, l.text).toBeLessThanOrEqual(PROJECTOR.height);
	}
	// No label covers another.
	for (const [i, a] of found.entries())
		for (const b of found.slice(i + 1)) {
			const apart =
				a.right <= b.left || b.right <= a.left || a.bottom <= b.top + 1 || b.bottom <= a.top + 1;
			expect(apart, `${a.text} / ${b.text}`).toBe(true);
		}
}

describe('the projector, on a 1920×1080 wall', () => {
	it('fills the screen without the site header; step and question in Italian; code and QR visible', async () => {
		const code = await createWorkshop('Chi sostiene le famiglie fragili?', false);
		const add = await participant(code, 'Carla');
		const names = Array.from({ length: 30 }, (_, i) => `Associazione di volontariato ${i + 1}`);
		for (const name of names) await add('actor', { name, kind: null, existingActorId: null });
		const page = await facilitator.newPage();
		await page.goto(`${inject('appUrl')}/laboratorio/${code}/proiettore`);
		await poll(() => page.locator('svg.map text').count()).toBe(30);
		expect(await page.locator('header.site').count()).toBe(0);
		expect(await page.getByRole('button', { name: /^(Esci|Sign out)$/ }).count()).toBe(0);
		expect(await page.locator('main').count()).toBe(1);
		const step = await page.getByTestId('step').innerText();
		expect(step).toContain('Soggetti');
		expect(step).toContain('Chi si occupa di questo tema');
		expect(step).not.toMatch(/\bactors\b/);
		for (const what of ['.code', 'svg.qr']) {
			const box = (await page.locator(what).boundingBox())!;
			expect(box.y + box.height, what).toBeLessThanOrEqual(PROJECTOR.height);
			expect(box.x + box.width, what).toBeLessThanOrEqual(PROJECTOR.width);
		}
		expect(await page.locator('.code').innerText()).toBe(code);
		expectReadable(await labels(page));
		// Every actor of a workshop-sized map is drawn, none cut.
		expect(await page.locator('.hidden-note').count()).toBe(0);
		// A new contribution arrives highlighted.
		await add('actor', { name: 'Nuovo arrivato', kind: null, existingActorId: null });
		await poll(() => page.locator('svg.map g.fresh title').allTextContents()).toEqual([
			'Nuovo arrivato'
		]);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	}, 120_000);

	it('with the pre-loaded map (the demo Ambito: 150 organisations) shows the neighbourhood being discussed, readable', async () => {
		const code = await createWorkshop('Laboratorio sulla mappa attuale', true);
		const page = await facilitator.newPage();
		await page.goto(`${inject('appUrl')}/laboratorio/${code}/proiettore`);
		await poll(async () =>
			Number(await page.locator('.counters dd').nth(1).innerText())
		).toBeGreaterThanOrEqual(140);
		await poll(() => page.locator('svg.map text').count()).toBeGreaterThan(20);
		expectReadable(await labels(page));
		await expect.poll(() => page.locator('.hidden-note').innerText()).toMatch(/non sono mostrati/);
		// A participant links two organisations: both come on screen.
		const room = await page.evaluate(async (code) => {
			const response = await fetch('/graphql', {
				method: 'POST',
				headers: { 'content-type': 'application/json', 'x-trama-csrf': '1' },
				body: JSON.stringify({
					query:
						'query($code: String!) { workshop(code: $code) { contributions { clientId type payloadJson } } }',
					variables: { code }
				})
			});
			return (await response.json()) as {
				data: {
					workshop: {
						contributions: Array<{ clientId: string; type: string; payloadJson: string }>;
					};
				};
			};
		}, code);
		const actors = room.data.workshop.contributions.filter((c) => c.type === 'actor');
		const shown = new Set(await page.locator('svg.map text title').allTextContents());
		const [a, b] = actors.filter((c) => !shown.has(JSON.parse(c.payloadJson).name));
		expect(a && b).toBeTruthy();
		const add = await participant(code, 'Dario');
		await add('relation', {
			a: a!.clientId,
			b: b!.clientId,
			label: 'co-progettazione',
			strength: 4
		});
		for (const c of [a!, b!])
			await poll(() => page.locator('svg.map text title').allTextContents()).toContain(
				JSON.parse(c.payloadJson).name
			);
		expectReadable(await labels(page));
		await page.close();
	}, 120_000);
});

describe('phones, at 390×844', () => {
	const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
	const actorsOf = (p: Page) => p.locator('[data-testid="actors"] li').allInnerTexts();

	async function phone(code: string, name: string): Promise<Page> {
		const context = await browser.newContext(PHONE);
		contexts.push(context);
		const page = await context.newPage();
		await page.goto(`${inject('appUrl')}/laboratorio/${code}`);
		await page.locator('input[name="name"]').fill(name);
		await page.getByRole('button', { name: /^(Entra|Join)$/ }).click();
		await page.locator('input[name="actor"]').waitFor();
		await poll(() => page.locator('.status').getAttribute('data-connected')).toBe('true');
		return page;
	}

	it('a wrong code is said before any name is asked', async () => {
		const context = await browser.newContext(PHONE);
		contexts.push(context);
		const page = await context.newPage();
		await page.goto(`${inject('appUrl')}/laboratorio/ZZZZ2222`);
		await expect
			.poll(() => page.getByTestId('wrong-code').innerText())
			.toMatch(/Codice non valido/);
		expect(await page.locator('input[name="name"]').count()).toBe(0);
		expect(await page.locator('input[name="codice"]').count()).toBe(1);
		// The code typed again, in lower case, leads to that room (a plain GET: it works without script).
		await page.locator('input[name="codice"]').fill('zzzz3333');
		await page.getByRole('button', { name: 'Controlla il codice' }).click();
		await page.waitForURL(/\/laboratorio\/ZZZZ3333$/);
	}, 60_000);

	it('tapping a match reuses it: no duplicate, on the phone or on the server', async () => {
		const code = await createWorkshop('Laboratorio telefoni', false);
		const elena = await phone(code, 'Elena');
		const franco = await phone(code, 'Franco');
		// A compact page of its own: no site header, one h1, no ids, no accessibility violations.
		expect(await elena.locator('header.site').count()).toBe(0);
		expect(await elena.locator('h1').count()).toBe(1);
		await elena.locator('input[name="actor"]').fill('Caritas Cremasca');
		await elena.locator('form.add-actor button[type="submit"]').click();
		await poll(async () => (await actorsOf(franco)).join('|')).toContain('Caritas Cremasca');
		// Franco types part of it and taps the match.
		await franco.locator('input[name="actor"]').fill('caritas');
		await franco.locator('ul.matches button', { hasText: 'Caritas Cremasca' }).tap();
		await expect.poll(() => franco.locator('.notice').innerText()).toContain('Caritas Cremasca');
		expect(await franco.locator('input[name="actor"]').inputValue()).toBe('');
		// Typed in full, differently: the button offers the existing one instead of adding.
		await franco.locator('input[name="actor"]').fill('CARITAS  cremasca');
		await expect
			.poll(() => franco.locator('form.add-actor button[type="submit"]').innerText())
			.toMatch(/^Usa «Caritas Cremasca»/);
		await franco.locator('form.add-actor button[type="submit"]').tap();
		// One Caritas on both phones, also after a reload (what the server holds).
		await franco.reload();
		await franco.locator('input[name="actor"]').waitFor();
		for (const p of [elena, franco])
			await poll(async () => (await actorsOf(p)).filter((t) => /caritas/i.test(t))).toHaveLength(1);
		expect((await actorsOf(franco)).join('|')).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
		// The relation form is labelled; the first actor is the one tapped.
		await franco.getByRole('button', { name: /^(Relazioni|Relations)$/ }).tap();
		for (const label of ['Primo soggetto', 'Secondo soggetto', 'Che relazione li lega'])
			expect(await franco.getByLabel(label).count(), label).toBe(1);
		expect(await axeViolations(elena)).toEqual([]);
		// The facilitator reviews at 1366 px: nothing wider than the screen, a kind asked for the new one.
		const review = await facilitator.newPage();
		await review.setViewportSize({ width: 1366, height: 768 });
		await review.goto(`${inject('appUrl')}/laboratorio/${code}/conduzione`);
		await poll(() => review.getByLabel('Tipo di ente di Caritas Cremasca').count()).toBe(1);
		const overflow = await review.evaluate(() => {
			const cells = [...document.querySelectorAll('td, th, table')];
			return {
				page: document.documentElement.scrollWidth,
				widest: Math.max(...cells.map((c) => c.getBoundingClientRect().right)),
				clipped: cells.filter((c) => c.scrollWidth > c.clientWidth + 1).length
			};
		});
		expect(overflow.page).toBeLessThanOrEqual(1366);
		expect(overflow.widest).toBeLessThanOrEqual(1366);
		expect(overflow.clipped).toBe(0);
		expect(await axeViolations(review)).toEqual([]);
		await review.close();
	}, 120_000);

	it('offline, the indicator says so in Italian: no green dot, no “Failed to fetch”', async () => {
		const code = await createWorkshop('Laboratorio senza rete', false);
		const page = await phone(code, 'Gina');
		await page.context().setOffline(true);
		await page.locator('input[name="actor"]').fill('Fatto senza rete');
		await page.locator('form.add-actor button[type="submit"]').click();
		await expect.poll(() => page.locator('.status').innerText()).toMatch(/○ non collegato/);
		expect(await page.locator('.status').getAttribute('data-connected')).toBe('false');
		expect(await page.locator('.phone').innerText()).not.toMatch(/Failed to fetch/i);
		await page.context().setOffline(false);
		await poll(() => page.locator('.status').getAttribute('data-connected'), 30_000).toBe('true');
	}, 90_000);
});
