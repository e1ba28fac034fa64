import type { Lang } from '../i18n';

/** The shapes the evaluator's desk reads from GraphQL (queries.ts asks for exactly these fields). */
export type Text = Record<Lang, string>;

export interface CriterionScore {
	id: string;
	label: Text;
	weight: number;
	score: number | null;
}

export interface CriterionDetail extends CriterionScore {
	assessable: boolean;
	missing: string[];
	subscores: Array<{ id: string; label: Text; score: number | null; weight: number }>;
	inputs: Array<{ key: string; value: string }>;
	formula: Text;
	suggestions: Array<Text & { actorIds: string[]; comuni: string[] }>;
}

export interface ScorecardSummary {
	total: number | null;
	assessedWeightShare: number;
	criteria: CriterionScore[];
}

export interface ScorecardDetail {
	rubricVersion: number;
	total: number | null;
	assessedWeightShare: number;
	criteria: CriterionDetail[];
}

export interface Adjustment {
	criterionId: string;
	score: number;
	reason: string;
	by: string;
	at: string;
}

export interface AuditEntry {
	at: string;
	by: string;
	action: 'adjust' | 'clear_adjustment' | 'notes' | 'finalize' | 'reopen' | string;
	criterionId: string | null;
	oldValue: string | null;
	newValue: string | null;
	reason: string | null;
}

export type EvaluationStatus = 'draft' | 'final';

export interface Commitment {
	type: string;
	amount: number;
	valueEur: number | null;
	source: 'public' | 'private';
	beyondFunding: boolean;
}

export interface Partnership {
	id: string;
	role: string;
	actor: {
		id: string;
		name: string;
		kind: string;
		sector: string | null;
		seatName: string | null;
	} | null;
	commitments: Commitment[];
}

export interface ProjectAction {
	id: string;
	title: string;
	responsible: Array<{ id: string; name: string }>;
}

export interface ProjectDetail {
	id: string;
	title: string;
	start: string | null;
	end: string | null;
	triennio: string | null;
	budgetEur: number | null;
	targetComuniIstat: string[];
	targetAmbitoIds: string[];
	fictional: boolean;
	call: { id: string; title: string; year: number | null } | null;
	partnerships: Partnership[];
	actions: ProjectAction[];
}

/** One line of a ranking (`evaluations` query). */
export interface RankingEntry {
	projectId: string;
	status: EvaluationStatus;
	version: number;
	dataChangedSinceFinal: boolean;
	adjustments: Array<{ criterionId: string }>;
	project: {
		title: string;
		fictional: boolean;
		triennio: string | null;
		targetAmbitoIds: string[];
		call: { id: string; title: string } | null;
	} | null;
	scorecard: ScorecardSummary;
}

/** One project's evaluation with everything the scorecard page and the report show. */
export interface EvaluationDetail {
	projectId: string;
	rubricId: string;
	rubricVersion: number;
	status: EvaluationStatus;
	notes: string | null;
	version: number;
	finalizedAt: string | null;
	finalizedBy: string | null;
	dataChangedSinceFinal: boolean;
	changes: Text[];
	adjustments: Adjustment[];
	scorecard: ScorecardDetail;
	computedScorecard: ScorecardDetail;
	audit: AuditEntry[];
}

export interface TerritoryComune {
	istat: string;
	name: string;
	population: number | null;
}

export interface RubricSummary {
	id: string;
	version: number;
	name: Text;
	preset: boolean;
}
