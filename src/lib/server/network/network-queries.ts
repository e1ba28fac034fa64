import DataLoader from 'dataloader';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import {
	TERRITORIAL_KIND_IDS,
	type ActionRecord,
	type ActorKindId,
	type ActorRecord,
	type AgreementRecord,
	type CallRecord,
	type CollaborationRecord,
	type CommitmentRecord,
	type MembershipRecord,
	type NetworkRecord,
	type PartnershipRecord,
	type ProjectRecord,
	type Provenance,
	type SectorId
} from '../../domain';
import { foldText } from '../../text';
import { readTx } from '../db/driver';
import * as dossier from './project-dossier';

export type WithMeta<R> = R & { meta: Provenance };

const META = (v: string) =>
	`meta: {createdAt: toString(${v}.createdAt), createdBy: ${v}.createdBy, changedAt: toString(${v}.changedAt), changedBy: ${v}.changedBy, source: ${v}.source, version: coalesce(${v}.version, 0)}`;

/** Projections shared by every read, so an entity looks the same wherever it is returned. */
const ACTOR = (
	v: string
) => `{id: ${v}.id, name: ${v}.name, kind: ${v}.kind, sector: ${v}.sector, taxCode: ${v}.taxCode,
	seatIstat: coalesce(${v}.seatIstat, ${v}.istat), seatName: coalesce(head([(${v})-[:SEATED_IN]->(c:Comune) | c.name]), CASE WHEN ${v}:Comune THEN ${v}.name END),
	activeInAmbitoIds: [(${v})-[:ACTIVE_IN]->(x:Ambito) | x.id], tags: coalesce(${v}.tags, []),
	notes: ${v}.notes, fictional: coalesce(${v}.fictional, false), ${META(v)}}`;
const PROJECT = (
	v: string
) => `{id: ${v}.id, title: ${v}.title, callId: head([(${v})-[:IN_CALL]->(c:Call) | c.id]), start: ${v}.start, end: ${v}.end,
	triennio: ${v}.triennio, policyAreas: coalesce(${v}.policyAreas, []), budgetEur: ${v}.budgetEur,
	targetComuniIstat: [(${v})-[:TARGETS]->(c:Comune) | c.istat], targetAmbitoIds: [(${v})-[:TARGETS]->(x:Ambito) | x.id],
	status: ${v}.status, fictional: coalesce(${v}.fictional, false), ${dossier.projectDossierProjection(v)}, ${META(v)}}`;
const PARTNERSHIP = (
	r: string,
	a: string,
	p: string
) => `{id: ${r}.id, actorId: ${a}.id, projectId: ${p}.id, role: ${r}.role, since: ${r}.since,
	until: ${r}.until, commitmentsJson: ${r}.commitmentsJson, declaredMembersJson: ${r}.declaredMembersJson, ${META(r)}}`;
const ACTION = (
	x: string,
	p: string
) => `{id: ${x}.id, projectId: ${p}.id, title: ${x}.title, description: ${x}.description,
	responsibleActorIds: [(a:Actor)-[:RESPONSIBLE_FOR]->(${x}) | a.id], phases: ${x}.phases, ${META(x)}}`;
const NETWORK = (n: string) => `{id: ${n}.id, name: ${n}.name, description: ${n}.description,
	ambitoId: head([(${n})-[:FOR]->(x:Ambito) | x.id]), linkedNetworkIds: [(${n})-[:LINKED_TO]->(o:Network) | o.id], fictional: coalesce(${n}.fictional, false), ${META(n)}}`;
const MEMBERSHIP = (a: string, m: string, n: string) =>
	`{actorId: ${a}.id, networkId: ${n}.id, since: ${m}.since, until: ${m}.until, ${META(m)}}`;
const AGREEMENT = (
	g: string
) => `{id: ${g}.id, title: ${g}.title, ambitoId: head([(${g})-[:FOR]->(x:Ambito) | x.id]), start: ${g}.start, end: ${g}.end,
	signatoryActorIds: [(a:Actor)-[:SIGNED]->(${g}) | a.id], adherentActorIds: [(a:Actor)-[:ADHERED]->(${g}) | a.id],
	fictional: coalesce(${g}.fictional, false), ${META(g)}}`;
