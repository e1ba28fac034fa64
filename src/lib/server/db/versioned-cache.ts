import { dataVersion } from './driver';

/**
 * Results computed from the graph (a ranking, a scorecard), kept while the graph's data version is
 * unchanged. Every write transaction of any process bumps that version (driver.ts writeTx), so a
 * write invalidates at once everything computed before it, here and in the other app processes: a
 * cached result is never older than the data a request would read now. Each lookup costs one small
 * read. Callers asking for the same key at the same version share one computation (the first
 * request after start joins the warm-up instead of starting a second one).
 */
export class VersionedCache<V> {
	private readonly entries = new Map<string, { version: number; value: Promise<V> }>();

	/** `maxEntries`: the least recently used entry goes first beyond it (memory is bounded). */
	constructor(private readonly maxEntries: number) {}

	/** `compute` gets the version its result is kept for: what it reads is at least that recent. */
	async get(key: string, compute: (version: number) => Promise<V>): Promise<V> {
		const version = await dataVersion();
		const hit = this.entries.get(key);
		this.entries.delete(key);
		if (hit && hit.version === version) {
			this.entries.set(key, hit);
			return hit.value;
		}
		const value = compute(version);
		const entry = { version, value };
		this.entries.set(key, entry);
		for (const oldest of this.entries.keys()) {
			if (this.entries.size <= this.maxEntries) break;
			this.entries.delete(oldest);
		}
		// A failure is not kept: the next request computes again.
		value.catch(() => {
			if (this.entries.get(key) === entry) this.entries.delete(key);
		});
		return value;
	}

	/** How many results are kept (for tests). */
	get size(): number {
		return this.entries.size;
	}
}
