import type { PartnershipSnapshot } from '../../scoring';
import { IS_DEMO_RELATION } from '../network/demo/demo-source';

/**
 * A partnership's relations (earlier shared projects, declared collaborations, Accordi, networks,
 * ties outside it) are made of its partners' relations. The same ASSTs, Comuni and Ambiti are
 * partners in hundreds of projects, so each partner's relations are read once per scoring run (and
 * each network's size once) and every project's are put together here, with the rules the single
 * Cypher query had: a real project reads no demo node nor demo relation (issue 15), a demo project
 * reads everything.
 */

/** A survey's 1–5 rating; the stored value may be a description in words, which is not a rating. */
const SURVEY_VALUE = (v: string) =>
	`CASE WHEN toIntegerOrNull(${v}) >= 1 AND toIntegerOrNull(${v}) <= 5 THEN toIntegerOrNull(${v}) END`;
const DEMO_RELATION = (r: string) => `coalesce(${IS_DEMO_RELATION(r)}, false)`;
const FICTIONAL = (v: string) => `coalesce(${v}.fictional, false)`;

/**
 * Each partner's relations, unfiltered: which of them a project reads depends on the project. Rows
 * are lists, not maps: a regional ranking reads ~150,000 of them, and the driver decodes every key
 * of every map (partnerRelations makes the objects).
 */
export const PARTNER_RELATIONS = `
UNWIND $nodes AS node
MATCH (a:Actor) WHERE elementId(a) = node
RETURN node, a.id AS id, {
  projects: [(a)-[:PARTNER_IN]->(q:Project) | [elementId(q), q.start, q.end, ${FICTIONAL('q')}]],
  // The database keeps how close a collaboration is as its strength (1–5): the survey's level.
  declared: [(a)-[c:COLLABORATES_WITH]->(b:Actor) WHERE c.since IS NOT NULL | [elementId(b), ${DEMO_RELATION('c')},
    b.id, c.since, c.until, c.collaborationSource, c.strength, c.trust, ${SURVEY_VALUE('c.value')}]],
  ties: [(a)-[c:COLLABORATES_WITH]-(o:Actor) | [elementId(o), ${FICTIONAL('o')}, ${DEMO_RELATION('c')},
    o.id, o.kind, c.since, c.until]],
  memberships: [(a)-[m:MEMBER_OF]->(n:Network) | [elementId(n), n.id, n.name, ${FICTIONAL('n')},
    ${DEMO_RELATION('m')}, m.since, m.until]],
  agreements: [(a)-[:SIGNED|ADHERED]->(g:Agreement) | {agreement: elementId(g), fictional: ${FICTIONAL('g')},
    title: g.title, since: g.start, until: g.end}]
} AS relations`;

type Row = readonly unknown[];
interface RelationRows {
	projects: Row[];
	declared: Row[];
	ties: Row[];
	memberships: Row[];
	agreements: PartnerRelations['agreements'];
}

/**
 * A partner's relations from PARTNER_RELATIONS' lists (`id` is the partner's actor id). The objects
 * list their keys in the order Neo4j returned the maps this query returned before (see below).
 */
export function partnerRelations(id: string, rows: RelationRows): PartnerRelations {
	return {
		projects: rows.projects.map(([project, start, end, fictional]) => ({
			project: project as string,
			start: start as Dated,
			end: end as Dated,
			fictional: fictional as boolean
		})),
		declared: rows.declared.map(
			([other, demoRelation, b, since, until, source, strength, trust, value]) => ({
				other: other as string,
				demoRelation: demoRelation as boolean,
				collaboration: {
					trust,
					a: id,
					b,
					strength,
					level: strength,
					until,
					source,
					value,
					since
				} as Collaboration
			})
		),
		ties: rows.ties.map(
			([other, fictional, demoRelation, otherActorId, otherKind, since, until]) => {
				const tie = { otherKind, until, partnerId: id, otherActorId, since } as Tie;
				return {
					other: other as string,
					fictional: fictional as boolean,
					demoRelation: demoRelation as boolean,
					tie,
					key: JSON.stringify(tie)
				};
			}
		),
		memberships: rows.memberships.map(
			([network, networkId, name, fictional, demoRelation, since, until]) => ({
				network: network as string,
				id: networkId as string,
				name: name as string,
				fictional: fictional as boolean,
				demoRelation: demoRelation as boolean,
				membership: { actorId: id, until, since } as Membership
			})
		),
		agreements: rows.agreements
	};
}

