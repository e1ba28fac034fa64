// Writes an interchange document into the graph, in the caller's transaction: network CRUD, the
// JSON and spreadsheet imports and survey results all save through writeDocument.
import type { ManagedTransaction } from 'neo4j-driver';
import {
	sectorOfKind,
	type ActionRecord,
	type ActorRecord,
	type AgreementRecord,
	type CallRecord,
	type CommitmentRecord,
	type NetworkRecord,
	type ProjectRecord,
	type TramaDocument
} from '../../domain';
import type { WriteStamp } from '../db/driver';
import { declaredMembersJson, PROJECT_DOSSIER_SET, projectDossierRow } from './project-dossier';

const NODE_STAMP = `n.changedAt = datetime(), n.changedBy = $by, n.source = $source, n.version = coalesce(n.version, 0) + 1,
	n.createdAt = coalesce(n.createdAt, datetime()), n.createdBy = coalesce(n.createdBy, $by)`;
/** NODE_STAMP of a node or relation CREATEd by the same query: nothing stored to read back. */
const FRESH_STAMP = `n.changedAt = datetime(), n.changedBy = $by, n.source = $source, n.version = 1,
	n.createdAt = datetime(), n.createdBy = $by`;

/**
 * Rows per query. One UNWIND over a whole regional document (35k actors) made Neo4j plan Eager
 * operators and hold every row at once, and the app held a second copy of the document as
 * parameters; batches keep both small. Still one transaction: the caller's.
 */
export const WRITE_BATCH = 5000;

type Stamp = { by: string; source: string };

/**
 * The transaction's writes, sent without waiting for each to finish: Neo4j runs one while the app
 * builds and sends the next (Bolt answers in order, in the same transaction), so neither waits for
 * the other. At most PIPELINE_DEPTH writes are outstanding, which bounds the parameters the app
 * holds. Reads `drain` first; `drain` throws the first failure, the one that failed the transaction
 * (a unique constraint's, which the import reports as a conflict), not a later query's refusal.
 */
class WritePipeline {
	private readonly outstanding: Promise<void>[] = [];
	constructor(readonly tx: ManagedTransaction) {}

	async write(query: string, params: Record<string, unknown>): Promise<void> {
		const done = this.tx.run(query, params).then(() => undefined);
		done.catch(() => undefined); // thrown by drain or by the wait below, in order
		this.outstanding.push(done);
		if (this.outstanding.length >= PIPELINE_DEPTH) await this.outstanding.shift();
	}

	async drain(): Promise<void> {
		while (this.outstanding.length) await this.outstanding.shift();
	}
}

/** One write running in Neo4j, one on its way: the app's work hides behind Neo4j's. */
const PIPELINE_DEPTH = 2;

async function inBatches<T>(
	pipe: WritePipeline,
	query: string,
	items: readonly T[],
	toRow: (item: T) => unknown,
	params: Stamp
): Promise<void> {
	for (let i = 0; i < items.length; i += WRITE_BATCH)
		await pipe.write(query, { ...params, rows: items.slice(i, i + WRITE_BATCH).map(toRow) });
}

/** The last record of each id: a later row of the same id replaces an earlier one, as MERGE did. */
function lastById<R>(records: readonly R[], idOf: (r: R) => string): R[] {
	const byId = new Map<string, R>();
	for (const r of records) {
		const id = idOf(r);
		byId.delete(id); // keeps the order of the last occurrences
		byId.set(id, r);
	}
	return [...byId.values()];
}

/**
 * Which of each list of ids exist, by set-membership queries on indexed keys (see checkReferences).
 * All are asked at once, before the first write, so no write waits for a look-up (each kind's
 * look-up used to drain the write pipeline). A document's ids are created only by its own kind's
 * write: what existed before the first write is what each kind finds.
 */
async function existingIds<K extends string>(
	tx: ManagedTransaction,
	lookups: Record<K, { query: string; ids: readonly string[] }>
): Promise<Record<K, Set<string>>> {
	const asked = Object.entries<{ query: string; ids: readonly string[] }>(lookups).map(
		([key, { query, ids }]) => {
			const batches: Promise<string[]>[] = [];
			for (let i = 0; i < ids.length; i += WRITE_BATCH)
				batches.push(
					tx
						.run(query, { ids: ids.slice(i, i + WRITE_BATCH) })
						.then((result) => result.records.map((r) => r.get('id') as string))
				);
			return Promise.all(batches).then((found) => [key, new Set(found.flat())] as const);
		}
	);
	return Object.fromEntries(await Promise.all(asked)) as Record<K, Set<string>>;
}