const COLLABORATION = (
	c: string,
	a: string,
	b: string
) => `{id: ${c}.id, actorAId: ${a}.id, actorBId: ${b}.id, since: ${c}.since, until: ${c}.until,
	strength: ${c}.strength, trust: ${c}.trust, value: ${c}.value, source: ${c}.collaborationSource, ${META(c)}}`;
const CALL = (c: string) =>
	`{id: ${c}.id, title: ${c}.title, issuer: ${c}.issuer, year: ${c}.year, fictional: coalesce(${c}.fictional, false), ${META(c)}}`;

export type ActorView = WithMeta<ActorRecord> & {
	sector: SectorId | null;
	seatName: string | null;
};
export type PartnershipView = WithMeta<PartnershipRecord>;

async function rows<T>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
	return readTx(async (tx: ManagedTransaction) =>
		(await tx.run(query, params)).records.map((r) => r.get('row') as T)
	);
}
const one = async <T>(query: string, params: Record<string, unknown>) =>
	(await rows<T>(query, params))[0] ?? null;

const parsePartnership = (
	row: Omit<PartnershipView, 'commitments'> & { commitmentsJson: string | null }
): PartnershipView => {
	const { commitmentsJson, ...rest } = row;
	return {
		...dossier.withDeclaredMembers(rest),
		commitments: JSON.parse(commitmentsJson ?? '[]') as CommitmentRecord[]
	};
};

export const getActors = (ids: string[]) =>
	rows<ActorView>(`UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN ${ACTOR('a')} AS row`, {
		ids
	});
/**
 * Lookups by id asked for in the same tick go to Neo4j as one query: a ranking's 3,000 rows each ask
 * for their project and its call, which were 6,000 transactions competing for the pool's 100
 * connections (the first regional ranking after a start failed on "connection acquisition timed
 * out"). Batching only: nothing is kept between ticks (`cache: false`), so no read is ever stale.
 */
function batchedById<T extends { id: string }>(label: string, projection: (v: string) => string) {
	const loader = new DataLoader<string, T | null>(
		async (ids) => {
			const found = await rows<T>(
				`UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN ${projection('n')} AS row`,
				{ ids: [...ids] }
			);
			const byId = new Map(found.map((row) => [row.id, row]));
			return ids.map((id) => byId.get(id) ?? null);
		},
		{ cache: false, maxBatchSize: 1000 }
	);
	return (id: string) => loader.load(id);
}

const loadCall = batchedById<WithMeta<CallRecord>>('Call', CALL);
const loadProject = batchedById<WithMeta<ProjectRecord>>('Project', PROJECT);
// A dossier's partners and the networks around it each asked for one by one.
export const getActor = batchedById<ActorView>('Actor', ACTOR);

export const getCall = (id: string) => loadCall(id);
/** A project's linked records, read with it (ProjectWithLinks). */
export interface ProjectLinks {
	call: WithMeta<CallRecord> | null;
	partnerships: Array<PartnershipView & { actor?: ActorView }>;
	actions: Array<WithMeta<ActionRecord> & { responsible: ActorView[] }>;
}
/** A project with its links: its GraphQL fields use them instead of reading them again. */
export type ProjectWithLinks = WithMeta<ProjectRecord> & { links?: ProjectLinks };

/**
 * A project with its call, partners and actions (and their actors), for a view kept for a data
 * version (the scorecard page's): read once there, its five reads are not repeated on every page.
 */
export async function projectWithLinks(
	id: string
): Promise<(NonNullable<Awaited<ReturnType<typeof getProject>>> & ProjectWithLinks) | null> {
	const [project, partnerships, actions] = await Promise.all([
		getProject(id),
		partnershipsOfProject(id),
		actionsOfProject(id)
	]);
	if (!project) return null;
	const actorIds = [
		...new Set([
			...partnerships.map((p) => p.actorId),
			...actions.flatMap((a) => a.responsibleActorIds)
		])
	];
	const [call, actors] = await Promise.all([
		project.callId ? getCall(project.callId) : null,
		actorIds.length ? getActors(actorIds) : []
	]);
	const byId = new Map(actors.map((a) => [a.id, a]));
	return {
		...project,
		links: {
			call,
			// An actor not found is left to the field, which says so as it always did.
			partnerships: partnerships.map((p) => ({ ...p, actor: byId.get(p.actorId) })),
			actions: actions.map((a) => ({
				...a,
				responsible: a.responsibleActorIds.flatMap((actorId) => byId.get(actorId) ?? [])
			}))
		}
	};
}

