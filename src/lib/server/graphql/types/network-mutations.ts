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
import { builder } from '../builder';
import type { GraphQLContext } from '../context';
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

// ---- Actor
const ActorInput = builder.inputType('ActorInput', {
	fields: (t) => ({
		id: t.id({ description: 'Facoltativo alla creazione / optional on create' }),
		name: t.string({ required: true }),
		kind: t.field({ type: ActorKindEnum, required: true }),
		taxCode: t.string({ description: 'Codice fiscale o partita IVA' }),
		seatIstat: t.string({ description: 'Codice ISTAT del Comune sede' }),
		activeInAmbitoIds: t.stringList(),
		tags: t.stringList(),
		notes: t.string()
	})
});
const UpdateActorInput = builder.inputType('UpdateActorInput', {
	fields: (t) => ({
		id: t.id({ required: true }),
		expectedVersion: t.int({ required: true }),
		name: t.string({ required: true }),
		kind: t.field({ type: ActorKindEnum, required: true }),
		taxCode: t.string(),
		seatIstat: t.string(),
		activeInAmbitoIds: t.stringList(),
		tags: t.stringList(),
		notes: t.string()
	})
});
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
const CallInput = builder.inputType('CallInput', {
	fields: (t) => ({
		id: t.id(),
		title: t.string({ required: true }),
		issuer: t.string(),
		year: t.int()
	})
});
const UpdateCallInput = builder.inputType('UpdateCallInput', {
	fields: (t) => ({
		id: t.id({ required: true }),
		expectedVersion: t.int({ required: true }),
		title: t.string({ required: true }),
		issuer: t.string(),
		year: t.int()
	})
});
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
const ProjectInput = builder.inputType('ProjectInput', {
	fields: (t) => ({
		id: t.id(),
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
	})
});
const UpdateProjectInput = builder.inputType('UpdateProjectInput', {
	fields: (t) => ({
		id: t.id({ required: true }),
		expectedVersion: t.int({ required: true }),
		title: t.string({ required: true }),
		callId: t.string(),
		start: t.string(),
		end: t.string(),
		triennio: t.string(),
		policyAreas: t.field({ type: [PolicyAreaEnum] }),
		budgetEur: t.float(),
		targetComuniIstat: t.stringList(),
		targetAmbitoIds: t.stringList(),
		status: t.field({ type: ProjectStatusEnum })
	})
});
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
const ActionInput = builder.inputType('ActionInput', {
	fields: (t) => ({
		id: t.id(),
		projectId: t.string({ required: true }),
		title: t.string({ required: true }),
		description: t.string(),
		responsibleActorIds: t.stringList()
	})
});
const UpdateActionInput = builder.inputType('UpdateActionInput', {
	fields: (t) => ({
		id: t.id({ required: true }),
		expectedVersion: t.int({ required: true }),
		projectId: t.string({ required: true }),
		title: t.string({ required: true }),
		description: t.string(),
		responsibleActorIds: t.stringList()
	})
});
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
const PartnershipInput = builder.inputType('PartnershipInput', {
	fields: (t) => ({
		id: t.id(),
		actorId: t.string({ required: true }),
		projectId: t.string({ required: true }),
		role: t.field({ type: RoleEnum, required: true }),
		since: t.string(),
		until: t.string(),
		commitments: t.field({ type: [CommitmentInput] })
	})
});
const UpdatePartnershipInput = builder.inputType('UpdatePartnershipInput', {
	fields: (t) => ({
		id: t.id({ required: true }),
		expectedVersion: t.int({ required: true }),
		actorId: t.string({ required: true }),
		projectId: t.string({ required: true }),
		role: t.field({ type: RoleEnum, required: true }),
		since: t.string(),
		until: t.string(),
		commitments: t.field({ type: [CommitmentInput] })
	})
});
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
const NetworkInput = builder.inputType('NetworkInput', {
	fields: (t) => ({
		id: t.id(),
		name: t.string({ required: true }),
		description: t.string(),
		linkedNetworkIds: t.stringList()
	})
});
const UpdateNetworkInput = builder.inputType('UpdateNetworkInput', {
	fields: (t) => ({
		id: t.id({ required: true }),
		expectedVersion: t.int({ required: true }),
		name: t.string({ required: true }),
		description: t.string(),
		linkedNetworkIds: t.stringList()
	})
});
const toNetwork = (
	i: { name: string; description?: string | null; linkedNetworkIds?: readonly string[] | null },
	id: string
): NetworkRecord => ({
	id,
	name: i.name.trim(),
	description: orNull(i.description),
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
const AgreementInput = builder.inputType('AgreementInput', {
	fields: (t) => ({
		id: t.id(),
		title: t.string({ required: true }),
		ambitoId: t.string(),
		start: t.string(),
		end: t.string(),
		signatoryActorIds: t.stringList(),
		adherentActorIds: t.stringList()
	})
});
const UpdateAgreementInput = builder.inputType('UpdateAgreementInput', {
	fields: (t) => ({
		id: t.id({ required: true }),
		expectedVersion: t.int({ required: true }),
		title: t.string({ required: true }),
		ambitoId: t.string(),
		start: t.string(),
		end: t.string(),
		signatoryActorIds: t.stringList(),
		adherentActorIds: t.stringList()
	})
});
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
const CollaborationInput = builder.inputType('CollaborationInput', {
	fields: (t) => ({
		id: t.id(),
		actorAId: t.string({ required: true }),
		actorBId: t.string({ required: true }),
		since: t.string(),
		until: t.string(),
		strength: t.int({ description: '1–5' }),
		trust: t.int({ description: '1–5' }),
		value: t.string(),
		source: t.field({ type: CollaborationSourceEnum, required: true })
	})
});
const UpdateCollaborationInput = builder.inputType('UpdateCollaborationInput', {
	fields: (t) => ({
		id: t.id({ required: true }),
		expectedVersion: t.int({ required: true }),
		actorAId: t.string({ required: true }),
		actorBId: t.string({ required: true }),
		since: t.string(),
		until: t.string(),
		strength: t.int(),
		trust: t.int(),
		value: t.string(),
		source: t.field({ type: CollaborationSourceEnum, required: true })
	})
});
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

builder.mutationType({});
builder.mutationFields((t) => ({
	createActor: t.field({
		type: ActorRef,
		args: { input: t.arg({ type: ActorInput, required: true }) },
		resolve: (_r, { input }, ctx) => {
			const id = idOf(input.id, 'act');
			return save('Actor', toActor(input, id), { create: true }, ctx, reads.getActor, id);
		}
	}),
	updateActor: t.field({
		type: ActorRef,
		args: { input: t.arg({ type: UpdateActorInput, required: true }) },
		resolve: (_r, { input }, ctx) => {
			const id = String(input.id);
			return save(
				'Actor',
				toActor(input, id),
				{ create: false, expectedVersion: input.expectedVersion },
				ctx,
				reads.getActor,
				id
			);
		}
	}),
	deleteActor: t.id({
		args: { id: t.arg.id({ required: true }) },
		resolve: async (_r, { id }) => (await deleteEntity('Actor', String(id)), String(id))
	}),

	createCall: t.field({
		type: CallRef,
		args: { input: t.arg({ type: CallInput, required: true }) },
		resolve: (_r, { input }, ctx) => {
			const id = idOf(input.id, 'call');
			return save('Call', toCall(input, id), { create: true }, ctx, reads.getCall, id);
		}
	}),
	updateCall: t.field({
		type: CallRef,
		args: { input: t.arg({ type: UpdateCallInput, required: true }) },
		resolve: (_r, { input }, ctx) => {
			const id = String(input.id);
			return save(
				'Call',
				toCall(input, id),
				{ create: false, expectedVersion: input.expectedVersion },
				ctx,
				reads.getCall,
				id
			);
		}
	}),
	deleteCall: t.id({
		args: { id: t.arg.id({ required: true }) },
		resolve: async (_r, { id }) => (await deleteEntity('Call', String(id)), String(id))
	}),

	createProject: t.field({
		type: ProjectRef,
		args: { input: t.arg({ type: ProjectInput, required: true }) },
		resolve: (_r, { input }, ctx) => {
			const id = idOf(input.id, 'prj');
			return save('Project', toProject(input, id), { create: true }, ctx, reads.getProject, id);
		}
	}),
	updateProject: t.field({
		type: ProjectRef,
		args: { input: t.arg({ type: UpdateProjectInput, required: true }) },
		resolve: async (_r, { input }, ctx) => {
			const id = String(input.id);
			const existing = await reads.getProject(id);
			const record = { ...toProject(input, id), fictional: existing?.fictional ?? false };
			return save(
				'Project',
				record,
				{ create: false, expectedVersion: input.expectedVersion },
				ctx,
				reads.getProject,
				id
			);
		}
	}),
	deleteProject: t.id({
		args: { id: t.arg.id({ required: true }) },
		resolve: async (_r, { id }) => (await deleteEntity('Project', String(id)), String(id))
	}),

	createAction: t.field({
		type: ActionRef,
		args: { input: t.arg({ type: ActionInput, required: true }) },
		resolve: (_r, { input }, ctx) => {
			const id = idOf(input.id, 'azn');
			return save('Action', toAction(input, id), { create: true }, ctx, reads.getAction, id);
		}
	}),
	updateAction: t.field({
		type: ActionRef,
		args: { input: t.arg({ type: UpdateActionInput, required: true }) },
		resolve: (_r, { input }, ctx) => {
			const id = String(input.id);
			return save(
				'Action',
				toAction(input, id),
				{ create: false, expectedVersion: input.expectedVersion },
				ctx,
				reads.getAction,
				id
			);
		}
	}),
	deleteAction: t.id({
		args: { id: t.arg.id({ required: true }) },
		resolve: async (_r, { id }) => (await deleteEntity('Action', String(id)), String(id))
	}),

	createPartnership: t.field({
		type: PartnershipRef,
		args: { input: t.arg({ type: PartnershipInput, required: true }) },
		resolve: (_r, { input }, ctx) => {
			const id = idOf(input.id, 'ptn');
			return save(
				'Partnership',
				toPartnership(input, id),
				{ create: true },
				ctx,
				reads.getPartnership,
				id
			);
		}
	}),
	updatePartnership: t.field({
		type: PartnershipRef,
		args: { input: t.arg({ type: UpdatePartnershipInput, required: true }) },
		resolve: (_r, { input }, ctx) => {
			const id = String(input.id);
			return save(
				'Partnership',
				toPartnership(input, id),
				{ create: false, expectedVersion: input.expectedVersion },
				ctx,
				reads.getPartnership,
				id
			);
		}
	}),
	deletePartnership: t.id({
		args: { id: t.arg.id({ required: true }) },
		resolve: async (_r, { id }) => (await deleteEntity('Partnership', String(id)), String(id))
	}),

	createNetwork: t.field({
		type: NetworkRef,
		args: { input: t.arg({ type: NetworkInput, required: true }) },
		resolve: (_r, { input }, ctx) => {
			const id = idOf(input.id, 'net');
			return save('Network', toNetwork(input, id), { create: true }, ctx, reads.getNetwork, id);
		}
	}),
	updateNetwork: t.field({
		type: NetworkRef,
		args: { input: t.arg({ type: UpdateNetworkInput, required: true }) },
		resolve: async (_r, { input }, ctx) => {
			const id = String(input.id);
			const existing = await reads.getNetwork(id);
			const record = { ...toNetwork(input, id), fictional: existing?.fictional ?? false };
			return save(
				'Network',
				record,
				{ create: false, expectedVersion: input.expectedVersion },
				ctx,
				reads.getNetwork,
				id
			);
		}
	}),
	deleteNetwork: t.id({
		args: { id: t.arg.id({ required: true }) },
		resolve: async (_r, { id }) => (await deleteEntity('Network', String(id)), String(id))
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
		args: { input: t.arg({ type: AgreementInput, required: true }) },
		resolve: (_r, { input }, ctx) => {
			const id = idOf(input.id, 'adp');
			return save(
				'Agreement',
				toAgreement(input, id),
				{ create: true },
				ctx,
				reads.getAgreement,
				id
			);
		}
	}),
	updateAgreement: t.field({
		type: AgreementRef,
		args: { input: t.arg({ type: UpdateAgreementInput, required: true }) },
		resolve: (_r, { input }, ctx) => {
			const id = String(input.id);
			return save(
				'Agreement',
				toAgreement(input, id),
				{ create: false, expectedVersion: input.expectedVersion },
				ctx,
				reads.getAgreement,
				id
			);
		}
	}),
	deleteAgreement: t.id({
		args: { id: t.arg.id({ required: true }) },
		resolve: async (_r, { id }) => (await deleteEntity('Agreement', String(id)), String(id))
	}),

	createCollaboration: t.field({
		type: CollaborationRef,
		args: { input: t.arg({ type: CollaborationInput, required: true }) },
		resolve: (_r, { input }, ctx) => {
			const id = idOf(input.id, 'col');
			return save(
				'Collaboration',
				toCollaboration(input, id),
				{ create: true },
				ctx,
				reads.getCollaboration,
				id
			);
		}
	}),
	updateCollaboration: t.field({
		type: CollaborationRef,
		args: { input: t.arg({ type: UpdateCollaborationInput, required: true }) },
		resolve: (_r, { input }, ctx) => {
			const id = String(input.id);
			return save(
				'Collaboration',
				toCollaboration(input, id),
				{ create: false, expectedVersion: input.expectedVersion },
				ctx,
				reads.getCollaboration,
				id
			);
		}
	}),
	deleteCollaboration: t.id({
		args: { id: t.arg.id({ required: true }) },
		resolve: async (_r, { id }) => (await deleteEntity('Collaboration', String(id)), String(id))
	})
}));
