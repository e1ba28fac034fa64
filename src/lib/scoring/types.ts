import type {
	ActorKindId,
	CoDesignProcedureId,
	CollaborationSourceId,
	CommitmentTypeId,
	FunderId,
	FundingSourceId,
	LepsId,
	LocalizedText,
	PolicyAreaId,
	PolicyCyclePhaseId,
	RoleId,
	SharedHistoryKindId
} from '../domain';

/** An ISO calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

/**
 * Everything the scoring needs about one project's partnership, as plain JSON-like data.
 * The database layer builds it; the scoring never reads anything else.
 *
 * Optional fields mean "not recorded" when absent (or null): the criteria that need them are then
 * "non valutabile" with the missing data named, never 0. An empty list, where a list is optional,
 * means "recorded: none" (e.g. `leps: []` says the project serves no LEPS).
 */
export interface PartnershipSnapshot {
	project: {
		id: string;
		title: string;
		start: IsoDate | null;
		end: IsoDate | null;
		/** End of the funded period, when it differs from the project's end. */
		fundingEnd?: IsoDate | null;
		callId?: string | null;
		/** Total cost of the project (costo complessivo), EUR. */
		budgetEur?: number | null;
		/** Grant asked of the funder (contributo richiesto), EUR. */
		grantRequestedEur?: number | null;
		/** Grant awarded (contributo deliberato), EUR; preferred over the request when both are known. */
		grantAwardedEur?: number | null;
		/** Who awards the grant. */
		funder?: FunderId | null;
		/** Policy areas the project works in (Piano di Zona areas). */
		policyAreas?: PolicyAreaId[];
		/** LEPS the project serves. */
		leps?: LepsId[];
		/** Ambiti the project declares as its target, beyond (or instead of) listing Comuni. */
		targetAmbitoIds?: string[];
		/** How the project was built with the Third Sector (art. 55 d.lgs. 117/2017). */
		coDesign?: {
			procedure: CoDesignProcedureId;
			/** Date of the procedure's act (avviso, determina). */
			date?: IsoDate | null;
			/** Reference of the act, e.g. "Determina n. 123/2023". */
			act?: string | null;
		} | null;
		/** What keeps the project alive after its funding (DGR IX/2505, § 4). */
		sustainability?: {
			/** What continues (a service, a fund, a network), in words. */
			what: string | null;
			/** Partners that take it on. */
			carriedByActorIds: string[];
			/** With which resources, in words (e.g. "bilancio dell'Ambito", "quote dei Comuni"). */
			resources: string | null;
			/** Until when the commitment is declared. */
			committedUntil: IsoDate | null;
		} | null;
		/** What other Ambiti can take from the project (DGR IX/2505, § 2.2.4 and § 4). */
		transferability?: {
			/** The knowledge or model that can be shared, in words. */
			what: string | null;
			/** Where it is documented (report, toolkit, web page). */
			documentedWhere: string | null;
		} | null;
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
		/**
		 * The legal entity the partner belongs to, when it is an articulation of another partner:
		 * a Distretto or Casa di Comunità names its ASST, an Ambito (Ufficio di Piano) names its ente
		 * capofila. Partners with the same legal entity count once. Absent: the partner is its own entity.
		 */
		legalEntityId?: string | null;
		/** For a partner that joins as a whole (a network, a consortium): its declared composition. */
		declaredMembers?: Array<{ kind: ActorKindId; count: number }>;
	}>;
	commitments: Array<{
		actorId: string;
		type: CommitmentTypeId;
		/** Monetised value of the commitment; null = present but not valued ("non valorizzato"). */
		amountEur: number | null;
		source: FundingSourceId;
		/** The commitment continues after the funding period ends. */
		beyondFunding: boolean;
	}>;
	actions: Array<{
		id: string;
		title: string;
		responsibleActorIds: string[];
		/** Phases of the policy cycle the action works in; absent = not recorded. */
		phases?: PolicyCyclePhaseId[];
	}>;
	/** The project's target territory. */
	territory: {
		comuni: Array<{
			istat: string;
			name: string;
			population: number | null;
			ambitoId: string | null;
			atsId: string | null;
		}>;
		/** The target Ambiti with their ATS (needed for Ambiti whose Comuni are not listed). */
		ambiti?: Array<{ id: string; name: string; atsId: string | null }>;
	};
	/** Collaborations between two partners, including earlier shared projects. */
	priorCollaborations: Array<{
		a: string;
		b: string;
		since: IsoDate;
		until: IsoDate | null;
		source: CollaborationSourceId;
		strength?: number | null;
		/**
		 * How close the collaboration is. From a survey (`source: 'survey'`): the Frey scale 0–5
		 * (0 nessun rapporto … 5 collaborazione piena), read by criterion C; otherwise the recorded 1–5
		 * strength.
		 */
		level?: number | null;
		/** From a survey: how much the two trust each other, 1–5. */
		trust?: number | null;
		/** From a survey: how valuable the collaboration is to them, 1–5. */
		value?: number | null;
	}>;
	/**
	 * History shared by a group of partners before (or during) the project: an earlier project, a
	 * collaboration, a network, the Accordo di Programma of the Piano di Zona.
	 */
	sharedHistory?: Array<{
		kind: SharedHistoryKindId;
		label?: string | null;
		actorIds: string[];
		since: IsoDate | null;
		until?: IsoDate | null;
	}>;
	networks: Array<{
		id: string;
		name: string;
		/** Members inside the partnership. */
		memberActorIds: string[];
		externalMemberCount: number;
		/** When each partner joined (and left) the network; absent or null dates = not recorded. */
		memberships?: Array<{ actorId: string; since: IsoDate | null; until: IsoDate | null }>;
	}>;
	/** Ties from partners to actors outside the partnership; dates, when recorded, say when. */
	externalTies: Array<{
		partnerId: string;
		otherActorId: string;
		otherKind: ActorKindId;
		since?: IsoDate | null;
		until?: IsoDate | null;
	}>;
	/** Actors of the territory not in the partnership, offered as suggestions (fictional ones are ignored). */
	candidates?: Array<{
		actorId: string;
		name: string;
		kind: ActorKindId;
		seatComune: string | null;
		/** Demo data: never suggested. */
		fictional?: boolean;
		ambitoIds?: string[];
		atsIds?: string[];
	}>;
}

