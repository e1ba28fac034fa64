import {
	CRITERIA,
	DEFAULT_COMPARABILITY_THRESHOLD,
	comparabilityThreshold,
	type CriterionDefinition,
	type CriterionResult,
	type NetworkMetrics,
	type Scorecard,
	type Subscore,
	type Suggestion
} from '../../scoring';
import type { StoredRubric } from './rubric-queries';
import { saveRubricVersion, listRubrics, getRubric, rubricOfCall } from './rubric-queries';
import * as reads from '../network/network-queries';
import { badInput } from '../errors';
import {
	ambitoNetworkMetrics,
	resolveRubric,
	scoreProject,
	scoreProjects
} from './scorecard-service';
import { builder } from '../graphql/builder';
import { READ_NETWORK, rule, str, type Args } from '../auth/rules';
import { can, GLOBAL, type Scope } from '../auth/policy';
import { stampOf } from '../graphql/stamp';
import { CallRef, ProjectRef } from '../network/network-fields';
import { LocalizedTextRef } from '../graphql/vocabulary';

/** A rubric for one call is the call's evaluators' to save; any other, only for unrestricted grants. */
const rubricScope = (args: Args): Scope => {
	const callId = str((args.input as Args | undefined)?.callId);
	return callId ? { kind: 'calls', callIds: [callId] } : GLOBAL;
};

interface KeyValue {
	key: string;
	value: string;
}
/** Open-ended maps (a criterion's inputs, parameters) as key/value pairs; values JSON-encoded. */
const KeyValueRef = builder.objectRef<KeyValue>('KeyValue').implement({
	fields: (t) => ({
		key: t.exposeString('key'),
		value: t.exposeString('value', { description: 'JSON' })
	})
});
const pairs = (record: Record<string, unknown>): KeyValue[] =>
	Object.entries(record).map(([key, value]) => ({ key, value: JSON.stringify(value) }));

const SubscoreRef = builder.objectRef<Subscore>('Subscore').implement({
	fields: (t) => ({
		id: t.exposeString('id'),
		label: t.field({ type: LocalizedTextRef, resolve: (s) => s.label }),
		score: t.exposeFloat('score', { nullable: true }),
		weight: t.exposeFloat('weight')
	})
});
const SuggestionImpactRef = builder
	.objectRef<NonNullable<Suggestion['impacts']>[number]>('SuggestionImpact')
	.implement({
		fields: (t) => ({
			actorId: t.exposeString('actorId'),
			totalDelta: t.exposeFloat('totalDelta', { nullable: true })
		})
	});
const SuggestionRef = builder.objectRef<Suggestion>('Suggestion').implement({
	fields: (t) => ({
		it: t.exposeString('it'),
		en: t.exposeString('en'),
		actorIds: t.stringList({ resolve: (s) => s.actorIds ?? [] }),
		comuni: t.stringList({ resolve: (s) => s.comuni ?? [] }),
		impacts: t.field({
			type: [SuggestionImpactRef],
			description:
				'Di quanto cambierebbe il totale se ciascun candidato entrasse / how much the total would change if each candidate joined',
			resolve: (s) => s.impacts ?? []
		})
	})
});
const CriterionResultRef = builder.objectRef<CriterionResult>('CriterionResult').implement({
	fields: (t) => ({
		id: t.exposeString('id'),
		label: t.field({ type: LocalizedTextRef, resolve: (c) => c.label }),
		weight: t.exposeFloat('weight'),
		score: t.exposeFloat('score', {
			nullable: true,
			description: '0–100, null = non valutabile / not assessable'
		}),
		assessable: t.exposeBoolean('assessable'),
		missing: t.exposeStringList('missing'),
		subscores: t.field({ type: [SubscoreRef], resolve: (c) => c.subscores }),
		inputs: t.field({ type: [KeyValueRef], resolve: (c) => pairs(c.inputs) }),
		formula: t.field({ type: LocalizedTextRef, resolve: (c) => c.formula }),
		suggestions: t.field({ type: [SuggestionRef], resolve: (c) => c.suggestions }),
		params: t.field({ type: [KeyValueRef], resolve: (c) => pairs(c.params) }),
		summary: t.field({
			type: LocalizedTextRef,
			nullable: true,
			description: 'Cosa guarda il criterio, in parole semplici / what the criterion looks at',
			resolve: (c) => c.summary ?? null
		}),
		explanation: t.field({
			type: LocalizedTextRef,
			nullable: true,
			description:
				'Perché il progetto ha questo punteggio, in parole semplici / why the project got this score',
			resolve: (c) => c.explanation ?? null
		}),
		partial: t.stringList({ resolve: (c) => c.partial ?? [] }),
		applicable: t.boolean({ resolve: (c) => c.applicable !== false })
	})
});
const NotAssessedRef = builder
	.objectRef<Scorecard['notAssessed'][number]>('NotAssessedCriterion')
	.implement({
		description:
			'Un criterio non valutabile e cosa manca / a criterion not assessed and what is missing',
		fields: (t) => ({
			criterionId: t.exposeString('criterionId'),
			label: t.field({ type: LocalizedTextRef, resolve: (c) => c.label }),
			missing: t.exposeStringList('missing')
		})
	});
