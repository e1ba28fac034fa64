import type { CommitmentRecord } from '../../domain';
import type { PartnershipSnapshot } from '../../scoring';
import { readTx } from '../db/driver';
import {
	snapshotProject,
	snapshotAction,
	snapshotPartner,
	SNAPSHOT_PROJECT
} from './snapshot-project';
import { DEMO_SOURCE } from '../network/demo/demo-source';
import {
	NETWORK_SIZES,
	PARTNER_RELATIONS,
	partnerRelations,
	projectRelations,
	type NetworkSize,
	type PartnerRelations
} from './snapshot-relations';

/**
 * An actor's territory: its own Ambito (an Ambito), the Ambiti it serves (ASST, Distretto), or the
 * Ambito of its seat Comune (`home`); the same for partners and for candidates.
 */
const AMBITI_OF = (a: string, home: string) => `CASE
      WHEN ${a}:Ambito THEN [${a}.id]
      WHEN ${a}:ASST THEN [(x:Ambito)-[:SERVED_BY]->(${a}) | x.id] + reduce(acc = [], ids IN [(c:Comune)-[:SERVED_BY]->(${a}) | [(c)-[:IN]->(x:Ambito) | x.id]] | acc + ids)
      WHEN ${a}:Distretto THEN reduce(acc = [], ids IN [(c:Comune)-[:IN]->(${a}) | [(c)-[:IN]->(x:Ambito) | x.id]] | acc + ids)
      ELSE [(${home})-[:IN]->(x:Ambito) | x.id] END`;
const ATS_OF = (a: string, home: string) => `CASE
      WHEN ${a}:ATS THEN [${a}.code]
      WHEN ${a}:ASST THEN [(${a})-[:IN]->(t:ATS) | t.code]
      WHEN ${a}:Ambito THEN [(${a})-[:IN]->(t:ATS) | t.code]
      ELSE [(${home})-[:IN]->(t:ATS) | t.code] + [(${home})-[:IN]->(:Ambito)-[:IN]->(t:ATS) | t.code] END`;

/**
 * Demo data apart (issue 15): for a real project, fictional nodes and relations the demo loaded
 * (even between real actors, e.g. Crema and its ASST) are not read at all; a demo project reads
 * the demo as a whole. `demo` is the project's own flag.
 */
const REAL_NODE = (v: string) => `(demo OR NOT coalesce(${v}.fictional, false))`;

/** The scoring's view of projects, read in one query per batch. */
const SNAPSHOT_QUERY = `
UNWIND $projectIds AS pid
MATCH (p:Project {id: pid})
WITH p, coalesce(p.fictional, false) AS demo
CALL (p, demo) {
  OPTIONAL MATCH (a:Actor)-[r:PARTNER_IN]->(p)
  WITH a, r WHERE a IS NOT NULL AND ${REAL_NODE('a')}
  OPTIONAL MATCH (a)-[:SEATED_IN]->(seat:Comune)
  WITH a, r, coalesce(seat, CASE WHEN a:Comune THEN a END) AS home
  RETURN collect([a.id, a.name, a.kind, r.role, home.istat, elementId(a), elementId(home),
    r.commitmentsJson, r.declaredMembersJson]) AS partners
}
CALL (p) {
  OPTIONAL MATCH (x:Action)-[:OF]->(p)
  WITH x WHERE x IS NOT NULL
  RETURN collect({id: x.id, title: x.title, responsibleActorIds: [(a:Actor)-[:RESPONSIBLE_FOR]->(x) | a.id], phases: x.phases}) AS actions
}
RETURN p.id AS id, elementId(p) AS node, ${SNAPSHOT_PROJECT('p')} AS project, demo,
  partners, actions,
  // The territory: the targeted Comuni and the Comuni of the targeted Ambiti (see TERRITORY_COMUNI).
  reduce(acc = [], cs IN [(p)-[:TARGETS]->(t) | CASE WHEN t:Comune THEN [elementId(t)] ELSE [] END + [(c:Comune)-[:IN]->(t) WHERE t:Ambito | elementId(c)]] | acc + cs) AS territoryComuni,
  // Where candidates are sought: a targeted Comune, or the Comuni of a targeted Ambito (see CANDIDATE_POOLS).
  reduce(acc = [], cs IN [(p)-[:TARGETS]->(t) | CASE WHEN t:Comune THEN [elementId(t)] ELSE [] END + [(c:Comune)-[:IN]->(t) | elementId(c)]] | acc + cs) AS candidateComuni,
  [(p)-[:TARGETS]->(x:Ambito) | {id: x.id, name: x.name, atsId: head([(x)-[:IN]->(t:ATS) | t.code])}] AS targetAmbiti`;

