import { describe, expect, it } from 'vitest';
import { surveyTies } from './collaborations';
import { says } from './test-support';
import type { SurveyRound, TieAnswer } from './types';

const round = (answers: TieAnswer[], anonymous = false, completed: string[] = []): SurveyRound => ({
	surveyId: 's',
	// The list: every organisation named in the answers or among those who completed.
	organisations: [
		...new Set([...answers.flatMap((t) => [t.fromOrgId, t.toOrgId]), ...completed])
	].map((id) => ({ id, name: id })),
	respondents: completed.map((orgId) => ({ orgId, status: 'completed' as const })),
	answers,
	anonymous
});

describe('the ties a closed survey writes as collaborations', () => {
	it('reads a pair as the results do: the lower of two levels, one side alone as it is, no tie at 0', () => {
		const ties = surveyTies(
			round(
				[
					says('a', 'b', 4),
					says('b', 'a', 2),
					says('a', 'c', 3),
					says('c', 'a', 0),
					says('b', 'c', 0),
					says('d', 'a', 1),
					says('e', 'f', 3)
				],
				false,
				['f']
			)
		);
		// e–f: f completed and left e out, so f said 0.
		expect(ties.map((t) => [t.a, t.b, t.level])).toEqual([
			['a', 'b', 2],
			['a', 'd', 1]
		]);
	});

	it('turns the 1–4 items of both sides into the collaborations’ 1–5 scale (4 ↦ 5, 1 ↦ 1)', () => {
		const [one] = surveyTies(
			round([says('a', 'b', 2, { reliability: 4, openness: 4 }, { influence: 1 })])
		);
		expect(one).toMatchObject({ level: 2, trust: 5, value: 1 });
		const [both] = surveyTies(
			round([says('a', 'b', 2, { reliability: 4, openness: 4 }), says('b', 'a', 3, { mission: 1 })])
		);
		// 4, 4, 1 → 3 on 1–4 → 3.67 → 4 on 1–5.
		expect(both).toMatchObject({ level: 2, trust: 4, value: null });
	});

	it('keeps only the level when the survey is anonymous (a pair would show who said what)', () => {
		const [t] = surveyTies(round([says('a', 'b', 3, { reliability: 4 })], true));
		expect(t).toEqual({ a: 'a', b: 'b', level: 3, trust: null, value: null });
	});
});
