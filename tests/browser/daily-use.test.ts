import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openHydrated } from '../helpers/browser';
import { createTestAccount, signedInContext, type TestAccount } from '../helpers/browser-session';

/**
 * Daily use by an administrator, an evaluator and a visitor (issue 22): names instead of ids,
 * errors where the eye is, confirmations, changing one's password, dead ends that say what to do.
 */
const app = () => inject('appUrl');
const SLOW = { timeout: 20_000 };
let browser: Browser;
let admin: BrowserContext;
let page: Page;

beforeAll(async () => {
	browser = await launchBrowser();
	admin = await signedInContext(browser, await createTestAccount(['amministratore']));
	page = await admin.newPage();
});
afterAll(async () => {
	await browser?.close();
});

describe('the administrator', () => {
	it('chooses an evaluator’s calls by title, and a refusal keeps what was typed, beside the form', async () => {
		await page.goto(`${app()}/amministrazione`);
		const calls = page.locator('[data-testid="new-calls"] label');
		expect(await calls.count()).toBeGreaterThan(0);
		const firstCall = (await calls.first().innerText()).trim();
		// Titles, not internal ids.
		expect(firstCall).not.toMatch(/^demo-call/);
		await page.locator('form[action="?/create"] input[name="name"]').fill('Maria Neri');
		// An email already taken: the server refuses.
		const taken = (await page.locator('ul.users summary').first().innerText()).match(
			/<(.+?)>/
		)![1]!;
		await page.locator('form[action="?/create"] input[name="email"]').fill(taken);
		await page.locator('form[action="?/create"] input[value="valutatore"]').check();
		await calls.first().locator('input').check();
		await page.locator('form[action="?/create"] button[type="submit"]').click();
		const refusal = page.locator('form[action="?/create"] [data-testid="form-error"]');
		await expect.poll(() => refusal.count(), SLOW).toBe(1);
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
			.toBe('form-error');
		expect(await page.locator('form[action="?/create"] input[name="name"]').inputValue()).toBe(
			'Maria Neri'
		);
		expect(
			await page.locator('form[action="?/create"] input[value="valutatore"]').isChecked()
		).toBe(true);
		expect(await calls.first().locator('input').isChecked()).toBe(true);
	});

	it('asks before deleting a user', async () => {
		const victim = await createTestAccount(['lettore']);
		await page.goto(`${app()}/amministrazione`);
		const row = page.locator('ul.users li', { hasText: victim.email });
		await row.locator('summary').first().click();
		const confirm = row.locator('[data-testid="delete-confirm"]');
		expect(await confirm.isVisible()).toBe(false);
		await row.locator('[data-testid="delete-open"]').click();
		expect(await row.locator('.confirm').innerText()).toContain('Non si può annullare');
		await confirm.click();
		await expect
			.poll(() => page.locator('ul.users li', { hasText: victim.email }).count(), SLOW)
			.toBe(0);
	});
});

