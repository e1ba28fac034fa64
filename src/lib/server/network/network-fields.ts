import type {
	ActionRecord,
	AgreementRecord,
	CallRecord,
	CollaborationRecord,
	CommitmentRecord,
	NetworkRecord,
	Provenance,
	ActorKindId,
	SectorId
} from '../../domain';
import {
	cachedAmbitoNetwork,
	egoNetwork,
	type MapEdge,
	type MapNode,
	type MapNodeWorkshop,
	type MapGraph
} from './map-graph-queries';
import * as reads from './network-queries';
import type { ActorView, PartnershipView, WithMeta } from './network-queries';
import { membersWithActors, type MembershipWithActor } from './project-networks-queries';
import { badInput, notFound } from '../errors';
import type { ObjectRef } from '@pothos/core';
import { builder, type TramaSchemaTypes } from '../graphql/builder';
import { READ_NETWORK, rule } from '../auth/rules';
import { connectionType, decodeCursor, pageSize } from '../graphql/connection';
import {
	ActorKindEnum,
	CollaborationSourceEnum,
	CommitmentTypeEnum,
	FundingSourceEnum,
	PolicyAreaEnum,
	ProjectStatusEnum,
	RoleEnum,
	SectorEnum
} from '../graphql/vocabulary';

export const ProvenanceRef = builder.objectRef<Provenance>('Provenance').implement({
	description:
		'Chi ha creato o modificato, quando, da quale fonte / who changed it, when, from which source',
	fields: (t) => ({
		createdAt: t.exposeString('createdAt', { nullable: true }),
		createdBy: t.exposeString('createdBy', { nullable: true }),
		changedAt: t.exposeString('changedAt', { nullable: true }),
		changedBy: t.exposeString('changedBy', { nullable: true }),
		source: t.exposeString('source', { nullable: true }),
		version: t.exposeInt('version')
	})
});

export const ActorRef = builder.objectRef<ActorView>('Actor');
export const CallRef = builder.objectRef<WithMeta<CallRecord>>('Call');
/** Records read with their links (reads.projectWithLinks) carry them: their fields read nothing. */
export const ProjectRef = builder.objectRef<reads.ProjectWithLinks>('Project');
export const ActionRef = builder.objectRef<WithMeta<ActionRecord> & { responsible?: ActorView[] }>(
	'Action'
);
export const PartnershipRef = builder.objectRef<PartnershipView & { actor?: ActorView }>(
	'Partnership'
);
export const NetworkRef = builder.objectRef<WithMeta<NetworkRecord>>('Network');
export const MembershipRef = builder.objectRef<MembershipWithActor>('Membership');
export const AgreementRef = builder.objectRef<WithMeta<AgreementRecord>>('Agreement');
export const CollaborationRef = builder.objectRef<WithMeta<CollaborationRecord>>('Collaboration');

const actorsById = (ids: string[]) => (ids.length ? reads.getActors(ids) : Promise.resolve([]));
const required = async <T>(what: string, id: string, found: Promise<T | null>) => {
	const value = await found;
	if (value === null) throw notFound(what, id);
	return value;
};

type Fields<P> = PothosSchemaTypes.ObjectFieldBuilder<TramaSchemaTypes, P>;

/** Every stored record's version (what an edit must name) and provenance, said once. */
const versionFields = <P extends { meta: Provenance }>(t: Fields<P>) => ({
	version: t.int({ resolve: (r) => r.meta.version }),
	provenance: t.field({ type: ProvenanceRef, resolve: (r) => r.meta })
});

/** A link to the organisation a record names by id (the id must resolve). */
const actorField = <P>(t: Fields<P>, idOf: (record: P) => string) =>
	t.field({ type: ActorRef, resolve: (r) => required('Ente', idOf(r), reads.getActor(idOf(r))) });

