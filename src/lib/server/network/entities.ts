import type { ManagedTransaction } from 'neo4j-driver';
import { emptyDocument, TERRITORIAL_KIND_IDS, type TramaDocument } from '../../domain';
import {
	validateAction,
	validateActor,
	validateAgreement,
	validateCall,
	validateCollaboration,
	validateMembership,
	validateNetwork,
	validatePartnership,
	validateProject,
	type Problem
} from '../../domain/validation';
import { AppError, badInput, conflict, notFound } from '../errors';
import { checkReferences, writeDocument } from './document-queries';
import { lockedVersion, writeTx, type WriteStamp } from '../db/driver';

/** What the network's entities have in common: where they live in a document, how they are found. */
/** The record type a document holds under `key` (the registry below types each entity by it). */
type DocumentRecord<K extends keyof Omit<TramaDocument, 'format'>> = TramaDocument[K][number];

interface EntityDefinition<R> {
	/** Its Italian name, in messages. */
	name: string;
	documentKey: keyof Omit<TramaDocument, 'format'>;
	validate: (record: R, prefix: string) => Problem[];
	/** Cypher pattern binding `n` to the entity with id $id (relations are matched by their id too). */
	match: string;
	/** The prefix of new ids ("act-…"); null: identified by what it links (a membership). */
	idPrefix: string | null;
	/** A relation between two nodes, deleted alone; a node is deleted with its relations. */
	relationship: boolean;
	/** Run in the delete's transaction before the entity goes: a refusal, or what only it owns. */
	onDelete?: (tx: ManagedTransaction, id: string) => Promise<void>;
	/** The id an entity is saved and found under. */
	idOf: (record: R) => string;
	/** The parameters of `match` for an id. */
	matchParams: (id: string) => Record<string, unknown>;
}

const define = <R>(d: EntityDefinition<R>) => d;
const byId = (r: { id: string }) => r.id;
const idParam = (id: string) => ({ id });
/** A node entity with its own id. */
const node = <R extends { id: string }>(
	label: string,
	d: Pick<EntityDefinition<R>, 'name' | 'documentKey' | 'validate' | 'idPrefix' | 'onDelete'>
): EntityDefinition<R> => ({
	...d,
	match: `MATCH (n:${label} {id: $id})`,
	relationship: false,
	idOf: byId,
	matchParams: idParam
});
/** A relation entity with its own id. */
const relation = <R extends { id: string }>(
	type: string,
	d: Pick<EntityDefinition<R>, 'name' | 'documentKey' | 'validate' | 'idPrefix'>
): EntityDefinition<R> => ({
	...d,
	match: `MATCH ()-[n:${type} {id: $id}]->()`,
	relationship: true,
	idOf: byId,
	matchParams: idParam
});

/** Territorial bodies (Comuni, Ambiti, ATS…) are reference data: never deleted through the API. */
async function refuseTerritorial(tx: ManagedTransaction, id: string): Promise<void> {
	const r = await tx.run('MATCH (n:Actor {id: $id}) RETURN n.kind IN $territorial AS territorial', {
		id,
		territorial: TERRITORIAL_KIND_IDS
	});
	if (r.records[0]?.get('territorial') === true)
		throw new AppError(
			'FORBIDDEN',
			'Gli enti territoriali sono dati di riferimento / territorial bodies are reference data'
		);
}

/**
 * The network's entities, one definition each: the GraphQL CRUD mutations and their authorization
 * rules are generated from this list (entity-fields.ts, rules.ts).
 */