export const listCalls = () =>
	rows<WithMeta<CallRecord>>(
		`MATCH (c:Call) RETURN ${CALL('c')} AS row ORDER BY c.year DESC, c.title`
	);
export const getProject = async (id: string) => {
	const row = await loadProject(id);
	return row && dossier.withProjectDossier(row);
};
export const getAction = async (id: string) => {
	const row = await one<WithMeta<ActionRecord>>(
		`MATCH (x:Action {id: $id})-[:OF]->(p:Project) RETURN ${ACTION('x', 'p')} AS row`,
		{ id }
	);
	return row && dossier.withPhases(row);
};
export const actionsOfProject = async (projectId: string) =>
	(
		await rows<WithMeta<ActionRecord>>(
			`MATCH (x:Action)-[:OF]->(p:Project {id: $projectId}) RETURN ${ACTION('x', 'p')} AS row ORDER BY x.id`,
			{ projectId }
		)
	).map(dossier.withPhases);
export const getPartnership = async (id: string) => {
	const row = await one<Parameters<typeof parsePartnership>[0]>(
		`MATCH (a:Actor)-[r:PARTNER_IN {id: $id}]->(p:Project) RETURN ${PARTNERSHIP('r', 'a', 'p')} AS row`,
		{ id }
	);
	return row && parsePartnership(row);
};
export const partnershipsOfProject = async (projectId: string) =>
	(
		await rows<Parameters<typeof parsePartnership>[0]>(
			`MATCH (a:Actor)-[r:PARTNER_IN]->(p:Project {id: $projectId}) RETURN ${PARTNERSHIP('r', 'a', 'p')} AS row
			 ORDER BY CASE r.role WHEN 'capofila' THEN 0 WHEN 'partner' THEN 1 WHEN 'aderente' THEN 2 ELSE 3 END, a.name`,
			{ projectId }
		)
	).map(parsePartnership);
/** Newest first; undated projects last (DESC alone would put Cypher's nulls first). */
const PROJECT_ORDER = 'ORDER BY p.start IS NULL, p.start DESC, p.title, p.id';
export const partnershipsOfActor = async (actorId: string) =>
	(
		await rows<Parameters<typeof parsePartnership>[0]>(
			`MATCH (a:Actor {id: $actorId})-[r:PARTNER_IN]->(p:Project) RETURN ${PARTNERSHIP('r', 'a', 'p')} AS row ${PROJECT_ORDER}`,
			{ actorId }
		)
	).map(parsePartnership);
export const getNetwork = batchedById<WithMeta<NetworkRecord>>('Network', NETWORK);
export const listNetworks = () =>
	rows<WithMeta<NetworkRecord>>(`MATCH (n:Network) RETURN ${NETWORK('n')} AS row ORDER BY n.name`);
export const membershipsOfNetwork = (networkId: string) =>
	rows<WithMeta<MembershipRecord>>(
		`MATCH (a:Actor)-[m:MEMBER_OF]->(n:Network {id: $networkId}) RETURN ${MEMBERSHIP('a', 'm', 'n')} AS row ORDER BY a.name`,
		{ networkId }
	);
export const membershipsOfActor = (actorId: string) =>
	rows<WithMeta<MembershipRecord>>(
		`MATCH (a:Actor {id: $actorId})-[m:MEMBER_OF]->(n:Network) RETURN ${MEMBERSHIP('a', 'm', 'n')} AS row ORDER BY n.name`,
		{ actorId }
	);
export const getMembership = (actorId: string, networkId: string) =>
	one<WithMeta<MembershipRecord>>(
		`MATCH (a:Actor {id: $actorId})-[m:MEMBER_OF]->(n:Network {id: $networkId}) RETURN ${MEMBERSHIP('a', 'm', 'n')} AS row`,
		{ actorId, networkId }
	);
