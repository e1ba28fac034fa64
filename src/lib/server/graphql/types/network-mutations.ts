import { randomUUID } from 'node:crypto';
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
	PolicyAreaId,
	ProjectRecord,
	ProjectStatus,
	RoleId
} from '../../../domain';
import { deleteEntity, saveEntity, type EntityKind, type SaveMode } from '../../db/entities';
import * as reads from '../../db/network-reads';
import { notFound } from '../../errors';
import type { InputFieldBuilder, InputFieldMap } from '@pothos/core';
import { builder, type TramaSchemaTypes } from '../builder';
import type { GraphQLContext } from '../context';
import type { Viewer } from '../../auth/policy';
import { stampOf } from '../stamp';
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
} from './network';
import {
	ActorKindEnum,
	CollaborationSourceEnum,
	CommitmentTypeEnum,
	FundingSourceEnum,
	PolicyAreaEnum,
	ProjectStatusEnum,
	RoleEnum
} from './vocabulary';

const newId = (prefix: string) => `${prefix}-${randomUUID().slice(0, 13)}`;
const list = <T>(value: readonly T[] | null | undefined): T[] => (value ? [...value] : []);
const orNull = <T>(value: T | null | undefined): T | null => value ?? null;

/**
 * create/update/delete for one entity, all alike: update inputs carry the id and the version read
 * (a stale version is a CONFLICT), delete takes the id. `read` returns what the client sees after.
 */
async function save<K extends EntityKind, R, V>(
	kind: K,
	record: R,
	mode: SaveMode,
	ctx: GraphQLContext,
	read: (id: string) => Promise<V | null>,
	id: string
): Promise<V> {
	// Whether data is fictional (the demo's banner) is never a form's to change: an update keeps it.
	if (!mode.create && record !== null && typeof record === 'object' && 'fictional' in record) {
		const stored = (await read(id)) as { fictional?: boolean } | null;
		record = { ...record, fictional: stored?.fictional ?? false };
	}
	await saveEntity(kind, record as never, mode, stampOf(ctx));
	const saved = await read(id);
	if (!saved) throw notFound(kind, id);
	return saved;
}

/**
 * The create and update inputs of an entity with an id: the same fields, plus the optional id on
 * create and the required id and version read on update (a stale version is a CONFLICT).
 */
function inputPair<Fields extends InputFieldMap>(
	name: string,
	fields: (t: InputFieldBuilder<TramaSchemaTypes, 'InputObject'>) => Fields
) {
	return {
		create: builder.inputType(`${name}Input`, {
			fields: (t) => ({
				id: t.id({ description: 'Facoltativo alla creazione / optional on create' }),
				...fields(t)
			})
		}),
		update: builder.inputType(`Update${name}Input`, {
			fields: (t) => ({
				id: t.id({ required: true }),
				expectedVersion: t.int({ required: true }),
				...fields(t)
			})
		})
	};
}

// ---- Actor
const ActorInputs = inputPair('Actor', (t) => ({
	name: t.string({ required: true }),
	kind: t.field({ type: ActorKindEnum, required: true }),
	taxCode: t.string({ description: 'Codice fiscale o partita IVA' }),
	seatIstat: t.string({ description: 'Codice ISTAT del Comune sede' }),
	activeInAmbitoIds: t.stringList(),
	tags: t.stringList(),
	notes: t.string()
}));
type ActorInputShape = {
	id?: string | number | null;
	name: string;
	kind: string;
	taxCode?: string | null;
	seatIstat?: string | null;
	activeInAmbitoIds?: readonly string[] | null;
	tags?: readonly string[] | null;
	notes?: string | null;
};
const toActor = (i: ActorInputShape, id: string): ActorRecord => ({
	id,
	name: i.name.trim(),
	kind: i.kind as ActorKindId,
	taxCode: i.taxCode?.trim() ? i.taxCode.trim().toUpperCase() : null,
	seatIstat: orNull(i.seatIstat),
	activeInAmbitoIds: list(i.activeInAmbitoIds),
	tags: list(i.tags),
	notes: orNull(i.notes),
	fictional: false
});

// ---- Call
const CallInputs = inputPair('Call', (t) => ({
	title: t.string({ required: true }),
	issuer: t.string(),
	year: t.int()
}));
const toCall = (
	i: { title: string; issuer?: string | null; year?: number | null },
	id: string
): CallRecord => ({
	id,
	title: i.title.trim(),
	issuer: orNull(i.issuer),
	year: orNull(i.year),
	fictional: false
});

