import type { CommitmentRecord } from '../../domain';
import type { PartnershipSnapshot } from '../../scoring';
import { readTx } from '../db/driver';
import {
	snapshotProject,
	snapshotAction,
	snapshotPartner,
	SNAPSHOT_PROJECT
} from './snapshot-project';

/**
 * The scoring's view of projects, read in one query per batch. Each partner's territory: its own
 * Ambito (an Ambito), the Ambiti it serves (ASST, Distretto), or the Ambito of its seat Comune.
 */
const SNAPSHOT_QUERY = `
UNWIND $projectIds AS pid
MATCH (p:Project {id: pid})
CALL (p) {
  OPTIONAL MATCH (a:Actor)-[r:PARTNER_IN]->(p)
  WITH a, r WHERE a IS NOT NULL
  OPTIONAL MATCH (a)-[:SEATED_IN]->(seat:Comune)
  WITH a, r, coalesce(seat, CASE WHEN a:Comune THEN a END) AS home
  RETURN collect({
    actorId: a.id, name: a.name, kind: a.kind, role: r.role, seatComune: home.istat,
    ambitoIds: CASE
      WHEN a:Ambito THEN [a.id]
      WHEN a:ASST THEN [(x:Ambito)-[:SERVED_BY]->(a) | x.id] + reduce(acc = [], ids IN [(c:Comune)-[:SERVED_BY]->(a) | [(c)-[:IN]->(x:Ambito) | x.id]] | acc + ids)
      WHEN a:Distretto THEN reduce(acc = [], ids IN [(c:Comune)-[:IN]->(a) | [(c)-[:IN]->(x:Ambito) | x.id]] | acc + ids)
      ELSE [(home)-[:IN]->(x:Ambito) | x.id] END,
    atsIds: CASE
      WHEN a:ATS THEN [a.code]
      WHEN a:ASST THEN [(a)-[:IN]->(t:ATS) | t.code]
      WHEN a:Ambito THEN [(a)-[:IN]->(t:ATS) | t.code]
      ELSE [(home)-[:IN]->(t:ATS) | t.code] + [(home)-[:IN]->(:Ambito)-[:IN]->(t:ATS) | t.code] END,
    commitmentsJson: r.commitmentsJson, declaredMembersJson: r.declaredMembersJson,
    legalEntityId: CASE
      WHEN a:Distretto THEN head([(a)-[:OF]->(s:ASST) | s.id])
      WHEN a:CasaDiComunita THEN head([(a)-[:SERVED_BY]->(s:ASST) | s.id])
      WHEN a:Ambito THEN head([(c:Comune)-[:IN]->(a) WHERE a.capofila IN [c.name, 'Comune di ' + c.name] | c.id])
      ELSE null END
  }) AS partners, collect(a) AS partnerNodes
}
CALL (p) {
  OPTIONAL MATCH (x:Action)-[:OF]->(p)
  WITH x WHERE x IS NOT NULL
  RETURN collect({id: x.id, title: x.title, responsibleActorIds: [(a:Actor)-[:RESPONSIBLE_FOR]->(x) | a.id], phases: x.phases}) AS actions
}
CALL (p) {
  OPTIONAL MATCH (p)-[:TARGETS]->(t)
  WITH collect(DISTINCT CASE WHEN t:Comune THEN t END) + reduce(acc = [], cs IN collect([(c:Comune)-[:IN]->(t) WHERE t:Ambito | c]) | acc + cs) AS comuni
  UNWIND comuni AS c WITH DISTINCT c WHERE c IS NOT NULL
  RETURN collect({istat: c.istat, name: c.name, population: c.population,
    ambitoId: head([(c)-[:IN]->(x:Ambito) | x.id]),
    atsId: coalesce(head([(c)-[:IN]->(t:ATS) | t.code]), head([(c)-[:IN]->(:Ambito)-[:IN]->(t:ATS) | t.code]))}) AS territory
}
CALL (p, partnerNodes) {
  UNWIND partnerNodes AS a
  OPTIONAL MATCH (a)-[c:COLLABORATES_WITH]->(b:Actor) WHERE b IN partnerNodes AND c.since IS NOT NULL
  WITH a, collect(CASE WHEN b IS NULL THEN null ELSE {a: a.id, b: b.id, since: c.since, until: c.until, source: c.collaborationSource, strength: c.strength} END) AS declared
  OPTIONAL MATCH (a)-[:PARTNER_IN]->(q:Project)<-[:PARTNER_IN]-(b:Actor) WHERE q <> p AND b IN partnerNodes AND a.id < b.id AND q.start IS NOT NULL
  WITH declared, collect(CASE WHEN b IS NULL THEN null ELSE {a: a.id, b: b.id, since: q.start, until: q.end, source: 'shared_project', strength: null} END) AS shared
  RETURN reduce(acc = [], xs IN collect(declared + shared) | acc + xs) AS priorCollaborations
}
CALL (partnerNodes) {
  UNWIND partnerNodes AS a
  MATCH (a)-[:MEMBER_OF]->(n:Network)
  WITH n, collect(DISTINCT a.id) AS inside
  RETURN collect({id: n.id, name: n.name, memberActorIds: inside,
    externalMemberCount: count { (m:Actor)-[:MEMBER_OF]->(n) } - size(inside)}) AS networks
}
CALL (partnerNodes) {
  UNWIND partnerNodes AS a
  MATCH (a)-[:COLLABORATES_WITH]-(o:Actor) WHERE NOT o IN partnerNodes
  RETURN collect(DISTINCT {partnerId: a.id, otherActorId: o.id, otherKind: o.kind}) AS externalTies
}
CALL (p, partnerNodes) {
  // The targeted Comuni (a targeted Comune, or the Comuni of a targeted Ambito), reached by expanding
  // from the targets: a WHERE (c = t OR (c)-[:IN]->(t)) was planned as a scan of every Comune per target.
  OPTIONAL MATCH (p)-[:TARGETS]->(t)
  WITH DISTINCT t WHERE t IS NOT NULL
  CALL (t) {
    WITH t WHERE t:Comune RETURN t AS c
    UNION
    MATCH (c:Comune)-[:IN]->(t) RETURN c
  }
  MATCH (cand:Actor)-[:SEATED_IN]->(c) WHERE NOT cand IN partnerNodes
  WITH DISTINCT cand, c
  WITH cand, c ORDER BY cand.name LIMIT 300
  RETURN collect({actorId: cand.id, name: cand.name, kind: cand.kind, seatComune: c.istat}) AS candidates
}
RETURN p.id AS id, ${SNAPSHOT_PROJECT('p')} AS project,
  partners, actions, territory, priorCollaborations, networks, externalTies, candidates`;

