import type {
	ContributionRecord,
	ParticipantRecord,
	WorkshopEvent,
	WorkshopRecord
} from './workshop-queries';
import {
	ambitoComuni,
	listContributions,
	listParticipants,
	listWorkshops
} from './workshop-queries';
import { duplicateCandidates, type DuplicateCandidate } from './outcome';
import { normalizeActorName } from '../transfer/import/duplicates';
import { workshopPubSub } from './pubsub';
import { readCommittedSummary, type CommittedSummary } from './outcome-queries';
import {
	commitWorkshop,
	classifyActor,
	contribute,
	createWorkshop,
	exportRecord,
	findWorkshop,
	joinInfo,
	joinWorkshop,
	merge,
	normalizeCode,
	removeParticipant,
	review,
	setJoining,
	setRatedActors,
	setStatus,
	setStep
} from './workshop-service';
import { AppError } from '../errors';
import { ambitoArg, PUBLIC, rule } from '../auth/rules';
import { builder } from '../graphql/builder';
import { IN_OWN_WORKSHOP, LIST_WORKSHOPS, RUN_WORKSHOP } from './rules';

const ParticipantRef = builder.objectRef<ParticipantRecord>('WorkshopParticipant').implement({
	description: 'Chi partecipa a un laboratorio (senza account) / a workshop participant',
	fields: (t) => ({
		id: t.exposeID('id'),
		name: t.exposeString('name'),
		joinedAt: t.exposeFloat('joinedAt'),
		removed: t.exposeBoolean('removed')
	})
});

const ContributionRef = builder.objectRef<ContributionRecord>('WorkshopContribution').implement({
	description: 'Un contributo a un laboratorio / one workshop contribution',
	fields: (t) => ({
		id: t.exposeID('id'),
		clientId: t.exposeString('clientId'),
		type: t.exposeString('type', { description: 'actor | relation | rating | note' }),
		payloadJson: t.exposeString('payloadJson'),
		participantId: t.exposeString('participantId', { nullable: true }),
		participantName: t.exposeString('participantName'),
		at: t.exposeFloat('at', { description: 'ms since epoch' }),
		status: t.exposeString('status', { description: 'pending | accepted | rejected | merged' }),
		mergedInto: t.exposeString('mergedInto', { nullable: true })
	})
});

const CommittedRef = builder.objectRef<CommittedSummary>('WorkshopCommitted').implement({
	description:
		'Che cosa il laboratorio ha lasciato nella mappa, con la provenienza / what the workshop left on the map',
	fields: (t) => ({
		participantCount: t.exposeInt('participantCount'),
		committedAt: t.exposeFloat('committedAt', { description: 'ms since epoch' }),
		source: t.exposeString('source'),
		actorsAdded: t.exposeInt('actorsAdded'),
		collaborationsAdded: t.exposeInt('collaborationsAdded'),
		actorsRated: t.exposeInt('actorsRated'),
		notes: t.exposeInt('notes', { description: 'obiettivi e note / goals and notes' })
	})
});

const WorkshopComuneRef = builder
	.objectRef<{ istat: string; name: string }>('WorkshopComune')
	.implement({
		fields: (t) => ({ istat: t.exposeString('istat'), name: t.exposeString('name') })
	});

const DuplicateRef = builder.objectRef<DuplicateCandidate>('WorkshopDuplicateCandidate').implement({
	description:
		'Due soggetti forse uguali (stesso Comune, nome quasi uguale): il primo si può unire al secondo / a possible duplicate pair',
	fields: (t) => ({
		sourceId: t.exposeID('sourceId'),
		targetId: t.exposeID('targetId'),
		seatIstat: t.exposeString('seatIstat')
	})
});