// ---- Project
const ProjectInputs = inputPair('Project', (t) => ({
	title: t.string({ required: true }),
	callId: t.string(),
	start: t.string({ description: 'AAAA-MM-GG' }),
	end: t.string(),
	triennio: t.string({ description: 'es. 2021-2023' }),
	policyAreas: t.field({ type: [PolicyAreaEnum] }),
	budgetEur: t.float(),
	targetComuniIstat: t.stringList(),
	targetAmbitoIds: t.stringList(),
	status: t.field({ type: ProjectStatusEnum })
}));
type ProjectInputShape = {
	title: string;
	callId?: string | null;
	start?: string | null;
	end?: string | null;
	triennio?: string | null;
	policyAreas?: readonly string[] | null;
	budgetEur?: number | null;
	targetComuniIstat?: readonly string[] | null;
	targetAmbitoIds?: readonly string[] | null;
	status?: string | null;
};
const toProject = (i: ProjectInputShape, id: string): ProjectRecord => ({
	id,
	title: i.title.trim(),
	callId: orNull(i.callId),
	start: orNull(i.start),
	end: orNull(i.end),
	triennio: orNull(i.triennio),
	policyAreas: list(i.policyAreas) as PolicyAreaId[],
	budgetEur: orNull(i.budgetEur),
	targetComuniIstat: list(i.targetComuniIstat),
	targetAmbitoIds: list(i.targetAmbitoIds),
	status: (i.status ?? 'draft') as ProjectStatus,
	fictional: false
});

// ---- Action
const ActionInputs = inputPair('Action', (t) => ({
	projectId: t.string({ required: true }),
	title: t.string({ required: true }),
	description: t.string(),
	responsibleActorIds: t.stringList()
}));
const toAction = (
	i: {
		projectId: string;
		title: string;
		description?: string | null;
		responsibleActorIds?: readonly string[] | null;
	},
	id: string
): ActionRecord => ({
	id,
	projectId: i.projectId,
	title: i.title.trim(),
	description: orNull(i.description),
	responsibleActorIds: list(i.responsibleActorIds)
});

// ---- Partnership
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
const PartnershipInputs = inputPair('Partnership', (t) => ({
	actorId: t.string({ required: true }),
	projectId: t.string({ required: true }),
	role: t.field({ type: RoleEnum, required: true }),
	since: t.string(),
	until: t.string(),
	commitments: t.field({ type: [CommitmentInput] })
}));
type CommitmentShape = {
	type: string;
	amount: number;
	valueEur?: number | null;
	source: string;
	beyondFunding?: boolean | null;
	description?: string | null;
};
const toPartnership = (
	i: {
		actorId: string;
		projectId: string;
		role: string;
		since?: string | null;
		until?: string | null;
		commitments?: readonly CommitmentShape[] | null;
	},
	id: string
): PartnershipRecord => ({
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
	}))
});

// ---- Network
const NetworkInputs = inputPair('Network', (t) => ({
	name: t.string({ required: true }),
	description: t.string(),
	ambitoId: t.string({
		description:
			'L’Ambito che tiene la rete (alla creazione, se manca: quello di chi la crea) / the Ambito keeping it (on create, when missing: the author’s)'
	}),
	linkedNetworkIds: t.stringList()
}));
const toNetwork = (
	i: {
		name: string;
		description?: string | null;
		ambitoId?: string | null;
		linkedNetworkIds?: readonly string[] | null;
	},
	id: string
): NetworkRecord => ({
	id,
	name: i.name.trim(),
	description: orNull(i.description),
	ambitoId: orNull(i.ambitoId),
	linkedNetworkIds: list(i.linkedNetworkIds),
	fictional: false
});

// ---- Membership (identified by its actor and network)
const MembershipInput = builder.inputType('MembershipInput', {
	fields: (t) => ({
		actorId: t.string({ required: true }),
		networkId: t.string({ required: true }),
		since: t.string(),
		until: t.string()
	})
});
const UpdateMembershipInput = builder.inputType('UpdateMembershipInput', {
	fields: (t) => ({
		expectedVersion: t.int({ required: true }),
		actorId: t.string({ required: true }),
		networkId: t.string({ required: true }),
		since: t.string(),
		until: t.string()
	})
});
const toMembership = (i: {
	actorId: string;
	networkId: string;
	since?: string | null;
	until?: string | null;
}): MembershipRecord => ({
	actorId: i.actorId,
	networkId: i.networkId,
	since: orNull(i.since),
	until: orNull(i.until)
});

