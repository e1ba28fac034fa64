/**
 * A sliding-window limiter kept in this process's memory: enough for one app process (as `npm start`
 * runs it). Several processes behind a balancer would each count on their own: move it to a shared
 * store then. Old entries are pruned as keys are touched and on a timer-free sweep.
 */
export class SlidingWindowLimiter {
	private readonly hits = new Map<string, number[]>();
	private lastSweep = 0;

	constructor(
		readonly max: number,
		readonly windowMs: number,
		private readonly now: () => number = Date.now
	) {}

	private recent(key: string, at: number): number[] {
		const list = (this.hits.get(key) ?? []).filter((t) => t > at - this.windowMs);
		if (list.length) this.hits.set(key, list);
		else this.hits.delete(key);
		return list;
	}

	private sweep(at: number) {
		if (at - this.lastSweep < this.windowMs) return;
		this.lastSweep = at;
		for (const key of [...this.hits.keys()]) this.recent(key, at);
	}

	/** Milliseconds until `key` may try again; 0 when allowed now. */
	retryAfter(key: string): number {
		const at = this.now();
		this.sweep(at);
		const list = this.recent(key, at);
		return list.length < this.max ? 0 : list[0]! + this.windowMs - at;
	}

	record(key: string): void {
		const at = this.now();
		const list = this.recent(key, at);
		list.push(at);
		this.hits.set(key, list);
	}

	reset(key: string): void {
		this.hits.delete(key);
	}

	get size(): number {
		return this.hits.size;
	}
}

/**
 * Login attempts: 5 failures per IP and email in 15 minutes, and 50 per IP (many emails from one
 * address). A success clears the IP+email counter.
 */
export class LoginRateLimiter {
	readonly perAccount: SlidingWindowLimiter;
	readonly perIp: SlidingWindowLimiter;

	constructor(
		now: () => number = Date.now,
		{ perAccount = 5, perIp = 50, windowMs = 15 * 60_000 } = {}
	) {
		this.perAccount = new SlidingWindowLimiter(perAccount, windowMs, now);
		this.perIp = new SlidingWindowLimiter(perIp, windowMs, now);
	}

	private static key(ip: string, email: string) {
		return `${ip}|${email.trim().toLowerCase()}`;
	}

	/** Milliseconds to wait before another attempt; 0 when one is allowed now. */
	retryAfter(ip: string, email: string): number {
		return Math.max(
			this.perAccount.retryAfter(LoginRateLimiter.key(ip, email)),
			this.perIp.retryAfter(ip)
		);
	}

	failed(ip: string, email: string): void {
		this.perAccount.record(LoginRateLimiter.key(ip, email));
		this.perIp.record(ip);
	}

	succeeded(ip: string, email: string): void {
		this.perAccount.reset(LoginRateLimiter.key(ip, email));
	}
}

/** The app's one login limiter. */
export const loginLimiter = new LoginRateLimiter();