describe('one’s own account', () => {
	it('changes the password with the rules stated, confirms it, and ends the other sessions', async () => {
		const account: TestAccount = await createTestAccount(['lettore']);
		const here = await signedInContext(browser, account);
		const elsewhere = await signedInContext(browser, account);
		const p = await here.newPage();
		await p.goto(`${app()}/`);
		await Promise.all([
			p.waitForURL(/\/profilo$/),
			p.locator('[data-testid="signed-in-as"]').click()
		]);
		await Promise.all([
			p.waitForURL(/\/accesso\/password/),
			p.locator('[data-testid="change-password"]').click()
		]);
		expect(await p.locator('#password-rules').innerText()).toMatch(/almeno 12 caratteri/);
		await p.locator('input[name="currentPassword"]').fill('not my password at all');
		await p.locator('input[name="newPassword"]').fill('una frase nuova e lunga');
		await p.locator('input[name="confirm"]').fill('una frase nuova e lunga');
		await p.getByRole('button', { name: 'Salva' }).click();
		await expect
			.poll(() => p.locator('[data-testid="form-error"]').innerText(), SLOW)
			.toMatch(/password attuale errata/);
		await p.locator('input[name="currentPassword"]').fill(account.password);
		await p.locator('input[name="newPassword"]').fill('una frase nuova e lunga');
		await p.locator('input[name="confirm"]').fill('una frase nuova e lunga');
		await Promise.all([
			p.waitForURL(/\/profilo\?password=cambiata/),
			p.getByRole('button', { name: 'Salva' }).click()
		]);
		expect(await p.locator('[data-testid="password-changed"]').innerText()).toMatch(
			/Password cambiata.*sessioni.*chiuse/s
		);
		// This browser is still signed in, the other one is not.
		await p.goto(`${app()}/profilo`);
		expect(p.url()).toMatch(/\/profilo$/);
		const other = await elsewhere.newPage();
		await other.goto(`${app()}/profilo`);
		expect(other.url()).toContain('/accesso');
		await here.close();
		await elsewhere.close();
	});

	it('after a temporary password is changed, offers the way on to the page asked for, or home', async () => {
		const account = await createTestAccount(['lettore'], [], [], true);
		const context = await browser.newContext();
		const p = await context.newPage();
		await p.goto(`${app()}/accesso`);
		await p.locator('input[name="email"]').fill(account.email);
		await p.locator('input[name="password"]').fill(account.password);
		await Promise.all([
			p.waitForURL(/\/accesso\/password/),
			p.locator('form.login button[type="submit"]').click()
		]);
		// Asked for another page first: the change comes first, and the page asked for is kept.
		await p.goto(`${app()}/mappa?ambito=x`);
		expect(new URL(p.url()).pathname + new URL(p.url()).search).toBe(
			`/accesso/password?next=${encodeURIComponent('/mappa?ambito=x')}`
		);
		await p.locator('input[name="currentPassword"]').fill(account.password);
		await p.locator('input[name="newPassword"]').fill('una frase nuova e lunga');
		await p.locator('input[name="confirm"]').fill('una frase nuova e lunga');
		await Promise.all([
			p.waitForURL(/\/profilo\?password=cambiata/),
			p.getByRole('button', { name: 'Salva' }).click()
		]);
		const onward = p.locator('[data-testid="password-continue"]');
		expect(await onward.innerText()).toBe('Continua');
		expect(await onward.getAttribute('href')).toBe('/mappa?ambito=x');
		// Without a page to go back to, the way on is the home page.
		await p.goto(`${app()}/profilo?password=cambiata`);
		expect(await onward.innerText()).toBe('Vai alla pagina iniziale');
		expect(await onward.getAttribute('href')).toBe('/');
		await context.close();
	});
});

describe('dead ends and ways in', () => {
	it('a missing page says so in plain words and leads home, without commands', async () => {
		const response = await page.goto(`${app()}/valutazione/progetti/non-esiste`);
		expect(response?.status()).toBe(404);
		const text = await page.locator('main').innerText();
		expect(await page.locator('[data-testid="error-title"]').innerText()).toBe(
			'Pagina non trovata'
		);
		expect(text).not.toMatch(/npx|trama db|Not Found/);
		expect(await page.getByRole('link', { name: 'Vai alla pagina iniziale' }).count()).toBe(1);
	});

	it('a refused page says to ask the administrator for the role', async () => {
		const reader = await signedInContext(browser, await createTestAccount(['valutatore'], [], []));
		const p = await reader.newPage();
		const response = await p.goto(`${app()}/amministrazione`);
		expect(response?.status()).toBe(403);
		expect(await p.locator('[data-testid="error-text"]').innerText()).toMatch(
			/chiedi all’amministratore/
		);
		// /dati: the evaluator is told before choosing a file that importing is not for the role.
		await p.goto(`${app()}/dati`);
		expect(await p.locator('[data-testid="import-not-for-role"]').isVisible()).toBe(true);
		expect(await p.locator('input[type="file"]').count()).toBe(0);
		await reader.close();
	});

	it('the home page says what Trama is for, a path per role, and lets a participant type a code', async () => {
		const visitor = await browser.newContext();
		const p = await visitor.newPage();
		// Typed before the page's script takes over, the code was lost and the click went nowhere.
		await openHydrated(p, `${app()}/`);
		const welcome = await p.locator('[data-testid="welcome"]').innerText();
		expect(welcome).toMatch(/Uffici di Piano/);
		for (const path of ['office', 'evaluator', 'facilitator', 'participant'])
			expect(await p.locator(`[data-testid="path-${path}"]`).count()).toBe(1);
		await p.locator('[data-testid="workshop-code-form"] input').fill(' ab c12 ');
		await Promise.all([
			p.waitForURL(/\/laboratorio\/ABC12$/),
			p.locator('[data-testid="workshop-code-form"] button').click()
		]);
		await visitor.close();
	});

	it('a sign-in from another address of the same app is refused in Italian, naming the address that works', async () => {
		const url = new URL(app());
		const other = `http://localhost:${url.port}`;
		expect(other).not.toBe(url.origin);
		const response = await fetch(`${app()}/accesso`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: other },
			body: 'email=a%40b.it&password=x',
			redirect: 'manual'
		});
		expect(response.status).toBe(403);
		const html = await response.text();
		expect(html).toContain('Modulo rifiutato');
		expect(html).toContain(`risponde all’indirizzo ${url.origin}`);
		expect(html).toContain(`da ${other}`);
		expect(html).not.toContain('Cross-site');
	});
});