const nodeIdsFound = (label: string) => `MATCH (n:${label}) WHERE n.id IN $ids RETURN n.id AS id`;
const relationIdsFound = (type: string) =>
	`MATCH ()-[r:${type}]->() WHERE r.id IN $ids RETURN r.id AS id`;

/**
 * Where a relation points or starts: a node `v` found by a unique key `key` (an expression of the
 * row). Labels are fixed here, never input.
 */
// Actors are sought through the index of their id, always. A planner short of time (a busy or freshly
// started Neo4j) planned the Ambito side as a scan of that index for every row: 125 million index
// entries and two minutes for the regional document's 3,367 ACTIVE_IN pairs, instead of 0.1 s.
const MATCH_BY_KEY = {
	Actor: (v: string, key: string) =>
		`MATCH (${v}:Actor {id: ${key}}) USING INDEX SEEK ${v}:Actor(id)`,
	// Ambiti are Actor nodes: matched through the Actor id constraint, not by scanning the label.
	Ambito: (v: string, key: string) =>
		`MATCH (${v}:Actor {id: ${key}}) USING INDEX SEEK ${v}:Actor(id) WHERE ${v}:Ambito`,
	Comune: (v: string, key: string) => `MATCH (${v}:Comune {istat: ${key}})`,
	Call: (v: string, key: string) => `MATCH (${v}:Call {id: ${key}})`,
	Project: (v: string, key: string) => `MATCH (${v}:Project {id: ${key}})`,
	Network: (v: string, key: string) => `MATCH (${v}:Network {id: ${key}})`,
	Action: (v: string, key: string) => `MATCH (${v}:Action {id: ${key}})`,
	Agreement: (v: string, key: string) => `MATCH (${v}:Agreement {id: ${key}})`
} as const;

type KeyedLabel = keyof typeof MATCH_BY_KEY;

/**
 * Relations between pairs of nodes found by their unique keys, one row `r` a pair: `write` creates
 * (or merges) the relation from `a`, matched on `r.from`, to `b`, matched on `r.to`, and may SET
 * it as `n`. Every relation of the document is written so, in batches.
 */
function writePairs<T>(
	pipe: WritePipeline,
	pair: { from: KeyedLabel; to: KeyedLabel; write: string },
	rows: readonly T[],
	toRow: (item: T) => { from: string; to: string },
	params: Stamp
): Promise<void> {
	return inBatches(
		pipe,
		`UNWIND $rows AS r ${MATCH_BY_KEY[pair.from]('a', 'r.from')} ${MATCH_BY_KEY[pair.to]('b', 'r.to')}
		 ${pair.write}`,
		rows,
		toRow,
		params
	);
}

/** A relation a node owns: replaced with the node (seat, targets, responsible actors, links…). */
interface Owned<R> {
	type: string;
	/** The relation points at the node (an actor RESPONSIBLE_FOR an action) rather than from it. */
	incoming?: boolean;
	target: KeyedLabel;
	ids: (r: R) => ReadonlyArray<string | null | undefined>;
}

interface NodeKind<R extends { id: string }> {
	label: 'Actor' | 'Call' | 'Project' | 'Action' | 'Network' | 'Agreement';
	/** SET items from row `r` onto node `n`. */
	set: string;
	row: (r: R) => Record<string, unknown>;
	owned: Owned<R>[];
}

const kind = <R extends { id: string }>(k: NodeKind<R>) => k;

