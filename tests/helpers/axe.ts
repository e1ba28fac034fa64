import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** axe-core's browser script, injected into the page as is (no wrapper library needed). */
const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	targets: string[];
}

/** Every axe-core violation of the page as it is now (all rules, any impact). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
	await page.evaluate(AXE_SOURCE);
	return page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: {
					run: (ctx: Document) => Promise<{
						violations: Array<{
							id: string;
							impact: string | null;
							help: string;
							nodes: Array<{ target: string[] }>;
						}>;
					}>;
				};
			}
		).axe;
		const result = await axe.run(document);
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			targets: v.nodes.slice(0, 5).map((n) => n.target.join(' '))
		}));
	});
}