export const getAgreement = (id: string) =>
	one<WithMeta<AgreementRecord>>(`MATCH (g:Agreement {id: $id}) RETURN ${AGREEMENT('g')} AS row`, {
		id
	});
export const agreementsOfAmbito = (ambitoId: string) =>
	rows<WithMeta<AgreementRecord>>(
		`MATCH (g:Agreement)-[:FOR]->(:Ambito {id: $ambitoId}) RETURN ${AGREEMENT('g')} AS row ORDER BY g.start DESC`,
		{ ambitoId }
	);
export const getCollaboration = (id: string) =>
	one<WithMeta<CollaborationRecord>>(
		`MATCH (a:Actor)-[c:COLLABORATES_WITH {id: $id}]->(b:Actor) RETURN ${COLLABORATION('c', 'a', 'b')} AS row`,
		{ id }
	);
export const collaborationsOfActor = (actorId: string) =>
	rows<WithMeta<CollaborationRecord>>(
		`MATCH (a:Actor)-[c:COLLABORATES_WITH]->(b:Actor) WHERE a.id = $actorId OR b.id = $actorId
		 RETURN ${COLLABORATION('c', 'a', 'b')} AS row ORDER BY c.since`,
		{ actorId }
	);

export interface SharedProject {
	projectId: string;
	title: string;
	start: string | null;
	end: string | null;
	roleA: string;
	roleB: string;
}

/** Everything two actors did together: declared collaborations and projects they both partnered in. */
export async function collaborationHistory(actorAId: string, actorBId: string) {
	const collaborations = await rows<WithMeta<CollaborationRecord>>(
		`MATCH (a:Actor)-[c:COLLABORATES_WITH]-(b:Actor) WHERE a.id = $actorAId AND b.id = $actorBId
		 MATCH (x:Actor)-[c]->(y:Actor)
		 RETURN ${COLLABORATION('c', 'x', 'y')} AS row ORDER BY c.since`,
		{ actorAId, actorBId }
	);
	const sharedProjects = await rows<SharedProject>(
		`MATCH (a:Actor {id: $actorAId})-[ra:PARTNER_IN]->(p:Project)<-[rb:PARTNER_IN]-(b:Actor {id: $actorBId})
		 RETURN {projectId: p.id, title: p.title, start: p.start, end: p.end, roleA: ra.role, roleB: rb.role} AS row ORDER BY p.start`,
		{ actorAId, actorBId }
	);
	return { collaborations, sharedProjects };
}

export interface ActorFilter {
	search?: string | null;
	kinds?: ActorKindId[] | null;
	sectors?: SectorId[] | null;
	ambitoId?: string | null;
	includeTerritorial?: boolean | null;
}

/**
 * What people type before a Comune's name, which the Comune's stored name ("Crema") lacks:
 * "Comune di Crema" found nothing, and the dossier then offered to create a duplicate.
 */
const COMUNE_PREFIX = /^comune (?:di |d )?(?=\S)/;

/** Lucene query from free text: folded tokens (only [a-z0-9] remain, so nothing to escape), prefix or fuzzy. */
export function luceneQuery(search: string): string | null {
	const tokens = foldText(search).replace(COMUNE_PREFIX, '').split(' ').filter(Boolean).slice(0, 8);
	if (!tokens.length) return null;
	return tokens.map((t) => (t.length >= 4 ? `(${t}* OR ${t}~1)` : `${t}*`)).join(' AND ');
}

/**
 * From how many matches tied at the page's last score they are taken by walking the name index
 * rather than sorted: the walk reads index entries (about a tenth of the cost of reading and sorting
 * a name) until it has a page of them, so it wins when the ties are many, and at worst it reads the
 * region's ~37,000 names (about what sorting 3,000 ties costs).
 */
const TIES_FROM_INDEX = 1000;
/**
 * From how many matches an Ambito filter finds the Ambito's actors once (a few thousand relations of
 * its Comuni) rather than expanding each match's own relations (a handful each).
 */
const AMBITO_MEMBERS_FROM = 1000;

