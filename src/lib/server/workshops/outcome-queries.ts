import type { ManagedTransaction } from 'neo4j-driver';
import { readTx } from '../db/driver';
import { AppError } from '../errors';
import type { WorkshopOutcome } from './outcome';

/**
 * Claims the commit and writes the workshop's record, inside the transaction that writes its actors
 * and collaborations (importDocument's `andThen`): either all of it is on the map, or none.
 * Provenance (participants, date, the source line) is on the Workshop node and on each relationship.
 */
export async function writeWorkshopOutcome(
	tx: ManagedTransaction,
	params: {
		workshopId: string;
		by: string;
		at: number;
		participantCount: number;
		source: string;
		outcome: WorkshopOutcome;
	}
): Promise<void> {
	const { workshopId, by, at, participantCount, source, outcome } = params;
	// The workshop's write lock first: a second commit queues here and then reads 'committed'.
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
