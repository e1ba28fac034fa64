import neo4j from 'neo4j-driver';
import { NOT_GRAPH, writeTx } from './driver';

/**
 * Rate-limit buckets in Neo4j (graph/schema/009_rate_limits.cypher), shared by every app process:
 * each holds the times (database clock, ms) of the recent attempts under one key.
 */
export interface AttemptLimit {
	key: string;
	max: number;
	windowMs: number;
	/** false: the key must have room, but this attempt is not counted under it (default true). */
	record?: boolean;
}

export type AttemptReservation =
	{ allowed: true; at: number } | { allowed: false; retryAfterMs: number };

const int = (n: number) => neo4j.int(Math.floor(n));
/** Tests pass a clock; the app uses the database's, one clock for every process. */
const clock = (now: number | undefined) => (now === undefined ? null : int(now));

/**
 * One statement, so it is atomic: locks the bucket of every key (in key order, so two callers cannot
 * deadlock), forgets attempts older than the window, and records one attempt at `at` under every key
 * (but those with `record: false`) only when each has room. A refused caller records nothing and learns how long to wait.
 */
export async function reserveAttempts(
	limits: readonly AttemptLimit[],
	now?: number
): Promise<AttemptReservation> {
	const sorted = [...limits]
		.sort((a, b) => a.key.localeCompare(b.key))
		.map((l) => ({
			key: l.key,
			max: int(l.max),
			windowMs: int(l.windowMs),
			record: l.record ?? true
		}));
	const row = await writeTx(async (tx) => {
		const result = await tx.run(
			`WITH coalesce($now, timestamp()) AS now
			 UNWIND $limits AS l
			 MERGE (b:RateLimitBucket {key: l.key})
			 // The write lock comes before the read: concurrent attempts queue here, none sees a stale count.
			 SET b._lock = true
			 WITH now, l, b, [h IN coalesce(b.hits, []) WHERE h > now - l.windowMs] AS recent
			 WITH now, collect({l: l, b: b, recent: recent}) AS rows
			 WITH now, rows, all(r IN rows WHERE size(r.recent) < r.l.max) AS allowed
			 UNWIND rows AS r
			 WITH now, allowed, r, r.b AS b,
			      CASE WHEN allowed AND r.l.record THEN r.recent + now ELSE r.recent END AS hits
			 SET b.hits = hits,
			     b.expiresAt = CASE WHEN size(hits) = 0 THEN now ELSE hits[-1] + r.l.windowMs END
			 REMOVE b._lock
			 RETURN now AS at, allowed,
			        max(CASE WHEN size(r.recent) < r.l.max THEN 0
			                 ELSE r.recent[size(r.recent) - r.l.max] + r.l.windowMs - now END) AS wait`,
			{ now: clock(now), limits: sorted }
		);
		return result.records[0]!;
	}, NOT_GRAPH);
	const at = row.get('at') as number;
	return row.get('allowed')
		? { allowed: true, at }
		: {
				allowed: false,
				// `now` is read when the statement starts, before it queues for the bucket's lock: an
				// attempt recorded meanwhile can lie a few ms after it, and the wait would exceed the
				// window ("16 minutes" for a 15-minute window). No one waits longer than the window.
				retryAfterMs: Math.max(
					1,
					Math.min(row.get('wait') as number, Math.max(...limits.map((l) => l.windowMs)))
				)
			};
}

/**
 * After an attempt that went well: `clear` keys forget every attempt, `release` keys give back the one
 * recorded at `at` (their other attempts still count). One transaction.
 */
export async function settleAttempts(
	at: number,
	{ clear = [], release = [] }: { clear?: readonly string[]; release?: readonly string[] }
): Promise<void> {
	await writeTx(async (tx) => {
		await tx.run(
			`UNWIND $clear AS key
			 MATCH (b:RateLimitBucket {key: key})
			 SET b.hits = []`,
			{ clear }
		);
		await tx.run(
			`UNWIND $release AS key
			 MATCH (b:RateLimitBucket {key: key})
			 SET b._lock = true
			 WITH b, coalesce(b.hits, []) AS hits
			 WITH b, hits, [i IN range(0, size(hits) - 1) WHERE hits[i] = $at] AS found
			 SET b.hits = CASE WHEN size(found) = 0 THEN hits
			                   ELSE hits[..found[0]] + hits[found[0] + 1..] END
			 REMOVE b._lock`,
			{ release, at: int(at) }
		);
	}, NOT_GRAPH);
}

/** Deletes buckets whose last attempt has left its window (at most `batch` per call). */
export async function pruneAttempts(now?: number, batch = 1000): Promise<number> {
	return writeTx(async (tx) => {
		const result = await tx.run(
			`MATCH (b:RateLimitBucket) WHERE b.expiresAt < coalesce($now, timestamp())
			 WITH b LIMIT $batch DELETE b RETURN count(*) AS removed`,
			{ now: clock(now), batch: int(batch) }
		);
		return result.records[0]!.get('removed') as number;
	}, NOT_GRAPH);
}