ActorRef.implement({
	fields: (t) => ({
		id: t.exposeID('id'),
		name: t.exposeString('name'),
		kind: t.field({ type: ActorKindEnum, resolve: (a) => a.kind }),
		sector: t.field({ type: SectorEnum, nullable: true, resolve: (a) => a.sector }),
		taxCode: t.exposeString('taxCode', { nullable: true }),
		seatIstat: t.exposeString('seatIstat', { nullable: true }),
		seatName: t.exposeString('seatName', { nullable: true }),
		activeInAmbitoIds: t.exposeStringList('activeInAmbitoIds'),
		tags: t.exposeStringList('tags'),
		notes: t.exposeString('notes', { nullable: true }),
		fictional: t.exposeBoolean('fictional', {
			description: 'Dato dimostrativo inventato / invented demo data'
		}),
		...versionFields(t),
		partnerships: t.field({
			type: [PartnershipRef],
			resolve: (a) => reads.partnershipsOfActor(a.id)
		}),
		memberships: t.field({ type: [MembershipRef], resolve: (a) => reads.membershipsOfActor(a.id) }),
		collaborations: t.field({
			type: [CollaborationRef],
			resolve: (a) => reads.collaborationsOfActor(a.id)
		})
	})
});

CallRef.implement({
	description: 'Bando / call for projects',
	fields: (t) => ({
		id: t.exposeID('id'),
		title: t.exposeString('title'),
		issuer: t.exposeString('issuer', { nullable: true }),
		year: t.exposeInt('year', { nullable: true }),
		fictional: t.exposeBoolean('fictional'),
		...versionFields(t)
	})
});

ProjectRef.implement({
	fields: (t) => ({
		id: t.exposeID('id'),
		title: t.exposeString('title'),
		call: t.field({
			type: CallRef,
			nullable: true,
			resolve: (p) => (p.links ? p.links.call : p.callId ? reads.getCall(p.callId) : null)
		}),
		start: t.exposeString('start', { nullable: true }),
		end: t.exposeString('end', { nullable: true }),
		triennio: t.exposeString('triennio', { nullable: true }),
		policyAreas: t.field({ type: [PolicyAreaEnum], resolve: (p) => p.policyAreas }),
		budgetEur: t.exposeFloat('budgetEur', { nullable: true }),
		targetComuniIstat: t.exposeStringList('targetComuniIstat'),
		targetAmbitoIds: t.exposeStringList('targetAmbitoIds'),
		status: t.field({ type: ProjectStatusEnum, resolve: (p) => p.status }),
		fictional: t.exposeBoolean('fictional'),
		...versionFields(t),
		partnerships: t.field({
			type: [PartnershipRef],
			resolve: (p) => p.links?.partnerships ?? reads.partnershipsOfProject(p.id)
		}),
		actions: t.field({
			type: [ActionRef],
			resolve: (p) => p.links?.actions ?? reads.actionsOfProject(p.id)
		})
	})
});

ActionRef.implement({
	description: 'Azione di un progetto / a project action',
	fields: (t) => ({
		id: t.exposeID('id'),
		projectId: t.exposeString('projectId'),
		title: t.exposeString('title'),
		description: t.exposeString('description', { nullable: true }),
		responsible: t.field({
			type: [ActorRef],
			resolve: (a) => a.responsible ?? actorsById(a.responsibleActorIds)
		}),
		...versionFields(t)
	})
});

const CommitmentRef = builder.objectRef<CommitmentRecord>('Commitment').implement({
	description: 'Risorsa impegnata / committed resource',
	fields: (t) => ({
		type: t.field({ type: CommitmentTypeEnum, resolve: (c) => c.type }),
		amount: t.exposeFloat('amount'),
		valueEur: t.exposeFloat('valueEur', { nullable: true }),
		source: t.field({ type: FundingSourceEnum, resolve: (c) => c.source }),
		beyondFunding: t.exposeBoolean('beyondFunding'),
		description: t.exposeString('description', { nullable: true })
	})
});

