import { sectorOfKind, type ActorKindId } from './actor-kinds';
import { vocabulary, type LocalizedText } from './registry';

export interface CommitmentUnit {
	readonly id: string;
	readonly label: LocalizedText;
}

export const COMMITMENT_UNITS = [
	{ id: 'eur', label: { it: 'EUR', en: 'EUR' } },
	{ id: 'hours', label: { it: 'ore', en: 'hours' } },
	{ id: 'square_metre_months', label: { it: 'm² × mesi', en: 'm² × months' } }
] as const satisfies readonly CommitmentUnit[];

export type CommitmentUnitId = (typeof COMMITMENT_UNITS)[number]['id'];

export interface CommitmentTypeDefinition {
	readonly id: string;
	readonly label: LocalizedText;
	/** The unit the commitment is declared in; every commitment is also monetised in EUR. */
	readonly unit: CommitmentUnitId;
}

/** What a partner puts into a project. Scoring uses the monetised value of each. */
export const COMMITMENT_TYPES = [
	{ id: 'money', label: { it: 'Risorse economiche', en: 'Money' }, unit: 'eur' },
	{ id: 'staff_hours', label: { it: 'Ore di personale', en: 'Staff hours' }, unit: 'hours' },
	{
		id: 'spaces',
		label: { it: 'Spazi e strutture', en: 'Premises' },
		unit: 'square_metre_months'
	},
	{
		id: 'in_kind',
		label: { it: 'Beni e servizi in natura', en: 'In-kind goods and services' },
		unit: 'eur'
	}
] as const satisfies readonly CommitmentTypeDefinition[];

export type CommitmentTypeId = (typeof COMMITMENT_TYPES)[number]['id'];

export const { byId: COMMITMENT_TYPE_BY_ID, is: isCommitmentTypeId } = vocabulary<
	CommitmentTypeId,
	CommitmentTypeDefinition
>(COMMITMENT_TYPES);

/** The public/private split the act asks to integrate ("integrare risorse pubbliche e private"). */
export const FUNDING_SOURCES = [
	{ id: 'public', label: { it: 'Pubblica', en: 'Public' } },
	{
		id: 'private',
		label: { it: 'Privata (incluso Terzo Settore)', en: 'Private (incl. Third Sector)' }
	}
] as const satisfies readonly { id: string; label: LocalizedText }[];

export type FundingSourceId = (typeof FUNDING_SOURCES)[number]['id'];

export function isFundingSourceId(value: unknown): value is FundingSourceId {
	return value === 'public' || value === 'private';
}

/**
 * A finer origin of a resource: Third Sector money is private for the public/private mix but is
 * told apart when counting how many kinds of source a project draws on.
 */
export const RESOURCE_ORIGINS = [
	{ id: 'public', label: { it: 'Pubblica', en: 'Public' } },
	{ id: 'third_sector', label: { it: 'Terzo Settore', en: 'Third Sector' } },
	{ id: 'other_private', label: { it: 'Altro privato', en: 'Other private' } }
] as const satisfies readonly { id: string; label: LocalizedText }[];

export type ResourceOriginId = (typeof RESOURCE_ORIGINS)[number]['id'];

export function resourceOrigin(
	source: FundingSourceId,
	contributorKind: ActorKindId | null
): ResourceOriginId {
	if (source === 'public') return 'public';
	if (contributorKind !== null && sectorOfKind(contributorKind) === 'third_sector') {
		return 'third_sector';
	}
	return 'other_private';
}
