import type { ManagedTransaction } from 'neo4j-driver';
import { NOT_GRAPH, readTx, writeTx } from '../db/driver';

/**
 * Workshops in Neo4j (graph/schema/007_workshops.cypher). Every contribution a participant sends is
 * written here before it is acknowledged, keyed by (workshop, client id): a retry MERGEs onto the
 * same node. Nothing about a live workshop lives only in memory.
 */

export type WorkshopStatus = 'open' | 'paused' | 'closed' | 'committed';
export type WorkshopStep = 'actors' | 'relations' | 'influence' | 'goals' | 'review';
export type ContributionType = 'actor' | 'relation' | 'rating' | 'note';
export type ContributionStatus = 'pending' | 'accepted' | 'rejected' | 'merged';

export const WORKSHOP_STEPS: readonly WorkshopStep[] = [
	'actors',
	'relations',
	'influence',
	'goals',
	'review'
];
export const CONTRIBUTION_TYPES: readonly ContributionType[] = [
	'actor',
	'relation',
	'rating',
	'note'
];

export interface WorkshopRecord {
	id: string;
	code: string;
	name: string;
	ambitoId: string;
	step: WorkshopStep;
	status: WorkshopStatus;
	joiningOpen: boolean;
	createdBy: string;
	createdAt: number;
	committedAt: number | null;
	committedBy: string | null;
	/**
	 * The actors (client ids) the facilitator chose for the influence step; null: the default, those
	 * the room added or tied (workshops/room.ts, ratableActors).
	 */
	ratedActors: string[] | null;
}

export interface ParticipantRecord {
	id: string;
	workshopId: string;
	name: string;
	joinedAt: number;
	removed: boolean;
}

export interface ContributionRecord {
	id: string;
	workshopId: string;
	clientId: string;
	type: ContributionType;
	payloadJson: string;
	/** Null for what the facilitator seeded from the current map. */
	participantId: string | null;
	participantName: string;
	at: number;
	status: ContributionStatus;
	/** For status merged: the client id of the contribution it was merged into. */
	mergedInto: string | null;
	reviewedBy: string | null;
}

const toWorkshop = (p: Record<string, unknown>): WorkshopRecord => ({
	id: String(p.id),
	code: String(p.code),
	name: String(p.name),
	ambitoId: String(p.ambitoId),
	step: p.step as WorkshopStep,
	status: p.status as WorkshopStatus,
	joiningOpen: Boolean(p.joiningOpen),
	createdBy: String(p.createdBy ?? ''),
	createdAt: Number(p.createdAt ?? 0),
	committedAt: p.committedAt == null ? null : Number(p.committedAt),
	committedBy: p.committedBy == null ? null : String(p.committedBy),
	ratedActors: Array.isArray(p.ratedActors) ? p.ratedActors.map(String) : null
});

const toParticipant = (p: Record<string, unknown>): ParticipantRecord => ({
	id: String(p.id),
	workshopId: String(p.workshopId),
	name: String(p.name),
	joinedAt: Number(p.joinedAt ?? 0),
	removed: Boolean(p.removed)
});

const toContribution = (p: Record<string, unknown>): ContributionRecord => ({
	id: String(p.id),
	workshopId: String(p.workshopId),
	clientId: String(p.clientId),
	type: p.type as ContributionType,
	payloadJson: String(p.payloadJson ?? '{}'),
	participantId: p.participantId == null ? null : String(p.participantId),
	participantName: String(p.participantName ?? ''),
	at: Number(p.at ?? 0),
	status: p.status as ContributionStatus,
	mergedInto: p.mergedInto == null ? null : String(p.mergedInto),
	reviewedBy: p.reviewedBy == null ? null : String(p.reviewedBy)
});

const props = (record: { get: (key: string) => unknown }, key: string) =>
	(record.get(key) as { properties: Record<string, unknown> }).properties;

export interface SeedItem {
	clientId: string;
	type: ContributionType;
	payloadJson: string;
	/** For actors: the normalised name and the seat (see NewContribution). */
	nameKey?: string | null;
	seatIstat?: string | null;
}