PartnershipRef.implement({
	fields: (t) => ({
		id: t.exposeID('id'),
		role: t.field({ type: RoleEnum, resolve: (p) => p.role }),
		since: t.exposeString('since', { nullable: true }),
		until: t.exposeString('until', { nullable: true }),
		actor: t.field({
			type: ActorRef,
			resolve: (p) => p.actor ?? required('Ente', p.actorId, reads.getActor(p.actorId))
		}),
		project: t.field({
			type: ProjectRef,
			resolve: (p) => required('Progetto', p.projectId, reads.getProject(p.projectId))
		}),
		commitments: t.field({ type: [CommitmentRef], resolve: (p) => p.commitments }),
		...versionFields(t)
	})
});

NetworkRef.implement({
	description: 'Rete (di conciliazione, tavolo, forum…) / network',
	fields: (t) => ({
		id: t.exposeID('id'),
		name: t.exposeString('name'),
		description: t.exposeString('description', { nullable: true }),
		ambitoId: t.exposeString('ambitoId', {
			nullable: true,
			description:
				'L’Ambito il cui Ufficio di Piano tiene la rete: decide chi può modificarla / the Ambito whose office keeps the network: it decides who may change it'
		}),
		fictional: t.exposeBoolean('fictional'),
		linkedNetworks: t.field({
			type: [NetworkRef],
			resolve: async (n) =>
				(await Promise.all(n.linkedNetworkIds.map(reads.getNetwork))).filter((x) => x !== null)
		}),
		members: t.field({ type: [MembershipRef], resolve: (n) => membersWithActors(n.id) }),
		...versionFields(t)
	})
});

MembershipRef.implement({
	fields: (t) => ({
		actor: t.field({
			type: ActorRef,
			resolve: (m) => m.actor ?? required('Ente', m.actorId, reads.getActor(m.actorId))
		}),
		network: t.field({
			type: NetworkRef,
			resolve: (m) => required('Rete', m.networkId, reads.getNetwork(m.networkId))
		}),
		since: t.exposeString('since', { nullable: true }),
		until: t.exposeString('until', { nullable: true }),
		...versionFields(t)
	})
});

AgreementRef.implement({
	description: 'Accordo di Programma',
	fields: (t) => ({
		id: t.exposeID('id'),
		title: t.exposeString('title'),
		ambitoId: t.exposeString('ambitoId', { nullable: true }),
		start: t.exposeString('start', { nullable: true }),
		end: t.exposeString('end', { nullable: true }),
		fictional: t.exposeBoolean('fictional'),
		signatories: t.field({ type: [ActorRef], resolve: (g) => actorsById(g.signatoryActorIds) }),
		adherents: t.field({ type: [ActorRef], resolve: (g) => actorsById(g.adherentActorIds) }),
		...versionFields(t)
	})
});

CollaborationRef.implement({
	fields: (t) => ({
		id: t.exposeID('id'),
		actorA: actorField(t, (c) => c.actorAId),
		actorB: actorField(t, (c) => c.actorBId),
		since: t.exposeString('since', { nullable: true }),
		until: t.exposeString('until', { nullable: true }),
		strength: t.exposeInt('strength', { nullable: true }),
		trust: t.exposeInt('trust', { nullable: true }),
		value: t.exposeString('value', { nullable: true }),
		source: t.field({ type: CollaborationSourceEnum, resolve: (c) => c.source }),
		...versionFields(t)
	})
});

const SharedProjectRef = builder.objectRef<reads.SharedProject>('SharedProject').implement({
	fields: (t) => ({
		projectId: t.exposeString('projectId'),
		title: t.exposeString('title'),
		start: t.exposeString('start', { nullable: true }),
		end: t.exposeString('end', { nullable: true }),
		roleA: t.exposeString('roleA'),
		roleB: t.exposeString('roleB')
	})
});

const CollaborationHistoryRef = builder
	.objectRef<Awaited<ReturnType<typeof reads.collaborationHistory>>>('CollaborationHistory')
	.implement({
		fields: (t) => ({
			collaborations: t.field({ type: [CollaborationRef], resolve: (h) => h.collaborations }),
			sharedProjects: t.field({ type: [SharedProjectRef], resolve: (h) => h.sharedProjects })
		})
	});

