import { describe, expect, it } from 'vitest';
import { Gate } from './worker-run';

describe('Gate: at most N reads at once', () => {
	it('runs every task, never more than its size together, and frees its place on failure', async () => {
		const gate = new Gate(2);
		let running = 0;
		let most = 0;
		const releases: Array<() => void> = [];
		const task = (fail: boolean) => () =>
			new Promise<number>((resolve, reject) => {
				running++;
				most = Math.max(most, running);
				releases.push(() => {
					running--;
					if (fail) reject(new Error('no'));
					else resolve(1);
				});
			});
		const results = [true, false, false, false, false].map((fail) =>
			gate.run(task(fail)).catch(() => 0)
		);
		// Release whoever holds a place until all five have run.
		for (let done = 0; done < 5; done++) {
			await new Promise((r) => setImmediate(r));
			expect(running).toBeLessThanOrEqual(2);
			releases.shift()!();
		}
		expect(await Promise.all(results)).toEqual([0, 1, 1, 1, 1]);
		expect(most).toBe(2);
	});
});
