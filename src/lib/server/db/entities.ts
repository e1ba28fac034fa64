import type { ManagedTransaction } from 'neo4j-driver';
import {
	emptyDocument,
	TERRITORIAL_KIND_IDS,
	type ActionRecord,
	type ActorRecord,
	type AgreementRecord,
	type CallRecord,
	type CollaborationRecord,
	type MembershipRecord,
	type NetworkRecord,
	type PartnershipRecord,
	type ProjectRecord,
	type TramaDocument
} from '../../domain';
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
import { checkReferences, writeDocument, type WriteStamp } from './document';
import { lockedVersion, writeTx } from './driver';

/** What the network's entities have in common: where they live in a document, how they are found. */
interface EntityDefinition<R> {
	name: string;
	documentKey: keyof Omit<TramaDocument, 'format'>;
	validate: (record: R, prefix: string) => Problem[];
	/** Cypher pattern binding `n` to the entity with id $id (relations are matched by their id too). */
	match: string;
	idOf: (record: R) => string;
}

const define = <R>(d: EntityDefinition<R>) => d;

export const ENTITIES = {
	Actor: define<ActorRecord>({
		name: 'Ente',
		documentKey: 'actors',
		validate: validateActor,
		match: 'MATCH (n:Actor {id: $id})',
		idOf: (r) => r.id
	}),
	Call: define<CallRecord>({
		name: 'Bando',
		documentKey: 'calls',
		validate: validateCall,
		match: 'MATCH (n:Call {id: $id})',
		idOf: (r) => r.id
	}),
	Project: define<ProjectRecord>({
		name: 'Progetto',
		documentKey: 'projects',
		validate: validateProject,
		match: 'MATCH (n:Project {id: $id})',
		idOf: (r) => r.id
	}),
	Action: define<ActionRecord>({
		name: 'Azione',
		documentKey: 'actions',
		validate: validateAction,
		match: 'MATCH (n:Action {id: $id})',
		idOf: (r) => r.id
	}),
	Partnership: define<PartnershipRecord>({
		name: 'Partenariato',
		documentKey: 'partnerships',
		validate: validatePartnership,
		match: 'MATCH ()-[n:PARTNER_IN {id: $id}]->()',
		idOf: (r) => r.id
	}),
	Network: define<NetworkRecord>({
		name: 'Rete',
		documentKey: 'networks',
		validate: validateNetwork,
		match: 'MATCH (n:Network {id: $id})',
		idOf: (r) => r.id
	}),
	Membership: define<MembershipRecord>({
		name: 'Appartenenza',
		documentKey: 'memberships',
		validate: validateMembership,
		match: 'MATCH (:Actor {id: $actorId})-[n:MEMBER_OF]->(:Network {id: $networkId})',
		idOf: (r) => `${r.actorId}|${r.networkId}`
	}),
	Agreement: define<AgreementRecord>({
		name: 'Accordo',
		documentKey: 'agreements',
		validate: validateAgreement,
		match: 'MATCH (n:Agreement {id: $id})',
		idOf: (r) => r.id
	}),
	Collaboration: define<CollaborationRecord>({
		name: 'Collaborazione',
		documentKey: 'collaborations',
		validate: validateCollaboration,
		match: 'MATCH ()-[n:COLLABORATES_WITH {id: $id}]->()',
		idOf: (r) => r.id
	})
} as const;

export type EntityKind = keyof typeof ENTITIES;
type RecordOf<K extends EntityKind> =
	(typeof ENTITIES)[K] extends EntityDefinition<infer R> ? R : never;

function matchParams(kind: EntityKind, id: string) {
	if (kind === 'Membership') {
		const [actorId, networkId] = id.split('|');
		return { actorId, networkId };
	}
	return { id };
}

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
		// An update checks the version under the write lock: the check and the write are one step.
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

/** Deletes one entity and what only it owns (a project's actions). Territorial bodies are never deleted. */
export async function deleteEntity(kind: EntityKind, id: string): Promise<void> {
	const def = ENTITIES[kind];
	await writeTx(async (tx) => {
		if ((await currentVersion(tx, kind, id)) === null) throw notFound(def.name, id);
		if (kind === 'Actor') {
			const r = await tx.run(
				'MATCH (n:Actor {id: $id}) RETURN n.kind IN $territorial AS territorial',
				{
					id,
					territorial: TERRITORIAL_KIND_IDS
				}
			);
			if (r.records[0]?.get('territorial') === true)
				throw new AppError(
					'FORBIDDEN',
					'Gli enti territoriali sono dati di riferimento / territorial bodies are reference data'
				);
		}
		if (kind === 'Project')
			await tx.run('MATCH (x:Action)-[:OF]->(:Project {id: $id}) DETACH DELETE x', { id });
		const isRelationship =
			kind === 'Partnership' || kind === 'Collaboration' || kind === 'Membership';
		await tx.run(
			`${def.match} ${isRelationship ? 'DELETE n' : 'DETACH DELETE n'}`,
			matchParams(kind, id)
		);
	});
}

export interface ImportSummary {
	counts: Record<string, number>;
}

/** Writes a whole document as one transaction: every reference checked first, all or nothing. */
export async function importDocument(
	doc: TramaDocument,
	stamp: WriteStamp,
	validate: (d: TramaDocument) => Problem[]
): Promise<ImportSummary> {
	const problems = validate(doc);
	if (problems.length) throw badInput(problems);
	return writeTx(async (tx) => {
		const refProblems = await checkReferences(tx, doc);
		if (refProblems.length) throw badInput(refProblems);
		await writeDocument(tx, doc, stamp);
		const counts = Object.fromEntries(
			Object.entries(doc)
				.filter(([k]) => k !== 'format')
				.map(([k, v]) => [k, (v as unknown[]).length])
		);
		return { counts };
	});
}