/**
 * The size of each network the partners (`$nodes`) are members of and the run has not read yet
 * (`$known`): all its members (for a demo project) and the real ones by real memberships.
 */
export const NETWORK_SIZES = `
UNWIND $nodes AS node
MATCH (a:Actor)-[:MEMBER_OF]->(n:Network) WHERE elementId(a) = node
WITH DISTINCT n WHERE NOT elementId(n) IN $known
RETURN elementId(n) AS network, {all: count { (:Actor)-[:MEMBER_OF]->(n) },
  real: count { (x:Actor)-[m:MEMBER_OF]->(n) WHERE NOT ${FICTIONAL('x')} AND NOT ${DEMO_RELATION('m')} }} AS size`;

/*
 * The maps built here list their keys in the order Neo4j returned the same maps in (its own order,
 * not the literal's): a snapshot's fingerprint, stored with each evaluation, is the JSON of its
 * canonical form, so the same data must keep the same fingerprint.
 */
type Collaboration = PartnershipSnapshot['priorCollaborations'][number];
type Tie = PartnershipSnapshot['externalTies'][number];
type Network = PartnershipSnapshot['networks'][number];
type Membership = NonNullable<Network['memberships']>[number];
type Dated = Collaboration['since'] | null;

export interface PartnerRelations {
	projects: { project: string; start: Dated; end: Dated; fictional: boolean }[];
	declared: { other: string; demoRelation: boolean; collaboration: Collaboration }[];
	/** `key`: the tie as JSON, what tells two ties apart (written once per run, not per project). */
	ties: { other: string; fictional: boolean; demoRelation: boolean; tie: Tie; key: string }[];
	memberships: {
		network: string;
		id: string;
		name: string;
		fictional: boolean;
		demoRelation: boolean;
		membership: Membership;
	}[];
	agreements: {
		agreement: string;
		fictional: boolean;
		title: string | null;
		since: Dated;
		until: Dated;
	}[];
}
export interface NetworkSize {
	all: number;
	real: number;
}

/** A partner of the project: its id and its node, once per PARTNER_IN relation (as Cypher lists it). */
export interface PartnerNode {
	actorId: string;
	node: string;
}

export type ProjectRelations = Pick<
	PartnershipSnapshot,
	'priorCollaborations' | 'networks' | 'externalTies'
> &
	Required<Pick<PartnershipSnapshot, 'sharedHistory'>>;

/**
 * One project's relations from its partners' (`relations` holds every partner's): `project` is the
 * project's node, `demo` whether it is the demo's.
 */
