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
 * The round's ties for the network, read as the results read them (metrics.ts, docs/surveys.md):
 * both sides answered, the lower level (a tie is as close as both agree it is); one side only, its
 * level; a respondent who completed and left an organisation out said 0. Pairs at level 0 are no
 * tie. In an anonymous survey a pair's trust and value would show what one or two respondents
 * said, so only the level is kept (the figures stay aggregated in the results).
 */
export function surveyTies(round: SurveyRound): SurveyTie[] {
	const completed = new Set(
		round.respondents.filter((r) => r.status === 'completed').map((r) => r.orgId)
	);
	const answers = new Map<string, TieAnswer>();
	for (const t of round.answers)
		if (t.fromOrgId !== t.toOrgId) answers.set(`${t.fromOrgId}\u0000${t.toOrgId}`, t);
	const says = (from: string, to: string) =>
		answers.get(`${from}\u0000${to}`)?.level ?? (completed.has(from) ? 0 : null);
	const pairs = new Set(
		[...answers.values()].map((t) => [t.fromOrgId, t.toOrgId].sort().join('\u0000'))
	);
	const ties: SurveyTie[] = [];
	for (const key of pairs) {
		const [a, b] = key.split('\u0000') as [string, string];
		const [ab, ba] = [says(a, b), says(b, a)];
		const level = (ab === null ? ba : ba === null ? ab : Math.min(ab, ba)) as CollaborationLevel;
		if (level < 1) continue;
		const given = [answers.get(`${a}\u0000${b}`), answers.get(`${b}\u0000${a}`)].filter(
			(x): x is TieAnswer => x !== undefined && x.level >= 1
		);
		const items = (pick: (x: TieAnswer) => Array<number | undefined>) =>
			given.flatMap(pick).filter((v): v is number => v != null);
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
