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
