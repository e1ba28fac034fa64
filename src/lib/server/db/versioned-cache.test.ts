// The cache's own rules, with the data version given by the test (what a write does to it is in
// tests/integration/caches.test.ts, on the real database).
import { describe, expect, it } from 'vitest';
import { VersionedCache } from './versioned-cache';

/** A cache whose data version the test moves, and a count of computations per key. */
function setUp(bounds: { maxEntries: number; maxWeight?: number }) {
	let version = 1;
	const computed: string[] = [];
	const cache = new VersionedCache<string[]>({
		...bounds,
		weigh: (rows) => rows.length,
		version: async () => version
	});
	const get = (key: string, rows = 1) =>
		cache.get(key, async (v) => {
			computed.push(`${key}@${v}`);
			return Array.from({ length: rows }, () => key);
		});
	return { cache, get, computed, write: () => version++, setVersion: (v: number) => (version = v) };
}

describe('VersionedCache', () => {
	it('keeps a result while the version stays, and computes it again once it moves', async () => {
		const { get, computed, write } = setUp({ maxEntries: 10 });
		await get('a');
		await get('a');
		write();
		await get('a');
		expect(computed).toEqual(['a@1', 'a@2']);
	});

	it('drops every result of an older version as soon as a newer version is seen', async () => {
		const { cache, get, write } = setUp({ maxEntries: 10 });
		await get('a');
		await get('b');
		expect(cache.size).toBe(2);
		write();
		await get('c');
		// a and b can never be served again: they are not held until c's successors push them out.
		expect(cache.size).toBe(1);
	});

	it('keeps nothing read at a version older than one already seen', async () => {
		const { cache, get, computed, setVersion } = setUp({ maxEntries: 10 });
		setVersion(5);
		await get('a');
		setVersion(4); // a read that started before a write another request has already seen
		await get('b');
		expect(cache.size).toBe(1);
		setVersion(5);
		await get('a');
		expect(computed).toEqual(['a@5', 'b@4']);
	});

	it('bounds what it keeps by weight, least recently used first, never dropping the newest', async () => {
		const { cache, get, computed } = setUp({ maxEntries: 10, maxWeight: 100 });
		await get('big', 60);
		await get('small', 10);
		await get('big', 60); // used again: now the most recent
		await get('other', 35); // 60 + 10 + 35 > 100: the least recently used (small) goes first
		expect(cache.size).toBe(2);
		await get('big', 60);
		expect(computed).toEqual(['big@1', 'small@1', 'other@1']);
		await get('huge', 500); // heavier than the bound alone: kept, the others dropped
		expect(cache.size).toBe(1);
		await get('huge', 500);
		expect(computed.at(-1)).toBe('huge@1');
		expect(computed.filter((c) => c === 'huge@1')).toHaveLength(1);
	});

	it('bounds the number of entries', async () => {
		const { cache, get } = setUp({ maxEntries: 2 });
		for (const key of ['a', 'b', 'c']) await get(key);
		expect(cache.size).toBe(2);
	});

	it('does not keep a failed computation', async () => {
		let calls = 0;
		const cache = new VersionedCache<number>({ maxEntries: 5, version: async () => 1 });
		const failing = () =>
			cache.get('x', async () => {
				calls++;
				throw new Error('down');
			});
		await expect(failing()).rejects.toThrow('down');
		await expect(failing()).rejects.toThrow('down');
		expect(calls).toBe(2);
		expect(cache.size).toBe(0);
	});
});
