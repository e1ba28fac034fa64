import type { ChildProcess } from 'node:child_process';

/** Whether a child process has ended (by itself or by a signal). */
export const hasExited = (child: ChildProcess) =>
	child.exitCode !== null || child.signalCode !== null;

/**
 * Resolves once `child` has ended. Its 'exit' event fires only once: a child that already died (say,
 * by a signal) must not be waited on through that event, or the wait never ends.
 */
export function exitOf(child: ChildProcess): Promise<void> {
	if (hasExited(child)) return Promise.resolve();
	return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** How a child that died is described to the person at the terminal (Italian / English). */
export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
	return signal ? `segnale / signal ${signal}` : `codice / code ${code}`;
}

/**
 * How often the launcher restarts a child that keeps dying: `max` times within `windowMs`, with a
 * pause that doubles from `firstPauseMs`; after that it gives up (a database that crashes at once on
 * every start needs a person, not a loop).
 */
export class RestartBudget {
	private readonly attempts: number[] = [];

	constructor(
		readonly max = 3,
		readonly windowMs = 10 * 60_000,
		readonly firstPauseMs = 1000,
		private readonly now: () => number = Date.now
	) {}

	/** The pause before the next restart, counting it as used; null when the budget is spent. */
	next(): number | null {
		const at = this.now();
		while (this.attempts.length && this.attempts[0]! <= at - this.windowMs) this.attempts.shift();
		if (this.attempts.length >= this.max) return null;
		this.attempts.push(at);
		return this.firstPauseMs * 2 ** (this.attempts.length - 1);
	}

	/** Restarts used within the current window. */
	get used(): number {
		return this.attempts.length;
	}
}
