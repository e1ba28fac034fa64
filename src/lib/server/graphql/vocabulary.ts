import {
	ACTOR_KINDS,
	CO_DESIGN_PROCEDURES,
	COLLABORATION_SOURCES,
	COMMITMENT_TYPES,
	FUNDERS,
	FUNDING_SOURCES,
	INDICATOR_KINDS,
	LEPS,
	POLICY_AREAS,
	POLICY_CYCLE_PHASES,
	PROJECT_STATUSES,
	ROLES,
	SECTORS,
	type LocalizedText
} from '../../domain';
import { builder } from './builder';
import { PUBLIC, rule } from '../auth/rules';

/** GraphQL enums come straight from the domain registries: a new kind there is a new value here. */
const fromRegistry = (name: string, items: readonly { id: string; label: LocalizedText }[]) =>
	builder.enumType(name, {
		values: Object.fromEntries(
			items.map((i) => [i.id, { value: i.id, description: `${i.label.it} / ${i.label.en}` }])
		)
	});

export const ActorKindEnum = fromRegistry('ActorKind', ACTOR_KINDS);
export const SectorEnum = fromRegistry('Sector', SECTORS);
export const RoleEnum = fromRegistry('PartnershipRole', ROLES);
export const PolicyAreaEnum = fromRegistry('PolicyArea', POLICY_AREAS);
export const CommitmentTypeEnum = fromRegistry('CommitmentType', COMMITMENT_TYPES);
export const FundingSourceEnum = fromRegistry('FundingSource', FUNDING_SOURCES);
export const CollaborationSourceEnum = fromRegistry('CollaborationSource', COLLABORATION_SOURCES);
export const ProjectStatusEnum = builder.enumType('ProjectStatus', { values: PROJECT_STATUSES });
export const FunderEnum = fromRegistry('Funder', FUNDERS);
export const LepsEnum = fromRegistry('Leps', LEPS);
export const PolicyCyclePhaseEnum = fromRegistry('PolicyCyclePhase', POLICY_CYCLE_PHASES);
export const CoDesignProcedureEnum = fromRegistry('CoDesignProcedure', CO_DESIGN_PROCEDURES);
export const IndicatorKindEnum = builder.enumType('IndicatorKind', { values: INDICATOR_KINDS });

export const LocalizedTextRef = builder.objectRef<LocalizedText>('LocalizedText').implement({
	fields: (t) => ({ it: t.exposeString('it'), en: t.exposeString('en') })
});

interface VocabularyItem {
	id: string;
	label: LocalizedText;
	group: string | null;
}
const VocabularyItemRef = builder.objectRef<VocabularyItem>('VocabularyItem').implement({
	fields: (t) => ({
		id: t.exposeString('id'),
		label: t.field({ type: LocalizedTextRef, resolve: (i) => i.label }),
		group: t.exposeString('group', {
			nullable: true,
			description: 'e.g. the sector of an actor kind'
		})
	})
});

builder.queryField('vocabulary', (t) =>
	t.field({
		extensions: rule(PUBLIC),
		type: builder.objectRef<Record<string, VocabularyItem[]>>('Vocabulary').implement({
			fields: (v) => ({
				actorKinds: v.field({ type: [VocabularyItemRef], resolve: (x) => x.actorKinds! }),
				sectors: v.field({ type: [VocabularyItemRef], resolve: (x) => x.sectors! }),
				roles: v.field({ type: [VocabularyItemRef], resolve: (x) => x.roles! }),
				policyAreas: v.field({ type: [VocabularyItemRef], resolve: (x) => x.policyAreas! }),
				commitmentTypes: v.field({ type: [VocabularyItemRef], resolve: (x) => x.commitmentTypes! })
			})
		}),
		description: 'I vocabolari controllati / the controlled vocabularies',
		resolve: () => {
			const plain = (items: readonly { id: string; label: LocalizedText }[]) =>
				items.map((i) => ({ id: i.id, label: i.label, group: null }));
			return {
				actorKinds: ACTOR_KINDS.map((k) => ({ id: k.id, label: k.label, group: k.sector })),
				sectors: plain(SECTORS),
				roles: plain(ROLES),
				policyAreas: plain(POLICY_AREAS),
				commitmentTypes: plain(COMMITMENT_TYPES)
			};
		}
	})
);