const WorkshopRef = builder.objectRef<WorkshopRecord>('Workshop').implement({
	description: 'Un laboratorio partecipativo / a participatory workshop',
	fields: (t) => ({
		id: t.exposeID('id'),
		code: t.exposeString('code'),
		name: t.exposeString('name'),
		ambitoId: t.exposeString('ambitoId'),
		step: t.exposeString('step', {
			description: 'actors | relations | influence | goals | review'
		}),
		status: t.exposeString('status', { description: 'open | paused | closed | committed' }),
		joiningOpen: t.exposeBoolean('joiningOpen'),
		createdAt: t.exposeFloat('createdAt'),
		committedAt: t.exposeFloat('committedAt', { nullable: true }),
		ratedActors: t.exposeStringList('ratedActors', {
			nullable: true,
			description:
				'I soggetti (clientId) scelti per la fase dell’influenza; null: quelli aggiunti o collegati dalla stanza / actors chosen for the influence step; null: the default'
		}),
		participants: t.field({
			type: [ParticipantRef],
			resolve: (w) => listParticipants(w.id)
		}),
		contributions: t.field({
			type: [ContributionRef],
			resolve: (w) => listContributions(w.id)
		}),
		comuni: t.field({
			type: [WorkshopComuneRef],
			description: 'I Comuni dell’Ambito, per la sede dei nuovi soggetti / the Ambito’s Comuni',
			resolve: (w) => ambitoComuni(w.ambitoId)
		}),
		duplicateCandidates: t.field({
			type: [DuplicateRef],
			description:
				'Possibili doppioni da unire prima del salvataggio / near-duplicates to merge before the commit',
			resolve: async (w) => duplicateCandidates(await listContributions(w.id), normalizeActorName)
		}),
		committed: t.field({
			type: CommittedRef,
			nullable: true,
			resolve: (w) => (w.status === 'committed' ? readCommittedSummary(w.id) : null)
		})
	})
});

const JoinInfoRef = builder
	.objectRef<Pick<WorkshopRecord, 'code' | 'name' | 'status' | 'joiningOpen'>>('WorkshopJoinInfo')
	.implement({
		description: 'Quanto serve per entrare / what a join page shows',
		fields: (t) => ({
			code: t.exposeString('code'),
			name: t.exposeString('name'),
			status: t.exposeString('status'),
			joiningOpen: t.exposeBoolean('joiningOpen')
		})
	});

const JoinResultRef = builder
	.objectRef<{ token: string; participant: ParticipantRecord; workshop: WorkshopRecord }>(
		'WorkshopJoin'
	)
	.implement({
		fields: (t) => ({
			token: t.exposeString('token', {
				description:
					'Da inviare nell’intestazione x-trama-participant / send as x-trama-participant'
			}),
			participant: t.field({ type: ParticipantRef, resolve: (r) => r.participant }),
			workshop: t.field({ type: WorkshopRef, resolve: (r) => r.workshop })
		})
	});

const AckRef = builder
	.objectRef<{ contribution: ContributionRecord; created: boolean }>('WorkshopAck')
	.implement({
		description: 'Conferma di un contributo salvato / acknowledgement of a stored contribution',
		fields: (t) => ({
			contribution: t.field({ type: ContributionRef, resolve: (r) => r.contribution }),
			created: t.exposeBoolean('created', {
				description: 'False when this clientId had already been stored (a retry)'
			})
		})
	});

const CommitResultRef = builder
	.objectRef<{ workshop: WorkshopRecord; actors: number; collaborations: number }>('WorkshopCommit')
	.implement({
		fields: (t) => ({
			workshop: t.field({ type: WorkshopRef, resolve: (r) => r.workshop }),
			actors: t.exposeInt('actors'),
			collaborations: t.exposeInt('collaborations')
		})
	});

const EventRef = builder.objectRef<WorkshopEvent>('WorkshopEvent').implement({
	fields: (t) => ({
		workshopId: t.exposeString('workshopId'),
		kind: t.exposeString('kind', { description: 'contribution | workshop | participant' }),
		contribution: t.field({
			type: ContributionRef,
			nullable: true,
			resolve: (e) => e.contribution
		}),
		workshop: t.field({ type: WorkshopRef, nullable: true, resolve: (e) => e.workshop }),
		participant: t.field({ type: ParticipantRef, nullable: true, resolve: (e) => e.participant })
	})
});

// ---- queries

builder.queryField('workshops', (t) =>
	t.field({
		extensions: rule(LIST_WORKSHOPS),
		type: [WorkshopRef],
		description: 'I laboratori degli Ambiti del facilitatore / the facilitator’s workshops',
		args: { ambitoId: t.arg.id() },
		resolve: (_r, args, ctx) => {
			const all = ctx.viewer?.roles.includes('amministratore');
			const ambiti = args.ambitoId
				? [String(args.ambitoId)]
				: all
					? null
					: (ctx.viewer?.ambitoIds ?? []);
			return listWorkshops(ambiti);
		}
	})
);

