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