/** A page of actors: full-text ranked when searching, by name otherwise. Offset cursors. */
export async function searchActors(filter: ActorFilter, first: number, offset: number) {
	const lucene = filter.search ? luceneQuery(filter.search) : null;
	const params = {
		lucene,
		kinds: filter.kinds?.length ? filter.kinds : null,
		sectors: filter.sectors?.length ? filter.sectors : null,
		ambitoId: filter.ambitoId ?? null,
		territorial: filter.includeTerritorial ? [] : TERRITORIAL_KIND_IDS,
		// SKIP and LIMIT want integers; plain JS numbers travel as floats.
		skip: neo4j.int(offset),
		limit: neo4j.int(first + 1)
	};
	const source = lucene
		? `CALL db.index.fulltext.queryNodes('actor_name_search', $lucene) YIELD node AS a, score`
		: `MATCH (a:Actor) WITH x, comuni, a, 0.0 AS score`;
	// The Ambito and its Comuni are found once, and each match is checked with one expansion of its
	// own few relations: three EXISTS per match, each ending on a Comune or Ambito with thousands
	// of relations, made a search filtered by Ambito cost several times the same search unfiltered.
	const ambito = `OPTIONAL MATCH (x:Ambito {id: $ambitoId})
		WITH x, COLLECT { MATCH (c:Comune)-[:IN]->(x) RETURN c } AS comuni`;
	const where = `WHERE NOT a.kind IN $territorial
		AND ($kinds IS NULL OR a.kind IN $kinds)
		AND ($sectors IS NULL OR a.sector IN $sectors)`;
	// Under an Ambito, a few matches are each checked by their own relations; many ("coperativa"
	// finds 6,000) against the Ambito's actors, found once (see AMBITO_MEMBERS_FROM). Without one,
	// the matches skip this step.
	const inAmbito = !params.ambitoId
		? ''
		: `WITH x, comuni, collect(a) AS found, collect(score) AS foundScores
		 WITH x, comuni, found, foundScores, CASE WHEN x IS NOT NULL AND size(found) > $membersFrom THEN COLLECT {
		   UNWIND comuni AS c MATCH (c)<-[:SEATED_IN]-(m:Actor) RETURN m
		   UNION MATCH (m:Actor)-[:ACTIVE_IN|IN]->(x) RETURN m } END AS members
		 UNWIND range(0, size(found) - 1) AS i
		 WITH x, comuni, members, found[i] AS a, foundScores[i] AS score
		 WHERE a = x OR CASE WHEN members IS NULL
		   THEN EXISTS { (a)-[r:SEATED_IN|ACTIVE_IN|IN]->(y) WHERE CASE type(r) WHEN 'SEATED_IN' THEN y IN comuni ELSE y = x END }
		   ELSE a IN members END`;
	// One pass for the page and the total. Only matches scoring at least the page's last score (the
	// floor) can be on the page: those above it are fewer than a page and are sorted whole; those at
	// it (a common word ties thousands: "aps" 9,000) are taken in name order, from the name index
	// when they are many (see TIES_FROM_INDEX), instead of reading and sorting every tied name.
	const [result] = await rows<{ total: number; page: ActorView[] }>(
		`${ambito} ${source} ${where} ${inAmbito}
		 WITH collect(a) AS hits, collect(score) AS scores
		 WITH hits, scores, coalesce(head(COLLECT { UNWIND scores AS s
		   RETURN s ORDER BY s DESC SKIP $skip + $limit - 1 LIMIT 1 }), -1.0) AS floor
		 WITH size(hits) AS total,
		   [i IN range(0, size(hits) - 1) WHERE scores[i] > floor | {a: hits[i], score: scores[i]}] AS above,
		   [i IN range(0, size(hits) - 1) WHERE scores[i] = floor | hits[i]] AS tied
		 WITH total, tied, COLLECT { UNWIND above AS h WITH h.a AS a, h.score AS score
		   RETURN a ORDER BY score DESC, a.name, a.id } AS above
		 WITH total, above + CASE WHEN size(tied) <= $tiesFromIndex
		   THEN COLLECT { UNWIND tied AS a RETURN a ORDER BY a.name, a.id LIMIT $skip + $limit }
		   ELSE COLLECT { MATCH (a:Actor) USING INDEX a:Actor(name) WHERE a.name IS NOT NULL AND a IN tied
		     RETURN a ORDER BY a.name, a.id LIMIT $skip + $limit } END AS ordered
		 RETURN {total: total, page: [a IN ordered[$skip..$skip + $limit] | ${ACTOR('a')}]} AS row`,
		{
			...params,
			tiesFromIndex: neo4j.int(TIES_FROM_INDEX),
			membersFrom: neo4j.int(AMBITO_MEMBERS_FROM)
		}
	);
	const found = result?.page ?? [];
	return {
		items: found.slice(0, first),
		hasNextPage: found.length > first,
		total: result?.total ?? 0
	};
}

