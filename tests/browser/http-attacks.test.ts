// The attacks of issue 13 (items 5, 6, 8, 11) replayed against the built app over HTTP and in Chromium.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import {
	createTestAccount,
	postForm,
	signedInContext,
	type TestAccount
} from '../helpers/browser-session';
import { freePort, startApp, type AppProcess } from '../helpers/app-process';

const url = inject('appUrl');
let browser: Browser;
let admin: TestAccount;

beforeAll(async () => {
	admin = await createTestAccount(['amministratore']);
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const postSignIn = (base: string, fields: Record<string, string>) =>
	postForm(base, '/accesso', fields);

const CORS_HEADERS = [
	'access-control-allow-origin',
	'access-control-allow-credentials',
	'access-control-allow-headers',
	'access-control-allow-methods'
];
const corsHeadersOf = (response: Response) =>
	CORS_HEADERS.filter((name) => response.headers.has(name));

describe('another origin on the same host (item 5, CORS)', () => {
	const USERS = '{ users { email roles } }';

	it('gets no CORS headers and no data, with or without the victim’s cookie', async () => {
		const { cookie } = await postSignIn(url, { email: admin.email, password: admin.password });
		expect(cookie).toMatch(/^trama_session=/);
		const foreign = `http://127.0.0.1:${await freePort()}`;
		const preflight = await fetch(`${url}/graphql`, {
			method: 'OPTIONS',
			headers: {
				origin: foreign,
				'access-control-request-method': 'POST',
				'access-control-request-headers': 'content-type,x-trama-csrf'
			}
		});
		await preflight.arrayBuffer();
		expect(corsHeadersOf(preflight)).toEqual([]);

		const read = await fetch(`${url}/graphql?query=${encodeURIComponent(USERS)}`, {
			headers: { cookie, origin: foreign, 'x-trama-csrf': '1', 'sec-fetch-site': 'same-site' }
		});
		const readBody = await read.text();
		expect(read.status).toBe(403);
		expect(corsHeadersOf(read)).toEqual([]);
		expect(readBody).not.toContain(admin.email);

		const post = await fetch(`${url}/graphql`, {
			method: 'POST',
			headers: { cookie, origin: foreign, 'content-type': 'application/json', 'x-trama-csrf': '1' },
			body: JSON.stringify({ query: USERS })
		});
		const postBody = await post.text();
		expect(post.status).toBe(403);
		expect(corsHeadersOf(post)).toEqual([]);
		expect(postBody).not.toContain(admin.email);

		// Our own pages still read it, GET and POST.
		const own = await fetch(`${url}/graphql?query=${encodeURIComponent(USERS)}`, {
			headers: { cookie, 'x-trama-csrf': '1', 'sec-fetch-site': 'same-origin' }
		});
		expect(await own.text()).toContain(admin.email);
		const ownPost = await fetch(`${url}/graphql`, {
			method: 'POST',
			headers: { cookie, origin: url, 'content-type': 'application/json', 'x-trama-csrf': '1' },
			body: JSON.stringify({ query: USERS })
		});
		expect(await ownPost.text()).toContain(admin.email);
	});

	it('cannot read users from a page on another port in a signed-in browser', async () => {
		// The attacker's page: same host, another port; the victim's SameSite=Lax cookie goes along.
		const attacker: Server = createServer((_, response) => {
			response.writeHead(200, { 'content-type': 'text/html' });
			response.end('<!doctype html><title>altro</title>');
		});
		const port = await freePort();
		await new Promise<void>((resolve) => attacker.listen(port, '127.0.0.1', resolve));
		const context = await signedInContext(browser, admin);
		try {
			const page = await context.newPage();
			await page.goto(`http://127.0.0.1:${port}/`);
			const stolen = await page.evaluate(
				async ({ api, query }) => {
					const attempt = (init: RequestInit, target = api) =>
						fetch(target, { credentials: 'include', ...init }).then(
							(r) => r.text(),
							(e: Error) => `refused: ${e.name}`
						);
					return Promise.all([
						attempt({
							method: 'POST',
							headers: { 'content-type': 'application/json', 'x-trama-csrf': '1' },
							body: JSON.stringify({ query })
						}),
						attempt(
							{ headers: { 'x-trama-csrf': '1' } },
							`${api}?query=${encodeURIComponent(query)}`
						),
						attempt({}, `${api}?query=${encodeURIComponent(query)}`)
					]);
				},
				{ api: `${url}/graphql`, query: USERS }
			);
			expect(stolen).toEqual(['refused: TypeError', 'refused: TypeError', 'refused: TypeError']);
			// The same browser on Trama's own page reads it.
			const own = await context.newPage();
			await own.goto(url);
			const mine = await own.evaluate(
				async (query) =>
					(
						await fetch('/graphql', {
							method: 'POST',
							headers: { 'content-type': 'application/json', 'x-trama-csrf': '1' },
							body: JSON.stringify({ query })
						})
					).text(),
				USERS
			);
			expect(mine).toContain(admin.email);
		} finally {
			await context.close();
			await new Promise((resolve) => attacker.close(resolve));
		}
	});
});

describe('redirects after sign-in and language switch (item 8)', () => {
	const PAYLOADS = [
		'/\t/evil.example', // next=%2F%09%2Fevil.example, as the issue sent it
		'/\n/x',
		'/\\evil.example',
		'/\r\n/evil.example',
		'//evil.example',
		'/\t\\evil.example',
		'https://evil.example/',
		'/%0a/x'.replace('%0a', '\u000b')
	];

	it('stays on this site for every payload, and never answers 500', async () => {
		const account = await createTestAccount(['lettore']);
		for (const next of PAYLOADS) {
			const signIn = await postSignIn(url, { ...account, next });
			expect({ next, status: signIn.status, location: signIn.location }).toEqual({
				next,
				status: 303,
				location: '/'
			});
			const lang = await postForm(url, '/lingua', { lang: 'en', back: next });
			expect({ next, status: lang.status, location: lang.location }).toEqual({
				next,
				status: 303,
				location: '/'
			});
		}
		// A path of our own is kept, query and all.
		const kept = await postSignIn(url, { ...account, next: '/mappa?ambito=x' });
		expect(kept.location).toBe('/mappa?ambito=x');
	});

	it('a browser signing in from /accesso?next=%2F%09%2Fevil.example lands on Trama', async () => {
		const account = await createTestAccount(['lettore']);
		const context = await browser.newContext();
		const page = await context.newPage();
		// evil.example must not resolve anyway; should the redirect try it, the page ends up off-site.
		await page.route('http://evil.example/**', (route) => route.fulfill({ body: 'rubato' }));
		await page.goto(`${url}/accesso?next=%2F%09%2Fevil.example`);
		await page.locator('input[name="email"]').fill(account.email);
		await page.locator('input[name="password"]').fill(account.password);
		await page.locator('form.login button[type="submit"]').click();
		// Wherever it went (Trama, evil.example, Chromium's error page for a bad redirect): it left /accesso.
		await expect.poll(() => page.url(), { timeout: 30_000 }).not.toContain('/accesso');
		expect(page.url()).toBe(`${url}/`);
		await context.close();
	});
});

describe('security headers on static files (item 11)', () => {
	it('sends nosniff and X-Frame-Options on static/ files and immutable assets', async () => {
		const home = await (await fetch(url)).text();
		const asset = /\/_app\/immutable\/[^"'\s]+\.js/.exec(home)?.[0];
		expect(asset).toBeDefined();
		for (const path of [
			'/favicon.svg',
			asset!,
			'/_app/version.json',
			'/graphql?query=%7Bhealth%7Bok%7D%7D'
		]) {
			const response = await fetch(`${url}${path}`);
			await response.arrayBuffer();
			expect({ path, status: response.status }).toEqual({ path, status: 200 });
			expect(response.headers.get('x-content-type-options')).toBe('nosniff');
			expect(response.headers.get('x-frame-options')).toBe('DENY');
			expect(response.headers.get('referrer-policy')).toBe('same-origin');
		}
	});
});

describe('sign-in attempts sent in parallel to two app processes (item 6)', () => {
	let second: AppProcess;
	beforeAll(async () => {
		second = await startApp({ buildDir: inject('appBuildDir'), neo4jUri: inject('neo4jUri') });
	}, 120_000);
	afterAll(async () => {
		await second?.stop();
	});

	it('checks only 5 of 25 wrong passwords; the rest, and then the right one, are refused', async () => {
		const account = await createTestAccount(['lettore']);
		const attempts = await Promise.all(
			Array.from({ length: 25 }, (_, i) =>
				postSignIn(i % 2 ? second.url : url, {
					email: account.email,
					password: `sbagliata-${i}`
				})
			)
		);
		const statuses = attempts.map((a) => a.status);
		expect(statuses.filter((s) => s === 400)).toHaveLength(5);
		expect(statuses.filter((s) => s === 429)).toHaveLength(20);
		expect(attempts.find((a) => a.status === 429)!.body).toContain(
			'Troppi tentativi. Riprova tra 15 minuti.'
		);
		for (const base of [url, second.url]) {
			const right = await postSignIn(base, { ...account });
			expect(right.status).toBe(429);
			expect(right.cookie).toBe('');
		}
	});
});
