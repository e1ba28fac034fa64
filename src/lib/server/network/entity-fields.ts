import { randomUUID } from 'node:crypto';
import type {
	InputFieldBuilder,
	InputFieldMap,
	InputShapeFromFields,
	ObjectRef
} from '@pothos/core';
import type {
	ActionRecord,
	ActorKindId,
	ActorRecord,
	AgreementRecord,
	CallRecord,
	CollaborationRecord,
	CollaborationSourceId,
	CommitmentTypeId,
	FundingSourceId,
	MembershipRecord,
	NetworkRecord,
	PartnershipRecord,
	PolicyCyclePhaseId,
	ProjectRecord,
	RoleId
} from '../../domain';
import type { Viewer } from '../auth/policy';
import { rule } from '../auth/rules';
import { notFound } from '../errors';
import { builder, type TramaSchemaTypes } from '../graphql/builder';
import type { GraphQLContext } from '../graphql/context';
import { stampOf } from '../graphql/stamp';
import {
	ActorKindEnum,
	CollaborationSourceEnum,
	CommitmentTypeEnum,
	FundingSourceEnum,
	PolicyCyclePhaseEnum,
	RoleEnum
} from '../graphql/vocabulary';
import {
	DeclaredMembersInput,
	identityFields,
	toDeclaredMembers,
	toIdentity
} from './project-fields';
import {
	deleteEntity,
	ENTITIES,
	PLACED_KINDS,
	saveEntity,
	type EntityKind,
	type PlacedKind,
	type SaveMode
} from './entities';
import {
	ActionRef,
	ActorRef,
	AgreementRef,
	CallRef,
	CollaborationRef,
	MembershipRef,
	NetworkRef,
	PartnershipRef,
	ProjectRef
} from './network-fields';
import * as reads from './network-queries';
import { entityRules, MEMBERSHIP_RULE } from './rules';

const list = <T>(value: readonly T[] | null | undefined): T[] => (value ? [...value] : []);
const orNull = <T>(value: T | null | undefined): T | null => value ?? null;

/**
 * Saves one entity and reads it back as the client sees it: update inputs carry the version read
 * (a stale version is a CONFLICT).
 */
async function save<V>(
	kind: EntityKind,
	record: object,
	mode: SaveMode,
	ctx: GraphQLContext,
	read: (id: string) => Promise<V | null>,
	id: string
): Promise<V> {
	// Whether data is fictional (the demo's banner) is never a form's to change: an update keeps it.
	if (!mode.create && 'fictional' in record) {
		const stored = (await read(id)) as { fictional?: boolean } | null;
		record = { ...record, fictional: stored?.fictional ?? false };
	}
	await saveEntity(kind, record as never, mode, stampOf(ctx));
	const saved = await read(id);
	if (!saved) throw notFound(kind, id);
	return saved;
}

/**
 * A network or agreement is placed by the Ambito it is for (placement-queries.ts). Created without
 * one by an office of exactly one Ambito, it is that office's, so its colleagues may keep it too;
 * otherwise it stays unanchored and only its author (or an administrator) may change it.
 */
function anchoredToAuthor<R>(record: R, viewer: Viewer | null): R {
	const r = record as R & { ambitoId?: string | null };
	if (!('ambitoId' in r) || r.ambitoId || viewer?.ambitoIds.length !== 1) return record;
	return { ...r, ambitoId: viewer.ambitoIds[0]! };
}

type Fields = (t: InputFieldBuilder<TramaSchemaTypes, 'InputObject'>) => InputFieldMap;

/**
 * How an entity with an id is written through GraphQL: its input fields, the record made of an
 * input (each entry annotates which record), and how it is read back.
 */
interface EntityCrud<F extends Fields> {
	ref: ObjectRef<TramaSchemaTypes, unknown>;
	fields: F;
	toRecord: (input: InputShapeFromFields<ReturnType<F>>, id: string) => object;
	read: (id: string) => Promise<unknown>;
}
/** Types one entry's record function by its input fields, then keeps it in the table below. */
const crud = <F extends Fields>(c: EntityCrud<F>) =>
	c as unknown as Omit<EntityCrud<F>, 'toRecord'> & {
		toRecord: (input: never, id: string) => object;
	};

