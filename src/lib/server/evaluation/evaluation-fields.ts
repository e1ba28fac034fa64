import type { LocalizedText } from '../../domain';
import type { Adjustment, ScoringFailure } from '../../scoring';
import type { AuditEntry, BusyActor } from './evaluation-queries';
import * as reads from '../network/network-queries';
import { badInput } from '../errors';
import {
	adjustScore,
	auditTrail,
	finalize,
	readOnce,
	reopen,
	setNotes,
	viewBusyActors,
	viewEvaluation,
	viewEvaluations,
	type EvaluationView,
	type EvaluationViews
} from './evaluation-service';
import { DEFAULT_RUBRIC_ID } from './scorecard-service';
import { builder } from '../graphql/builder';
import { READ_NETWORK, rule } from '../auth/rules';
import { EVALUATE } from './rules';
import type { GraphQLContext } from '../graphql/context';
import { stampOf } from '../graphql/stamp';
import { ProjectRef } from '../network/network-fields';
import { ScorecardRef } from './scoring-fields';
import { LocalizedTextRef } from '../graphql/vocabulary';
import { userNames } from '../accounts/user-queries';
import { territoryTree } from '../territory/territory-queries';
import { allAmbiti } from '../../territory';
import { projectTerritory, type TerritoryComune } from '../../evaluation/territory';

/** A record stamped with a user id, with that user's name beside it (null: no longer a user). */
type Named<T> = T & { byName: string | null };
async function withNames<T extends { by: string }>(rows: readonly T[]): Promise<Named<T>[]> {
	const names = await userNames(rows.map((r) => r.by));
	return rows.map((r) => ({ ...r, byName: names.get(r.by) ?? null }));
}
const byName = {
	nullable: true,
	description: 'Nome di chi ha agito, null se non è più un utente / who acted, by name'
} as const;

const AdjustmentRef = builder.objectRef<Named<Adjustment>>('Adjustment').implement({
	description:
		'Punteggio corretto dal valutatore, con motivazione / evaluator adjustment with reason',
	fields: (t) => ({
		criterionId: t.exposeString('criterionId'),
		score: t.exposeFloat('score'),
		reason: t.exposeString('reason'),
		by: t.exposeString('by'),
		byName: t.exposeString('byName', byName),
		at: t.exposeString('at')
	})
});

const AuditEntryRef = builder.objectRef<Named<AuditEntry>>('AuditEntry').implement({
	description: 'Una voce del registro delle modifiche (solo aggiunte) / an append-only audit entry',
	fields: (t) => ({
		at: t.exposeString('at'),
		by: t.exposeString('by'),
		byName: t.exposeString('byName', byName),
		action: t.exposeString('action'),
		criterionId: t.exposeString('criterionId', { nullable: true }),
		oldValue: t.exposeString('oldValue', { nullable: true }),
		newValue: t.exposeString('newValue', { nullable: true }),
		reason: t.exposeString('reason', { nullable: true })
	})
});

const TargetComuneRef = builder.objectRef<TerritoryComune>('TargetComune').implement({
	description: 'Un Comune a cui si rivolge il progetto / a Comune the project targets',
	fields: (t) => ({
		istat: t.exposeString('istat'),
		name: t.exposeString('name'),
		population: t.exposeInt('population', { nullable: true })
	})
});

/** A ranking's views carry their project; a page's is read once per view, with its links. */
const projectOf = (e: EvaluationView) =>
	e.project !== undefined
		? Promise.resolve(e.project)
		: readOnce(e, 'project', () => reads.projectWithLinks(e.projectId));