builder.queryField('workshop', (t) =>
	t.field({
		extensions: rule(RUN_WORKSHOP),
		type: WorkshopRef,
		nullable: true,
		description: 'Un laboratorio per codice (facilitatore) / a workshop by code (facilitator)',
		args: { code: t.arg.string({ required: true }) },
		resolve: (_r, args) => findWorkshop({ code: normalizeCode(args.code) })
	})
);

builder.queryField('workshopExport', (t) =>
	t.field({
		extensions: rule(RUN_WORKSHOP),
		type: 'String',
		description: 'Il registro completo in JSON: chi ha aggiunto cosa, quando / the full record',
		args: { workshopId: t.arg.id({ required: true }) },
		resolve: (_r, args) => exportRecord(String(args.workshopId))
	})
);

builder.queryField('workshopJoinInfo', (t) =>
	t.field({
		extensions: rule(PUBLIC),
		type: JoinInfoRef,
		nullable: true,
		description:
			'Nome di un laboratorio aperto alle iscrizioni, dal codice (pubblico, limitato come l’ingresso); null se il codice è errato o le iscrizioni sono chiuse / join info for a code open to joining (public, limited like joining); null when wrong or closed',
		args: { code: t.arg.string({ required: true }) },
		resolve: (_r, args, ctx) => joinInfo(args.code, ctx.clientAddress)
	})
);

builder.queryField('participantWorkshop', (t) =>
	t.field({
		extensions: rule(IN_OWN_WORKSHOP),
		type: WorkshopRef,
		description: 'Il laboratorio del partecipante / the participant’s workshop',
		resolve: async (_r, _a, ctx) => {
			const w = await findWorkshop({ id: ctx.viewer?.workshopIds[0] ?? '' });
			if (!w) throw new AppError('NOT_FOUND', 'Laboratorio non trovato / workshop not found');
			return w;
		}
	})
);

// ---- mutations

builder.mutationField('createWorkshop', (t) =>
	t.field({
		extensions: rule({ permission: 'workshop.run', scope: ambitoArg() }),
		type: WorkshopRef,
		args: {
			ambitoId: t.arg.id({ required: true }),
			name: t.arg.string({ required: true }),
			fromMap: t.arg.boolean({ required: false })
		},
		resolve: (_r, args, ctx) =>
			createWorkshop(
				{ ambitoId: String(args.ambitoId), name: args.name, fromMap: Boolean(args.fromMap) },
				ctx.viewer!
			)
	})
);

builder.mutationField('joinWorkshop', (t) =>
	t.field({
		extensions: rule(PUBLIC),
		type: JoinResultRef,
		description: 'Entra con il codice e un nome, senza account / join with the code and a name',
		args: { code: t.arg.string({ required: true }), name: t.arg.string({ required: true }) },
		resolve: (_r, args, ctx) => joinWorkshop(args.code, args.name, ctx.clientAddress)
	})
);

builder.mutationField('contributeToWorkshop', (t) =>
	t.field({
		extensions: rule(IN_OWN_WORKSHOP),
		type: AckRef,
		description:
			'Un contributo, idempotente sul clientId / one contribution, idempotent on clientId',
		args: {
			clientId: t.arg.string({ required: true }),
			type: t.arg.string({ required: true }),
			payloadJson: t.arg.string({ required: true })
		},
		resolve: (_r, args, ctx) => contribute(ctx.viewer!, args)
	})
);

builder.mutationField('setWorkshopStep', (t) =>
	t.field({
		extensions: rule(RUN_WORKSHOP),
		type: WorkshopRef,
		args: { workshopId: t.arg.id({ required: true }), step: t.arg.string({ required: true }) },
		resolve: (_r, args) => setStep(String(args.workshopId), args.step)
	})
);

builder.mutationField('setWorkshopStatus', (t) =>
	t.field({
		extensions: rule(RUN_WORKSHOP),
		type: WorkshopRef,
		args: { workshopId: t.arg.id({ required: true }), status: t.arg.string({ required: true }) },
		resolve: (_r, args) => setStatus(String(args.workshopId), args.status)
	})
);

builder.mutationField('setWorkshopJoining', (t) =>
	t.field({
		extensions: rule(RUN_WORKSHOP),
		type: WorkshopRef,
		args: { workshopId: t.arg.id({ required: true }), open: t.arg.boolean({ required: true }) },
		resolve: (_r, args) => setJoining(String(args.workshopId), args.open)
	})
);

