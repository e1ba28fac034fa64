import { describe, expect, it } from 'vitest';
import { SlidingWindowLimiter } from './sign-in-limit';

describe('sliding-window rate limiter', () => {
	it('allows max hits per window, then refuses until the oldest hit leaves it', () => {
		let now = 1_000_000;
		const limiter = new SlidingWindowLimiter(3, 60_000, () => now);
		for (let i = 0; i < 3; i++) {
			expect(limiter.retryAfter('k')).toBe(0);
			limiter.record('k');
			now += 1000;
		}
		expect(limiter.retryAfter('k')).toBe(57_000);
		expect(limiter.retryAfter('other')).toBe(0);
		now += 57_000;
		expect(limiter.retryAfter('k')).toBe(0);
	});

	it('forgets keys whose hits are all old (no unbounded growth)', () => {
		let now = 0;
		const limiter = new SlidingWindowLimiter(2, 1000, () => now);
		for (let i = 0; i < 100; i++) limiter.record(`k${i}`);
		now = 5000;
		limiter.retryAfter('x');
		expect(limiter.size).toBe(0);
	});
});