const CandidateImpactRef = builder
	.objectRef<NonNullable<Scorecard['candidateImpacts']>[number]>('CandidateImpact')
	.implement({
		fields: (t) => ({
			actorId: t.exposeString('actorId'),
			name: t.exposeString('name'),
			kind: t.exposeString('kind'),
			totalDelta: t.exposeFloat('totalDelta', { nullable: true })
		})
	});
export const ScorecardRef = builder.objectRef<Scorecard>('Scorecard').implement({
	fields: (t) => ({
		projectId: t.exposeString('projectId'),
		rubricId: t.exposeString('rubricId'),
		rubricVersion: t.exposeInt('rubricVersion'),
		total: t.exposeFloat('total', { nullable: true }),
		assessedWeightShare: t.exposeFloat('assessedWeightShare'),
		// Scorecards signed before scoring v2 were stored without these: read with the default threshold.
		comparabilityThreshold: t.float({
			description:
				'Quota di peso valutata sotto cui il totale non è confrontabile / assessed share below which the total is not comparable',
			resolve: (s) => s.comparabilityThreshold ?? DEFAULT_COMPARABILITY_THRESHOLD
		}),
		comparable: t.boolean({
			resolve: (s) =>
				s.comparable ??
				(s.total !== null &&
					s.assessedWeightShare >=
						(s.comparabilityThreshold ?? DEFAULT_COMPARABILITY_THRESHOLD) - 1e-12)
		}),
		notAssessed: t.field({ type: [NotAssessedRef], resolve: (s) => s.notAssessed ?? [] }),
		candidateImpacts: t.field({
			type: [CandidateImpactRef],
			description:
				'Candidati reali del territorio e di quanto cambierebbe il totale con ciascuno (solo sulla scheda di un progetto) / real candidates and their effect on the total (one project’s scorecard only)',
			resolve: (s) => s.candidateImpacts ?? []
		}),
		criteria: t.field({ type: [CriterionResultRef], resolve: (s) => s.criteria })
	})
});

const RubricCriterionRef = builder
	.objectRef<StoredRubric['criteria'][number]>('RubricCriterion')
	.implement({
		fields: (t) => ({
			id: t.exposeString('id'),
			weight: t.exposeFloat('weight'),
			params: t.field({ type: [KeyValueRef], resolve: (c) => pairs(c.params ?? {}) })
		})
	});
const RubricRef = builder.objectRef<StoredRubric>('Rubric').implement({
	description: 'Griglia di valutazione (pesi e soglie), versionata / versioned scoring rubric',
	fields: (t) => ({
		id: t.exposeID('id'),
		version: t.exposeInt('version'),
		name: t.field({ type: LocalizedTextRef, resolve: (r) => r.name }),
		criteria: t.field({ type: [RubricCriterionRef], resolve: (r) => r.criteria }),
		basedOn: t.exposeString('basedOn', { nullable: true }),
		preset: t.exposeBoolean('preset'),
		minAssessedShare: t.float({
			description:
				'Soglia di confrontabilità (0–1, predefinita 0,7) / comparability threshold (0–1, default 0.7)',
			resolve: (r) => comparabilityThreshold(r)
		}),
		callId: t.exposeString('callId', {
			nullable: true,
			description: 'Il bando per cui è stata adattata / the call it was adapted for'
		}),
		createdAt: t.exposeString('createdAt', { nullable: true }),
		createdBy: t.exposeString('createdBy', { nullable: true })
	})
});

const ParameterRef = builder
	.objectRef<CriterionDefinition['parameters'][number]>('CriterionParameter')
	.implement({
		fields: (t) => ({
			id: t.exposeString('id'),
			label: t.field({ type: LocalizedTextRef, resolve: (p) => p.label }),
			default: t.exposeFloat('default'),
			min: t.exposeFloat('min'),
			max: t.exposeFloat('max')
		})
	});