export async function insertWorkshop(
	w: Omit<WorkshopRecord, 'committedAt' | 'committedBy' | 'ratedActors'>,
	seed: SeedItem[]
): Promise<WorkshopRecord> {
	return writeTx(async (tx) => {
		const result = await tx.run(`CREATE (w:Workshop $w) RETURN w`, {
			w: { ...w, committedAt: null, committedBy: null }
		});
		if (seed.length)
			await tx.run(
				`UNWIND $seed AS s
				 CREATE (c:Contribution {id: randomUUID(), key: $wid + ':' + s.clientId, workshopId: $wid,
				   clientId: s.clientId, type: s.type, payloadJson: s.payloadJson, participantId: null,
				   participantName: $by, at: $at, status: 'accepted', mergedInto: null, reviewedBy: $by,
				   nameKey: s.nameKey, seatIstat: s.seatIstat})`,
				{ seed, wid: w.id, by: w.createdBy, at: w.createdAt }
			);
		return toWorkshop(props(result.records[0]!, 'w'));
	});
}

export async function findWorkshop(by: {
	id?: string;
	code?: string;
}): Promise<WorkshopRecord | null> {
	return readTx(async (tx) => {
		const result = by.id
			? await tx.run(`MATCH (w:Workshop {id: $id}) RETURN w`, { id: by.id })
			: await tx.run(`MATCH (w:Workshop {code: $code}) RETURN w`, { code: by.code ?? '' });
		return result.records[0] ? toWorkshop(props(result.records[0], 'w')) : null;
	});
}

export async function listWorkshops(
	ambitoIds: readonly string[] | null
): Promise<WorkshopRecord[]> {
	return readTx(async (tx) => {
		const result = await tx.run(
			`MATCH (w:Workshop) WHERE $ambiti IS NULL OR w.ambitoId IN $ambiti
			 RETURN w ORDER BY w.createdAt DESC LIMIT 200`,
			{ ambiti: ambitoIds }
		);
		return result.records.map((r) => toWorkshop(props(r, 'w')));
	});
}

export async function updateWorkshop(
	id: string,
	patch: Partial<
		Pick<
			WorkshopRecord,
			'step' | 'status' | 'joiningOpen' | 'committedAt' | 'committedBy' | 'ratedActors'
		>
	>
): Promise<WorkshopRecord | null> {
	return writeTx(async (tx) => {
		const result = await tx.run(`MATCH (w:Workshop {id: $id}) SET w += $patch RETURN w`, {
			id,
			patch
		});
		return result.records[0] ? toWorkshop(props(result.records[0], 'w')) : null;
	});
}

export async function insertParticipant(
	p: ParticipantRecord & { tokenHash: string }
): Promise<ParticipantRecord> {
	return writeTx(async (tx) => {
		const result = await tx.run(`CREATE (p:Participant $p) RETURN p`, { p });
		return toParticipant(props(result.records[0]!, 'p'));
	});
}

export async function findParticipantByTokenHash(
	tokenHash: string
): Promise<ParticipantRecord | null> {
	return readTx(async (tx) => {
		const result = await tx.run(
			`MATCH (p:Participant {tokenHash: $tokenHash}) WHERE NOT p.removed RETURN p`,
			{ tokenHash }
		);
		return result.records[0] ? toParticipant(props(result.records[0], 'p')) : null;
	});
}

export async function listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
	return readTx(async (tx) => {
		const result = await tx.run(
			`MATCH (p:Participant {workshopId: $workshopId}) RETURN p ORDER BY p.joinedAt`,
			{ workshopId }
		);
		return result.records.map((r) => toParticipant(props(r, 'p')));
	});
}

export async function markParticipantRemoved(
	workshopId: string,
	participantId: string
): Promise<boolean> {
	return writeTx(async (tx) => {
		const result = await tx.run(
			`MATCH (p:Participant {id: $participantId, workshopId: $workshopId}) SET p.removed = true RETURN p.id AS id`,
			{ workshopId, participantId }
		);
		return result.records.length === 1;
	});
}

export interface NewContribution {
	workshopId: string;
	clientId: string;
	type: ContributionType;
	payloadJson: string;
	participantId: string;
	participantName: string;
	at: number;
	/**
	 * For actors: the normalised name. An actor whose name matches one standing in the room is
	 * stored merged into it (never a duplicate), so what refers to it lands on the existing one.
	 */
	nameKey?: string | null;
	/** For actors: the Comune of the seat (ISTAT) when given; it tells same-name actors apart. */
	seatIstat?: string | null;
}