interface RawPartner {
	actorId: string;
	name: string;
	kind: PartnershipSnapshot['partners'][number]['kind'];
	role: PartnershipSnapshot['partners'][number]['role'];
	seatComune: string | null;
	ambitoIds: string[];
	atsIds: string[];
	commitmentsJson: string | null;
	declaredMembersJson: string | null;
	legalEntityId: string | null;
}

/** Null-safe: a list built in Cypher from `[...] + null` comes back null, never throw on it. */
const unique = (ids: string[] | null) => [...new Set((ids ?? []).filter(Boolean))].sort();

/** Snapshots of many projects at once (the evaluator's table, the benchmark): one round trip. */
export async function partnershipSnapshots(
	projectIds: string[]
): Promise<Map<string, PartnershipSnapshot>> {
	const records = await readTx(
		async (tx) => (await tx.run(SNAPSHOT_QUERY, { projectIds })).records
	);
	const snapshots = new Map<string, PartnershipSnapshot>();
	for (const r of records) {
		const partnersRaw = r.get('partners') as RawPartner[];
		const commitments = partnersRaw.flatMap((p) =>
			(JSON.parse(p.commitmentsJson ?? '[]') as CommitmentRecord[]).map((c) => ({
				actorId: p.actorId,
				type: c.type,
				// A commitment without a monetised value is present but not valued: null, never 0 €.
				amountEur: c.valueEur ?? null,
				source: c.source,
				beyondFunding: c.beyondFunding
			}))
		);
		snapshots.set(r.get('id') as string, {
			project: snapshotProject(r.get('project')),
			partners: partnersRaw.map(({ commitmentsJson: _ignored, ...p }) =>
				snapshotPartner({ ...p, ambitoIds: unique(p.ambitoIds), atsIds: unique(p.atsIds) })
			),
			commitments,
			actions: (r.get('actions') as Parameters<typeof snapshotAction>[0][]).map(snapshotAction),
			territory: { comuni: r.get('territory') },
			priorCollaborations: r.get('priorCollaborations'),
			networks: r.get('networks'),
			externalTies: r.get('externalTies'),
			candidates: r.get('candidates')
		});
	}
	return snapshots;
}

export async function partnershipSnapshot(projectId: string): Promise<PartnershipSnapshot | null> {
	return (await partnershipSnapshots([projectId])).get(projectId) ?? null;
}
