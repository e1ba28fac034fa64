import { readTx } from '../db/driver';
import type { PlacedKind } from './entities';

/**
 * Where an entity lives, for the roles that act within assigned Ambiti: the Ambiti it belongs to
 * and, for an entity anchored nowhere (a call, a network or agreement without Ambito, an actor
 * without seat), who created it. Cypher with parameters only; one read per question.
 *
 * Each kind is placed by what is its own, never by what is attached to it (issue 13: an office
 * added its actor to another Ambito's network, which then counted as its own):
 * - an actor: its seat Comune's Ambito and the Ambiti it is active in;
 * - a project: the Ambiti it targets, directly or through its Comuni (not its partners'); its
 *   actions and partnerships are the project's;
 * - a network or an agreement: the one Ambito it is FOR, the office that keeps it (not its members'
 *   or signatories'); one created by an office of one Ambito without naming one is that Ambito's;
 * - a collaboration: both actors' (either side's office may record it);
 * - anything anchored nowhere (a call, an unanchored network, project or agreement): its author.
 */
export interface Placement {
	ambitoIds: string[];
	ownerId: string | null;
}

// The Ambiti of an actor bound to `a`: its seat Comune's, those it is ACTIVE_IN, itself when it is one.
const ACTOR_AMBITI = (a: string) =>
	`[(${a})-[:SEATED_IN]->(:Comune)-[:IN]->(x:Ambito) | x.id] + [(${a})-[:ACTIVE_IN]->(x:Ambito) | x.id]
	 + CASE WHEN ${a}:Ambito THEN [${a}.id] ELSE [] END + [(${a}:Comune)-[:IN]->(x:Ambito) | x.id]`;
export const PROJECT_AMBITI = (p: string) =>
	`[(${p})-[:TARGETS]->(x:Ambito) | x.id] + [(${p})-[:TARGETS]->(:Comune)-[:IN]->(x:Ambito) | x.id]`;
// The one Ambito a network (or an agreement) bound to `n` is FOR.
export const FOR_AMBITI = (n: string) => `[(${n})-[:FOR]->(x:Ambito) | x.id]`;

/** One statement per kind, binding `ambitoIds` and `ownerId` for the entity with id $id. */
const PLACEMENT: Record<PlacedKind, string> = {
	Actor: `MATCH (a:Actor {id: $id}) RETURN ${ACTOR_AMBITI('a')} AS ambitoIds, a.createdBy AS ownerId`,
	Call: `MATCH (c:Call {id: $id}) RETURN [] AS ambitoIds, c.createdBy AS ownerId`,
	Project: `MATCH (p:Project {id: $id}) RETURN ${PROJECT_AMBITI('p')} AS ambitoIds, p.createdBy AS ownerId`,
	Action: `MATCH (:Action {id: $id})-[:OF]->(p:Project) RETURN ${PROJECT_AMBITI('p')} AS ambitoIds, p.createdBy AS ownerId`,
	Partnership: `MATCH (:Actor)-[:PARTNER_IN {id: $id}]->(p:Project) RETURN ${PROJECT_AMBITI('p')} AS ambitoIds, p.createdBy AS ownerId`,
	Network: `MATCH (n:Network {id: $id}) RETURN ${FOR_AMBITI('n')} AS ambitoIds, n.createdBy AS ownerId`,
	Agreement: `MATCH (g:Agreement {id: $id}) RETURN ${FOR_AMBITI('g')} AS ambitoIds, g.createdBy AS ownerId`,
	Collaboration: `MATCH (a:Actor)-[r:COLLABORATES_WITH {id: $id}]->(b:Actor)
		RETURN ${ACTOR_AMBITI('a')} + ${ACTOR_AMBITI('b')} AS ambitoIds, r.createdBy AS ownerId`
};

const unique = (ids: readonly string[]) => [...new Set(ids)].sort();

/** Where an existing entity lives; null when there is no such entity. */
export async function placementOf(kind: PlacedKind, id: string): Promise<Placement | null> {
	if (typeof id !== 'string' || !id) return null;
	return readTx(async (tx) => {
		const result = await tx.run(PLACEMENT[kind], { id });
		const r = result.records[0];
		if (!r) return null;
		return {
			ambitoIds: unique((r.get('ambitoIds') as string[]) ?? []),
			ownerId: (r.get('ownerId') as string | null) ?? null
		};
	});
}

/** The Ambiti of Comuni given by ISTAT code (unknown codes contribute nothing). */
export async function ambitiOfComuni(istat: readonly string[]): Promise<string[]> {
	const codes = istat.filter((c) => typeof c === 'string' && c.length <= 12);
	if (!codes.length) return [];
	return readTx(async (tx) => {
		const result = await tx.run(
			'UNWIND $codes AS code MATCH (:Comune {istat: code})-[:IN]->(x:Ambito) RETURN collect(DISTINCT x.id) AS ids',
			{ codes: codes.slice(0, 5000) }
		);
		return (result.records[0]?.get('ids') as string[]) ?? [];
	});
}

/** Placements of many entities of one kind at once (imports); ids not found are absent. */
export async function placementsOf(
	kind: PlacedKind,
	ids: readonly string[]
): Promise<Map<string, Placement>> {
	const wanted = unique(ids.filter((x) => typeof x === 'string' && x));
	const out = new Map<string, Placement>();
	if (!wanted.length) return out;
	const statement = `UNWIND $ids AS wantedId CALL (wantedId) { ${PLACEMENT[kind].replaceAll('$id', 'wantedId')} }
		RETURN wantedId AS id, ambitoIds, ownerId`;
	return readTx(async (tx) => {
		const result = await tx.run(statement, { ids: wanted });
		for (const r of result.records)
			out.set(r.get('id') as string, {
				ambitoIds: unique((r.get('ambitoIds') as string[]) ?? []),
				ownerId: (r.get('ownerId') as string | null) ?? null
			});
		return out;
	});
}

/** Ambiti (id, name) to assign to users, in name order. */
export async function ambitoChoices(): Promise<Array<{ id: string; name: string }>> {
	return readTx(async (tx) => {
		const result = await tx.run(
			'MATCH (a:Ambito) RETURN {id: a.id, name: a.name} AS a ORDER BY a.name'
		);
		return result.records.map((r) => r.get('a') as { id: string; name: string });
	});
}

/** The calls (bandi) a project was submitted to: an evaluator's scope. */
export async function callsOfProject(projectId: string): Promise<string[]> {
	if (typeof projectId !== 'string' || !projectId) return [];
	return readTx(async (tx) => {
		const result = await tx.run(
			'MATCH (p:Project {id: $projectId}) RETURN [(p)-[:IN_CALL]->(c:Call) | c.id] AS callIds',
			{ projectId }
		);
		return (result.records[0]?.get('callIds') as string[] | undefined) ?? [];
	});
}