async function mergeContribution(
	tx: ManagedTransaction,
	c: NewContribution
): Promise<{ contribution: ContributionRecord; created: boolean }> {
	const nameKey = c.nameKey ?? null;
	const seatIstat = c.seatIstat ?? null;
	// Actors by name: one lock node per (workshop, name), unique, written first, so two phones adding
	// the same name at once take turns (the second sees the first); other names do not wait.
	// The same actor is the same name in the same Comune: "Caritas parrocchiale" of Crema and of Lodi
	// are two. A Comune given on one side only does not tell them apart (a phone rarely knows the
	// seat; the map's actors all have one), so it still merges, into a same-seat one first, then the
	// oldest. The seat is a property beside the name key (not in it) so that this one-sided case still
	// finds its match by index, and rows written before keep their key (019 copies their seat).
	const result = await tx.run(
		`CALL (*) { WITH * WHERE $nameKey IS NOT NULL
		   MERGE (l:WorkshopActorName {key: $c.workshopId + ':' + $nameKey}) SET l.at = $c.at }
		 OPTIONAL MATCH (same:Contribution {workshopId: $c.workshopId, type: 'actor', nameKey: $nameKey})
		 WHERE same.status IN ['pending', 'accepted'] AND same.key <> $key
		   AND ($seatIstat IS NULL OR same.seatIstat IS NULL OR same.seatIstat = $seatIstat)
		 WITH same ORDER BY coalesce(same.seatIstat = $seatIstat, false) DESC, same.at LIMIT 1
		 MERGE (c:Contribution {key: $key})
		 ON CREATE SET c.id = randomUUID(), c.workshopId = $c.workshopId, c.clientId = $c.clientId,
		   c.type = $c.type, c.payloadJson = $c.payloadJson, c.participantId = $c.participantId,
		   c.participantName = $c.participantName, c.at = $c.at, c.nameKey = $nameKey,
		   c.seatIstat = $seatIstat,
		   c.status = CASE WHEN same IS NULL THEN 'pending' ELSE 'merged' END,
		   c.mergedInto = same.clientId, c.reviewedBy = null, c.fresh = $nonce
		 WITH c, c.fresh = $nonce AS created
		 REMOVE c.fresh
		 RETURN c, created`,
		{ key: `${c.workshopId}:${c.clientId}`, c, nameKey, seatIstat, nonce: crypto.randomUUID() }
	);
	const record = result.records[0]!;
	return {
		contribution: toContribution(props(record, 'c')),
		created: Boolean(record.get('created'))
	};
}

/**
 * Stores a contribution once: the same (workshop, client id) again returns the stored one
 * (`created: false`), whatever its payload. Durable when this resolves.
 */
export async function upsertContribution(
	c: NewContribution
): Promise<{ contribution: ContributionRecord; created: boolean }> {
	for (let attempt = 0; ; attempt++) {
		try {
			return await writeTx((tx) => mergeContribution(tx, c), NOT_GRAPH);
		} catch (error) {
			// Two concurrent MERGEs of one key: the loser sees the constraint; the node exists now.
			const code = (error as { code?: string }).code ?? '';
			if (attempt < 3 && code.includes('ConstraintValidationFailed')) continue;
			throw error;
		}
	}
}

export async function findContribution(
	workshopId: string,
	by: { id?: string; clientId?: string }
): Promise<ContributionRecord | null> {
	return readTx(async (tx) => {
		const result = await tx.run(
			`MATCH (c:Contribution {workshopId: $workshopId})
			 WHERE c.id = $id OR c.clientId = $clientId RETURN c LIMIT 1`,
			{ workshopId, id: by.id ?? null, clientId: by.clientId ?? null }
		);
		return result.records[0] ? toContribution(props(result.records[0], 'c')) : null;
	});
}

export async function listContributions(workshopId: string): Promise<ContributionRecord[]> {
	return readTx(async (tx) => {
		const result = await tx.run(
			`MATCH (c:Contribution {workshopId: $workshopId}) RETURN c ORDER BY c.at, c.id`,
			{ workshopId }
		);
		return result.records.map((r) => toContribution(props(r, 'c')));
	});
}

export async function setContributionStatus(
	workshopId: string,
	id: string,
	status: ContributionStatus,
	by: string,
	mergedInto: string | null = null
): Promise<ContributionRecord | null> {
	return writeTx(async (tx) => {
		const result = await tx.run(
			`MATCH (c:Contribution {workshopId: $workshopId, id: $id})
			 SET c.status = $status, c.reviewedBy = $by, c.mergedInto = $mergedInto RETURN c`,
			{ workshopId, id, status, by, mergedInto }
		);
		return result.records[0] ? toContribution(props(result.records[0], 'c')) : null;
	});
}