builder.mutationField('removeWorkshopParticipant', (t) =>
	t.field({
		extensions: rule(RUN_WORKSHOP),
		type: 'Boolean',
		args: {
			workshopId: t.arg.id({ required: true }),
			participantId: t.arg.id({ required: true })
		},
		resolve: (_r, args) => removeParticipant(String(args.workshopId), String(args.participantId))
	})
);

builder.mutationField('reviewWorkshopContributions', (t) =>
	t.field({
		extensions: rule(RUN_WORKSHOP),
		type: [ContributionRef],
		args: {
			workshopId: t.arg.id({ required: true }),
			ids: t.arg.idList({ required: true }),
			status: t.arg.string({ required: true })
		},
		resolve: (_r, args, ctx) =>
			review(String(args.workshopId), args.ids.map(String), args.status, ctx.viewer!)
	})
);

builder.mutationField('mergeWorkshopActors', (t) =>
	t.field({
		extensions: rule(RUN_WORKSHOP),
		type: [ContributionRef],
		description: 'Fonde doppioni nel soggetto indicato / merges duplicates into the target',
		args: {
			workshopId: t.arg.id({ required: true }),
			sourceIds: t.arg.idList({ required: true }),
			targetId: t.arg.id({ required: true })
		},
		resolve: (_r, args, ctx) =>
			merge(String(args.workshopId), args.sourceIds.map(String), String(args.targetId), ctx.viewer!)
	})
);

builder.mutationField('classifyWorkshopActor', (t) =>
	t.field({
		extensions: rule(RUN_WORKSHOP),
		type: ContributionRef,
		description:
			'Dà il tipo di ente (e quindi il settore) a un nuovo soggetto prima del salvataggio / sets a new actor’s kind before the commit',
		args: {
			workshopId: t.arg.id({ required: true }),
			contributionId: t.arg.id({ required: true }),
			kind: t.arg.string({ required: true }),
			seatIstat: t.arg.string({
				required: false,
				description: 'Comune della sede (ISTAT); "" la toglie / seat Comune; "" clears it'
			})
		},
		resolve: (_r, args, ctx) =>
			classifyActor(
				String(args.workshopId),
				String(args.contributionId),
				args.kind,
				ctx.viewer!,
				args.seatIstat === null ? undefined : args.seatIstat
			)
	})
);

builder.mutationField('setWorkshopRatedActors', (t) =>
	t.field({
		extensions: rule(RUN_WORKSHOP),
		type: WorkshopRef,
		description:
			'Sceglie i soggetti da valutare nella fase dell’influenza (null: quelli aggiunti o collegati) / chooses the actors rated in the influence step',
		args: { workshopId: t.arg.id({ required: true }), refs: t.arg.stringList({ required: false }) },
		resolve: (_r, args) => setRatedActors(String(args.workshopId), args.refs ?? null)
	})
);

builder.mutationField('commitWorkshop', (t) =>
	t.field({
		extensions: rule(RUN_WORKSHOP),
		type: CommitResultRef,
		description:
			'Scrive il risultato rivisto nella mappa in una transazione / commits the reviewed result',
		args: { workshopId: t.arg.id({ required: true }) },
		resolve: (_r, args, ctx) => commitWorkshop(String(args.workshopId), ctx.viewer!)
	})
);

// ---- subscriptions (SSE): events after each committed write

builder.subscriptionField('workshopEvents', (t) =>
	t.field({
		extensions: rule(RUN_WORKSHOP),
		type: EventRef,
		description: 'Eventi dal vivo di un laboratorio (facilitatore, proiettore) / live events',
		args: { workshopId: t.arg.id({ required: true }) },
		subscribe: (_r, args) => workshopPubSub.subscribe('workshop', String(args.workshopId)),
		resolve: (event) => event
	})
);

builder.subscriptionField('participantWorkshopEvents', (t) =>
	t.field({
		extensions: rule(IN_OWN_WORKSHOP),
		type: EventRef,
		description: 'Eventi dal vivo del laboratorio del partecipante / the participant’s live events',
		subscribe: (_r, _a, ctx) =>
			workshopPubSub.subscribe('workshop', ctx.viewer?.workshopIds[0] ?? ''),
		resolve: (event) => event
	})
);