const CriterionRef = builder.objectRef<CriterionDefinition>('Criterion').implement({
	description: 'Un criterio della Regione / one of the region’s criteria',
	fields: (t) => ({
		id: t.exposeString('id'),
		label: t.field({ type: LocalizedTextRef, resolve: (c) => c.label }),
		actSource: t.string({ resolve: (c) => c.actSource.it }),
		actReference: t.string({ resolve: (c) => c.actSource.ref }),
		parameters: t.field({ type: [ParameterRef], resolve: (c) => c.parameters }),
		formula: t.field({
			type: LocalizedTextRef,
			resolve: (c) => c.formula(Object.fromEntries(c.parameters.map((p) => [p.id, p.default])))
		})
	})
});

interface ProjectScorecard {
	projectId: string;
	scorecard: Scorecard;
}
const ProjectScorecardRef = builder.objectRef<ProjectScorecard>('ProjectScorecard').implement({
	fields: (t) => ({
		project: t.field({
			type: ProjectRef,
			nullable: true,
			resolve: (s) => reads.getProject(s.projectId)
		}),
		scorecard: t.field({ type: ScorecardRef, resolve: (s) => s.scorecard })
	})
});

interface NodeMetricsRow {
	id: string;
	label: string;
	kind: string | null;
	metrics: NetworkMetrics['nodes'][string];
}
const NodeMetricsRef = builder.objectRef<NodeMetricsRow>('NodeMetrics').implement({
	fields: (t) => ({
		id: t.exposeID('id'),
		label: t.exposeString('label'),
		kind: t.exposeString('kind', { nullable: true }),
		degree: t.int({ resolve: (n) => n.metrics.degree }),
		weightedDegree: t.float({ resolve: (n) => n.metrics.weightedDegree }),
		betweenness: t.float({ resolve: (n) => n.metrics.betweenness }),
		closeness: t.float({ resolve: (n) => n.metrics.closeness }),
		eigenvector: t.float({ nullable: true, resolve: (n) => n.metrics.eigenvector }),
		community: t.int({ resolve: (n) => n.metrics.community })
	})
});
const NetworkMetricsRef = builder
	.objectRef<Awaited<ReturnType<typeof ambitoNetworkMetrics>>>('NetworkMetrics')
	.implement({
		fields: (t) => ({
			order: t.int({ resolve: (m) => m.metrics.order }),
			size: t.int({ resolve: (m) => m.metrics.size }),
			density: t.float({ resolve: (m) => m.metrics.density }),
			communityCount: t.int({ resolve: (m) => m.metrics.communityCount }),
			modularity: t.float({ nullable: true, resolve: (m) => m.metrics.modularity }),
			brokers: t.stringList({ resolve: (m) => m.metrics.brokers }),
			isolates: t.stringList({ resolve: (m) => m.metrics.isolates }),
			nodes: t.field({
				type: [NodeMetricsRef],
				resolve: (m) =>
					m.view.nodes.map((n) => ({
						id: n.id,
						label: n.label,
						kind: n.kind,
						metrics: m.metrics.nodes[n.id]!
					}))
			})
		})
	});

builder.objectField(CallRef, 'rubricId', (t) =>
	t.string({
		nullable: true,
		description:
			'La griglia adattata per il bando (la sua graduatoria la usa) / the rubric adapted for the call',
		resolve: (c) => rubricOfCall(c.id)
	})
);

builder.queryFields((t) => ({
	criteria: t.field({
		extensions: rule(READ_NETWORK),
		type: [CriterionRef],
		description: 'I criteri e le loro formule / criteria and formulas',
		resolve: () => [...CRITERIA]
	}),
	rubrics: t.field({
		extensions: rule(READ_NETWORK),
		type: [RubricRef],
		resolve: () => listRubrics()
	}),
	rubric: t.field({
		extensions: rule(READ_NETWORK),
		type: RubricRef,
		nullable: true,
		args: { id: t.arg.id({ required: true }), version: t.arg.int() },
		resolve: (_r, args) => getRubric(String(args.id), args.version)
	}),
	scorecard: t.field({
		extensions: rule(READ_NETWORK),
		type: ScorecardRef,
		description: 'La scheda di valutazione di un partenariato / a partnership scorecard',
		args: {
			projectId: t.arg.id({ required: true }),
			rubricId: t.arg.id(),
			rubricVersion: t.arg.int()
		},
		resolve: async (_r, args) =>
			(
				await scoreProject(
					String(args.projectId),
					args.rubricId ? String(args.rubricId) : null,
					args.rubricVersion
				)
			).scorecard
	}),
	scorecards: t.field({
		extensions: rule(READ_NETWORK),
		type: [ProjectScorecardRef],
		description:
			"Schede di tutti i progetti di un bando o di un Ambito / scorecards of a call's or an Ambito's projects",
		args: {
			callId: t.arg.id(),
			ambitoId: t.arg.id(),
			rubricId: t.arg.id(),
			rubricVersion: t.arg.int()
		},
		resolve: async (_r, args) => {
			if (!args.callId && !args.ambitoId)
				throw badInput([
					{ field: 'callId', message: 'indica callId o ambitoId / give callId or ambitoId' }
				]);
			const rubric = await resolveRubric(
				args.rubricId ? String(args.rubricId) : null,
				args.rubricVersion
			);
			const filter = {
				callId: args.callId ? String(args.callId) : null,
				ambitoId: args.ambitoId ? String(args.ambitoId) : null
			};
			return (await scoreProjects(await reads.allProjectIds(filter), rubric)).scores.map((s) => ({
				projectId: s.projectId,
				scorecard: s.scorecard
			}));
		}
	}),
	networkMetrics: t.field({
		extensions: rule(READ_NETWORK),
		type: NetworkMetricsRef,
		description:
			'Centralità, comunità, intermediari e isolati della rete di un Ambito / network metrics of an Ambito',
		args: { ambitoId: t.arg.id({ required: true }) },
		resolve: (_r, args) => ambitoNetworkMetrics(String(args.ambitoId))
	})
}));