const CommitmentInput = builder.inputType('CommitmentInput', {
	fields: (t) => ({
		type: t.field({ type: CommitmentTypeEnum, required: true }),
		amount: t.float({ required: true }),
		valueEur: t.float(),
		source: t.field({ type: FundingSourceEnum, required: true }),
		beyondFunding: t.boolean({ defaultValue: false }),
		description: t.string()
	})
});

/** One entry per entity of ENTITIES that has its own id (a membership is written by its ends, below). */
const CRUD: Record<PlacedKind, ReturnType<typeof crud<Fields>>> = {
	Actor: crud({
		ref: ActorRef,
		fields: (t) => ({
			name: t.string({ required: true }),
			kind: t.field({ type: ActorKindEnum, required: true }),
			taxCode: t.string({ description: 'Codice fiscale o partita IVA' }),
			seatIstat: t.string({ description: 'Codice ISTAT del Comune sede' }),
			activeInAmbitoIds: t.stringList(),
			tags: t.stringList(),
			notes: t.string()
		}),
		toRecord: (i, id): ActorRecord => ({
			id,
			name: i.name.trim(),
			kind: i.kind as ActorKindId,
			taxCode: i.taxCode?.trim() ? i.taxCode.trim().toUpperCase() : null,
			seatIstat: orNull(i.seatIstat),
			activeInAmbitoIds: list(i.activeInAmbitoIds),
			tags: list(i.tags),
			notes: orNull(i.notes),
			fictional: false
		}),
		read: reads.getActor
	}),
	Call: crud({
		ref: CallRef,
		fields: (t) => ({ title: t.string({ required: true }), issuer: t.string(), year: t.int() }),
		toRecord: (i, id): CallRecord => ({
			id,
			title: i.title.trim(),
			issuer: orNull(i.issuer),
			year: orNull(i.year),
			fictional: false
		}),
		read: reads.getCall
	}),
	Project: crud({
		ref: ProjectRef,
		// The identity; the other sections of the dossier have their own mutations (project-fields.ts).
		fields: (t) => ({ ...identityFields(t), budgetEur: t.float() }),
		toRecord: (i, id): ProjectRecord => ({
			id,
			...toIdentity(i),
			budgetEur: orNull(i.budgetEur),
			fictional: false
		}),
		read: reads.getProject
	}),
	Action: crud({
		ref: ActionRef,
		fields: (t) => ({
			projectId: t.string({ required: true }),
			title: t.string({ required: true }),
			description: t.string(),
			responsibleActorIds: t.stringList(),
			phases: t.field({ type: [PolicyCyclePhaseEnum] })
		}),
		toRecord: (i, id): ActionRecord => ({
			id,
			projectId: i.projectId,
			title: i.title.trim(),
			description: orNull(i.description),
			responsibleActorIds: list(i.responsibleActorIds),
			// Left out: kept as stored (document-queries.ts).
			...(i.phases !== undefined && { phases: list(i.phases) as PolicyCyclePhaseId[] })
		}),
		read: reads.getAction
	}),
	Partnership: crud({
		ref: PartnershipRef,
		fields: (t) => ({
			actorId: t.string({ required: true }),
			projectId: t.string({ required: true }),
			role: t.field({ type: RoleEnum, required: true }),
			since: t.string(),
			until: t.string(),
			commitments: t.field({ type: [CommitmentInput] }),
			declaredMembers: t.field({ type: [DeclaredMembersInput] })
		}),
		toRecord: (i, id): PartnershipRecord => ({
			id,
			actorId: i.actorId,
			projectId: i.projectId,
			role: i.role as RoleId,
			since: orNull(i.since),
			until: orNull(i.until),
			commitments: list(i.commitments).map((c) => ({
				type: c.type as CommitmentTypeId,
				amount: c.amount,
				// Money is its own value; other kinds are valued only when the partner says so.
				valueEur: c.valueEur ?? (c.type === 'money' ? c.amount : null),
				source: c.source as FundingSourceId,
				beyondFunding: c.beyondFunding ?? false,
				description: orNull(c.description)
			})),
			...(i.declaredMembers !== undefined && {
				declaredMembers: toDeclaredMembers(i.declaredMembers)
			})
		}),
		read: reads.getPartnership
	}),
	Network: crud({
		ref: NetworkRef,
		fields: (t) => ({
			name: t.string({ required: true }),
			description: t.string(),
			ambitoId: t.string({
				description:
					'L’Ambito che tiene la rete (alla creazione, se manca: quello di chi la crea) / the Ambito keeping it (on create, when missing: the author’s)'
			}),
			linkedNetworkIds: t.stringList()
		}),
		toRecord: (i, id): NetworkRecord => ({
			id,
			name: i.name.trim(),
			description: orNull(i.description),
			ambitoId: orNull(i.ambitoId),
			linkedNetworkIds: list(i.linkedNetworkIds),
			fictional: false
		}),
		read: reads.getNetwork
	}),
	Agreement: crud({
		ref: AgreementRef,
		fields: (t) => ({
			title: t.string({ required: true }),
			ambitoId: t.string(),
			start: t.string(),
			end: t.string(),
			signatoryActorIds: t.stringList(),
			adherentActorIds: t.stringList()
		}),
		toRecord: (i, id): AgreementRecord => ({
			id,
			title: i.title.trim(),
			ambitoId: orNull(i.ambitoId),
			start: orNull(i.start),
			end: orNull(i.end),
			signatoryActorIds: list(i.signatoryActorIds),
			adherentActorIds: list(i.adherentActorIds),
			fictional: false
		}),
		read: reads.getAgreement
	}),
	Collaboration: crud({
		ref: CollaborationRef,
		fields: (t) => ({
			actorAId: t.string({ required: true }),
			actorBId: t.string({ required: true }),
			since: t.string(),
			until: t.string(),
			strength: t.int({ description: '1–5' }),
			trust: t.int({ description: '1–5' }),
			value: t.string(),
			source: t.field({ type: CollaborationSourceEnum, required: true })
		}),
		toRecord: (i, id): CollaborationRecord => ({
			id,
			actorAId: i.actorAId,
			actorBId: i.actorBId,
			since: orNull(i.since),
			until: orNull(i.until),
			strength: orNull(i.strength),
			trust: orNull(i.trust),
			value: orNull(i.value),
			source: i.source as CollaborationSourceId
		}),
		read: reads.getCollaboration
	})
};

