import { m } from '../paraglide/messages.js';
import {
	emptyDocument,
	type CollaborationRecord,
	type CollaborationSourceId,
	type MembershipRecord,
	type PartnershipRecord,
	type RoleId,
	type TramaDocument
} from '../domain';
import { graphql } from '../graphql';
import type {
	ActorFieldsFragment,
	CurrentAgreementsQuery,
	DeletedActorQuery,
	ProjectActionsQuery
} from '../graphql/graphql';
import { GraphQLRequestError, type RunOperation } from '../graphql-client';

/** The fields of an actor the map edits (GraphQL `ActorInput`): the `ActorFields` fragment below. */
export type ActorFields = ActorFieldsFragment;

/**
 * An actor as it was when deleted from the map, with every relation the deletion removed: enough to
 * put it back. Agreements and actions are kept by id only: they are restored into their current
 * version, so changes made to them since are not overwritten.
 */
export interface DeletedActor {
	actor: ActorFields & { id: string; fictional: boolean; version: number };
	partnerships: PartnershipRecord[];
	memberships: MembershipRecord[];
	collaborations: CollaborationRecord[];
	/** the Ambito whose agreements were read */
	ambitoId: string;
	agreements: Array<{ id: string; as: 'signatory' | 'adherent' }>;
	actions: Array<{ id: string; projectId: string }>;
}

/** A change made from the map, with what is needed to take it back. */
export type MapEdit =
	| { type: 'createActor'; actorId: string; name: string }
	| {
			type: 'updateActor';
			actorId: string;
			before: ActorFields;
			versionBefore: number;
			versionAfter: number;
	  }
	| { type: 'createCollaboration'; collaborationId: string; between: [string, string] }
	| { type: 'deleteActor'; actorId: string; name: string; deleted: DeletedActor };

export const DELETE_ACTOR = graphql(`
	mutation DeleteActor($id: ID!) {
		deleteActor(id: $id)
	}
`);
export const UPDATE_ACTOR = graphql(`
	mutation UpdateActor($input: UpdateActorInput!) {
		updateActor(input: $input) {
			id
			version
		}
	}
`);
const DELETE_COLLABORATION = graphql(`
	mutation DeleteCollaboration($id: ID!) {
		deleteCollaboration(id: $id)
	}
`);
const IMPORT_DOCUMENT = graphql(`
	mutation RestoreDocument($input: ImportDocumentInput!) {
		importDocument(input: $input) {
			applied
			problems {
				field
				message
			}
		}
	}
`);
const ACTOR_VERSION = graphql(`
	query ActorVersion($id: ID!) {
		actor(id: $id) {
			version
		}
	}
`);

// ---- deleting an actor: what to read before, and the document that puts it back

/** Everything a deletion removes, read just before deleting (agreements: the map's Ambito's). */
export const DELETED_ACTOR_QUERY = graphql(`
	query DeletedActor($id: ID!, $ambitoId: String!) {
		actor(id: $id) {
			id
			...ActorFields
			fictional
			version
			partnerships {
				id
				role
				since
				until
				commitments {
					# all of a commitment, to write it back: the scoring's fields and its description
					...CommitmentFields
					description
				}
				project {
					id
					actions {
						id
						responsible {
							id
						}
					}
				}
			}
			memberships {
				since
				until
				network {
					id
				}
			}
			collaborations {
				id
				since
				until
				strength
				trust
				value
				source
				actorA {
					id
				}
				actorB {
					id
				}
			}
		}
		agreements(ambitoId: $ambitoId) {
			id
			signatories {
				id
			}
			adherents {
				id
			}
		}
	}
	# What the map edits of an actor (and an undo writes back).
	fragment ActorFields on Actor {
		name
		kind
		taxCode
		seatIstat
		activeInAmbitoIds
		tags
		notes
	}
`);

const ids = (list: ReadonlyArray<{ id: string }>) => list.map((x) => x.id);

export type DeletedActorAnswer = DeletedActorQuery;