export function projectRelations(
	project: string,
	demo: boolean,
	partnerNodes: PartnerNode[],
	relations: Map<string, PartnerRelations>,
	networkSizes: Map<string, NetworkSize>
): ProjectRelations {
	const real = (fictional: boolean) => demo || !fictional;
	const inside = new Set(partnerNodes.map((p) => p.node));
	// Distinct partners, in order, with how many times each is listed (a repeated row repeats its rows).
	const times = new Map<string, number>();
	for (const p of partnerNodes) times.set(p.node, (times.get(p.node) ?? 0) + 1);
	const distinct = [...times.keys()].map((node) => ({ node, relations: relations.get(node)! }));

	const priorCollaborations: Collaboration[] = [];
	for (const { node, relations: r } of distinct)
		for (const d of r.declared)
			if (inside.has(d.other) && (demo || !d.demoRelation))
				for (let k = 0; k < times.get(node)!; k++) priorCollaborations.push({ ...d.collaboration });
	priorCollaborations.push(...sharedProjects(project, demo, distinct, partnerNodes));

	const sharedHistory: ProjectRelations['sharedHistory'] = [];
	const agreements = new Map<
		string,
		{ g: PartnerRelations['agreements'][number]; ids: string[] }
	>();
	const networks = new Map<
		string,
		{ n: PartnerRelations['memberships'][number]; ms: Membership[] }
	>();
	const ties = new Map<string, Tie>();
	for (const p of partnerNodes) {
		const r = relations.get(p.node)!;
		for (const g of r.agreements)
			if (real(g.fictional)) {
				const entry = agreements.get(g.agreement) ?? { g, ids: [] };
				agreements.set(g.agreement, entry);
				if (!entry.ids.includes(p.actorId)) entry.ids.push(p.actorId);
			}
		for (const n of r.memberships)
			if (real(n.fictional) && (demo || !n.demoRelation)) {
				const entry = networks.get(n.network) ?? { n, ms: [] };
				networks.set(n.network, entry);
				entry.ms.push({ ...n.membership });
			}
		for (const t of r.ties)
			if (!inside.has(t.other) && real(t.fictional) && (demo || !t.demoRelation))
				ties.set(t.key, t.tie);
	}
	for (const { g, ids } of agreements.values())
		if (ids.length >= 2)
			sharedHistory.push({
				kind: 'accordo_di_programma',
				until: g.until,
				label: g.title,
				actorIds: ids,
				since: g.since
			});
	return {
		priorCollaborations,
		sharedHistory,
		networks: [...networks.values()].map(({ n, ms }) => {
			const memberActorIds = [...new Set(ms.map((m) => m.actorId))];
			const size = networkSizes.get(n.network)!;
			return {
				memberActorIds,
				name: n.name,
				id: n.id,
				externalMemberCount: (demo ? size.all : size.real) - memberActorIds.length,
				memberships: ms
			};
		}),
		externalTies: [...ties.values()].map((t) => ({ ...t }))
	};
}

/**
 * Earlier projects two partners were both in (started, and real for a real project): one row per
 * pair of PARTNER_IN relations, as the path match counted them.
 */
function sharedProjects(
	project: string,
	demo: boolean,
	distinct: { node: string; relations: PartnerRelations }[],
	partnerNodes: PartnerNode[]
): Collaboration[] {
	const idOf = new Map(partnerNodes.map((p) => [p.node, p.actorId]));
	const projectsOf = distinct.map(({ node, relations }) => ({
		id: idOf.get(node)!,
		byProject: startedProjects(relations, demo)
	}));
	const shared: Collaboration[] = [];
	for (const a of projectsOf)
		for (const b of projectsOf)
			if (a.id < b.id)
				for (const [q, { start, end, times }] of a.byProject) {
					if (q === project) continue;
					const other = b.byProject.get(q);
					for (let k = 0; other && k < times * other.times; k++)
						shared.push({
							a: a.id,
							b: b.id,
							strength: null,
							until: end,
							source: 'shared_project',
							since: start!
						});
				}
	return shared;
}

type StartedProjects = Map<string, { start: Dated; end: Dated; times: number }>;
const started = new WeakMap<PartnerRelations, { real?: StartedProjects; all?: StartedProjects }>();

/**
 * A partner's started projects (real ones only, unless `demo`), each with how many times it is
 * listed: the same for every project the partner is in, so made once per run and kept with its
 * relations (an ASST is a partner in hundreds of projects).
 */
function startedProjects(relations: PartnerRelations, demo: boolean): StartedProjects {
	const entry = started.get(relations) ?? {};
	started.set(relations, entry);
	const which = demo ? 'all' : 'real';
	let byProject = entry[which];
	if (!byProject) {
		byProject = new Map();
		for (const q of relations.projects)
			if (q.start != null && (demo || !q.fictional)) {
				const seen = byProject.get(q.project);
				if (seen) seen.times++;
				else byProject.set(q.project, { start: q.start, end: q.end, times: 1 });
			}
		entry[which] = byProject;
	}
	return byProject;
}
