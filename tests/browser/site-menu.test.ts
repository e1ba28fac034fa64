import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { launchBrowser, openHydrated, overflowing } from '../helpers/browser';
import { createTestAccount, signedInContext } from '../helpers/browser-session';

/**
 * The site on a phone: its navigation is one row with a Menu button, the links behind it (shown
 * without script); a new project's form has its labels above full-width fields and 44 px targets.
 */
const AMBITO = 'ambito-ambito-distrettuale-cremasco';
const PHONE = { width: 390, height: 844 };
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
	browser = await launchBrowser();
	context = await signedInContext(
		browser,
		await createTestAccount(['ufficio_di_piano'], [AMBITO]),
		{ viewport: PHONE }
	);
}, 120_000);
afterAll(async () => {
	await context?.close();
	await browser?.close();
});

const noViolations = async (page: Page) =>
	expect((await axeViolations(page)).map((v) => `${v.id}: ${v.targets.join(' ')}`)).toEqual([]);

describe('site navigation at 390×844', () => {
	it('takes one row closed, opens by keyboard, reaches its links, closes on a new page', async () => {
		const page = await context.newPage();
		await openHydrated(page, inject('appUrl'));
		const header = page.locator('header.site');
		const menu = page.getByRole('button', { name: 'Menu' });
		const sections = page.getByRole('navigation', { name: 'Sezioni' });

		// Four lines of links took ~170 px above every page.
		expect((await header.boundingBox())!.height).toBeLessThan(70);
		expect(await menu.getAttribute('aria-expanded')).toBe('false');
		expect(await page.locator(`#${await menu.getAttribute('aria-controls')}`).count()).toBe(1);
		expect(await sections.isVisible()).toBe(false);
		await noViolations(page);

		await menu.focus();
		await page.keyboard.press('Enter');
		expect(await menu.getAttribute('aria-expanded')).toBe('true');
		for (const name of ['Mappa', 'Progetti', 'Valutazione', 'Questionari'])
			expect(await sections.getByRole('link', { name }).isVisible()).toBe(true);
		// The next Tab goes into the links, first to the first section.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Mappa');
		await noViolations(page);

		// Escape closes it and gives the focus back to the button.
		await page.keyboard.press('Escape');
		expect(await menu.getAttribute('aria-expanded')).toBe('false');
		expect(await menu.evaluate((b) => b === document.activeElement)).toBe(true);

		await page.keyboard.press('Space');
		const projects = sections.getByRole('link', { name: 'Progetti' });
		await projects.focus();
		await Promise.all([page.waitForURL(/\/progetti$/), page.keyboard.press('Enter')]);
		await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
		await page.close();
	});

	it('shows the links without script (blocked or switched off), where the button could open nothing', async () => {
		const noScript = await browser.newContext({
			storageState: await context.storageState(),
			javaScriptEnabled: false,
			viewport: PHONE
		});
		const page = await noScript.newPage();
		await page.goto(inject('appUrl'));
		const sections = page.getByRole('navigation', { name: 'Sezioni' });
		expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
		for (const name of ['Mappa', 'Progetti', 'Valutazione', 'Questionari'])
			expect(await sections.getByRole('link', { name }).isVisible()).toBe(true);
		expect(await page.locator('[data-testid="signed-in-as"]').isVisible()).toBe(true);
		await Promise.all([
			page.waitForURL(/\/progetti$/),
			sections.getByRole('link', { name: 'Progetti' }).click()
		]);
		await noScript.close();
	});

	it('keeps the links in the header and no Menu button on a wide screen', async () => {
		const page = await context.newPage();
		await page.setViewportSize({ width: 1366, height: 768 });
		await openHydrated(page, inject('appUrl'));
		expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
		expect(
			await page
				.getByRole('navigation', { name: 'Sezioni' })
				.getByRole('link', { name: 'Progetti' })
				.isVisible()
		).toBe(true);
		await page.close();
	});
});

const box = async (locator: Locator) => (await locator.boundingBox())!;

describe('a new project on a phone', () => {
	it('has its labels above full-width fields, 44 px targets and no sideways scroll', async () => {
		const page = await context.newPage();
		await openHydrated(page, `${inject('appUrl')}/progetti`);
		const newProject = page.locator('[data-testid="new-project"]');
		expect((await box(newProject)).height).toBeGreaterThanOrEqual(44);
		await Promise.all([page.waitForURL(/\/progetti\/nuovo$/), newProject.click()]);

		const form = page.locator('form', { has: page.locator('[data-testid="create-project"]') });
		const create = form.locator('[data-testid="create-project"]');
		expect((await box(create)).height).toBeGreaterThanOrEqual(44);
		for (const name of ['Titolo', 'Triennio']) {
			const label = form.locator('label', { hasText: name });
			const input = label.locator('input');
			const [inputBox, labelBox, formBox] = [await box(input), await box(label), await box(form)];
			expect(inputBox.height).toBeGreaterThanOrEqual(44);
			// The label's words take the line above the input, which spans the form's width.
			expect(inputBox.y - labelBox.y).toBeGreaterThanOrEqual(16);
			expect(inputBox.width).toBeGreaterThanOrEqual(formBox.width - 1);
		}
		expect(await overflowing(page, PHONE.width)).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			PHONE.width
		);
		await noViolations(page);
		await page.close();
	});
});