/** The snapshot of an actor about to be deleted, from `DELETED_ACTOR_QUERY`'s answer. */
export function deletedActorOf(answer: DeletedActorAnswer, ambitoId: string): DeletedActor {
	const a = answer.actor;
	if (!a) throw new GraphQLRequestError(m.mapActorNotFound(), ['NOT_FOUND']);
	const actions = new Map<string, string>();
	for (const p of a.partnerships)
		for (const x of p.project.actions)
			if (ids(x.responsible).includes(a.id)) actions.set(x.id, p.project.id);
	return {
		actor: {
			id: a.id,
			name: a.name,
			kind: a.kind,
			taxCode: a.taxCode,
			seatIstat: a.seatIstat,
			activeInAmbitoIds: [...a.activeInAmbitoIds],
			tags: [...a.tags],
			notes: a.notes,
			fictional: a.fictional,
			version: a.version
		},
		partnerships: a.partnerships.map((p) => ({
			id: p.id,
			actorId: a.id,
			projectId: p.project.id,
			role: p.role as RoleId,
			since: p.since,
			until: p.until,
			commitments: p.commitments.map((c) => ({ ...c }))
		})),
		memberships: a.memberships.map((m) => ({
			actorId: a.id,
			networkId: m.network.id,
			since: m.since,
			until: m.until
		})),
		collaborations: a.collaborations.map((c) => ({
			id: c.id,
			actorAId: c.actorA.id,
			actorBId: c.actorB.id,
			since: c.since,
			until: c.until,
			strength: c.strength,
			trust: c.trust,
			value: c.value,
			source: c.source as CollaborationSourceId
		})),
		ambitoId,
		agreements: answer.agreements.flatMap((g): DeletedActor['agreements'] =>
			ids(g.signatories).includes(a.id)
				? [{ id: g.id, as: 'signatory' }]
				: ids(g.adherents).includes(a.id)
					? [{ id: g.id, as: 'adherent' }]
					: []
		),
		actions: [...actions].map(([id, projectId]) => ({ id, projectId }))
	};
}

const CURRENT_AGREEMENTS = graphql(`
	query CurrentAgreements($ambitoId: String!) {
		agreements(ambitoId: $ambitoId) {
			id
			title
			ambitoId
			start
			end
			fictional
			signatories {
				id
			}
			adherents {
				id
			}
		}
	}
`);
const PROJECT_ACTIONS = graphql(`
	query ProjectActions($id: ID!) {
		project(id: $id) {
			actions {
				id
				projectId
				title
				description
				responsible {
					id
				}
			}
		}
	}
`);

/** The agreements and actions a deleted actor belonged to, as they are now. */
export interface CurrentRelations {
	agreements: CurrentAgreementsQuery['agreements'];
	actions: NonNullable<ProjectActionsQuery['project']>['actions'];
}

/** Agreements and actions as they are now, to put the actor back into (none read when none needed). */
export async function readCurrentRelations(
	deleted: DeletedActor,
	request: RunOperation
): Promise<CurrentRelations | null> {
	const projects = [...new Set(deleted.actions.map((a) => a.projectId))];
	if (!deleted.agreements.length && !projects.length) return null;
	const [agreements, ...actions] = await Promise.all([
		deleted.agreements.length
			? request(CURRENT_AGREEMENTS, { ambitoId: deleted.ambitoId }).then((d) => d.agreements)
			: [],
		...projects.map((id) => request(PROJECT_ACTIONS, { id }).then((d) => d.project?.actions ?? []))
	]);
	return { agreements, actions: actions.flat() };
}

const withId = (list: string[], id: string) => [...new Set([...list, id])];

/**
 * The document that restores a deleted actor in one import (one transaction): the actor, its
 * partnerships, memberships and collaborations as they were, and the current version of the
 * agreements and actions it belonged to with it added back. Those deleted since are left out.
 */
export function restoreDocument(
	deleted: DeletedActor,
	current: CurrentRelations | null
): TramaDocument {
	const { version, ...actor } = deleted.actor;
	void version;
	const id = actor.id;
	const agreementRole = new Map(deleted.agreements.map((g) => [g.id, g.as]));
	const actionIds = new Set(deleted.actions.map((a) => a.id));
	const agreements = (current?.agreements ?? [])
		.filter((g) => agreementRole.has(g.id))
		.map(({ signatories, adherents, ...g }) => {
			const as = agreementRole.get(g.id);
			return {
				...g,
				signatoryActorIds: as === 'signatory' ? withId(ids(signatories), id) : ids(signatories),
				adherentActorIds: as === 'adherent' ? withId(ids(adherents), id) : ids(adherents)
			};
		});
	const actions = (current?.actions ?? [])
		.filter((x) => actionIds.has(x.id))
		.map(({ responsible, ...x }) => ({ ...x, responsibleActorIds: withId(ids(responsible), id) }));
	return {
		...emptyDocument(),
		actors: [{ ...actor, kind: actor.kind as TramaDocument['actors'][number]['kind'] }],
		partnerships: deleted.partnerships,
		memberships: deleted.memberships,
		collaborations: deleted.collaborations,
		agreements,
		actions
	};
}

// ---- running an undo

/** After an undo an actor has a new version: older edits of it made at `from` now apply at `to`. */
export interface Rebase {
	actorId: string;
	from: number;
	to: number;
}

/**
 * Undoes one edit through the GraphQL API. Errors are `GraphQLRequestError`s with the server's codes
 * (CONFLICT when someone changed the actor since, BAD_INPUT when a restore no longer fits).
 */
