import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { postForm } from '../helpers/browser-session';
import { closeDriver, connect } from '../../src/lib/server/db/driver';
import { createUserUnchecked } from '../../src/lib/server/accounts/account-service';
import { findUserCredentials } from '../../src/lib/server/accounts/user-queries';

const EMAIL = 'giulia.verdi@example.it';
const PASSWORD = 'una password lunga 2026';

let browser: Browser;
beforeAll(async () => {
	await connect({ uri: inject('neo4jUri'), user: 'neo4j', password: '', database: 'neo4j' });
	if (!(await findUserCredentials(EMAIL)))
		await createUserUnchecked(
			{ email: EMAIL, name: 'Giulia Verdi', roles: ['lettore'], password: PASSWORD },
			'test'
		);
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await closeDriver();
});

describe('login and logout', () => {
	it('signs in with the keyboard, shows the name, signs out', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${inject('appUrl')}/accesso`);
		await page.getByLabel('Email').focus();
		await page.keyboard.type(EMAIL);
		await page.keyboard.press('Tab');
		await page.keyboard.type(PASSWORD);
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.locator('[data-testid="signed-in-as"]').innerText())
			.toBe('Giulia Verdi');
		const cookie = (await context.cookies()).find((c) => c.name === 'trama_session')!;
		expect(cookie.httpOnly).toBe(true);
		expect(cookie.sameSite).toBe('Lax');
		const headers = (await page.request.get(inject('appUrl'))).headers();
		expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
		expect(headers['content-security-policy']).toMatch(/script-src 'self'/);
		expect(headers['referrer-policy']).toBe('same-origin');
		await page.getByRole('button', { name: 'Esci' }).focus();
		await page.keyboard.press('Enter');
		// The header's own way back in (the home page also offers one per role).
		await expect
			.poll(() => page.locator('header.site').getByRole('link', { name: 'Accedi' }).count())
			.toBe(1);
		expect(await page.locator('[data-testid="signed-in-as"]').count()).toBe(0);
		// The old token no longer opens anything.
		const reuse = await browser.newContext();
		await reuse.addCookies([{ ...cookie }]);
		const again = await reuse.newPage();
		await again.goto(inject('appUrl'));
		expect(await again.locator('[data-testid="signed-in-as"]').count()).toBe(0);
		await reuse.close();
		await context.close();
	});

	it('keeps what was typed before the page script loaded, and signs in with it', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		// Hold the app's scripts: on a slow connection people type before the page hydrates.
		let release!: () => void;
		const released = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/**', async (route) => {
			await released;
			await route.continue();
		});
		await page.goto(`${inject('appUrl')}/accesso`, { waitUntil: 'commit' });
		await page.locator('input[name="email"]').fill(EMAIL);
		await page.locator('input[name="password"]').fill(PASSWORD);
		release();
		await page.waitForLoadState('networkidle');
		expect(await page.locator('input[name="email"]').inputValue()).toBe(EMAIL);
		await page.locator('form.login button[type="submit"]').click();
		await expect
			.poll(() => page.locator('[data-testid="signed-in-as"]').innerText())
			.toBe('Giulia Verdi');
		await context.close();
	});

	it('shows an Italian error for a wrong password', async () => {
		const page = await browser.newPage();
		await page.goto(`${inject('appUrl')}/accesso`);
		await page.getByLabel('Email').fill(EMAIL);
		await page.getByLabel('Password').fill('password sbagliata');
		await page.getByLabel('Password').press('Enter');
		await expect
			.poll(() => page.locator('[data-testid="login-error"]').innerText())
			.toBe('Email o password non corretti.');
		expect(await page.locator('[data-testid="signed-in-as"]').count()).toBe(0);
		await page.close();
	});

	it('keeps the administration page for administrators', async () => {
		const page = await browser.newPage();
		const response = await page.goto(`${inject('appUrl')}/amministrazione`);
		expect(page.url()).toContain('/accesso?next=%2Famministrazione');
		expect(response?.status()).toBe(200);
		await page.close();
	});

	it('serves GraphQL with error codes and CSRF checks for cookie sessions', async () => {
		const url = inject('appUrl');
		const gql = (query: string, headers: Record<string, string> = {}) =>
			fetch(`${url}/graphql`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', ...headers },
				body: JSON.stringify({ query })
			});
		const anon = (await (await gql('{ actors(first: 1) { totalCount } }')).json()) as {
			errors: Array<{ extensions: { code: string } }>;
		};
		expect(anon.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
		// (Introspection off and masking on are checked with the production settings in
		// tests/integration/fuzz.test.ts: the test build inherits vitest's NODE_ENV=test, so `dev` is true.)
		// Sign in through the form action (same origin), keep the cookie.
		const login = await postForm(url, '/accesso', { email: EMAIL, password: PASSWORD, next: '/' });
		expect(login.status).toBe(303);
		const cookie = login.cookie;
		expect(cookie).toMatch(/^trama_session=/);
		const me = '{ me { name } }';
		expect((await gql(me, { cookie, 'x-trama-csrf': '1', origin: url })).status).toBe(200);
		expect(
			(await gql(me, { cookie, 'x-trama-csrf': '1', origin: 'https://evil.example' })).status
		).toBe(403);
		const simple = await fetch(`${url}/graphql`, {
			method: 'POST',
			headers: { cookie, 'content-type': 'text/plain' },
			body: JSON.stringify({ query: me })
		});
		expect(simple.status).toBe(403);
		const body = (await (await gql(me, { cookie, 'x-trama-csrf': '1' })).json()) as {
			data: { me: { name: string } };
		};
		expect(body.data.me.name).toBe('Giulia Verdi');
	});
});
