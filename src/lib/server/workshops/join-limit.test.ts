import { describe, expect, it } from 'vitest';
import { JoinLimiter } from './join-limit';

const limits = { missesPerAddress: 3, attemptsPerCode: 5, windowMs: 60_000 };
const miss = async () => null;
const hit = async () => 'workshop';
const outcome = (p: Promise<unknown>) =>
	p.then(
		(v) => (v === null ? 'miss' : 'hit'),
		(e: { extensions?: { code?: string } }) => e.extensions?.code
	);

describe('workshop join limiter', () => {
	it('counts misses per address, not hits, and forgets them after the window', async () => {
		let now = 0;
		const limiter = new JoinLimiter(() => now, limits);
		const got = [];
		for (const lookup of [miss, hit, hit, miss, miss, miss, hit])
			got.push(await outcome(limiter.attempt('a', `c${got.length}`, lookup)));
		expect(got).toEqual(['miss', 'hit', 'hit', 'miss', 'miss', 'RATE_LIMITED', 'RATE_LIMITED']);
		expect(await outcome(limiter.attempt('b', 'x', miss))).toBe('miss');
		now += 60_001;
		expect(await outcome(limiter.attempt('a', 'y', hit))).toBe('hit');
	});

	it('judges one address’s parallel attempts in turn', async () => {
		const limiter = new JoinLimiter(Date.now, limits);
		const got = await Promise.all(
			Array.from({ length: 6 }, (_, i) => outcome(limiter.attempt(null, `k${i}`, miss)))
		);
		expect(got).toEqual(['miss', 'miss', 'miss', 'RATE_LIMITED', 'RATE_LIMITED', 'RATE_LIMITED']);
	});

	it('counts every attempt at one code, whatever the address', async () => {
		const limiter = new JoinLimiter(Date.now, limits);
		const got = [];
		for (let i = 0; i < 6; i++) got.push(await outcome(limiter.attempt(`ip${i}`, 'CODE', hit)));
		expect(got).toEqual(['hit', 'hit', 'hit', 'hit', 'hit', 'RATE_LIMITED']);
	});
});
