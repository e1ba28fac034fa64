import type { ManagedTransaction } from 'neo4j-driver';
import { readTx } from '../db/driver';
import { AppError } from '../errors';
import type { WorkshopOutcome } from './outcome';

/** Who commits a workshop, when, with how many present: provenance on the node and each relationship. */
export interface CommitStamp {
	workshopId: string;
	by: string;
	at: number;
	participantCount: number;
	source: string;
}

/**
 * Claims the commit, first in the transaction that writes the workshop's actors and collaborations
 * (importDocument's `before`): a second commit at once queues on the workshop's write lock, then
 * finds it committed and is told so, before it writes anything.
 */
export async function claimWorkshopCommit(
	tx: ManagedTransaction,
	stamp: CommitStamp
): Promise<void> {
	const { workshopId, by, at, participantCount, source } = stamp;
	await tx.run(`MATCH (w:Workshop {id: $workshopId}) SET w._lock = true REMOVE w._lock`, {
		workshopId
	});
	const claimed = await tx.run(
		`MATCH (w:Workshop {id: $workshopId}) WHERE w.status <> 'committed'
		 SET w.status = 'committed', w.committedAt = $at, w.committedBy = $by, w.joiningOpen = false,
		   w.participantCount = $participantCount, w.source = $source
		 RETURN w.id`,
		{ workshopId, by, at, participantCount, source }
	);
	if (!claimed.records.length)
		throw new AppError('CONFLICT', 'Il laboratorio è già stato salvato / already committed');
}

/**
 * Writes the workshop's record — influence towers, goals, notes — once its actors are on the map
 * (importDocument's `after`, the same transaction): either all of it is on the map, or none.
 */
export async function writeWorkshopOutcome(
	tx: ManagedTransaction,
	stamp: CommitStamp,
	outcome: WorkshopOutcome
): Promise<void> {
	const { workshopId, at, participantCount, source } = stamp;
	await tx.run(
		`MATCH (w:Workshop {id: $workshopId})
		 UNWIND $actors AS x MATCH (a:Actor {id: x.actorId})
		 MERGE (w)-[r:FROM_WORKSHOP]->(a)
		 SET r.added = x.added, r.tied = x.tied, r.influence = x.influence,
		   r.ratingCount = x.ratingCount, r.histogram = x.histogram, r.disagreement = x.disagreement,
		   r.participantCount = $participantCount, r.at = $at, r.source = $source`,
		{ workshopId, actors: outcome.actors, participantCount, at, source }
	);
	await tx.run(
		`MATCH (w:Workshop {id: $workshopId})
		 UNWIND $notes AS n
		 CREATE (w)-[:RECORDED]->(x:WorkshopNote {id: n.id, workshopId: $workshopId, kind: n.kind,
		   text: n.text, by: n.by, at: n.at, participantCount: $participantCount, source: $source})
		 WITH x, n OPTIONAL MATCH (a:Actor {id: n.actorId})
		 FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | CREATE (x)-[:ABOUT]->(a))`,
		{ workshopId, notes: outcome.notes, participantCount, source }
	);
}

/** What a committed workshop left on the map, counted from the map itself (null before the commit). */
export interface CommittedSummary {
	participantCount: number;
	committedAt: number;
	source: string;
	actorsAdded: number;
	collaborationsAdded: number;
	actorsRated: number;
	notes: number;
}

export async function readCommittedSummary(workshopId: string): Promise<CommittedSummary | null> {
	return readTx(async (tx) => {
		const result = await tx.run(
			`MATCH (w:Workshop {id: $workshopId}) WHERE w.status = 'committed' AND w.source IS NOT NULL
			 RETURN w.participantCount AS participantCount, w.committedAt AS committedAt, w.source AS source,
			   COUNT { (w)-[f:FROM_WORKSHOP]->() WHERE f.added } AS actorsAdded,
			   COUNT { (w)-[f:FROM_WORKSHOP]->() WHERE f.influence IS NOT NULL } AS actorsRated,
			   COUNT { (w)-[:RECORDED]->() } AS notes,
			   COUNT { ()-[c:COLLABORATES_WITH]->() WHERE c.id STARTS WITH 'collab-lab-' AND c.source = w.source } AS collaborationsAdded`,
			{ workshopId }
		);
		const r = result.records[0];
		if (!r) return null;
		const n = (key: string) => Number(r.get(key));
		return {
			participantCount: n('participantCount'),
			committedAt: n('committedAt'),
			source: String(r.get('source')),
			actorsAdded: n('actorsAdded'),
			collaborationsAdded: n('collaborationsAdded'),
			actorsRated: n('actorsRated'),
			notes: n('notes')
		};
	});
}
