/**
 * The relational survey ("rilevazione", issue 19): what the server stores and hands to the pure
 * metrics in `./metrics.ts`, and what the metrics give back. No I/O here; the server's surveys
 * folder reads and writes these shapes, the results page draws them.
 */

/**
 * Level of collaboration on the scale of Frey et al. (2006), as the issue asks: 0 nessun rapporto,
 * 1 conoscenza / scambio di informazioni, 2 cooperazione, 3 coordinamento, 4 coalizione,
 * 5 collaborazione piena.
 */
export type CollaborationLevel = 0 | 1 | 2 | 3 | 4 | 5;
export const COLLABORATION_LEVELS = [
	0, 1, 2, 3, 4, 5
] as const satisfies readonly CollaborationLevel[];

/** One item of trust or value, 1 (per niente) to 4 (molto). */
export type FourPoint = 1 | 2 | 3 | 4;

export const TRUST_ITEMS = ['reliability', 'openness', 'mission'] as const;
export const VALUE_ITEMS = ['influence', 'resources', 'involvement'] as const;
export type TrustItem = (typeof TRUST_ITEMS)[number];
export type ValueItem = (typeof VALUE_ITEMS)[number];

export const CONTACT_FREQUENCIES = ['never', 'yearly', 'quarterly', 'monthly', 'weekly'] as const;
export type ContactFrequency = (typeof CONTACT_FREQUENCIES)[number];

/** What one respondent organisation says about one other organisation of the list. */
export interface TieAnswer {
	fromOrgId: string;
	toOrgId: string;
	level: CollaborationLevel;
	frequency: ContactFrequency | null;
	/** Items left blank are absent; a level-0 answer carries none. */
	trust: Partial<Record<TrustItem, FourPoint>>;
	value: Partial<Record<ValueItem, FourPoint>>;
}

export type RespondentStatus = 'not_opened' | 'started' | 'completed';

/** Everything the metrics need about one round of one survey. */
export interface SurveyRound {
	surveyId: string;
	/** The organisations on the list (the network's nodes), with names for people to read. */
	organisations: ReadonlyArray<{ id: string; name: string }>;
	respondents: ReadonlyArray<{ orgId: string; status: RespondentStatus }>;
	/** Only answers of respondents who completed, or also of those who started: the caller decides. */
	answers: readonly TieAnswer[];
	/** Answers are shown only aggregated, and never for groups below ANONYMITY_MIN_RESPONDENTS. */
	anonymous: boolean;
}

/** The issue: «answers shown only aggregated, never below 3 respondents». */
export const ANONYMITY_MIN_RESPONDENTS = 3;

export interface OrganisationResult {
	orgId: string;
	name: string;
	/** 0–100 from the mean of the trust items others gave it; null when no one rated it (or withheld). */
	trustReceived: number | null;
	valueReceived: number | null;
	/** How many raters the two figures above rest on. */
	ratedBy: number;
	/** True when the figure is null only because too few raters stand behind it (anonymous rounds). */
	trustWithheld: boolean;
	valueWithheld: boolean;
	/** Ties at each level 1–5 (index 0 = level 1), as the tie is read for the network. */
	tiesByLevel: [number, number, number, number, number];
}

export interface NetworkResult {
	organisations: number;
	respondents: number;
	completed: number;
	/** completed / respondents, 0–1. */
	responseRate: number;
	/** Ties (level ≥ 1) over possible pairs, 0–1. */
	density: number;
	/** Freeman's degree centralisation, 0–1. */
	degreeCentralisation: number;
	/** 0–100, null when no trust or value was given. */
	meanTrust: number | null;
	meanValue: number | null;
}

/** A pair whose two sides rate their tie two or more levels apart: a place to talk. */
export interface Disagreement {
	a: { id: string; name: string; saysLevel: CollaborationLevel };
	b: { id: string; name: string; saysLevel: CollaborationLevel };
}

export interface SurveyResults {
	network: NetworkResult;
	organisations: OrganisationResult[];
	/** Empty when the survey is anonymous (who said what would show). */
	disagreements: Disagreement[];
	/** Figures withheld because fewer than ANONYMITY_MIN_RESPONDENTS stand behind them. */
	withheld: boolean;
	/** The round was anonymous (so no disagreements are listed, whatever the answers). */
	anonymous: boolean;
}

export interface TieChange {
	a: { id: string; name: string };
	b: { id: string; name: string };
	levelBefore: CollaborationLevel;
	levelAfter: CollaborationLevel;
}

/** Two rounds of the same network compared (`compareSurveys(a, b)`). */
export interface SurveyComparison {
	before: NetworkResult;
	after: NetworkResult;
	/** Some figure of either round is hidden (anonymous, too few raters): its null is not "no answer". */
	withheld: boolean;
	gained: TieChange[];
	lost: TieChange[];
	/** Per organisation on both lists: trust and value received, before and after (0–100 or null). */
	organisations: Array<{
		orgId: string;
		name: string;
		trustBefore: number | null;
		trustAfter: number | null;
		valueBefore: number | null;
		valueAfter: number | null;
	}>;
}
