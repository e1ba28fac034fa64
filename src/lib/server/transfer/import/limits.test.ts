import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importLimitsMarkdown } from './limits';

describe('import limits: one place, stated where users read them', () => {
	it('the README states the limits as limits.ts sets them', () => {
		const readme = readFileSync(new URL('../../../../../README.md', import.meta.url), 'utf8');
		// When this fails: npx tsx scripts/readme-import-limits.ts
		expect(readme).toContain(importLimitsMarkdown());
		expect(importLimitsMarkdown()).toContain('al massimo 20 MB');
	});
});