export async function undoEdit(edit: MapEdit, request: RunOperation): Promise<Rebase | null> {
	switch (edit.type) {
		case 'createActor':
			await request(DELETE_ACTOR, { id: edit.actorId });
			return null;
		case 'createCollaboration':
			await request(DELETE_COLLABORATION, { id: edit.collaborationId });
			return null;
		case 'updateActor': {
			// the old fields, written over the version the edit left
			const input = { id: edit.actorId, expectedVersion: edit.versionAfter, ...edit.before };
			const answer = await request(UPDATE_ACTOR, { input });
			return { actorId: edit.actorId, from: edit.versionBefore, to: answer.updateActor.version };
		}
		case 'deleteActor':
			return restoreActor(edit, request);
	}
}

async function restoreActor(
	edit: Extract<MapEdit, { type: 'deleteActor' }>,
	request: RunOperation
): Promise<Rebase | null> {
	const current = await readCurrentRelations(edit.deleted, request);
	const document = restoreDocument(edit.deleted, current);
	const report = await request(IMPORT_DOCUMENT, {
		input: { json: JSON.stringify(document), fileName: 'mappa-ripristino-ente.json' }
	});
	if (!report.importDocument.applied)
		throw new GraphQLRequestError(
			report.importDocument.problems.map((p) => `${p.field}: ${p.message}`).join('; '),
			['BAD_INPUT']
		);
	const restored = await request(ACTOR_VERSION, { id: edit.actorId });
	return restored.actor
		? { actorId: edit.actorId, from: edit.deleted.actor.version, to: restored.actor.version }
		: null;
}

// ---- the stack, kept across reloads of the same map

/** Where the stack is kept between reloads (the tab's sessionStorage, one key per Ambito). */
export interface UndoStore {
	load(): string | null;
	save(value: string): void;
}

export function sessionUndoStore(ambitoId: string, storage: Storage): UndoStore {
	const key = `trama:map-undo:${ambitoId}`;
	return {
		load: () => storage.getItem(key),
		save: (value) => {
			try {
				storage.setItem(key, value);
			} catch {
				// storage full or disabled: undo still works until the page is left
			}
		}
	};
}

const isText = (v: unknown): v is string => typeof v === 'string';
const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a stored value is an edit this code can undo (storage may hold anything, or an older shape). */
function isEdit(v: unknown): v is MapEdit {
	if (!isObject(v)) return false;
	switch (v.type) {
		case 'createActor':
			return isText(v.actorId) && isText(v.name);
		case 'updateActor':
			return (
				isText(v.actorId) &&
				isObject(v.before) &&
				Number.isInteger(v.versionBefore) &&
				Number.isInteger(v.versionAfter)
			);
		case 'createCollaboration':
			return isText(v.collaborationId) && Array.isArray(v.between);
		case 'deleteActor':
			return (
				isText(v.actorId) &&
				isText(v.name) &&
				isObject(v.deleted) &&
				isObject(v.deleted.actor) &&
				['partnerships', 'memberships', 'collaborations', 'agreements', 'actions'].every((k) =>
					Array.isArray((v.deleted as Record<string, unknown>)[k])
				)
			);
		default:
			return false;
	}
}

function parseEdits(stored: string | null): MapEdit[] {
	if (!stored) return [];
	try {
		const parsed: unknown = JSON.parse(stored);
		return Array.isArray(parsed) ? parsed.filter(isEdit) : [];
	} catch {
		return [];
	}
}

/** The last changes, newest on top, bounded so a long session does not grow without limit. */
export class UndoStack {
	#edits: MapEdit[];
	readonly #store: UndoStore | null;
	constructor(
		readonly limit = 20,
		store: UndoStore | null = null
	) {
		this.#store = store;
		this.#edits = parseEdits(store?.load() ?? null).slice(-limit);
	}
	push(edit: MapEdit): void {
		this.#edits.push(edit);
		if (this.#edits.length > this.limit) this.#edits.shift();
		this.#save();
	}
	pop(): MapEdit | undefined {
		const edit = this.#edits.pop();
		this.#save();
		return edit;
	}
	peek(): MapEdit | undefined {
		return this.#edits.at(-1);
	}
	get size(): number {
		return this.#edits.length;
	}
	/** Older updates of an actor expect the version it had; after an undo it has a new one. */
	rebase({ actorId, from, to }: Rebase): void {
		this.#edits = this.#edits.map((e) =>
			e.type === 'updateActor' && e.actorId === actorId && e.versionAfter === from
				? { ...e, versionAfter: to }
				: e
		);
		this.#save();
	}
	#save(): void {
		this.#store?.save(JSON.stringify(this.#edits));
	}
}
