import { describe, expect, it } from 'vitest';
import { LoginRateLimiter, SlidingWindowLimiter } from './rate-limit';

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

describe('login rate limiter', () => {
	it('blocks an IP+email after 5 failures, not other emails; success resets', () => {
		let now = 0;
		const limiter = new LoginRateLimiter(() => now);
		for (let i = 0; i < 5; i++) limiter.failed('1.2.3.4', 'A@x.it');
		expect(limiter.retryAfter('1.2.3.4', 'a@x.it')).toBeGreaterThan(0);
		expect(limiter.retryAfter('1.2.3.4', 'b@x.it')).toBe(0);
		expect(limiter.retryAfter('5.6.7.8', 'a@x.it')).toBe(0);
		limiter.succeeded('1.2.3.4', 'a@x.it');
		expect(limiter.retryAfter('1.2.3.4', 'a@x.it')).toBe(0);
		now += 1;
	});

	it('blocks an IP that tries many emails', () => {
		const limiter = new LoginRateLimiter(() => 0, { perIp: 10 });
		for (let i = 0; i < 10; i++) limiter.failed('9.9.9.9', `u${i}@x.it`);
		expect(limiter.retryAfter('9.9.9.9', 'new@x.it')).toBeGreaterThan(0);
	});
});