// ---- Agreement
const AgreementInputs = inputPair('Agreement', (t) => ({
	title: t.string({ required: true }),
	ambitoId: t.string(),
	start: t.string(),
	end: t.string(),
	signatoryActorIds: t.stringList(),
	adherentActorIds: t.stringList()
}));
const toAgreement = (
	i: {
		title: string;
		ambitoId?: string | null;
		start?: string | null;
		end?: string | null;
		signatoryActorIds?: readonly string[] | null;
		adherentActorIds?: readonly string[] | null;
	},
	id: string
): AgreementRecord => ({
	id,
	title: i.title.trim(),
	ambitoId: orNull(i.ambitoId),
	start: orNull(i.start),
	end: orNull(i.end),
	signatoryActorIds: list(i.signatoryActorIds),
	adherentActorIds: list(i.adherentActorIds),
	fictional: false
});

// ---- Collaboration
const CollaborationInputs = inputPair('Collaboration', (t) => ({
	actorAId: t.string({ required: true }),
	actorBId: t.string({ required: true }),
	since: t.string(),
	until: t.string(),
	strength: t.int({ description: '1–5' }),
	trust: t.int({ description: '1–5' }),
	value: t.string(),
	source: t.field({ type: CollaborationSourceEnum, required: true })
}));
const toCollaboration = (
	i: {
		actorAId: string;
		actorBId: string;
		since?: string | null;
		until?: string | null;
		strength?: number | null;
		trust?: number | null;
		value?: string | null;
		source: string;
	},
	id: string
): CollaborationRecord => ({
	id,
	actorAId: i.actorAId,
	actorBId: i.actorBId,
	since: orNull(i.since),
	until: orNull(i.until),
	strength: orNull(i.strength),
	trust: orNull(i.trust),
	value: orNull(i.value),
	source: i.source as CollaborationSourceId
});

const idOf = (given: string | number | null | undefined, prefix: string) =>
	given ? String(given) : newId(prefix);

/**
 * A network or agreement is placed by the Ambito it is for (db/scope.ts). Created without one by an
 * office of exactly one Ambito, it is that office's, so its colleagues may keep it too; otherwise it
 * stays unanchored and only its author (or an administrator) may change it.
 */
function anchoredToAuthor<R>(record: R, viewer: Viewer | null): R {
	const r = record as R & { ambitoId?: string | null };
	if (!('ambitoId' in r) || r.ambitoId || viewer?.ambitoIds.length !== 1) return record;
	return { ...r, ambitoId: viewer.ambitoIds[0]! };
}

/** Resolvers of create/update/delete for an entity with an id: input → record → save → read back. */
const created =
	<I, R, V>(
		kind: EntityKind,
		idPrefix: string,
		toRecord: (input: I, id: string) => R,
		read: (id: string) => Promise<V | null>
	) =>
	(_r: unknown, { input }: { input: I & { id?: string | number | null } }, ctx: GraphQLContext) => {
		const id = idOf(input.id, idPrefix);
		const record = anchoredToAuthor(toRecord(input, id), ctx.viewer);
		return save(kind, record, { create: true }, ctx, read, id);
	};
const updated =
	<I, R, V>(
		kind: EntityKind,
		toRecord: (input: I, id: string) => R,
		read: (id: string) => Promise<V | null>
	) =>
	(
		_r: unknown,
		{ input }: { input: I & { id: string | number; expectedVersion: number } },
		ctx: GraphQLContext
	) => {
		const id = String(input.id);
		const mode = { create: false, expectedVersion: input.expectedVersion };
		return save(kind, toRecord(input, id), mode, ctx, read, id);
	};
const deleted =
	(kind: EntityKind) =>
	async (_r: unknown, { id }: { id: string | number }) => (
		await deleteEntity(kind, String(id)),
		String(id)
	);

