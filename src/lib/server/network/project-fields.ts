// The project dossier through GraphQL: the dossier's fields on Project, Action and Partnership, and
// one update per section of the dossier page, each saving alone with the version it read.
import type { InputFieldBuilder } from '@pothos/core';
import type {
	ActorKindId,
	CoDesignProcedureId,
	CoDesignRecord,
	DeclaredMembersRecord,
	FunderId,
	IndicatorKind,
	IndicatorRecord,
	LepsId,
	PolicyAreaId,
	ProjectRecord,
	ProjectSectionId,
	ProjectStatus,
	SustainabilityRecord,
	TransferabilityRecord
} from '../../domain';
import { PROJECT_SECTIONS } from '../../domain';
import { rule } from '../auth/rules';
import { builder, type TramaSchemaTypes } from '../graphql/builder';
import { stampOf } from '../graphql/stamp';
import {
	ActorKindEnum,
	CoDesignProcedureEnum,
	FunderEnum,
	IndicatorKindEnum,
	LepsEnum,
	PolicyAreaEnum,
	PolicyCyclePhaseEnum,
	ProjectStatusEnum
} from '../graphql/vocabulary';
import { ActionRef, ActorRef, NetworkRef, PartnershipRef, ProjectRef } from './network-fields';
import { getActors } from './network-queries';
import { networksAroundProject } from './project-networks-queries';
import { saveProjectSection } from './project-service';
import { entityRules, PROJECT_SECTION_RULE } from './rules';

type In = InputFieldBuilder<TramaSchemaTypes, 'InputObject'>;

/** Blank text is no text. */
export const text = (value: string | null | undefined): string | null =>
	value?.trim() ? value.trim() : null;
const list = <T>(value: readonly T[] | null | undefined): T[] => (value ? [...value] : []);
const texts = (value: readonly string[] | null | undefined) =>
	list(value)
		.map((v) => v.trim())
		.filter(Boolean);

// ---- output types

const CoDesignRef = builder.objectRef<CoDesignRecord>('CoDesign').implement({
	description: 'Come è stato costruito con il Terzo Settore (art. 55 CTS) / how it was built',
	fields: (t) => ({
		procedure: t.field({ type: CoDesignProcedureEnum, resolve: (c) => c.procedure }),
		date: t.exposeString('date', { nullable: true }),
		act: t.exposeString('act', { nullable: true })
	})
});

const SustainabilityRef = builder.objectRef<SustainabilityRecord>('Sustainability').implement({
	description: 'Cosa continua dopo il finanziamento / what continues after the funding',
	fields: (t) => ({
		what: t.exposeString('what', { nullable: true }),
		carriedByActorIds: t.exposeStringList('carriedByActorIds'),
		carriedBy: t.field({
			type: [ActorRef],
			resolve: (s) => (s.carriedByActorIds.length ? getActors(s.carriedByActorIds) : [])
		}),
		resources: t.exposeString('resources', { nullable: true }),
		committedUntil: t.exposeString('committedUntil', { nullable: true })
	})
});

const TransferabilityRef = builder.objectRef<TransferabilityRecord>('Transferability').implement({
	description: 'Cosa possono riprendere altri / what others can reuse',
	fields: (t) => ({
		what: t.exposeString('what', { nullable: true }),
		documentedWhere: t.exposeString('documentedWhere', { nullable: true })
	})
});

const IndicatorRef = builder.objectRef<IndicatorRecord>('Indicator').implement({
	fields: (t) => ({
		name: t.exposeString('name'),
		kind: t.field({ type: IndicatorKindEnum, resolve: (i) => i.kind }),
		baseline: t.exposeString('baseline', { nullable: true }),
		target: t.exposeString('target', { nullable: true }),
		measured: t.exposeString('measured', { nullable: true })
	})
});

const DeclaredMembersRef = builder.objectRef<DeclaredMembersRecord>('DeclaredMembers').implement({
	description: 'Enti aderenti di una tipologia / members of one kind',
	fields: (t) => ({
		kind: t.field({ type: ActorKindEnum, resolve: (m) => m.kind }),
		count: t.exposeInt('count')
	})
});

builder.objectFields(ProjectRef, (t) => ({
	funder: t.field({ type: FunderEnum, nullable: true, resolve: (p) => p.funder ?? null }),
	fundingEnd: t.string({ nullable: true, resolve: (p) => p.fundingEnd ?? null }),
	leps: t.field({
		type: [LepsEnum],
		nullable: true,
		description: 'null: non registrato / not recorded',
		resolve: (p) => p.leps ?? null
	}),
	grantRequestedEur: t.float({ nullable: true, resolve: (p) => p.grantRequestedEur ?? null }),
	grantAwardedEur: t.float({ nullable: true, resolve: (p) => p.grantAwardedEur ?? null }),
	coDesign: t.field({ type: CoDesignRef, nullable: true, resolve: (p) => p.coDesign ?? null }),
	sustainability: t.field({
		type: SustainabilityRef,
		nullable: true,
		resolve: (p) => p.sustainability ?? null
	}),
	transferability: t.field({
		type: TransferabilityRef,
		nullable: true,
		resolve: (p) => p.transferability ?? null
	}),
	needs: t.stringList({ resolve: (p) => p.needs ?? [] }),
	targetGroups: t.stringList({ resolve: (p) => p.targetGroups ?? [] }),
	indicators: t.field({ type: [IndicatorRef], resolve: (p) => p.indicators ?? [] }),
	networksAround: t.field({
		type: [NetworkRef],
		description:
			'Le reti che riguardano il progetto: tenute da uno dei suoi Ambiti o con un suo partner fra i membri / the networks kept by one of its Ambiti or with one of its partners in',
		resolve: (p) => networksAroundProject(p.id)
	})
}));

