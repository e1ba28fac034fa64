// Sign-in limits kept in Neo4j (issue 13, item 6): reserved before the password is checked, and held
// across app processes. Each limiter below stands for one app process: it keeps no count of its own.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTx } from '../../src/lib/server/db/driver';
import { pruneAttempts, reserveAttempts } from '../../src/lib/server/db/rate-limits';
import { LoginRateLimiter } from '../../src/lib/server/accounts/sign-in-limit';
import { closeDriver, connectTestDatabase } from '../helpers/graphql';

beforeAll(connectTestDatabase);
afterAll(closeDriver);

/** A fresh client address per test: the buckets live in the shared test database. */
const newIp = () => `10.${randomUUID().slice(0, 8)}`;
const MINUTE = 60_000;
/**
 * Test clocks start from the real one: a limiter prunes expired buckets by its clock in the background,
 * so a real-clock limiter of an earlier test deleted the next test's buckets set in 1970 (CI, once).
 */
const realNow = () => Date.now();

describe('sign-in limits shared through Neo4j', () => {
	it('lets 5 of 25 parallel attempts through, however they are spread over processes', async () => {
		const processes = [new LoginRateLimiter(), new LoginRateLimiter(), new LoginRateLimiter()];
		const ip = newIp();
		const answers = await Promise.all(
			Array.from({ length: 25 }, (_, i) => processes[i % 3]!.reserve(ip, 'Lucia@example.it'))
		);
		expect(answers.filter((a) => a.allowed)).toHaveLength(5);
		const refused = answers.filter((a) => !a.allowed);
		expect(refused).toHaveLength(20);
		for (const r of refused) expect(r.retryAfterMs).toBeGreaterThan(0);
		// The same account from another process, any spelling of the email: still refused.
		expect((await new LoginRateLimiter().reserve(ip, ' lucia@EXAMPLE.it ')).allowed).toBe(false);
		// Another email from the same address is a different account.
		expect((await processes[0]!.reserve(ip, 'marco@example.it')).allowed).toBe(true);
	});

	it('counts failures per address across emails, and forgets them after the window', async () => {
		let now = realNow();
		const a = new LoginRateLimiter(() => now, { perIp: 10 });
		const b = new LoginRateLimiter(() => now, { perIp: 10 });
		const ip = newIp();
		for (let i = 0; i < 10; i++)
			expect((await (i % 2 ? a : b).reserve(ip, `u${i}@x.it`)).allowed).toBe(true);
		const refused = await a.reserve(ip, 'new@x.it');
		expect(refused).toEqual({ allowed: false, retryAfterMs: 15 * MINUTE });
		now += 5 * MINUTE;
		expect(await b.reserve(ip, 'new@x.it')).toEqual({ allowed: false, retryAfterMs: 10 * MINUTE });
		now += 10 * MINUTE;
		expect((await b.reserve(ip, 'new@x.it')).allowed).toBe(true);
	});

	it('a success clears the account count and gives the address its slot back', async () => {
		const now = realNow();
		const limiter = new LoginRateLimiter(() => now, { perAccount: 3, perIp: 4 });
		const ip = newIp();
		for (let i = 0; i < 2; i++) expect((await limiter.reserve(ip, 'a@x.it')).allowed).toBe(true);
		const success = await limiter.reserve(ip, 'a@x.it');
		expect(success.allowed).toBe(true);
		await limiter.succeeded(ip, 'a@x.it', success as { at: number });
		// Account: all three attempts forgotten. Address: the two failures still count (2 of 4).
		for (let i = 0; i < 2; i++) expect((await limiter.reserve(ip, 'a@x.it')).allowed).toBe(true);
		expect((await limiter.reserve(ip, 'b@x.it')).allowed).toBe(false);
	});

	it('refuses every key or none: a full address takes no slot from the account', async () => {
		const ip = newIp();
		const limits = (n: number) => [
			{ key: `test-account:${ip}`, max: 5, windowMs: MINUTE },
			{ key: `test-ip:${ip}`, max: n, windowMs: MINUTE }
		];
		const now = realNow();
		expect((await reserveAttempts(limits(1), now)).allowed).toBe(true);
		expect((await reserveAttempts(limits(1), now + 1)).allowed).toBe(false);
		const hits = await readTx(async (tx) =>
			(
				await tx.run('MATCH (b:RateLimitBucket {key: $key}) RETURN size(b.hits) AS n', {
					key: `test-account:${ip}`
				})
			).records[0]!.get('n')
		);
		expect(hits).toBe(1);
	});

	it('prunes buckets whose attempts have all expired', async () => {
		const key = `test-expiry:${newIp()}`;
		const now = realNow();
		await reserveAttempts([{ key, max: 1, windowMs: MINUTE }], now);
		const count = () =>
			readTx(
				async (tx) =>
					(
						await tx.run('MATCH (b:RateLimitBucket {key: $key}) RETURN count(b) AS n', { key })
					).records[0]!.get('n') as number
			);
		await pruneAttempts(now + MINUTE - 1);
		expect(await count()).toBe(1);
		await pruneAttempts(now + MINUTE + 1);
		expect(await count()).toBe(0);
	});
});