builder.mutationType({});
builder.mutationFields((t) => ({
	createActor: t.field({
		type: ActorRef,
		args: { input: t.arg({ type: ActorInputs.create, required: true }) },
		resolve: created('Actor', 'act', toActor, reads.getActor)
	}),
	updateActor: t.field({
		type: ActorRef,
		args: { input: t.arg({ type: ActorInputs.update, required: true }) },
		resolve: updated('Actor', toActor, reads.getActor)
	}),
	deleteActor: t.id({
		args: { id: t.arg.id({ required: true }) },
		resolve: deleted('Actor')
	}),

	createCall: t.field({
		type: CallRef,
		args: { input: t.arg({ type: CallInputs.create, required: true }) },
		resolve: created('Call', 'call', toCall, reads.getCall)
	}),
	updateCall: t.field({
		type: CallRef,
		args: { input: t.arg({ type: CallInputs.update, required: true }) },
		resolve: updated('Call', toCall, reads.getCall)
	}),
	deleteCall: t.id({
		args: { id: t.arg.id({ required: true }) },
		resolve: deleted('Call')
	}),

	createProject: t.field({
		type: ProjectRef,
		args: { input: t.arg({ type: ProjectInputs.create, required: true }) },
		resolve: created('Project', 'prj', toProject, reads.getProject)
	}),
	updateProject: t.field({
		type: ProjectRef,
		args: { input: t.arg({ type: ProjectInputs.update, required: true }) },
		resolve: updated('Project', toProject, reads.getProject)
	}),
	deleteProject: t.id({
		args: { id: t.arg.id({ required: true }) },
		resolve: deleted('Project')
	}),

	createAction: t.field({
		type: ActionRef,
		args: { input: t.arg({ type: ActionInputs.create, required: true }) },
		resolve: created('Action', 'azn', toAction, reads.getAction)
	}),
	updateAction: t.field({
		type: ActionRef,
		args: { input: t.arg({ type: ActionInputs.update, required: true }) },
		resolve: updated('Action', toAction, reads.getAction)
	}),
	deleteAction: t.id({
		args: { id: t.arg.id({ required: true }) },
		resolve: deleted('Action')
	}),

	createPartnership: t.field({
		type: PartnershipRef,
		args: { input: t.arg({ type: PartnershipInputs.create, required: true }) },
		resolve: created('Partnership', 'ptn', toPartnership, reads.getPartnership)
	}),
	updatePartnership: t.field({
		type: PartnershipRef,
		args: { input: t.arg({ type: PartnershipInputs.update, required: true }) },
		resolve: updated('Partnership', toPartnership, reads.getPartnership)
	}),
	deletePartnership: t.id({
		args: { id: t.arg.id({ required: true }) },
		resolve: deleted('Partnership')
	}),

	createNetwork: t.field({
		type: NetworkRef,
		args: { input: t.arg({ type: NetworkInputs.create, required: true }) },
		resolve: created('Network', 'net', toNetwork, reads.getNetwork)
	}),
	updateNetwork: t.field({
		type: NetworkRef,
		args: { input: t.arg({ type: NetworkInputs.update, required: true }) },
		resolve: updated('Network', toNetwork, reads.getNetwork)
	}),
	deleteNetwork: t.id({
		args: { id: t.arg.id({ required: true }) },
		resolve: deleted('Network')
	}),

	createMembership: t.field({
		type: MembershipRef,
		args: { input: t.arg({ type: MembershipInput, required: true }) },
		resolve: (_r, { input }, ctx) => {
			const record = toMembership(input);
			const read = () => reads.getMembership(record.actorId, record.networkId);
			return save('Membership', record, { create: true }, ctx, read, '');
		}
	}),
	updateMembership: t.field({
		type: MembershipRef,
		args: { input: t.arg({ type: UpdateMembershipInput, required: true }) },
		resolve: (_r, { input }, ctx) => {
			const record = toMembership(input);
			const read = () => reads.getMembership(record.actorId, record.networkId);
			return save(
				'Membership',
				record,
				{ create: false, expectedVersion: input.expectedVersion },
				ctx,
				read,
				''
			);
		}
	}),
	deleteMembership: t.boolean({
		args: {
			actorId: t.arg.string({ required: true }),
			networkId: t.arg.string({ required: true })
		},
		resolve: async (_r, { actorId, networkId }) => (
			await deleteEntity('Membership', `${actorId}|${networkId}`),
			true
		)
	}),

	createAgreement: t.field({
		type: AgreementRef,
		args: { input: t.arg({ type: AgreementInputs.create, required: true }) },
		resolve: created('Agreement', 'adp', toAgreement, reads.getAgreement)
	}),
	updateAgreement: t.field({
		type: AgreementRef,
		args: { input: t.arg({ type: AgreementInputs.update, required: true }) },
		resolve: updated('Agreement', toAgreement, reads.getAgreement)
	}),
	deleteAgreement: t.id({
		args: { id: t.arg.id({ required: true }) },
		resolve: deleted('Agreement')
	}),

	createCollaboration: t.field({
		type: CollaborationRef,
		args: { input: t.arg({ type: CollaborationInputs.create, required: true }) },
		resolve: created('Collaboration', 'col', toCollaboration, reads.getCollaboration)
	}),
	updateCollaboration: t.field({
		type: CollaborationRef,
		args: { input: t.arg({ type: CollaborationInputs.update, required: true }) },
		resolve: updated('Collaboration', toCollaboration, reads.getCollaboration)
	}),
	deleteCollaboration: t.id({
		args: { id: t.arg.id({ required: true }) },
		resolve: deleted('Collaboration')
	})
}));