export const ENTITIES = {
	Actor: node<DocumentRecord<'actors'>>('Actor', {
		name: 'Ente',
		documentKey: 'actors',
		validate: validateActor,
		idPrefix: 'act',
		onDelete: refuseTerritorial
	}),
	Call: node<DocumentRecord<'calls'>>('Call', {
		name: 'Bando',
		documentKey: 'calls',
		validate: validateCall,
		idPrefix: 'call'
	}),
	Project: node<DocumentRecord<'projects'>>('Project', {
		name: 'Progetto',
		documentKey: 'projects',
		validate: validateProject,
		idPrefix: 'prj',
		// A project's actions are its own: they go with it.
		onDelete: async (tx, id) => {
			await tx.run('MATCH (x:Action)-[:OF]->(:Project {id: $id}) DETACH DELETE x', { id });
		}
	}),
	Action: node<DocumentRecord<'actions'>>('Action', {
		name: 'Azione',
		documentKey: 'actions',
		validate: validateAction,
		idPrefix: 'azn'
	}),
	Partnership: relation<DocumentRecord<'partnerships'>>('PARTNER_IN', {
		name: 'Partenariato',
		documentKey: 'partnerships',
		validate: validatePartnership,
		idPrefix: 'ptn'
	}),
	Network: node<DocumentRecord<'networks'>>('Network', {
		name: 'Rete',
		documentKey: 'networks',
		validate: validateNetwork,
		idPrefix: 'net'
	}),
	Membership: define<DocumentRecord<'memberships'>>({
		name: 'Appartenenza',
		documentKey: 'memberships',
		validate: validateMembership,
		match: 'MATCH (:Actor {id: $actorId})-[n:MEMBER_OF]->(:Network {id: $networkId})',
		idPrefix: null,
		relationship: true,
		idOf: (r) => `${r.actorId}|${r.networkId}`,
		matchParams: (id) => {
			const [actorId, networkId] = id.split('|');
			return { actorId, networkId };
		}
	}),
	Agreement: node<DocumentRecord<'agreements'>>('Agreement', {
		name: 'Accordo',
		documentKey: 'agreements',
		validate: validateAgreement,
		idPrefix: 'adp'
	}),
	Collaboration: relation<DocumentRecord<'collaborations'>>('COLLABORATES_WITH', {
		name: 'Collaborazione',
		documentKey: 'collaborations',
		validate: validateCollaboration,
		idPrefix: 'col'
	})
} as const;

export type EntityKind = keyof typeof ENTITIES;
export type RecordOf<K extends EntityKind> =
	(typeof ENTITIES)[K] extends EntityDefinition<infer R> ? R : never;
/** The entities placed in Ambiti by themselves (a membership is its network's). */
export type PlacedKind = Exclude<EntityKind, 'Membership'>;
export const PLACED_KINDS = (Object.keys(ENTITIES) as EntityKind[]).filter(
	(k): k is PlacedKind => k !== 'Membership'
);

const matchParams = (kind: EntityKind, id: string) => ENTITIES[kind].matchParams(id);

async function currentVersion(
	tx: ManagedTransaction,
	kind: EntityKind,
	id: string
): Promise<number | null> {
	const result = await tx.run(
		`${ENTITIES[kind].match} RETURN n.version AS version`,
		matchParams(kind, id)
	);
	const record = result.records[0];
	return record ? ((record.get('version') as number | null) ?? 0) : null;
}

export type SaveMode = { create: true } | { create: false; expectedVersion: number };

/**
 * Creates of one kind wait for each other from here to their commit, so that the check "this id is
 * free" and the write are one step (nothing else can lock an entity that does not exist yet).
 * Kinds are locked in one order, so two multi-kind creates cannot deadlock.
 */
async function lockCreation(tx: ManagedTransaction, kinds: readonly EntityKind[]): Promise<void> {
	for (const kind of [...new Set(kinds)].sort())
		await tx.run('MERGE (l:CreateLock {kind: $kind}) SET l.at = timestamp()', { kind });
}

/**
 * Creates or updates one entity in one transaction: validation, existence and version checks,
 * references, write. Returns the new version.
 */
export async function saveEntity<K extends EntityKind>(
	kind: K,
	record: RecordOf<K>,
	mode: SaveMode,
	stamp: WriteStamp
): Promise<number> {
	const def = ENTITIES[kind] as unknown as EntityDefinition<RecordOf<K>>;
	const problems = def.validate(record, 'input');
	if (problems.length) throw badInput(problems);
	const id = def.idOf(record);
	return writeTx(async (tx) => {
		// The version is checked under a write lock: the check and the write are one step.
		if (mode.create) await lockCreation(tx, [kind]);
		const version = mode.create
			? await currentVersion(tx, kind, id)
			: await lockedVersion(tx, ENTITIES[kind].match, matchParams(kind, id));
		if (mode.create && version !== null)
			throw new AppError('CONFLICT', `${def.name} "${id}" esiste già / already exists`, [
				{ field: 'input.id', message: 'già in uso / already taken' }
			]);
		if (!mode.create) {
			if (version === null) throw notFound(def.name, id);
			if (version !== mode.expectedVersion)
				throw conflict(def.name, id, mode.expectedVersion, version);
		}
		const doc = emptyDocument();
		(doc[def.documentKey] as unknown[]).push(record);
		const refProblems = await checkReferences(tx, doc);
		if (refProblems.length)
			throw badInput(
				refProblems.map((p) => ({ ...p, field: p.field.replace(/^\w+\[0\]/, 'input') }))
			);
		await writeDocument(tx, doc, stamp);
		return (await currentVersion(tx, kind, id)) ?? 0;
	});
}

