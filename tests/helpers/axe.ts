import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

/** axe-core's violations on the page as it stands (rule id and the first offending element). */
export async function axeViolations(page: Page): Promise<string[]> {
	// Evaluated through the DevTools protocol: the app's Content Security Policy refuses inline scripts.
	await page.evaluate(axeSource);
	return page.evaluate(async () => {
		const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
		const result = await axe.run(document);
		return result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
	});
}