const MapNodeWorkshopRef = builder.objectRef<MapNodeWorkshop>('GraphNodeWorkshop').implement({
	description:
		'Un laboratorio che ha aggiunto, collegato o valutato il soggetto / a workshop that added, tied or rated the actor',
	fields: (t) => ({
		code: t.exposeString('code'),
		name: t.exposeString('name'),
		influence: t.exposeFloat('influence', {
			nullable: true,
			description: 'Influenza media data dalla stanza, 1–5 / the room’s mean influence, 1–5'
		}),
		committedAt: t.exposeFloat('committedAt', { description: 'ms since epoch' })
	})
});
const MapNodeRef = builder.objectRef<MapNode>('GraphNode').implement({
	fields: (t) => ({
		id: t.exposeID('id'),
		label: t.exposeString('label'),
		type: t.exposeString('type'),
		kind: t.exposeString('kind', { nullable: true }),
		sector: t.exposeString('sector', { nullable: true }),
		fictional: t.exposeBoolean('fictional'),
		istat: t.exposeString('istat', { nullable: true }),
		population: t.exposeInt('population', { nullable: true }),
		triennio: t.exposeString('triennio', { nullable: true }),
		workshops: t.field({ type: [MapNodeWorkshopRef], resolve: (n) => n.workshops })
	})
});
const MapEdgeRef = builder.objectRef<MapEdge>('GraphEdge').implement({
	fields: (t) => ({
		id: t.exposeID('id'),
		source: t.exposeString('source'),
		target: t.exposeString('target'),
		type: t.exposeString('type'),
		role: t.exposeString('role', { nullable: true }),
		strength: t.exposeInt('strength', { nullable: true }),
		since: t.exposeString('since', { nullable: true }),
		until: t.exposeString('until', { nullable: true }),
		valueEur: t.exposeFloat('valueEur', { nullable: true })
	})
});
/** The map's graph; its public GraphQL name stays GraphView. */
export const MapGraphRef = builder.objectRef<MapGraph>('GraphView').implement({
	description: 'Nodi e archi per la mappa / nodes and edges for the map',
	fields: (t) => ({
		nodes: t.field({ type: [MapNodeRef], resolve: (g) => g.nodes }),
		edges: t.field({ type: [MapEdgeRef], resolve: (g) => g.edges }),
		truncated: t.exposeBoolean('truncated')
	})
});

const ActorConnection = connectionType('Actor', ActorRef);
const ProjectConnection = connectionType('Project', ProjectRef);

const MAX_GRAPH_NODES = 20_000;