/** A targeted Comune as the scoring sees it: many projects target the same Comuni, each is read once. */
const TERRITORY_COMUNI = `
UNWIND $comuni AS cid
MATCH (c:Comune) WHERE elementId(c) = cid
RETURN cid, {istat: c.istat, name: c.name, population: c.population,
  ambitoId: head([(c)-[:IN]->(x:Ambito) | x.id]),
  atsId: coalesce(head([(c)-[:IN]->(t:ATS) | t.code]), head([(c)-[:IN]->(:Ambito)-[:IN]->(t:ATS) | t.code]))} AS comune`;

type TerritoryComune = PartnershipSnapshot['territory']['comuni'][number];

/**
 * A partner's territory and legal entity, from the actor and its home (seat, or itself for a
 * Comune): the same ASSTs, Comuni and Ambiti are partners in many projects, so each is read once.
 */
const PARTNER_TERRITORY = `
UNWIND $places AS place
MATCH (a:Actor) WHERE elementId(a) = place.node
OPTIONAL MATCH (home:Comune) WHERE elementId(home) = place.home
RETURN place.key AS key, {ambitoIds: ${AMBITI_OF('a', 'home')}, atsIds: ${ATS_OF('a', 'home')},
  legalEntityId: CASE
    WHEN a:Distretto THEN head([(a)-[:OF]->(s:ASST) | s.id])
    WHEN a:CasaDiComunita THEN head([(a)-[:SERVED_BY]->(s:ASST) | s.id])
    WHEN a:Ambito THEN head([(c:Comune)-[:IN]->(a) WHERE a.capofila IN [c.name, 'Comune di ' + c.name] | c.id])
    ELSE null END} AS territory`;

interface PartnerTerritory {
	ambitoIds: string[];
	atsIds: string[];
	legalEntityId: string | null;
}

/**
 * The actors seated in each Comune, with their territory: the suggestions' candidates. Projects of a
 * batch (and batches of one scoring run) share Comuni, so each Comune is read once, not once per
 * project; which of them each project is offered is chosen in pickCandidates.
 */
const CANDIDATE_POOLS = `
UNWIND $comuni AS cid
MATCH (c:Comune) WHERE elementId(c) = cid
MATCH (cand:Actor)-[:SEATED_IN]->(c)
WITH DISTINCT cid, cand, c
RETURN cid, collect([cand.id, cand.name, cand.kind, c.istat, coalesce(cand.fictional, false),
  ${AMBITI_OF('cand', 'c')}, ${ATS_OF('cand', 'c')}]) AS pool`;

type Candidate = NonNullable<PartnershipSnapshot['candidates']>[number];

/**
 * A candidate from CANDIDATE_POOLS' list (lists, not maps: the driver decodes every key of every
 * map, and a ranking reads ~35,000 candidates), its keys in the order of the map read before.
 */
const candidate = ([actorId, name, kind, seatComune, fictional, ambitoIds, atsIds]: unknown[]) =>
	({ actorId, seatComune, atsIds, kind, name, fictional, ambitoIds }) as Candidate;

/**
 * What several projects share, read once per scoring run (never longer: a write shows in the next
 * run): candidates per Comune, partners' territory and relations, networks' sizes.
 */