const EvaluationRef = builder.objectRef<EvaluationView>('Evaluation').implement({
	fields: (t) => ({
		projectId: t.exposeString('projectId'),
		project: t.field({
			type: ProjectRef,
			nullable: true,
			resolve: projectOf
		}),
		rubricId: t.exposeString('rubricId'),
		rubricVersion: t.exposeInt('rubricVersion'),
		status: t.exposeString('status', { description: 'draft | final' }),
		notes: t.string({ nullable: true, resolve: (e) => e.stored?.notes ?? null }),
		version: t.int({
			description: 'Per la concorrenza ottimistica / for optimistic concurrency',
			resolve: (e) => e.stored?.version ?? 0
		}),
		adjustments: t.field({
			type: [AdjustmentRef],
			resolve: (e) => withNames(e.stored?.adjustments ?? [])
		}),
		scorecard: t.field({
			type: ScorecardRef,
			description: 'La scheda che vale / the scorecard that counts',
			resolve: (e) => e.effective
		}),
		computedScorecard: t.field({
			type: ScorecardRef,
			description: 'Ricalcolata ora, senza correzioni / recomputed now, unadjusted',
			resolve: (e) => e.computed
		}),
		finalizedAt: t.string({ nullable: true, resolve: (e) => e.stored?.finalizedAt ?? null }),
		finalizedBy: t.string({ nullable: true, resolve: (e) => e.stored?.finalizedBy ?? null }),
		finalizedByName: t.string({
			...byName,
			resolve: async (e) => {
				const id = e.stored?.finalizedBy;
				return id ? ((await userNames([id])).get(id) ?? null) : null;
			}
		}),
		dataChangedSinceFinal: t.exposeBoolean('dataChangedSinceFinal', {
			description: 'dati modificati dopo la valutazione'
		}),
		changes: t.field({ type: [LocalizedTextRef], resolve: (e) => e.changes as LocalizedText[] }),
		targetComuni: t.field({
			type: [TargetComuneRef],
			description:
				'I Comuni a cui si rivolge il progetto (nominati e dei suoi Ambiti), per nome / the Comuni the project targets (named and of its Ambiti), by name',
			// The page needs a project's few Comuni: it was sent the region's 1,502 to pick them.
			resolve: (e) =>
				readOnce(e, 'targetComuni', async () => {
					const [tree, project] = await Promise.all([territoryTree(), projectOf(e)]);
					return project ? projectTerritory(allAmbiti(tree), project) : [];
				})
		}),
		audit: t.field({
			type: [AuditEntryRef],
			resolve: async (e) =>
				withNames(await readOnce(e, 'audit', () => auditTrail(e.projectId, e.rubricId)))
		})
	})
});

const ScoringFailureRef = builder.objectRef<ScoringFailure>('ScoringFailure').implement({
	description:
		'Un progetto il cui punteggio non si è potuto calcolare, con la causa / a project that could not be scored, with its cause',
	fields: (t) => ({
		projectId: t.exposeString('projectId'),
		project: t.field({
			type: ProjectRef,
			nullable: true,
			resolve: (f) => reads.getProject(f.projectId)
		}),
		message: t.field({ type: LocalizedTextRef, resolve: (f) => f.message }),
		cause: t.exposeString('cause')
	})
});

const RankingRef = builder.objectRef<EvaluationViews>('Ranking').implement({
	description:
		'Una graduatoria: le valutazioni e i progetti che non si sono potuti valutare / a ranking: evaluations and projects that could not be scored',
	fields: (t) => ({
		evaluations: t.field({ type: [EvaluationRef], resolve: (r) => r.views }),
		failures: t.field({ type: [ScoringFailureRef], resolve: (r) => r.failures })
	})
});

async function rankingOf(args: {
	callId?: string | number | null;
	ambitoId?: string | number | null;
	triennio?: string | null;
	rubricId?: string | number | null;
}): Promise<EvaluationViews> {
	const ids = await reads.allProjectIds({
		callId: args.callId ? String(args.callId) : null,
		ambitoId: args.ambitoId ? String(args.ambitoId) : null,
		triennio: args.triennio
	});
	const ranking = await viewEvaluations(
		ids,
		args.rubricId ? String(args.rubricId) : DEFAULT_RUBRIC_ID
	);
	ranking.views.sort((a, b) => (b.effective.total ?? -1) - (a.effective.total ?? -1));
	return ranking;
}

const BusyActorRef = builder.objectRef<BusyActor>('BusyActor').implement({
	description:
		'Ente impegnato in molti progetti nello stesso periodo / actor committed to many projects at once',
	fields: (t) => ({
		id: t.exposeID('id'),
		name: t.exposeString('name'),
		kind: t.exposeString('kind'),
		projectCount: t.exposeInt('projectCount'),
		ambitoCount: t.exposeInt('ambitoCount'),
		projectTitles: t.exposeStringList('projectTitles')
	})
});