/**
 * The create and update inputs of an entity with an id: the same fields, plus the optional id on
 * create and the required id and version read on update (a stale version is a CONFLICT).
 */
const INPUTS = new Map<PlacedKind, ReturnType<typeof makeInputs>>();
/** Each entity's inputs, made once: the dossier's new-partner mutation reuses the actor's. */
export function inputsOf(kind: PlacedKind) {
	if (!INPUTS.has(kind)) INPUTS.set(kind, makeInputs(kind, CRUD[kind].fields));
	return INPUTS.get(kind)!;
}
function makeInputs(kind: PlacedKind, fields: Fields) {
	return {
		create: builder.inputType(`${kind}Input`, {
			fields: (t) => ({
				id: t.id({ description: 'Facoltativo alla creazione / optional on create' }),
				...fields(t)
			})
		}),
		update: builder.inputType(`Update${kind}Input`, {
			fields: (t) => ({
				id: t.id({ required: true }),
				expectedVersion: t.int({ required: true }),
				...fields(t)
			})
		})
	};
}

/** A new entity's id: its prefix and a random part. */
export const newId = (kind: PlacedKind) =>
	`${ENTITIES[kind].idPrefix}-${randomUUID().slice(0, 13)}`;

/** The record of an actor from its create input (what createActor writes). */
export const actorRecord = (input: object, id: string) =>
	CRUD.Actor.toRecord(input as never, id) as ActorRecord;

