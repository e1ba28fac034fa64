import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Locator } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { launchBrowser, openHydrated, overflowing } from '../helpers/browser';
import { createTestAccount, signedInContext } from '../helpers/browser-session';

/**
 * A new project begun on a phone (390×844): its form had each label beside its input and a button
 * ~20 px tall. Now the labels stand above full-width fields, every target is 44 px high, and the
 * page never scrolls sideways.
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
		expect((await axeViolations(page)).map((v) => `${v.id}: ${v.targets.join(' ')}`)).toEqual([]);
		await page.close();
	});
});
