import { describe, expect, it } from 'vitest';
import { surveyTies } from './collaborations';
import type { SurveyRound, TieAnswer } from './types';

const tie = (
	from: string,
	to: string,
	level: TieAnswer['level'],
	extra: Partial<TieAnswer> = {}
): TieAnswer => ({
	fromOrgId: from,
	toOrgId: to,
	level,
	frequency: null,
	trust: {},
	value: {},
	...extra
});
const round = (answers: TieAnswer[], anonymous = false): SurveyRound => ({
	surveyId: 's',
	organisations: [],
	respondents: [],
	answers,
	anonymous
});

describe('the ties a closed survey writes as collaborations', () => {
	it('takes the rounded mean level of both sides, one side alone as it is, no tie below 1', () => {
		const ties = surveyTies(
			round([
				tie('a', 'b', 4),
				tie('b', 'a', 2),
				tie('a', 'c', 3),
				tie('c', 'a', 0),
				tie('b', 'c', 0),
				tie('d', 'a', 1)
			])
		);
		expect(ties.map((t) => [t.a, t.b, t.level])).toEqual([
			['a', 'b', 3],
			['a', 'c', 2],
			['a', 'd', 1]
		]);
	});

	it('turns the 1–4 items into the collaborations’ 1–5 scale (4 ↦ 5, 1 ↦ 1), level-0 answers aside', () => {
		const [t] = surveyTies(
			round([
				tie('a', 'b', 2, { trust: { reliability: 4, openness: 4 }, value: { influence: 1 } }),
				tie('b', 'a', 0, { trust: { reliability: 1 } })
			])
		);
		expect(t).toMatchObject({ level: 1, trust: 5, value: 1 });
	});

	it('keeps only the level when the survey is anonymous (a pair would show who said what)', () => {
		const [t] = surveyTies(round([tie('a', 'b', 3, { trust: { reliability: 4 } })], true));
		expect(t).toEqual({ a: 'a', b: 'b', level: 3, trust: null, value: null });
	});
});
