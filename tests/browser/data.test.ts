import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { createTestAccount, signedInContext } from '../helpers/browser-session';

let browser: Browser;
let context: BrowserContext;
const suffix = Date.now().toString(36);

beforeAll(async () => {
	browser = await launchBrowser();
	context = await signedInContext(browser, await createTestAccount(['amministratore']), {
		acceptDownloads: true
	});
});
afterAll(async () => browser?.close());

/** A CSV as offices write it: semicolons, Windows-1252 accents, Italian headers. */
function officeCsv(rows: string[]): Buffer {
	const text = ['Denominazione;Tipologia;Comune sede;Codice fiscale', ...rows].join('\r\n');
	// latin1 bytes are Windows-1252 for these letters: what Excel writes on Italian Windows.
	return Buffer.from(text, 'latin1');
}

/**
 * The page once its scripts have run: a format chosen before hydration is not seen by the page (its
 * state starts from the server's render), so the tests act as a person who waits for it (a file
 * chosen early is kept: see the test below).
 */
async function openDataPage(page: Page) {
	await page.goto(`${inject('appUrl')}/dati`, { waitUntil: 'networkidle' });
}

describe('/dati: import a spreadsheet, export the network', () => {
	it('keeps a file chosen before the page had finished loading', async () => {
		const page = await context.newPage();
		let release = () => {};
		const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
			await scriptsHeld;
			await route.continue();
		});
		await page.goto(`${inject('appUrl')}/dati`, { waitUntil: 'domcontentloaded' });
		await page
			.locator('input[type="file"]')
			.setInputFiles({ name: 'enti.csv', mimeType: 'text/csv', buffer: officeCsv([]) });
		release();
		await page.waitForLoadState('networkidle');
		const dryRun = page.getByRole('button', { name: 'Prova (non scrive nulla)' }).first();
		await expect.poll(() => dryRun.isEnabled(), { timeout: 30_000 }).toBe(true);
		await page.close();
	});

	it('reports problems by row and column, writes nothing until they are fixed, then imports', async () => {
		const page = await context.newPage();
		await openDataPage(page);

		const bad = officeCsv([
			`Società Cooperativa Àncora ${suffix};Cooperativa sociale di tipo A;Crema;`,
			`ODV Senza Comune ${suffix};ODV;Paese Inventato;`
		]);
		await page
			.locator('input[type="file"]')
			.setInputFiles({ name: 'enti.csv', mimeType: 'text/csv', buffer: bad });
		await page.getByRole('button', { name: 'Prova (non scrive nulla)' }).first().click();
		const problems = page.getByTestId('import-problems');
		await expect.poll(() => problems.innerText(), { timeout: 30_000 }).toMatch(/3\s+Comune sede/);
		await expect
			.poll(() => page.getByRole('button', { name: 'Applica (tutto o niente)' }).isDisabled())
			.toBe(true);

		const good = officeCsv([
			`Società Cooperativa Àncora ${suffix};Cooperativa sociale di tipo A;Crema;`,
			`ODV Con Comune ${suffix};ODV;Offanengo;`
		]);
		await page
			.locator('input[type="file"]')
			.setInputFiles({ name: 'enti.csv', mimeType: 'text/csv', buffer: good });
		await page.getByRole('button', { name: 'Prova (non scrive nulla)' }).first().click();
		await expect
			.poll(() => page.getByTestId('import-plan').innerText(), { timeout: 30_000 })
			.toMatch(/0\s+errori/);
		await page.getByRole('button', { name: 'Applica (tutto o niente)' }).click();
		await expect
			.poll(() => page.getByTestId('import-plan').innerText(), { timeout: 30_000 })
			.toContain('Importazione completata.');

		// The imported actor is found through the API, accents folded.
		const found = await page.evaluate(async (s) => {
			const r = await fetch('/graphql', {
				method: 'POST',
				headers: { 'content-type': 'application/json', 'x-trama-csrf': '1' },
				body: JSON.stringify({
					query: `{ actors(search: "ancora ${s}", first: 5) { edges { node { name seatName } } } }`
				})
			});
			return r.json();
		}, suffix);
		expect(JSON.stringify(found)).toContain('Crema');
		await page.close();
	});

	it('downloads the Cremasco network as GEXF', async () => {
		const page = await context.newPage();
		await openDataPage(page);
		await page.locator('select[name="format"]').selectOption('gexf');
		await page.locator('select[name="ambito"]').selectOption('ambito-ambito-distrettuale-cremasco');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Scarica' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(
			/^trama-ambito-distrettuale-cremasco-\d{4}-\d{2}-\d{2}\.gexf$/
		);
		const text = await readFile((await download.path())!, 'utf8');
		expect(text).toContain('<gexf');
		expect(text).toContain('demo-project-01');
		await page.close();
	});

	it('offers the analysis views for graph formats only, and downloads the partnerships view', async () => {
		const page = await context.newPage();
		await openDataPage(page);
		const view = page.locator('select[name="view"]');
		await page.locator('select[name="format"]').selectOption('xlsx');
		await expect.poll(() => view.count()).toBe(0);
		await page.locator('select[name="format"]').selectOption('graphml');
		await view.selectOption('partnerships');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Scarica' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^trama-lombardia-partnerships-.+\.graphml$/);
		const text = await readFile((await download.path())!, 'utf8');
		expect(text).toContain('edgedefault="undirected"');
		expect(text).toContain('PARTNERS_WITH');
		expect(text).not.toContain('PARTNER_IN:');
		await page.close();
	});
});