const NODE_KINDS = {
	actors: kind<ActorRecord>({
		label: 'Actor',
		set: `n.name = r.name, n.kind = r.kind, n.sector = r.sector, n.taxCode = r.taxCode,
		  n.seatIstat = r.seatIstat, n.tags = r.tags, n.notes = r.notes, n.fictional = r.fictional`,
		row: (a) => ({ ...a, sector: sectorOfKind(a.kind) }),
		owned: [
			{ type: 'SEATED_IN', target: 'Comune', ids: (a) => [a.seatIstat] },
			{ type: 'ACTIVE_IN', target: 'Ambito', ids: (a) => a.activeInAmbitoIds }
		]
	}),
	calls: kind<CallRecord>({
		label: 'Call',
		set: 'n.title = r.title, n.issuer = r.issuer, n.year = r.year, n.fictional = r.fictional',
		row: (c) => ({ ...c }),
		owned: []
	}),
	projects: kind<ProjectRecord>({
		label: 'Project',
		set: `n.title = r.title, n.start = r.start, n.end = r.end, n.triennio = r.triennio, n.policyAreas = r.policyAreas,
		  n.budgetEur = r.budgetEur, n.status = r.status, n.fictional = r.fictional, ${PROJECT_DOSSIER_SET}`,
		row: (x) => ({ ...x, ...projectDossierRow(x) }),
		owned: [
			{ type: 'IN_CALL', target: 'Call', ids: (x) => [x.callId] },
			{ type: 'TARGETS', target: 'Comune', ids: (x) => x.targetComuniIstat },
			{ type: 'TARGETS', target: 'Ambito', ids: (x) => x.targetAmbitoIds }
		]
	}),
	actions: kind<ActionRecord>({
		label: 'Action',
		set: `n.title = r.title, n.description = r.description,
		  n.phases = CASE WHEN r.keepPhases THEN n.phases ELSE r.phases END`,
		// Phases left out (undefined) are kept as stored, as the project's dossier is.
		row: (a) => ({ ...a, keepPhases: a.phases === undefined, phases: a.phases ?? null }),
		owned: [
			{ type: 'OF', target: 'Project', ids: (a) => [a.projectId] },
			{
				type: 'RESPONSIBLE_FOR',
				incoming: true,
				target: 'Actor',
				ids: (a) => a.responsibleActorIds
			}
		]
	}),
	networks: kind<NetworkRecord>({
		label: 'Network',
		set: 'n.name = r.name, n.description = r.description, n.fictional = r.fictional',
		row: (x) => ({ ...x }),
		owned: [
			{ type: 'FOR', target: 'Ambito', ids: (x) => [x.ambitoId] },
			{ type: 'LINKED_TO', target: 'Network', ids: (x) => x.linkedNetworkIds }
		]
	}),
	agreements: kind<AgreementRecord>({
		label: 'Agreement',
		set: 'n.title = r.title, n.start = r.start, n.end = r.end, n.fictional = r.fictional',
		row: (g) => ({ ...g }),
		owned: [
			{ type: 'FOR', target: 'Ambito', ids: (g) => [g.ambitoId] },
			{ type: 'SIGNED', incoming: true, target: 'Actor', ids: (g) => g.signatoryActorIds },
			{ type: 'ADHERED', incoming: true, target: 'Actor', ids: (g) => g.adherentActorIds }
		]
	})
};

/**
 * Creates or replaces the nodes of one kind: new ids are CREATEd, existing ones updated and their
 * owned relations deleted; then every owned relation is created from (node id, target key) pairs.
 * Flat queries, each on a unique key, so Neo4j plans no Eager and no per-row subquery.
 * `rows` have distinct ids, `existing` says which were in the graph. Returns the ids that were new.
 */
async function writeNodes<R extends { id: string }>(
	pipe: WritePipeline,
	k: NodeKind<R>,
	rows: readonly R[],
	existing: Set<string>,
	params: Stamp
): Promise<Set<string>> {
	const fresh = rows.filter((r) => !existing.has(r.id));
	const old = rows.filter((r) => existing.has(r.id));
	await inBatches(
		pipe,
		`UNWIND $rows AS r CREATE (n:${k.label} {id: r.id}) SET ${k.set}, ${FRESH_STAMP}`,
		fresh,
		k.row,
		params
	);
	if (old.length) {
		await inBatches(
			pipe,
			`UNWIND $rows AS r MATCH (n:${k.label} {id: r.id}) SET ${k.set}, ${NODE_STAMP}`,
			old,
			k.row,
			params
		);
		for (const incoming of [false, true]) {
			const types = [
				...new Set(k.owned.filter((o) => !!o.incoming === incoming).map((o) => o.type))
			];
			if (!types.length) continue;
			const rel = `-[old:${types.join('|')}]-`;
			await inBatches(
				pipe,
				`UNWIND $rows AS id MATCH (n:${k.label} {id: id})${incoming ? `<${rel}` : `${rel}>`}() DELETE old`,
				old,
				(r) => r.id,
				params
			);
		}
	}
	for (const o of k.owned) {
		// Distinct pairs: a list naming a target twice makes one relation, as MERGE did.
		const pairs = new Map<string, { from: string; to: string }>();
		for (const r of rows)
			for (const to of o.ids(r)) if (to) pairs.set(`${r.id}\u0000${to}`, { from: r.id, to });
		const edge = o.incoming ? `(b)-[:${o.type}]->(a)` : `(a)-[:${o.type}]->(b)`;
		await writePairs(
			pipe,
			{ from: k.label, to: o.target, write: `CREATE ${edge}` },
			[...pairs.values()],
			(p) => p,
			params
		);
	}
	return new Set(fresh.map((r) => r.id));
}

