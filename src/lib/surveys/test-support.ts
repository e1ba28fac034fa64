/**
 * The worked examples of the survey's metrics (metrics.test.ts computes every figure by hand) and of
 * its results views: a five-organisation round and the same network a year later.
 */
import type { CollaborationLevel, SurveyRound, TieAnswer } from './types';

/** One answer: `from` about `to`, at a level, with the trust and value items given (1–4). */
export function says(
	from: string,
	to: string,
	level: CollaborationLevel,
	trust: TieAnswer['trust'] = {},
	value: TieAnswer['value'] = {}
): TieAnswer {
	return { fromOrgId: from, toOrgId: to, level, frequency: null, trust, value };
}
const all3 = (v: 1 | 2 | 3 | 4) => ({ reliability: v, openness: v, mission: v });
const allValue = (v: 1 | 2 | 3 | 4) => ({ influence: v, resources: v, involvement: v });

export const ORGS = [
	{ id: 'a', name: 'Alfa' },
	{ id: 'b', name: 'Beta' },
	{ id: 'c', name: 'Cedro' },
	{ id: 'd', name: 'Delta' },
	{ id: 'e', name: 'Elce' }
];

/**
 * A, B and C completed; D started (its answers count, its silences do not); E never opened the link.
 *   pair  A says  B says  … read as  why
 *   A–B   4       4         4        both agree
 *   A–C   2       2         2        both agree
 *   A–D   1       1         1        both agree
 *   A–E   0*      –         0        *A completed and left E out: "nessun rapporto"
 *   B–C   5       2         2        the lower of two answers; 3 apart: a place to talk
 *   B–D   0*      3         0        the lower (B completed, left D out); 3 apart: a place to talk
 *   B–E   3       –         3        only B answered: B's level (reconstruction)
 *   C–D   0       –         0        D started but said nothing of C
 *   C–E   0*      –         0
 *   D–E   –       –         0        no one answered
 */
export const ROUND: SurveyRound = {
	surveyId: 's1',
	organisations: ORGS,
	respondents: [
		{ orgId: 'a', status: 'completed' },
		{ orgId: 'b', status: 'completed' },
		{ orgId: 'c', status: 'completed' },
		{ orgId: 'd', status: 'started' },
		{ orgId: 'e', status: 'not_opened' }
	],
	answers: [
		says('a', 'b', 4, all3(4), allValue(3)),
		says('a', 'c', 2, { reliability: 3, openness: 2, mission: 1 }, { influence: 2 }),
		says('a', 'd', 1, { reliability: 4 }),
		says('b', 'a', 4, { reliability: 4, openness: 3, mission: 2 }, allValue(4)),
		says('b', 'c', 5, all3(4), allValue(3)),
		says('b', 'e', 3, all3(2), allValue(1)),
		says('c', 'a', 2, all3(3), allValue(2)),
		says('c', 'b', 2, all3(3)),
		says('c', 'd', 0),
		says('d', 'a', 1, all3(2)),
		says('d', 'b', 3, { reliability: 1, openness: 2 }, { involvement: 2 })
	],
	anonymous: false
};

/**
 * Elce left the list, Faggio joined; everyone completed. On the common list (A, B, C, D):
 *   A–B 4 → 3 (kept), A–C 2 → 0 (A left C out: lost), A–D 1 → 2 (kept), B–C 2 → 2,
 *   B–D 0 → min(1, 3) = 1 (gained), C–D 0 → 2 (gained). Faggio's ties are not compared.
 * After: ties A–B, A–D, B–C, B–D, C–D = 5 of 10 pairs (A–F is min(0, 4) = 0): density 0.5;
 * degrees A 2, B 3, C 2, D 3, F 0 → Σ(3 − d) = 1+0+1+0+3 = 5 over 12.
 */
export const AFTER: SurveyRound = {
	surveyId: 's2',
	organisations: [...ORGS.slice(0, 4), { id: 'f', name: 'Faggio' }],
	respondents: ['a', 'b', 'c', 'd', 'f'].map((orgId) => ({
		orgId,
		status: 'completed' as const
	})),
	answers: [
		says('a', 'b', 3),
		says('b', 'a', 3, all3(4)),
		says('c', 'a', 2),
		says('a', 'd', 2),
		says('d', 'a', 2),
		says('b', 'c', 2),
		says('c', 'b', 2),
		says('b', 'd', 1),
		says('d', 'b', 3),
		says('c', 'd', 2),
		says('d', 'c', 2),
		says('f', 'a', 4, all3(1))
	],
	anonymous: false
};
