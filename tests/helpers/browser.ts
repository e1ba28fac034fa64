import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, never a downloaded browser (see README). */
export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
}

/**
 * The elements that stick out past the right edge of a screen `width` wide (what makes a phone
 * scroll sideways), named by tag, class and id; drawings' insides are left out (their box clips them).
 */
export function overflowing(page: Page, width: number): Promise<string[]> {
	return page.evaluate((width) => {
		const name = (e: Element) =>
			`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${(e.getAttribute('class') ?? '').trim().replace(/\s+/g, '.')}`;
		return [...document.querySelectorAll('body *')]
			.filter((e) => !e.closest('svg *') && e.getBoundingClientRect().right > width + 1)
			.map((e) => `${name(e)}: ${Math.round(e.getBoundingClientRect().right)} px`)
			.slice(0, 12);
	}, width);
}

/**
 * Waits until the page's script has taken it over (the root layout marks `<html data-hydrated>`):
 * typing into a form before that is lost, and a click submits it natively. A no-op after an
 * in-app navigation, where the mark is already there.
 */
export async function hydrated(page: Page): Promise<void> {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 20_000 });
}

/** Opens `url` and waits until its script has taken the page over. */
export async function openHydrated(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await hydrated(page);
}