export interface ProjectFilter {
	callId?: string | null;
	ambitoId?: string | null;
	triennio?: string | null;
	actorId?: string | null;
	/** Words of the title (case-insensitive). */
	search?: string | null;
	status?: string | null;
}

/**
 * The filter's parameters and the MATCH…WHERE binding `p`, shared by the page and the list of ids.
 * With an Ambito, the match starts from it (the projects targeting it or one of its Comuni): tested
 * on every one of the region's 3,000 projects instead, the map page's list cost ~290 ms of Neo4j
 * per request (page and count), ~40 ms from the Ambito.
 */
function projectMatch(filter: ProjectFilter) {
	const params = {
		callId: filter.callId ?? null,
		ambitoId: filter.ambitoId ?? null,
		triennio: filter.triennio ?? null,
		actorId: filter.actorId ?? null,
		search: filter.search?.trim() ? filter.search.trim().toLowerCase() : null,
		status: filter.status ?? null
	};
	const start = params.ambitoId
		? `CALL { MATCH (p:Project)-[:TARGETS]->(:Ambito {id: $ambitoId}) RETURN p
			UNION MATCH (p:Project)-[:TARGETS]->(:Comune)-[:IN]->(:Ambito {id: $ambitoId}) RETURN p }
			WITH p`
		: 'MATCH (p:Project)';
	const match = `${start} WHERE ($callId IS NULL OR EXISTS { (p)-[:IN_CALL]->(:Call {id: $callId}) })
		AND ($triennio IS NULL OR p.triennio = $triennio)
		AND ($status IS NULL OR p.status = $status)
		AND ($search IS NULL OR toLower(p.title) CONTAINS $search)
		AND ($actorId IS NULL OR EXISTS { (:Actor {id: $actorId})-[:PARTNER_IN]->(p) })`;
	return { params, match };
}

/** One page and the total in one query (one pass over the filter's projects, not two). */
export async function listProjects(filter: ProjectFilter, first: number, offset: number) {
	const { match, params: filterParams } = projectMatch(filter);
	const params = { ...filterParams, skip: neo4j.int(offset), limit: neo4j.int(first + 1) };
	const result = await one<{ total: number; page: Array<WithMeta<ProjectRecord>> }>(
		`${match} WITH p ${PROJECT_ORDER} WITH collect(p) AS found
		 RETURN {total: size(found), page: [p IN found[$skip..$skip + $limit] | ${PROJECT('p')}]} AS row`,
		params
	);
	const found = (result?.page ?? []).map(dossier.withProjectDossier);
	return {
		items: found.slice(0, first),
		hasNextPage: found.length > first,
		total: result?.total ?? 0
	};
}

/**
 * The ids of every project the filter finds, in the list's order (scorecards and rankings): one
 * query (read page by page it was 15 sorts and 15 counts of the region's 3,000 projects).
 */
export async function allProjectIds(filter: ProjectFilter): Promise<string[]> {
	const { match, params } = projectMatch(filter);
	return rows<string>(`${match} WITH p ${PROJECT_ORDER} RETURN p.id AS row`, params);
}

/** Whether the network holds any project (the demo loads only into one without). */
export async function hasProjects(): Promise<boolean> {
	return readTx(async (tx) => {
		const r = await tx.run('MATCH (p:Project) RETURN count(p) > 0 AS any');
		return r.records[0]?.get('any') === true;
	});
}