builder.objectFields(ActionRef, (t) => ({
	phases: t.field({
		type: [PolicyCyclePhaseEnum],
		description: 'Fasi del ciclo delle politiche / policy cycle phases',
		resolve: (a) => a.phases ?? []
	})
}));

builder.objectFields(PartnershipRef, (t) => ({
	declaredMembers: t.field({
		type: [DeclaredMembersRef],
		description:
			'Per chi partecipa come rete: gli enti aderenti per tipologia / for a network joining as a whole: its members by kind',
		resolve: (p) => p.declaredMembers ?? []
	})
}));

// ---- inputs shared with the entities' create and update (entity-fields.ts)

export const DeclaredMembersInput = builder.inputType('DeclaredMembersInput', {
	fields: (t) => ({
		kind: t.field({ type: ActorKindEnum, required: true }),
		count: t.int({ required: true })
	})
});
export const toDeclaredMembers = (
	input: ReadonlyArray<{ kind: string; count: number }> | null | undefined
): DeclaredMembersRecord[] | undefined =>
	input === undefined
		? undefined
		: list(input).map((m) => ({ kind: m.kind as ActorKindId, count: m.count }));

/** The identity section's fields: also the create input of a project (entity-fields.ts). */
export const identityFields = (t: In) => ({
	title: t.string({ required: true }),
	callId: t.string(),
	funder: t.field({ type: FunderEnum }),
	start: t.string({ description: 'AAAA-MM-GG' }),
	end: t.string(),
	fundingEnd: t.string({ description: 'Fine del periodo finanziato / end of the funded period' }),
	triennio: t.string({ description: 'es. 2021-2023' }),
	status: t.field({ type: ProjectStatusEnum }),
	policyAreas: t.field({ type: [PolicyAreaEnum] }),
	leps: t.field({ type: [LepsEnum], description: 'null: non registrato / not recorded' }),
	targetAmbitoIds: t.stringList(),
	targetComuniIstat: t.stringList()
});

interface IdentityInput {
	title: string;
	callId?: string | null;
	funder?: string | null;
	start?: string | null;
	end?: string | null;
	fundingEnd?: string | null;
	triennio?: string | null;
	status?: string | null;
	policyAreas?: readonly string[] | null;
	leps?: readonly string[] | null;
	targetAmbitoIds?: readonly string[] | null;
	targetComuniIstat?: readonly string[] | null;
}

/** The identity of a project from its input; optional dossier fields left out stay as stored. */
export const toIdentity = (i: IdentityInput) => ({
	title: i.title.trim(),
	callId: text(i.callId),
	start: text(i.start),
	end: text(i.end),
	triennio: text(i.triennio),
	status: (i.status ?? 'draft') as ProjectStatus,
	policyAreas: list(i.policyAreas) as PolicyAreaId[],
	targetAmbitoIds: list(i.targetAmbitoIds),
	targetComuniIstat: list(i.targetComuniIstat),
	...(i.funder !== undefined && { funder: (i.funder ?? null) as FunderId | null }),
	...(i.fundingEnd !== undefined && { fundingEnd: text(i.fundingEnd) }),
	...(i.leps !== undefined && { leps: i.leps === null ? null : (list(i.leps) as LepsId[]) })
});

// ---- one mutation per section of the dossier

const CoDesignInput = builder.inputType('CoDesignInput', {
	fields: (t) => ({
		procedure: t.field({ type: CoDesignProcedureEnum, required: true }),
		date: t.string({ description: 'AAAA-MM-GG' }),
		act: t.string({ description: 'es. Determina n. 123/2023' })
	})
});
const SustainabilityInput = builder.inputType('SustainabilityInput', {
	fields: (t) => ({
		what: t.string(),
		carriedByActorIds: t.stringList(),
		resources: t.string(),
		committedUntil: t.string({ description: 'AAAA-MM-GG' })
	})
});
const TransferabilityInput = builder.inputType('TransferabilityInput', {
	fields: (t) => ({ what: t.string(), documentedWhere: t.string() })
});
const IndicatorInput = builder.inputType('IndicatorInput', {
	fields: (t) => ({
		name: t.string({ required: true }),
		kind: t.field({ type: IndicatorKindEnum, required: true }),
		baseline: t.string(),
		target: t.string(),
		measured: t.string()
	})
});

