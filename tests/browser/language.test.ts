import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { createTestAccount, signedInContext } from '../helpers/browser-session';
import { AMBITO } from '../helpers/map-page';

/**
 * One language at a time: in English no Italian message of the interface shows on any page, and
 * back in Italian no English one does. Only messages whose two languages differ and that are long
 * enough not to be someone's name or a word the data shares ("Partner", "Comuni") are looked for.
 */
type Messages = Record<string, unknown>;
const read = (locale: string) =>
	JSON.parse(
		readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8')
	) as Messages;
const it_ = read('it');
const en = read('en');
/** Plain messages whose text differs between the languages, by language; inputs cut off. */
const telling = (locale: 'it' | 'en') =>
	Object.keys(it_)
		.filter((key) => key !== '$schema' && typeof it_[key] === 'string' && it_[key] !== en[key])
		.map((key) =>
			String((locale === 'it' ? it_ : en)[key])
				.split('{')[0]!
				.trim()
		)
		.filter((text) => text.length >= 14);

const PAGES = [
	'/',
	`/mappa?ambito=${AMBITO}`,
	'/valutazione?bando=demo-call-2021',
	'/valutazione/progetti/demo-project-01',
	'/dati',
	'/laboratorio',
	'/amministrazione'
];

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
	browser = await launchBrowser();
	context = await signedInContext(browser, await createTestAccount(['amministratore']));
	page = await context.newPage();
});
afterAll(async () => {
	await context?.close();
	await browser?.close();
});

/** What a person (and a screen reader) gets from the page: its text and its labels. */
async function pageText(path: string): Promise<string> {
	await page.goto(`${inject('appUrl')}${path}`);
	await page.locator('main').waitFor();
	await page.waitForLoadState('networkidle');
	return page.evaluate(() => {
		const labels = [...document.querySelectorAll('[aria-label], [title], [placeholder]')].map(
			(el) =>
				[el.getAttribute('aria-label'), el.getAttribute('title'), el.getAttribute('placeholder')]
					.filter(Boolean)
					.join(' ')
		);
		return [document.title, document.body.innerText, ...labels].join('\n');
	});
}

async function switchTo(button: string, lang: 'it' | 'en') {
	await page.goto(`${inject('appUrl')}/`);
	await page.getByRole('button', { name: button }).click();
	await expect.poll(() => page.locator('main').getAttribute('lang')).toBe(lang);
}

describe('one language at a time', () => {
	// English first, then back to Italian: the choice is kept across pages and can be undone.
	for (const [button, lang, other] of [
		['English', 'en', 'it'],
		['Italiano', 'it', 'en']
	] as const) {
		it(`in ${button}, no page shows a message of the other language`, async () => {
			await switchTo(button, lang);
			const foreign = telling(other);
			expect(foreign.length).toBeGreaterThan(100);
			const tagline = String((lang === 'it' ? it_ : en).appTagline);
			for (const path of PAGES) {
				const text = await pageText(path);
				expect(text, path).toContain(tagline);
				expect(
					foreign.filter((message) => text.includes(message)),
					path
				).toEqual([]);
			}
		});
	}

	it('the script in the page speaks the language the server chose', async () => {
		await switchTo('English', 'en');
		await page.goto(`${inject('appUrl')}/mappa?ambito=${AMBITO}`);
		// Written in the browser only, after typing: the script reads the language from the cookie.
		await page.locator('[data-testid="map-search"]').fill('Crema');
		await expect
			.poll(() => page.locator('[data-testid="search-count"]').innerText(), { timeout: 30_000 })
			.toMatch(/^\d+ found$/);
		await switchTo('Italiano', 'it');
		await page.goto(`${inject('appUrl')}/mappa?ambito=${AMBITO}`);
		await page.locator('[data-testid="map-search"]').fill('Crema');
		await expect
			.poll(() => page.locator('[data-testid="search-count"]').innerText(), { timeout: 30_000 })
			.toMatch(/^\d+ trovat[oi]$/);
	});
});
