import neo4j from 'neo4j-driver';
import { NOT_GRAPH, readTx, writeTx } from '../db/driver';

/** One workshop event as another process stored it (graph/schema/008_workshop_events.cypher). */
export interface StoredWorkshopEvent {
	id: string;
	origin: string;
	/** Database clock (ms) at append: one clock for every app process. */
	at: number;
	payload: string;
}

export async function appendWorkshopEvent(event: Omit<StoredWorkshopEvent, 'at'>): Promise<number> {
	return writeTx(async (tx) => {
		const result = await tx.run(
			`CREATE (e:WorkshopEvent {id: $id, origin: $origin, payload: $payload, at: timestamp()})
			 RETURN e.at AS at`,
			event
		);
		return result.records[0]!.get('at') as number;
	}, NOT_GRAPH);
}

/** Events of other processes appended at or after `since`, oldest first. */
export async function workshopEventsSince(
	since: number,
	excludeOrigin: string,
	limit = 1000
): Promise<StoredWorkshopEvent[]> {
	return readTx(async (tx) => {
		const result = await tx.run(
			`MATCH (e:WorkshopEvent) WHERE e.at >= $since AND e.origin <> $excludeOrigin
			 RETURN e {.id, .origin, .at, .payload} AS row ORDER BY e.at, e.id LIMIT $limit`,
			// An integer bound: the stored timestamps are integers (a float bound was seen to miss them).
			{ since: neo4j.int(Math.floor(since)), excludeOrigin, limit: neo4j.int(limit) }
		);
		return result.records.map((r) => r.get('row') as StoredWorkshopEvent);
	});
}

export async function pruneWorkshopEvents(olderThanMs: number): Promise<number> {
	return writeTx(async (tx) => {
		const result = await tx.run(
			`MATCH (e:WorkshopEvent) WHERE e.at < timestamp() - $olderThanMs
			 WITH e LIMIT 10000 DELETE e RETURN count(*) AS removed`,
			{ olderThanMs }
		);
		return result.records[0]!.get('removed') as number;
	}, NOT_GRAPH);
}

/** The database clock, so pollers start from "now" as the database sees it. */
export async function databaseNow(): Promise<number> {
	return readTx(async (tx) => (await tx.run('RETURN timestamp() AS now')).records[0]!.get('now'));
}
