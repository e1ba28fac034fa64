import type {
	ActorKindId,
	CollaborationSourceId,
	CommitmentTypeId,
	FundingSourceId,
	LocalizedText,
	RoleId
} from '../domain';

/** An ISO calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

/**
 * Everything the scoring needs about one project's partnership, as plain JSON-like data.
 * The database layer builds it; the scoring never reads anything else.
 */
export interface PartnershipSnapshot {
	project: {
		id: string;
		title: string;
		start: IsoDate | null;
		end: IsoDate | null;
		fundingEnd?: IsoDate | null;
		callId?: string | null;
	};
	partners: Array<{
		actorId: string;
		name: string;
		kind: ActorKindId;
		role: RoleId;
		/** ISTAT code of the Comune where the partner is seated. */
		seatComune: string | null;
		/** Ambiti the seat belongs to; for an Ambito, ASST or Distretto: the Ambiti it serves. */
		ambitoIds: string[];
		atsIds: string[];
	}>;
	commitments: Array<{
		actorId: string;
		type: CommitmentTypeId;
		/** Monetised value of the commitment. */
		amountEur: number;
		source: FundingSourceId;
		/** The commitment continues after the funding period ends. */
		beyondFunding: boolean;
	}>;
	actions: Array<{ id: string; title: string; responsibleActorIds: string[] }>;
	/** The project's target territory. */
	territory: {
		comuni: Array<{
			istat: string;
			name: string;
			population: number | null;
			ambitoId: string | null;
			atsId: string | null;
		}>;
	};
	/** Collaborations between partners, including earlier shared projects. */
	priorCollaborations: Array<{
		a: string;
		b: string;
		since: IsoDate;
		until: IsoDate | null;
		source: CollaborationSourceId;
		strength?: number | null;
	}>;
	networks: Array<{
		id: string;
		name: string;
		/** Members inside the partnership. */
		memberActorIds: string[];
		externalMemberCount: number;
	}>;
	/** Ties from partners to actors outside the partnership. */
	externalTies: Array<{ partnerId: string; otherActorId: string; otherKind: ActorKindId }>;
	/** Actors of the territory not in the partnership, offered as suggestions. */
	candidates?: Array<{
		actorId: string;
		name: string;
		kind: ActorKindId;
		seatComune: string | null;
	}>;
}

export type Partner = PartnershipSnapshot['partners'][number];
export type TerritoryComune = PartnershipSnapshot['territory']['comuni'][number];

export type CriterionId = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';

/** A tunable number of a criterion; rubrics override the default within [min, max]. */
export interface ParameterDefinition {
	id: string;
	label: LocalizedText;
	default: number;
	min: number;
	max: number;
}

export type ParameterValues = Record<string, number>;

export interface Subscore {
	id: string;
	label: LocalizedText;
	/** 0..100, or null when the data it needs is missing. */
	score: number | null;
	weight: number;
}

export interface Suggestion {
	it: string;
	en: string;
	actorIds?: string[];
	comuni?: string[];
}

export type InputValue = number | string | string[];

/** What a criterion's evaluate() returns; the engine derives the score from the subscores. */
export interface CriterionEvaluation {
	subscores: Subscore[];
	/** Named missing data, 'italiano / English'; never a silent 0. */
	missing: string[];
	inputs: Record<string, InputValue>;
	suggestions: Suggestion[];
}

export interface CriterionDefinition {
	id: CriterionId;
	key: string;
	label: LocalizedText;
	actSource: { it: string; ref: string };
	parameters: ParameterDefinition[];
	formula(params: ParameterValues): LocalizedText;
	evaluate(snapshot: PartnershipSnapshot, params: ParameterValues): CriterionEvaluation;
}

export interface CriterionResult {
	id: CriterionId;
	label: LocalizedText;
	weight: number;
	/** 0..100: the weighted mean of the assessable subscores; null when none is assessable. */
	score: number | null;
	assessable: boolean;
	missing: string[];
	subscores: Subscore[];
	inputs: Record<string, InputValue>;
	formula: LocalizedText;
	suggestions: Suggestion[];
	/** The parameter values used (defaults merged with the rubric's). */
	params: ParameterValues;
}

export interface Scorecard {
	projectId: string;
	rubricId: string;
	rubricVersion: number;
	/** Weighted mean of the assessable criteria (weights re-normalised); null if none is assessable. */
	total: number | null;
	/** Share of the rubric's total weight that could be assessed, 0..1. */
	assessedWeightShare: number;
	criteria: CriterionResult[];
}
