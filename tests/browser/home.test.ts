import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('home page: page -> GraphQL -> Neo4j', () => {
	it('shows the territory counts and their completeness in Italian', async () => {
		const page = await browser.newPage();
		await page.goto(inject('appUrl'));
		await expect
			.poll(() => page.locator('[data-testid="count-comuni"]').innerText())
			.toMatch(/Comuni:\s*1\.502/);
		const ambito = await page.locator('[data-testid="completeness-withAmbito"]').innerText();
		expect(ambito).toMatch(/con Ambito noto:\s*96\s+su\s+1\.502/);
		expect(await page.locator('[data-testid="count-ats"]').innerText()).toBe('8');
		expect(await page.locator('html').getAttribute('lang')).toBe('it');
		await page.close();
	});

	it('switches to English with the keyboard and keeps the choice', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(inject('appUrl'));
		await page.getByRole('button', { name: 'English' }).focus();
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.locator('[data-testid="completeness-withAmbito"]').innerText())
			.toMatch(/with a known Ambito:\s*96\s+of\s+1,502/);
		await page.reload();
		expect(await page.locator('[data-testid="count-comuni"]').innerText()).toMatch(/1,502/);
		await context.close();
	});

	it('fits a phone screen without horizontal scrolling', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
		await page.goto(inject('appUrl'));
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.close();
	});
});