export interface SnapshotCache {
	pools: Map<string, Candidate[]>;
	comuni: Map<string, TerritoryComune>;
	territories: Map<string, PartnerTerritory>;
	relations: Map<string, PartnerRelations>;
	networkSizes: Map<string, NetworkSize>;
	/** The candidates of a list of Comuni by name (see pickCandidates). */
	byName: Map<string, Candidate[]>;
}
export const snapshotCache = (): SnapshotCache => ({
	pools: new Map(),
	byName: new Map(),
	comuni: new Map(),
	territories: new Map(),
	relations: new Map(),
	networkSizes: new Map()
});

/** At most this many candidates per project: the first by name. */
const MAX_CANDIDATES = 300;

const byName = (a: Candidate, b: Candidate) =>
	compare(a.name, b.name) || compare(a.actorId, b.actorId) || compare(a.seatComune, b.seatComune);
/** Cypher's order: strings by code unit, null last. */
function compare(a: string | null, b: string | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return a < b ? -1 : 1;
}

/**
 * A project's candidates: actors seated in its targeted Comuni that are not its partners (nor demo
 * actors, for a real project), the first 300 by name (then id, so that equal names never make
 * the choice depend on the database's row order). The pools' own objects, shared by the run's
 * projects (the scoring never changes a snapshot): a copy for each project was up to 900,000
 * objects kept with a regional ranking's reads. Each pool is kept sorted by name, and the projects
 * of an Ambito target the same Comuni, so their candidates are merged once per run (`byName`), then
 * each project skips its partners.
 */
function pickCandidates(
	{ pools, byName: sorted }: SnapshotCache,
	comuni: string[],
	partnerIds: Set<string>,
	demo: boolean
): Candidate[] {
	const distinct = [...new Set(comuni)];
	const key = `${demo}|${distinct.join('|')}`;
	let candidates = sorted.get(key);
	if (!candidates) {
		candidates = distinct
			.flatMap((cid) => pools.get(cid) ?? [])
			.filter((c) => demo || !c.fictional)
			.sort(byName);
		sorted.set(key, candidates);
	}
	const picked: Candidate[] = [];
	for (const c of candidates) {
		if (picked.length === MAX_CANDIDATES) break;
		if (!partnerIds.has(c.actorId)) picked.push(c);
	}
	return picked;
}

interface RawPartner {
	actorId: string;
	name: string;
	kind: PartnershipSnapshot['partners'][number]['kind'];
	role: PartnershipSnapshot['partners'][number]['role'];
	seatComune: string | null;
	/** Element ids of the actor and of its home Comune: the key of its PartnerTerritory. */
	node: string;
	home: string | null;
	commitmentsJson: string | null;
	declaredMembersJson: string | null;
}
const placeKey = (p: RawPartner) => `${p.node}|${p.home ?? ''}`;
/** A partner from SNAPSHOT_QUERY's list (a list, not a map, as the candidates), in this order. */
const PARTNER_FIELDS = [
	'actorId',
	'name',
	'kind',
	'role',
	'seatComune',
	'node',
	'home',
	'commitmentsJson',
	'declaredMembersJson'
] as const;
const rawPartner = (row: unknown[]) =>
	Object.fromEntries(PARTNER_FIELDS.map((field, i) => [field, row[i]])) as unknown as RawPartner;

/** Null-safe: a list built in Cypher from `[...] + null` comes back null, never throw on it. */
const unique = (ids: string[] | null) => [...new Set((ids ?? []).filter(Boolean))].sort();

/**
 * Snapshots of many projects at once (the evaluator's table, the benchmark): the projects, then
 * what they share that `cache` does not hold yet (pass one cache to a whole scoring run).
 */