/**
 * Creates several new entities in one transaction (the dossier's new partner: the actor and its
 * partnership): each validated under its own field prefix, none may exist yet, all or none written.
 */
export async function createEntities(
	entries: ReadonlyArray<{ kind: EntityKind; record: object; prefix: string }>,
	stamp: WriteStamp
): Promise<void> {
	const problems = entries.flatMap(({ kind, record, prefix }) =>
		(ENTITIES[kind] as unknown as EntityDefinition<object>).validate(record, prefix)
	);
	if (problems.length) throw badInput(problems);
	await writeTx(async (tx) => {
		await lockCreation(
			tx,
			entries.map((e) => e.kind)
		);
		const doc = emptyDocument();
		const prefixOf = new Map<string, string>();
		for (const { kind, record, prefix } of entries) {
			const def = ENTITIES[kind] as unknown as EntityDefinition<object>;
			const id = def.idOf(record);
			if ((await currentVersion(tx, kind, id)) !== null)
				throw new AppError('CONFLICT', `${def.name} "${id}" esiste già / already exists`, [
					{ field: `${prefix}.id`, message: 'già in uso / already taken' }
				]);
			const list = doc[def.documentKey] as unknown[];
			prefixOf.set(`${def.documentKey}[${list.length}]`, prefix);
			list.push(record);
		}
		const refProblems = await checkReferences(tx, doc);
		if (refProblems.length)
			throw badInput(
				refProblems.map((p) => ({
					...p,
					field: p.field.replace(/^\w+\[\d+\]/, (at) => prefixOf.get(at) ?? at)
				}))
			);
		await writeDocument(tx, doc, stamp);
	});
}

/** Deletes one entity and what only it owns (a project's actions). Territorial bodies are never deleted. */
export async function deleteEntity(kind: EntityKind, id: string): Promise<void> {
	const def = ENTITIES[kind];
	await writeTx(async (tx) => {
		if ((await currentVersion(tx, kind, id)) === null) throw notFound(def.name, id);
		await def.onDelete?.(tx, id);
		await tx.run(
			`${def.match} ${def.relationship ? 'DELETE n' : 'DETACH DELETE n'}`,
			def.matchParams(id)
		);
	});
}

export interface ImportSummary {
	counts: Record<string, number>;
}

/**
 * Writes a whole document as one transaction: every reference checked first, all or nothing.
 * `hooks` run in the same transaction: `before` ahead of everything (a workshop claims its commit,
 * so that a second commit queues on it and is told so), `after` once the document is written (the
 * workshop's record of it).
 */
export async function importDocument(
	doc: TramaDocument,
	stamp: WriteStamp,
	validate: (d: TramaDocument) => Problem[],
	hooks: {
		before?: (tx: ManagedTransaction) => Promise<void>;
		after?: (tx: ManagedTransaction) => Promise<void>;
	} = {}
): Promise<ImportSummary> {
	const problems = validate(doc);
	if (problems.length) throw badInput(problems);
	return writeTx(async (tx) => {
		await hooks.before?.(tx);
		const refProblems = await checkReferences(tx, doc);
		if (refProblems.length) throw badInput(refProblems);
		// New ids are CREATEd (document-write.ts): a save that wrote the same new ids a moment
		// earlier (two imports at once) makes this one fail on the unique
		// constraint, and nothing of it is written.
		await writeDocument(tx, doc, stamp).catch((error: unknown) => {
			if (String((error as { code?: string }).code).includes('ConstraintValidationFailed'))
				throw new AppError(
					'CONFLICT',
					'Un altro salvataggio ha appena scritto gli stessi dati: ricarica la pagina e controlla / another save has just written the same records: reload the page and check'
				);
			throw error;
		});
		await hooks.after?.(tx);
		const counts = Object.fromEntries(
			Object.entries(doc)
				.filter(([k]) => k !== 'format')
				.map(([k, v]) => [k, (v as unknown[]).length])
		);
		return { counts };
	});
}