const KeyNumberInput = builder.inputType('KeyNumberInput', {
	fields: (t) => ({ key: t.string({ required: true }), value: t.float({ required: true }) })
});
const RubricCriterionInput = builder.inputType('RubricCriterionInput', {
	fields: (t) => ({
		id: t.string({ required: true }),
		weight: t.float({ required: true }),
		params: t.field({ type: [KeyNumberInput] })
	})
});
const RubricInput = builder.inputType('RubricInput', {
	fields: (t) => ({
		id: t.id({
			required: true,
			description:
				'Nuovo id per una copia, o id esistente per una nuova versione / new id for a copy, existing id for a new version'
		}),
		nameIt: t.string({ required: true }),
		nameEn: t.string({ required: true }),
		basedOn: t.string(),
		criteria: t.field({ type: [RubricCriterionInput], required: true }),
		minAssessedShare: t.float({
			description:
				'Soglia di confrontabilità 0–1 (assente: 0,7) / comparability threshold 0–1 (absent: 0.7)'
		}),
		callId: t.id({
			description:
				'Griglia per un bando: può salvarla chi valuta quel bando, e la graduatoria del bando la usa / a rubric for one call: its evaluators may save it, and its ranking uses it'
		}),
		expectedVersion: t.int({
			description:
				'Ultima versione letta: se nel frattempo ne è stata salvata un’altra, CONFLICT / latest version read: a newer one saved meanwhile is a CONFLICT'
		})
	})
});

builder.mutationFields((t) => ({
	saveRubric: t.field({
		extensions: rule({ permission: 'evaluation.write', scope: rubricScope }),
		type: RubricRef,
		description:
			'Salva una griglia come nuova versione (mai sovrascritta) / saves a rubric as a new version',
		args: { input: t.arg({ type: RubricInput, required: true }) },
		resolve: (_r, { input }, ctx) => {
			const problems = [
				...(String(input.id).length > 120 || !/^[a-z0-9][a-z0-9-]*$/.test(String(input.id))
					? [
							{
								field: 'input.id',
								message: 'minuscole, cifre e trattini / lower-case letters, digits, dashes'
							}
						]
					: []),
				...(input.nameIt.length > 200 || !input.nameIt.trim()
					? [{ field: 'input.nameIt', message: '1–200 caratteri / characters' }]
					: []),
				...(input.nameEn.length > 200 || !input.nameEn.trim()
					? [{ field: 'input.nameEn', message: '1–200 caratteri / characters' }]
					: [])
			];
			if (problems.length) throw badInput(problems);
			const callId = input.callId ? String(input.callId) : null;
			return saveRubricVersion(
				{
					id: String(input.id),
					name: { it: input.nameIt.trim(), en: input.nameEn.trim() },
					criteria: input.criteria.map((c) => ({
						id: c.id,
						weight: c.weight,
						params: Object.fromEntries((c.params ?? []).map((p) => [p.key, p.value]))
					})),
					...(input.minAssessedShare == null ? {} : { minAssessedShare: input.minAssessedShare })
				},
				input.basedOn ?? null,
				stampOf(ctx),
				input.expectedVersion ?? null,
				// Someone who may only evaluate this call adapts a rubric for it, never one everyone uses.
				callId ? { callId, onlyForCall: !can(ctx.viewer, 'evaluation.write', GLOBAL) } : null
			);
		}
	})
}));