function commitmentTotals(commitments: CommitmentRecord[]) {
	let publicEur = 0;
	let privateEur = 0;
	for (const c of commitments) {
		if (c.valueEur === null) continue;
		if (c.source === 'public') publicEur += c.valueEur;
		else privateEur += c.valueEur;
	}
	return { publicEur, privateEur };
}

/**
 * Writes (creates or replaces by id) every entity of the document, in the caller's transaction.
 * Relations owned by an entity (seat, targets, responsible actors, links, signatories) are replaced.
 */
export async function writeDocument(
	tx: ManagedTransaction,
	doc: TramaDocument,
	stamp: WriteStamp
): Promise<void> {
	const p = { by: stamp.by, source: stamp.source };
	const distinct = <R extends { id: string }>(records: readonly R[]) =>
		lastById(records, (r) => r.id);
	const actors = distinct(doc.actors);
	const calls = distinct(doc.calls);
	const projects = distinct(doc.projects);
	const actions = distinct(doc.actions);
	const partnerships = distinct(doc.partnerships);
	const networks = distinct(doc.networks);
	const agreements = distinct(doc.agreements);
	const collaborations = distinct(doc.collaborations);
	const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);
	const existing = await existingIds(tx, {
		actors: { query: nodeIdsFound('Actor'), ids: ids(actors) },
		calls: { query: nodeIdsFound('Call'), ids: ids(calls) },
		projects: { query: nodeIdsFound('Project'), ids: ids(projects) },
		actions: { query: nodeIdsFound('Action'), ids: ids(actions) },
		partnerships: { query: relationIdsFound('PARTNER_IN'), ids: ids(partnerships) },
		networks: { query: nodeIdsFound('Network'), ids: ids(networks) },
		agreements: { query: nodeIdsFound('Agreement'), ids: ids(agreements) },
		collaborations: { query: relationIdsFound('COLLABORATES_WITH'), ids: ids(collaborations) }
	});
	const pipe = new WritePipeline(tx);
	const newActors = await writeNodes(pipe, NODE_KINDS.actors, actors, existing.actors, p);
	await writeNodes(pipe, NODE_KINDS.calls, calls, existing.calls, p);
	await writeNodes(pipe, NODE_KINDS.projects, projects, existing.projects, p);
	await writeNodes(pipe, NODE_KINDS.actions, actions, existing.actions, p);
	await replaceRelationships(
		pipe,
		{ type: 'PARTNER_IN', toLabel: 'Project', rows: partnerships, existing: existing.partnerships },
		p,
		(r) => ({
			id: r.id,
			from: r.actorId,
			to: r.projectId,
			keep: r.declaredMembers === undefined ? ['declaredMembersJson'] : [],
			props: {
				declaredMembersJson: declaredMembersJson(r),
				role: r.role,
				since: r.since,
				until: r.until,
				notes: r.notes ?? null,
				commitmentsJson: JSON.stringify(r.commitments),
				...((t) => ({ valuePublicEur: t.publicEur, valuePrivateEur: t.privateEur }))(
					commitmentTotals(r.commitments)
				)
			}
		})
	);
	const newNetworks = await writeNodes(pipe, NODE_KINDS.networks, networks, existing.networks, p);
	if (doc.memberships.length) {
		// A membership of an actor or a network created just now cannot exist yet: created, not merged.
		const members = lastById(doc.memberships, (m) => `${m.actorId}|${m.networkId}`);
		const isNew = (m: (typeof members)[number]) =>
			newActors.has(m.actorId) || newNetworks.has(m.networkId);
		const write = (verb: 'CREATE' | 'MERGE', stamp: string) => ({
			from: 'Actor' as const,
			to: 'Network' as const,
			write: `${verb} (a)-[n:MEMBER_OF]->(b) SET n.since = r.since, n.until = r.until, ${stamp}`
		});
		const row = (m: (typeof members)[number]) => ({
			from: m.actorId,
			to: m.networkId,
			since: m.since,
			until: m.until
		});
		await writePairs(pipe, write('CREATE', FRESH_STAMP), members.filter(isNew), row, p);
		await writePairs(
			pipe,
			write('MERGE', NODE_STAMP),
			members.filter((m) => !isNew(m)),
			row,
			p
		);
	}
	await writeNodes(pipe, NODE_KINDS.agreements, agreements, existing.agreements, p);
	await replaceRelationships(
		pipe,
		{
			type: 'COLLABORATES_WITH',
			toLabel: 'Actor',
			rows: collaborations,
			existing: existing.collaborations
		},
		p,
		(c) => ({
			id: c.id,
			from: c.actorAId,
			to: c.actorBId,
			props: {
				since: c.since,
				until: c.until,
				strength: c.strength,
				trust: c.trust,
				value: c.value,
				collaborationSource: c.source
			}
		})
	);
	await pipe.drain();
}