type EntityInput = { id?: string | number | null; expectedVersion?: number };

builder.mutationType({});
/** create/update/delete for every entity of ENTITIES with an id, each with its rule (rules.ts). */
builder.mutationFields((t) =>
	Object.fromEntries(
		PLACED_KINDS.flatMap((kind) => {
			const { ref, toRecord, read } = CRUD[kind];
			const inputs = inputsOf(kind);
			const rules = entityRules(kind);
			const record = (input: EntityInput, id: string) => toRecord(input as never, id);
			return [
				[
					`create${kind}`,
					t.field({
						type: ref,
						args: { input: t.arg({ type: inputs.create, required: true }) },
						extensions: rule(rules.create),
						resolve: (_r, { input }: { input: EntityInput }, ctx) => {
							const id = input.id ? String(input.id) : newId(kind);
							const created = anchoredToAuthor(record(input, id), ctx.viewer);
							return save(kind, created, { create: true }, ctx, read, id);
						}
					})
				],
				[
					`update${kind}`,
					t.field({
						type: ref,
						args: { input: t.arg({ type: inputs.update, required: true }) },
						extensions: rule(rules.update),
						resolve: (_r, { input }: { input: EntityInput }, ctx) => {
							const id = String(input.id);
							const mode = { create: false as const, expectedVersion: input.expectedVersion! };
							return save(kind, record(input, id), mode, ctx, read, id);
						}
					})
				],
				[
					`delete${kind}`,
					t.id({
						args: { id: t.arg.id({ required: true }) },
						extensions: rule(rules.delete),
						resolve: async (_r, { id }) => (await deleteEntity(kind, String(id)), String(id))
					})
				]
			];
		})
	)
);

// ---- Membership: identified by its actor and network, the network's to change (MEMBERSHIP_RULE).

const membershipFields = (t: InputFieldBuilder<TramaSchemaTypes, 'InputObject'>) => ({
	actorId: t.string({ required: true }),
	networkId: t.string({ required: true }),
	since: t.string(),
	until: t.string()
});
const MembershipInput = builder.inputType('MembershipInput', { fields: membershipFields });
const UpdateMembershipInput = builder.inputType('UpdateMembershipInput', {
	fields: (t) => ({ expectedVersion: t.int({ required: true }), ...membershipFields(t) })
});
const toMembership = (i: InputShapeFromFields<ReturnType<typeof membershipFields>>) =>
	({
		actorId: i.actorId,
		networkId: i.networkId,
		since: orNull(i.since),
		until: orNull(i.until)
	}) satisfies MembershipRecord;
const saveMembership = (record: MembershipRecord, mode: SaveMode, ctx: GraphQLContext) =>
	save(
		'Membership',
		record,
		mode,
		ctx,
		() => reads.getMembership(record.actorId, record.networkId),
		''
	);

builder.mutationFields((t) => ({
	createMembership: t.field({
		type: MembershipRef,
		args: { input: t.arg({ type: MembershipInput, required: true }) },
		extensions: rule(MEMBERSHIP_RULE),
		resolve: (_r, { input }, ctx) => saveMembership(toMembership(input), { create: true }, ctx)
	}),
	updateMembership: t.field({
		type: MembershipRef,
		args: { input: t.arg({ type: UpdateMembershipInput, required: true }) },
		extensions: rule(MEMBERSHIP_RULE),
		resolve: (_r, { input }, ctx) =>
			saveMembership(
				toMembership(input),
				{ create: false, expectedVersion: input.expectedVersion },
				ctx
			)
	}),
	deleteMembership: t.boolean({
		args: {
			actorId: t.arg.string({ required: true }),
			networkId: t.arg.string({ required: true })
		},
		extensions: rule(MEMBERSHIP_RULE),
		resolve: async (_r, { actorId, networkId }) => (
			await deleteEntity('Membership', `${actorId}|${networkId}`),
			true
		)
	})
}));
