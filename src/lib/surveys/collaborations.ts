import type { CollaborationLevel, SurveyRound, TieAnswer } from './types';

/** One tie as the map and the scoring read it: a pair, with the survey's level, trust and value. */
export interface SurveyTie {
	a: string;
	b: string;
	/** 1–5, the level both sides give on average (one side alone: its level). */
	level: CollaborationLevel;
	/** 1–5 (the collaborations' scale), from the mean of the 1–4 items; null when withheld or unrated. */
	trust: number | null;
	value: number | null;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);
/** 1–4 mean → the collaborations' 1–5 scale, whole numbers (1 ↦ 1, 4 ↦ 5). */
const toFive = (m: number | null) => (m === null ? null : Math.round(1 + ((m - 1) * 4) / 3));

/**
 * The round's ties for the network: every pair at least one side rated, at the rounded mean of the
 * levels given (0 and 3 give 2: a tie one side does not see is weaker, not absent); pairs whose
 * mean rounds to 0 are no tie. In an anonymous survey a pair's trust and value would show what one
 * or two respondents said, so only the level is kept (figures stay aggregated in the results).
 */
export function surveyTies(round: SurveyRound): SurveyTie[] {
	const pairs = new Map<string, TieAnswer[]>();
	for (const t of round.answers) {
		if (t.fromOrgId === t.toOrgId) continue;
		const [a, b] = [t.fromOrgId, t.toOrgId].sort();
		const key = `${a}\u0000${b}`;
		pairs.set(key, [...(pairs.get(key) ?? []), t]);
	}
	const ties: SurveyTie[] = [];
	for (const [key, answers] of pairs) {
		const [a, b] = key.split('\u0000') as [string, string];
		const level = Math.round(mean(answers.map((x) => x.level))!) as CollaborationLevel;
		if (level < 1) continue;
		const items = (pick: (x: TieAnswer) => Array<number | undefined>) =>
			answers.flatMap((x) => (x.level >= 1 ? pick(x) : [])).filter((v): v is number => v != null);
		ties.push({
			a,
			b,
			level,
			trust: round.anonymous ? null : toFive(mean(items((x) => Object.values(x.trust)))),
			value: round.anonymous ? null : toFive(mean(items((x) => Object.values(x.value))))
		});
	}
	return ties.sort((x, y) => x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}