type RelationshipType = 'PARTNER_IN' | 'COLLABORATES_WITH';

/** What a row that leaves declaredMembersJson out (`keep`) stores: the relation's own, read before the SET. */
const KEPT_MEMBERS = `CASE WHEN 'declaredMembersJson' IN coalesce(r.keep, []) THEN oldMembers ELSE n.declaredMembersJson END`;

interface RelationshipRow {
	id: string;
	from: string;
	to: string;
	props: Record<string, unknown>;
	/** Props the row leaves out and the relation keeps (only declaredMembersJson so far). */
	keep?: string[];
}

/**
 * Relations with an identity of their own (a partnership, a collaboration), from an Actor: new ids
 * are created, existing ones replaced by id, keeping creation provenance and bumping the version.
 * Labels and type come from this module, never from input.
 */
async function replaceRelationships<R extends { id: string }>(
	pipe: WritePipeline,
	{
		type,
		toLabel,
		rows,
		existing
	}: {
		type: RelationshipType;
		toLabel: 'Project' | 'Actor';
		/** Distinct ids; `existing` says which were in the graph. */
		rows: readonly R[];
		existing: Set<string>;
	},
	stamp: Stamp,
	toRow: (r: R) => RelationshipRow
): Promise<void> {
	if (!rows.length) return;
	// Each property SET by name, not `n += r.props`: the map made Neo4j plan two Eager operators
	// (holding every row of the batch) for fear the map read what the query writes.
	const propsSet = Object.keys(toRow(rows[0]!).props)
		.map((key) => `n.${key} = r.props.${key}`)
		.join(', ');
	await writePairs(
		pipe,
		{
			from: 'Actor',
			to: toLabel,
			write: `CREATE (a)-[n:${type}]->(b) SET ${propsSet}, n.id = r.id, ${FRESH_STAMP}`
		},
		rows.filter((r) => !existing.has(r.id)),
		(r) => {
			// A new relation has nothing to keep: what the row leaves out stays absent.
			const row = toRow(r);
			const props = { ...row.props };
			for (const key of row.keep ?? []) delete props[key];
			return { id: row.id, from: row.from, to: row.to, props };
		},
		stamp
	);
	// An existing relation is updated in place while its two ends stay; only one that moves to
	// another actor or project is deleted and created anew. Replacing every one left a moment, while
	// the commit was applied, in which a concurrent look-up by id found neither the old relation nor
	// the new: 1 read in 100 during back-to-back updates, and a racing update answered NOT_FOUND.
	await inBatches(
		pipe,
		`UNWIND $rows AS r
		 OPTIONAL MATCH (oldFrom)-[old:${type} {id: r.id}]->(oldTo)
		 WITH r, old, old.declaredMembersJson AS oldMembers,
		   old IS NOT NULL AND oldFrom.id = r.from AND oldTo.id = r.to AS inPlace
		 CALL (r, old, oldMembers, inPlace) {
		   WITH r, old AS n, oldMembers WHERE inPlace
		   SET n += r.props, n.declaredMembersJson = ${KEPT_MEMBERS}, ${NODE_STAMP}
		 }
		 CALL (r, old, oldMembers, inPlace) {
		   WITH r, old, oldMembers WHERE NOT inPlace
		   WITH r, old, oldMembers, coalesce(old.version, 0) AS version, old.createdAt AS createdAt,
		     old.createdBy AS createdBy
		   CALL (old) { WITH old WHERE old IS NOT NULL DELETE old }
		   WITH r, oldMembers, version, createdAt, createdBy
		   MATCH (a:Actor {id: r.from}), (b:${toLabel} {id: r.to})
		   CREATE (a)-[n:${type}]->(b)
		   SET n += r.props, n.id = r.id, n.declaredMembersJson = ${KEPT_MEMBERS}, n.version = version + 1,
		     n.createdAt = coalesce(createdAt, datetime()), n.createdBy = coalesce(createdBy, $by),
		     n.changedAt = datetime(), n.changedBy = $by, n.source = $source
		 }`,
		rows.filter((r) => existing.has(r.id)),
		toRow,
		stamp
	);
}
