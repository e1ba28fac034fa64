import { dataVersion } from './driver';

export interface CacheBounds<V> {
	/** The least recently used entry goes first beyond this many (memory is bounded). */
	maxEntries: number;
	/**
	 * Results differ in size by thousands of times (a regional ranking holds 3,000 scorecards, a
	 * call's a few dozen): kept results weigh at most this much together, `weigh` telling each one's
	 * weight once computed (e.g. its scorecards). The newest result is kept even when heavier alone.
	 */
	maxWeight?: number;
	weigh?: (value: V) => number;
	/** Where the version comes from (tests give their own). */
	version?: () => Promise<number>;
}

interface Entry<V> {
	version: number;
	value: Promise<V>;
	weight: number;
}

/**
 * Results computed from the graph (a ranking, a scorecard), kept while the graph's data version is
 * unchanged. Every write transaction of any process bumps that version (driver.ts writeTx), so a
 * write invalidates at once everything computed before it, here and in the other app processes: a
 * cached result is never older than the data a request would read now. Each lookup costs one small
 * read. Callers asking for the same key at the same version share one computation (the first
 * request after start joins the warm-up instead of starting another one). A result of an older
 * version than one already seen can never be served again: it is dropped as soon as a newer
 * version is seen, not kept until enough newer ones push it out (two regional rankings were held
 * while the second was computed).
 */
export class VersionedCache<V> {
	private readonly entries = new Map<string, Entry<V>>();
	private newest = -Infinity;
	private readonly bounds: Required<Omit<CacheBounds<V>, 'version'>>;
	private readonly version: () => Promise<number>;

	constructor(bounds: number | CacheBounds<V>) {
		const { maxEntries, maxWeight, weigh, version } =
			typeof bounds === 'number' ? { maxEntries: bounds } : bounds;
		this.bounds = { maxEntries, maxWeight: maxWeight ?? Infinity, weigh: weigh ?? (() => 1) };
		this.version = version ?? dataVersion;
	}

	/** `compute` gets the version its result is kept for: what it reads is at least that recent. */
	async get(key: string, compute: (version: number) => Promise<V>): Promise<V> {
		const version = await this.version();
		if (version > this.newest) {
			this.newest = version;
			for (const [k, e] of this.entries) if (e.version < version) this.entries.delete(k);
		}
		const hit = this.entries.get(key);
		if (hit && hit.version === version) {
			// Most recently used last.
			this.entries.delete(key);
			this.entries.set(key, hit);
			return hit.value;
		}
		const value = compute(version);
		// Read before a write another lookup has already seen: the result is for this caller alone.
		if (version < this.newest) return value;
		const entry: Entry<V> = { version, value, weight: 0 };
		this.entries.delete(key);
		this.entries.set(key, entry);
		this.trim();
		value.then(
			(result) => {
				if (this.entries.get(key) !== entry) return;
				entry.weight = this.bounds.weigh(result);
				this.trim();
			},
			// A failure is not kept: the next request computes again.
			() => {
				if (this.entries.get(key) === entry) this.entries.delete(key);
			}
		);
		return value;
	}

	/** Least recently used first, never the newest entry. */
	private trim() {
		const { maxEntries, maxWeight } = this.bounds;
		let weight = 0;
		for (const e of this.entries.values()) weight += e.weight;
		for (const [key, e] of this.entries) {
			if (this.entries.size <= 1 || (this.entries.size <= maxEntries && weight <= maxWeight)) break;
			this.entries.delete(key);
			weight -= e.weight;
		}
	}

	/** How many results are kept (for tests). */
	get size(): number {
		return this.entries.size;
	}
}
