import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { exitOf, hasExited, RestartBudget } from './supervise';

describe('restart budget', () => {
	it('allows a few restarts with doubling pauses, then gives up', () => {
		let now = 0;
		const budget = new RestartBudget(3, 60_000, 1000, () => now);
		expect([budget.next(), budget.next(), budget.next()]).toEqual([1000, 2000, 4000]);
		expect(budget.used).toBe(3);
		expect(budget.next()).toBeNull();
		expect(budget.next()).toBeNull();
		// Restarts long ago do not count against a database that dies again much later.
		now = 60_001;
		expect(budget.next()).toBe(1000);
		expect(budget.used).toBe(1);
	});
});

describe('waiting for a child process', () => {
	it('returns at once for a child that was killed before anyone waited', async () => {
		const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
			stdio: 'ignore'
		});
		await new Promise<void>((resolve) => child.once('spawn', resolve));
		const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
		child.kill('SIGKILL');
		await gone;
		expect(child.exitCode).toBeNull();
		expect(child.signalCode).toBe('SIGKILL');
		expect(hasExited(child)).toBe(true);
		// Issue 13: the launcher waited here on an 'exit' event that had already fired.
		await expect(exitOf(child)).resolves.toBeUndefined();
	});
});