builder.queryFields((t) => ({
	evaluation: t.field({
		extensions: rule(READ_NETWORK),
		type: EvaluationRef,
		args: {
			projectId: t.arg.id({ required: true }),
			rubricId: t.arg.id(),
			rubricVersion: t.arg.int()
		},
		resolve: (_r, args) =>
			viewEvaluation(
				String(args.projectId),
				args.rubricId ? String(args.rubricId) : DEFAULT_RUBRIC_ID,
				args.rubricVersion
			)
	}),
	evaluations: t.field({
		extensions: rule(READ_NETWORK),
		type: [EvaluationRef],
		description:
			'La graduatoria di un bando, di un Ambito o di tutta la regione / ranking of a call, an Ambito or the region',
		args: {
			callId: t.arg.id(),
			ambitoId: t.arg.id(),
			triennio: t.arg.string(),
			rubricId: t.arg.id()
		},
		resolve: async (_r, args) => (await rankingOf(args)).views
	}),
	ranking: t.field({
		extensions: rule(READ_NETWORK),
		type: RankingRef,
		description:
			'La graduatoria con i progetti che non si sono potuti valutare (isolati: gli altri rispondono) / the ranking with the projects that could not be scored (isolated)',
		args: {
			callId: t.arg.id(),
			ambitoId: t.arg.id(),
			triennio: t.arg.string(),
			rubricId: t.arg.id()
		},
		resolve: (_r, args) => rankingOf(args)
	}),
	busyActors: t.field({
		extensions: rule(READ_NETWORK),
		type: [BusyActorRef],
		description:
			'Enti impegnati in almeno N progetti dello stesso triennio / actors in at least N projects of one triennio',
		args: {
			minProjects: t.arg.int({ defaultValue: 3 }),
			triennio: t.arg.string(),
			callId: t.arg.id()
		},
		resolve: async (_r, args) => {
			const min = args.minProjects ?? 3;
			if (min < 2 || min > 100)
				throw badInput([{ field: 'minProjects', message: 'tra 2 e 100 / between 2 and 100' }]);
			return viewBusyActors(min, args.triennio ?? null, args.callId ? String(args.callId) : null);
		}
	})
}));

const key = (
	args: {
		projectId: string | number;
		rubricId?: string | number | null;
		expectedVersion?: number | null;
	},
	ctx: GraphQLContext
) => ({
	projectId: String(args.projectId),
	rubricId: args.rubricId ? String(args.rubricId) : DEFAULT_RUBRIC_ID,
	expectedVersion: args.expectedVersion ?? null,
	by: stampOf(ctx).by
});
const nowIso = () => new Date().toISOString();

builder.mutationFields((t) => ({
	adjustScore: t.field({
		extensions: rule(EVALUATE),
		type: EvaluationRef,
		description:
			'Corregge il punteggio di un criterio con motivazione obbligatoria (score null = annulla) / adjust a criterion with a reason',
		args: {
			projectId: t.arg.id({ required: true }),
			rubricId: t.arg.id(),
			criterionId: t.arg.string({ required: true }),
			score: t.arg.float(),
			reason: t.arg.string({ required: true }),
			expectedVersion: t.arg.int()
		},
		resolve: (_r, args, ctx) =>
			adjustScore(
				{
					...key(args, ctx),
					criterionId: args.criterionId,
					score: args.score ?? null,
					reason: args.reason
				},
				nowIso()
			)
	}),
	setEvaluationNotes: t.field({
		extensions: rule(EVALUATE),
		type: EvaluationRef,
		args: {
			projectId: t.arg.id({ required: true }),
			rubricId: t.arg.id(),
			notes: t.arg.string({ required: true }),
			expectedVersion: t.arg.int()
		},
		resolve: (_r, args, ctx) => setNotes({ ...key(args, ctx), notes: args.notes })
	}),
	finalizeEvaluation: t.field({
		extensions: rule(EVALUATE),
		type: EvaluationRef,
		args: {
			projectId: t.arg.id({ required: true }),
			rubricId: t.arg.id(),
			expectedVersion: t.arg.int()
		},
		resolve: (_r, args, ctx) => finalize(key(args, ctx), nowIso())
	}),
	reopenEvaluation: t.field({
		extensions: rule(EVALUATE),
		type: EvaluationRef,
		args: {
			projectId: t.arg.id({ required: true }),
			rubricId: t.arg.id(),
			reason: t.arg.string({ required: true }),
			expectedVersion: t.arg.int()
		},
		resolve: (_r, args, ctx) => reopen({ ...key(args, ctx), reason: args.reason })
	})
}));