type SectionInput = Record<string, unknown> & { id: string | number; expectedVersion: number };

/** What a section writes: exactly the project fields PROJECT_SECTIONS gives it. */
type SectionRecord<K extends ProjectSectionId> = Pick<
	ProjectRecord,
	(typeof PROJECT_SECTIONS)[K][number]
>;

/**
 * Each section of PROJECT_SECTIONS: its input fields (besides id and expectedVersion), and the
 * record fields they become. Every field of the section is written: one left out is cleared.
 * Its mutation is named after it (coDesign → updateProjectCoDesign).
 */
const SECTIONS: {
	[K in ProjectSectionId]: {
		fields: (t: In) => object;
		toSection: (i: never) => SectionRecord<K>;
	};
} = {
	identity: {
		fields: identityFields,
		toSection: (i: IdentityInput) => ({
			funder: null,
			fundingEnd: null,
			leps: null,
			...toIdentity(i)
		})
	},
	resources: {
		fields: (t) => ({
			budgetEur: t.float({ description: 'Costo complessivo / total cost' }),
			grantRequestedEur: t.float({ description: 'Contributo richiesto / grant requested' }),
			grantAwardedEur: t.float({ description: 'Contributo deliberato / grant awarded' })
		}),
		toSection: (i: Record<string, number | null | undefined>) => ({
			budgetEur: i.budgetEur ?? null,
			grantRequestedEur: i.grantRequestedEur ?? null,
			grantAwardedEur: i.grantAwardedEur ?? null
		})
	},
	coDesign: {
		fields: (t) => ({ coDesign: t.field({ type: CoDesignInput }) }),
		toSection: (i: {
			coDesign?: { procedure: string; date?: string | null; act?: string | null } | null;
		}) => ({
			coDesign: i.coDesign
				? {
						procedure: i.coDesign.procedure as CoDesignProcedureId,
						date: text(i.coDesign.date),
						act: text(i.coDesign.act)
					}
				: null
		})
	},
	afterFunding: {
		fields: (t) => ({
			sustainability: t.field({ type: SustainabilityInput }),
			transferability: t.field({ type: TransferabilityInput })
		}),
		toSection: (i: {
			sustainability?: {
				what?: string | null;
				carriedByActorIds?: readonly string[] | null;
				resources?: string | null;
				committedUntil?: string | null;
			} | null;
			transferability?: { what?: string | null; documentedWhere?: string | null } | null;
		}) => ({
			sustainability: i.sustainability
				? {
						what: text(i.sustainability.what),
						carriedByActorIds: list(i.sustainability.carriedByActorIds),
						resources: text(i.sustainability.resources),
						committedUntil: text(i.sustainability.committedUntil)
					}
				: null,
			transferability: i.transferability
				? {
						what: text(i.transferability.what),
						documentedWhere: text(i.transferability.documentedWhere)
					}
				: null
		})
	},
	outcomes: {
		fields: (t) => ({
			needs: t.stringList(),
			targetGroups: t.stringList(),
			indicators: t.field({ type: [IndicatorInput] })
		}),
		toSection: (i: {
			needs?: readonly string[] | null;
			targetGroups?: readonly string[] | null;
			indicators?: ReadonlyArray<{
				name: string;
				kind: string;
				baseline?: string | null;
				target?: string | null;
				measured?: string | null;
			}> | null;
		}) => ({
			needs: texts(i.needs),
			targetGroups: texts(i.targetGroups),
			indicators: list(i.indicators).map((x) => ({
				name: x.name.trim(),
				kind: x.kind as IndicatorKind,
				baseline: text(x.baseline),
				target: text(x.target),
				measured: text(x.measured)
			}))
		})
	}
};

builder.mutationFields((t) =>
	Object.fromEntries(
		(Object.keys(PROJECT_SECTIONS) as ProjectSectionId[]).map((id) => {
			const section = SECTIONS[id];
			const mutation = `updateProject${id[0]!.toUpperCase()}${id.slice(1)}`;
			const input = builder.inputType(`${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`, {
				fields: (f) => ({
					id: f.id({ required: true }),
					expectedVersion: f.int({ required: true }),
					...(section.fields(f) as Record<string, never>)
				})
			});
			return [
				mutation,
				t.field({
					type: ProjectRef,
					description: `Salva la sezione «${id}» del progetto / saves the project's ${id} section`,
					args: { input: t.arg({ type: input, required: true }) },
					// Only the identity can move the project to other Ambiti: it is judged as an update.
					extensions: rule(
						id === 'identity' ? entityRules('Project').update : PROJECT_SECTION_RULE
					),
					resolve: (_r, args, ctx) => {
						const i = args.input as unknown as SectionInput;
						return saveProjectSection(
							String(i.id),
							i.expectedVersion,
							section.toSection(i as never),
							stampOf(ctx)
						);
					}
				})
			];
		})
	)
);