export async function partnershipSnapshots(
	projectIds: string[],
	cache: SnapshotCache = snapshotCache()
): Promise<Map<string, PartnershipSnapshot>> {
	const { pools, comuni: territoryComuni, territories, relations, networkSizes } = cache;
	const records = await readTx(async (tx) => {
		const read = await tx.run(SNAPSHOT_QUERY, { projectIds });
		const records = read.records.map((r) => ({
			r,
			partners: (r.get('partners') as unknown[][]).map(rawPartner)
		}));
		const partners = records.flatMap((r) => r.partners);
		const comuni = [
			...new Set(records.flatMap(({ r }) => r.get('candidateComuni') as string[]))
		].filter((cid) => !pools.has(cid));
		const targeted = [
			...new Set(records.flatMap(({ r }) => r.get('territoryComuni') as string[]))
		].filter((cid) => !territoryComuni.has(cid));
		const places = new Map<string, { key: string; node: string; home: string | null }>();
		for (const p of partners)
			if (!territories.has(placeKey(p)))
				places.set(placeKey(p), { key: placeKey(p), node: p.node, home: p.home });
		const nodes = [...new Set(partners.map((p) => p.node))].filter((node) => !relations.has(node));
		// What the projects share that this run has not read yet, asked for together: one round trip
		// instead of five after the projects (a single scorecard paid each of them in turn).
		const demoSource = DEMO_SOURCE;
		await Promise.all([
			comuni.length &&
				tx.run(CANDIDATE_POOLS, { comuni }).then(({ records }) => {
					const read = new Map(comuni.map((cid) => [cid, [] as Candidate[]])); // a Comune with no actor too
					for (const r of records)
						// By name already: a project's candidates are then a merge of sorted runs.
						read.set(
							r.get('cid') as string,
							(r.get('pool') as unknown[][]).map(candidate).sort(byName)
						);
					for (const [cid, pool] of read) pools.set(cid, pool);
				}),
			targeted.length &&
				tx.run(TERRITORY_COMUNI, { comuni: targeted }).then(({ records }) => {
					for (const r of records)
						territoryComuni.set(r.get('cid') as string, r.get('comune') as TerritoryComune);
				}),
			places.size &&
				tx.run(PARTNER_TERRITORY, { places: [...places.values()] }).then(({ records }) => {
					for (const r of records)
						territories.set(r.get('key') as string, r.get('territory') as PartnerTerritory);
				}),
			nodes.length &&
				tx.run(PARTNER_RELATIONS, { nodes, demoSource }).then(({ records }) => {
					for (const r of records)
						relations.set(
							r.get('node') as string,
							partnerRelations(r.get('id') as string, r.get('relations'))
						);
				}),
			nodes.length &&
				tx
					.run(NETWORK_SIZES, { nodes, known: [...networkSizes.keys()], demoSource })
					.then(({ records }) => {
						for (const r of records)
							networkSizes.set(r.get('network') as string, r.get('size') as NetworkSize);
					})
		]);
		return records;
	});
	const snapshots = new Map<string, PartnershipSnapshot>();
	for (const row of records) {
		const { r } = row;
		const partnersRaw = row.partners;
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
			partners: partnersRaw.map((p) => {
				const { ambitoIds, atsIds, legalEntityId } = territories.get(placeKey(p))!;
				return snapshotPartner({
					actorId: p.actorId,
					name: p.name,
					kind: p.kind,
					role: p.role,
					seatComune: p.seatComune,
					ambitoIds: unique(ambitoIds),
					atsIds: unique(atsIds),
					declaredMembersJson: p.declaredMembersJson,
					legalEntityId
				});
			}),
			commitments,
			actions: (r.get('actions') as Parameters<typeof snapshotAction>[0][]).map(snapshotAction),
			territory: {
				comuni: [...new Set(r.get('territoryComuni') as string[])].map((cid) => ({
					...territoryComuni.get(cid)!
				})),
				ambiti: r.get('targetAmbiti')
			},
			...projectRelations(
				r.get('node') as string,
				r.get('demo') as boolean,
				partnersRaw,
				relations,
				networkSizes
			),
			candidates: pickCandidates(
				cache,
				r.get('candidateComuni') as string[],
				new Set(partnersRaw.map((p) => p.actorId)),
				r.get('demo') as boolean
			)
		});
	}
	return snapshots;
}

export async function partnershipSnapshot(projectId: string): Promise<PartnershipSnapshot | null> {
	return (await partnershipSnapshots([projectId])).get(projectId) ?? null;
}