builder.queryFields((t) => {
	/** One entity by id, or null. */
	const byId = <T>(type: ObjectRef<TramaSchemaTypes, T>, read: (id: string) => Promise<T | null>) =>
		t.field({
			extensions: rule(READ_NETWORK),
			type: type as ObjectRef<TramaSchemaTypes, unknown>,
			nullable: true,
			args: { id: t.arg.id({ required: true }) },
			resolve: (_r, { id }) => read(String(id))
		});
	/** The map around one place (an Ambito, an actor): `depth` hops, at most `maxNodes` nodes. */
	const mapGraph = (
		description: string,
		idArg: 'ambitoId' | 'actorId',
		defaultMaxNodes: number,
		load: (id: string, depth: number, maxNodes: number) => Promise<MapGraph | null>
	) =>
		t.field({
			extensions: rule(READ_NETWORK),
			type: MapGraphRef,
			nullable: true,
			description,
			args: {
				[idArg]: t.arg.id({ required: true }),
				depth: t.arg.int({ defaultValue: 1 }),
				maxNodes: t.arg.int({ defaultValue: defaultMaxNodes })
			},
			resolve: (_r, args) => {
				// The id's computed key widens every argument's type: depth and maxNodes are the ints above.
				const { depth, maxNodes } = args as { depth?: number | null; maxNodes?: number | null };
				return load(String(args[idArg]), clampDepth(depth), clampNodes(maxNodes));
			}
		});
	return {
		actors: t.field({
			extensions: rule(READ_NETWORK),
			type: ActorConnection,
			description: 'Ricerca enti (prefisso e fuzzy, senza accenti) / actor search',
			args: {
				first: t.arg.int(),
				after: t.arg.string(),
				search: t.arg.string(),
				kinds: t.arg({ type: [ActorKindEnum] }),
				sectors: t.arg({ type: [SectorEnum] }),
				ambitoId: t.arg.string(),
				includeTerritorial: t.arg.boolean()
			},
			resolve: async (_root, args) => {
				const first = pageSize(args.first);
				const offset = decodeCursor(args.after);
				if ((args.search?.length ?? 0) > 200)
					throw badInput([
						{ field: 'search', message: 'al massimo 200 caratteri / at most 200 characters' }
					]);
				const filter = {
					...args,
					kinds: args.kinds as ActorKindId[] | null,
					sectors: args.sectors as SectorId[] | null
				};
				const page = await reads.searchActors(filter, first, offset);
				return { ...page, offset };
			}
		}),
		actor: byId(ActorRef, reads.getActor),
		projects: t.field({
			extensions: rule(READ_NETWORK),
			type: ProjectConnection,
			args: {
				first: t.arg.int(),
				after: t.arg.string(),
				callId: t.arg.string(),
				ambitoId: t.arg.string(),
				triennio: t.arg.string(),
				actorId: t.arg.string(),
				search: t.arg.string({ description: 'Parole del titolo / words of the title' }),
				status: t.arg({ type: ProjectStatusEnum })
			},
			resolve: async (_root, args) => {
				const first = pageSize(args.first);
				const offset = decodeCursor(args.after);
				if ((args.search?.length ?? 0) > 200)
					throw badInput([
						{ field: 'search', message: 'al massimo 200 caratteri / at most 200 characters' }
					]);
				return { ...(await reads.listProjects(args, first, offset)), offset };
			}
		}),
		project: byId(ProjectRef, reads.getProject),
		calls: t.field({
			extensions: rule(READ_NETWORK),
			type: [CallRef],
			resolve: () => reads.listCalls()
		}),
		call: byId(CallRef, reads.getCall),
		networks: t.field({
			extensions: rule(READ_NETWORK),
			type: [NetworkRef],
			resolve: () => reads.listNetworks()
		}),
		network: byId(NetworkRef, reads.getNetwork),
		agreements: t.field({
			extensions: rule(READ_NETWORK),
			type: [AgreementRef],
			args: { ambitoId: t.arg.string({ required: true }) },
			resolve: (_r, { ambitoId }) => reads.agreementsOfAmbito(ambitoId)
		}),
		collaborationHistory: t.field({
			extensions: rule(READ_NETWORK),
			type: CollaborationHistoryRef,
			description: 'Collaborazioni e progetti condivisi da due enti / what two actors did together',
			args: { actorAId: t.arg.id({ required: true }), actorBId: t.arg.id({ required: true }) },
			resolve: (_r, args) =>
				reads.collaborationHistory(String(args.actorAId), String(args.actorBId))
		}),
		ambitoNetwork: mapGraph(
			"La rete di un Ambito / an Ambito's network",
			'ambitoId',
			5000,
			cachedAmbitoNetwork
		),
		egoNetwork: mapGraph(
			"La rete personale di un ente fino a profondità N / an actor's ego network",
			'actorId',
			2000,
			egoNetwork
		)
	};
});

const clampDepth = (d: number | null | undefined) => Math.min(3, Math.max(1, Math.trunc(d ?? 1)));
const clampNodes = (n: number | null | undefined) =>
	Math.min(MAX_GRAPH_NODES, Math.max(1, Math.trunc(n ?? 5000)));
