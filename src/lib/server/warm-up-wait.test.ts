import { describe, expect, it } from 'vitest';
import { waitForWarmUp } from './warm-up-wait';

const after = (ms: number, value?: unknown) =>
	new Promise((resolve) => setTimeout(() => resolve(value), ms));

describe('the start’s wait for its warm-up', () => {
	it('waits for the whole warm-up, saying how long it has waited', async () => {
		const said: number[] = [];
		let warmed = false;
		const warming = after(450).then(() => (warmed = true));
		const done = await waitForWarmUp(warming, {
			waitMs: 5_000,
			progressMs: 100,
			progress: (s) => said.push(s)
		});
		expect(done).toBe(true);
		expect(warmed).toBe(true);
		expect(said.length).toBeGreaterThanOrEqual(2);
		// Nothing more is said once the wait is over.
		const count = said.length;
		await after(250);
		expect(said).toHaveLength(count);
	});

	it('answers after the bound when the warm-up takes longer, and after a failed one at once', async () => {
		const t0 = performance.now();
		expect(await waitForWarmUp(after(2_000), { waitMs: 150, progress: () => {} })).toBe(false);
		expect(performance.now() - t0).toBeLessThan(1_500);
		const failed = Promise.reject(new Error('Neo4j away'));
		expect(await waitForWarmUp(failed, { waitMs: 5_000, progress: () => {} })).toBe(true);
	});
});
