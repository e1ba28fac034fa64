import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { closeDriver, connect, writeTx } from '../../src/lib/server/db/driver';
import { COMPLETION_COLOURS } from '../../src/lib/geo/completion';
import { axeViolations } from '../helpers/axe';
import { launchBrowser } from '../helpers/browser';
import { createTestAccount, signedInContext } from '../helpers/browser-session';
import { CREMA_ISTAT, gqlAs, poll } from '../helpers/map-page';

/** "Completa il territorio" and the evaluators' regional view, in Chromium on the real territory. */
const FILE = 'completa-browser.xlsx';
let browser: Browser;
let context: BrowserContext;
let page: Page;
const url = (path: string) => `${inject('appUrl')}${path}`;

beforeAll(async () => {
	browser = await launchBrowser();
	const account = await createTestAccount(['amministratore']);
	context = await signedInContext(browser, account, {
		viewport: { width: 1366, height: 900 },
		acceptDownloads: true
	});
	page = await context.newPage();
});
afterAll(async () => {
	await context?.close();
	await browser?.close();
	// what the test imported goes away: the other browser files see the territory as seeded
	await connect({ uri: inject('neo4jUri'), user: 'neo4j', password: '', database: 'neo4j' });
	await writeTx((tx) =>
		tx.run('MATCH (:Comune)-[r]->() WHERE r.basis = $basis DELETE r', { basis: `import:${FILE}` })
	);
	await closeDriver();
});

const withAmbitoShare = async (p: Page) =>
	(await p.locator('[data-testid="territory-figures"] li').first().innerText()).split('%')[0];

describe('completing the territory', () => {
	it('downloads the pre-filled sheet, checks it, applies it, and the figures and map fill in', async () => {
		await page.goto(url('/territorio'));
		await poll(() => page.locator('[data-layer="comuni"] path').count(), {
			timeout: 30_000
		}).toBe(1502);
		const before = await withAmbitoShare(page);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-testid="completion-download"]').click()
		]);
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(readFileSync((await download.path())!) as unknown as ExcelJS.Buffer);
		const sheet = book.worksheets[0]!;
		// the first Comune with nothing known: give it the first valid Ambito name of the second sheet
		let target = 0;
		sheet.eachRow((row, i) => {
			if (
				!target &&
				i > 1 &&
				!row.getCell(3).value &&
				!row.getCell(4).value &&
				!row.getCell(5).value
			)
				target = i;
		});
		const istat = String(sheet.getRow(target).getCell(1).value);
		const ambito = String(book.worksheets[1]!.getRow(2).getCell(1).value);
		const fill = () =>
			page.locator(`[data-layer="comuni"] path[data-istat="${istat}"]`).getAttribute('fill');
		expect(await fill()).toBe(COMPLETION_COLOURS.missing);
		// only the completed row goes back (the others are as they were)
		for (let i = sheet.rowCount; i > 1; i--) if (i !== target) sheet.spliceRows(i, 1);
		sheet.getRow(2).getCell(3).value = ambito;
		const path = join(tmpdir(), FILE);
		writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));

		await page.locator('[data-testid="completion-file"]').setInputFiles(path);
		await page.locator('[data-testid="completion-preview"]').click();
		await poll(() => page.locator('[data-testid="completion-plan"]').innerText()).toMatch(
			/Righe lette: 1; pronte: 1; con errori: 0/
		);
		expect(await withAmbitoShare(page)).toBe(before);
		await page.locator('[data-testid="completion-apply"]').click();
		await poll(() => page.locator('[data-testid="completion-plan"]').innerText()).toMatch(/Fatto/);
		await poll(() => fill()).toBe(COMPLETION_COLOURS.partial);
		expect(await withAmbitoShare(page)).not.toBe(before);
	});

	it('has no accessibility violations', async () => {
		await page.goto(url('/territorio'));
		await poll(() => page.locator('[data-layer="comuni"] path').count(), {
			timeout: 30_000
		}).toBe(1502);
		expect(await axeViolations(page)).toEqual([]);
	});
});

describe('the regional view for evaluators', () => {
	it('colours the Comuni by active projects and lists a Comune’s projects with links', async () => {
		const { regionalActivity: a } = await gqlAs<{
			regionalActivity: {
				projects: Array<{ id: string; comuni: string[] }>;
				comuni: Array<{ istat: string; activeProjects: number }>;
			};
		}>(context, '{ regionalActivity { projects { id comuni } comuni { istat activeProjects } } }');
		const atCrema = a.projects.filter((p) => p.comuni.includes(CREMA_ISTAT));
		expect(atCrema.length).toBeGreaterThan(0);

		await page.goto(url('/valutazione/territorio?vista=geografia'));
		await poll(() => page.locator('[data-layer="comuni"] path').count(), {
			timeout: 30_000
		}).toBe(1502);
		const fillOf = (istat: string) =>
			page.locator(`[data-layer="comuni"] path[data-istat="${istat}"]`).getAttribute('fill');
		const none = a.comuni.find((c) => c.activeProjects === 0)!.istat;
		expect(await fillOf(CREMA_ISTAT)).not.toBe(await fillOf(none));

		await page
			.locator(`[data-layer="comuni"] path[data-istat="${CREMA_ISTAT}"]`)
			.dispatchEvent('click');
		const links = page.locator('[data-testid="regional-list"] a');
		await poll(() => links.count()).toBe(atCrema.length);
		expect(await links.first().getAttribute('href')).toMatch(/^\/valutazione\/progetti\//);

		await page.locator('[data-testid="regional-measure"]').selectOption('copertura');
		await page.locator('[data-testid="regional-level"]').selectOption('ambito');
		await poll(async () => new URL(page.url()).searchParams.get('livello')).toBe('ambito');
		expect(new URL(page.url()).searchParams.get('misura')).toBe('copertura');
		expect(await page.locator('[data-testid="geo-legend"]').innerText()).toMatch(
			/Quota di residenti coperti/
		);
		expect(await axeViolations(page)).toEqual([]);
	});
});
