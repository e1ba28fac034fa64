import { answersByPair, organisationsOf, readTies } from './metrics';
import type { CollaborationLevel, SurveyRound, TieAnswer } from './types';

/** One tie as the map and the scoring read it: a pair, with the survey's level, trust and value. */
export interface SurveyTie {
	a: string;
	b: string;
	/** 1–5: the lower of the two sides' levels, or the one side's. */
	level: CollaborationLevel;
	/** 1–5 (the collaborations' scale), from the mean of the 1–4 items; null when withheld or unrated. */
	trust: number | null;
	value: number | null;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);
/** 1–4 mean → the collaborations' 1–5 scale, whole numbers (1 ↦ 1, 4 ↦ 5). */
const toFive = (m: number | null) => (m === null ? null : Math.round(1 + ((m - 1) * 4) / 3));

/**
 * The round's ties for the network, read by the results' own rule (metrics.ts readTies,
 * docs/surveys.md): the lower of two answers, one side's alone, a completed respondent's silence
 * as 0. Pairs at level 0 are no tie. In an anonymous survey a pair's trust and value would show what one or two respondents
 * said, so only the level is kept (the figures stay aggregated in the results).
 */
export function surveyTies(round: SurveyRound): SurveyTie[] {
	const orgs = organisationsOf(round);
	const answers = answersByPair(round, new Set(orgs.map((o) => o.id)));
	const ties: SurveyTie[] = [];
	for (const tie of readTies(round, orgs)) {
		if (tie.level < 1) continue;
		const [a, b] = [tie.a.id, tie.b.id].sort() as [string, string];
		const given = [answers.get(`${a}\u0000${b}`), answers.get(`${b}\u0000${a}`)].filter(
			(x): x is TieAnswer => x !== undefined && x.level >= 1
		);
		const items = (pick: (x: TieAnswer) => Array<number | undefined>) =>
			given.flatMap(pick).filter((v): v is number => v != null);
		ties.push({
			a,
			b,
			level: tie.level,
			trust: round.anonymous ? null : toFive(mean(items((x) => Object.values(x.trust)))),
			value: round.anonymous ? null : toFive(mean(items((x) => Object.values(x.value))))
		});
	}
	return ties.sort((x, y) => x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}