export type Partner = PartnershipSnapshot['partners'][number];
export type Commitment = PartnershipSnapshot['commitments'][number];
export type Action = PartnershipSnapshot['actions'][number];
export type Candidate = NonNullable<PartnershipSnapshot['candidates']>[number];
export type TerritoryComune = PartnershipSnapshot['territory']['comuni'][number];

export type CriterionId = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K' | 'L';

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
	/** For named candidates, when computed: how much the total would change if each joined. */
	impacts?: Array<{ actorId: string; totalDelta: number | null }>;
}

export type InputValue = number | string | string[];

/** What a criterion's evaluate() returns; the engine derives the score from the subscores. */
export interface CriterionEvaluation {
	subscores: Subscore[];
	/** Named missing data, 'italiano / English'; never a silent 0. */
	missing: string[];
	inputs: Record<string, InputValue>;
	suggestions: Suggestion[];
	/** Data used but known to be incomplete, 'italiano / English' (e.g. commitments without a value). */
	partial?: string[];
	/** False when the criterion does not concern this project (e.g. F for a poverty project). */
	applicable?: boolean;
	/** Why the project got its score, in plain words. */
	explanation?: LocalizedText;
}

export interface CriterionDefinition {
	id: CriterionId;
	key: string;
	label: LocalizedText;
	/** What the criterion looks at and why, in plain words, before any formula. */
	summary: LocalizedText;
	actSource: { it: string; ref: string };
	parameters: ParameterDefinition[];
	/** Ids of parameters of earlier versions, accepted in stored rubrics and ignored. */
	retiredParameters?: string[];
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
	/** False when the criterion does not concern the project: it leaves the total and its weight share. */
	applicable: boolean;
	/** What the criterion looks at, in plain words. */
	summary: LocalizedText;
	/** Why this project got this score, in plain words. */
	explanation: LocalizedText;
	/** Data used that is known to be incomplete. */
	partial: string[];
	/** The sentence of the act the criterion traces to. */
	actSource: { it: string; ref: string };
}

export interface Scorecard {
	projectId: string;
	rubricId: string;
	rubricVersion: number;
	/** Weighted mean of the assessable criteria (weights re-normalised); null if none is assessable. */
	total: number | null;
	/** Share of the weight of the applicable criteria that could be assessed, 0..1. */
	assessedWeightShare: number;
	criteria: CriterionResult[];
	/** The rubric's threshold on assessedWeightShare below which totals are not comparable. */
	comparabilityThreshold: number;
	/** assessedWeightShare ≥ comparabilityThreshold: the total may be ranked with others. */
	comparable: boolean;
	/** Applicable criteria that could not be assessed, with what is missing. */
	notAssessed: Array<{ criterionId: CriterionId; label: LocalizedText; missing: string[] }>;
	/** When asked for: candidates of the territory and how much each would change the total. */
	candidateImpacts?: CandidateImpact[];
}

export interface CandidateImpact {
	actorId: string;
	name: string;
	kind: ActorKindId;
	/** The change of the total if the candidate joined as a partner (null if a total is missing). */
	totalDelta: number | null;
	criteria: Array<{ criterionId: CriterionId; delta: number | null }>;
}