/** The facilitator's correction of what a contribution says (e.g. an actor's kind), kept as reviewed. */
export async function setContributionPayload(
	workshopId: string,
	id: string,
	payloadJson: string,
	by: string,
	seatIstat: string | null
): Promise<ContributionRecord | null> {
	return writeTx(async (tx) => {
		const result = await tx.run(
			`MATCH (c:Contribution {workshopId: $workshopId, id: $id})
			 SET c.payloadJson = $payloadJson, c.reviewedBy = $by, c.seatIstat = $seatIstat RETURN c`,
			{ workshopId, id, payloadJson, by, seatIstat }
		);
		return result.records[0] ? toContribution(props(result.records[0], 'c')) : null;
	});
}

/** The Ambito's current actors (seat or activity) and their collaborations, to start a workshop from. */
export async function readAmbitoSeed(
	ambitoId: string,
	limit = 300
): Promise<{
	actors: Array<{ id: string; name: string; kind: string; seatIstat: string | null }>;
	relations: Array<{ a: string; b: string }>;
}> {
	return readTx(async (tx) => {
		const actors = await tx.run(
			`MATCH (amb:Ambito {id: $ambitoId})
			 CALL (amb) {
			   MATCH (a:Actor)-[:SEATED_IN]->(:Comune)-[:IN]->(amb) RETURN a
			   UNION
			   MATCH (a:Actor)-[:ACTIVE_IN]->(amb) RETURN a }
			 RETURN DISTINCT a.id AS id, a.name AS name, a.kind AS kind, a.seatIstat AS seatIstat
			 ORDER BY name LIMIT toInteger($limit)`,
			{ ambitoId, limit }
		);
		const list = actors.records.map((r) => ({
			id: String(r.get('id')),
			name: String(r.get('name')),
			kind: String(r.get('kind')),
			seatIstat: r.get('seatIstat') == null ? null : String(r.get('seatIstat'))
		}));
		const relations = await tx.run(
			`MATCH (a:Actor)-[:COLLABORATES_WITH]->(b:Actor) WHERE a.id IN $ids AND b.id IN $ids
			 RETURN DISTINCT a.id AS a, b.id AS b LIMIT 2000`,
			{ ids: list.map((a) => a.id) }
		);
		return {
			actors: list,
			relations: relations.records.map((r) => ({ a: String(r.get('a')), b: String(r.get('b')) }))
		};
	});
}

/** The Comuni of an Ambito (the real territory), by name: where a workshop's new actors sit. */
export async function ambitoComuni(
	ambitoId: string
): Promise<Array<{ istat: string; name: string }>> {
	return readTx(async (tx) => {
		const result = await tx.run(
			`MATCH (c:Comune)-[:IN]->(:Ambito {id: $ambitoId}) RETURN c.istat AS istat, c.name AS name ORDER BY name`,
			{ ambitoId }
		);
		return result.records.map((r) => ({
			istat: String(r.get('istat')),
			name: String(r.get('name'))
		}));
	});
}

export async function comuneExists(istat: string): Promise<boolean> {
	return readTx(async (tx) => {
		const result = await tx.run(`MATCH (c:Comune {istat: $istat}) RETURN c.istat`, { istat });
		return result.records.length > 0;
	});
}

export async function ambitoExists(ambitoId: string): Promise<boolean> {
	return readTx(async (tx) => {
		const result = await tx.run(`MATCH (a:Ambito {id: $ambitoId}) RETURN a.id`, { ambitoId });
		return result.records.length > 0;
	});
}

/** Which of these client ids are actors added to the workshop. */
export async function knownActorRefs(
	workshopId: string,
	clientIds: string[]
): Promise<Set<string>> {
	if (!clientIds.length) return new Set();
	return readTx(async (tx) => {
		const result = await tx.run(
			`UNWIND $keys AS key MATCH (c:Contribution {key: key}) WHERE c.type = 'actor' RETURN c.clientId AS id`,
			{ keys: clientIds.map((id) => `${workshopId}:${id}`) }
		);
		return new Set(result.records.map((r) => String(r.get('id'))));
	});
}

/** What a room hears: a contribution stored or reviewed, the workshop moved on, people came or went. */
export interface WorkshopEvent {
	workshopId: string;
	kind: 'contribution' | 'workshop' | 'participant';
	contribution: ContributionRecord | null;
	workshop: WorkshopRecord | null;
	participant: ParticipantRecord | null;
}
