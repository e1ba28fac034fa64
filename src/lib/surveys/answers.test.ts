import { describe, expect, it } from 'vitest';
import { checkPartnership, checkTies, minutesToAnswer } from './answers';

const names = new Map([
	['a', 'Ente A'],
	['b', 'Ente B'],
	['c', 'Ente C']
]);

describe('checking a respondent’s answers', () => {
	it('keeps valid ties, drops trust and value at level 0', () => {
		const { answers, problems } = checkTies(
			[
				{ toOrgId: 'b', level: 2, frequency: 'weekly', reliability: 3, involvement: 4 },
				{ toOrgId: 'c', level: 0, frequency: 'weekly', reliability: 3 }
			],
			'a',
			names
		);
		expect(problems).toEqual([]);
		expect(answers).toEqual([
			{
				fromOrgId: 'a',
				toOrgId: 'b',
				level: 2,
				frequency: 'weekly',
				trust: { reliability: 3 },
				value: { involvement: 4 }
			},
			{ fromOrgId: 'a', toOrgId: 'c', level: 0, frequency: null, trust: {}, value: {} }
		]);
	});

	it('names the field and the organisation of each problem, in Italian first', () => {
		const { answers, problems } = checkTies(
			[
				{ toOrgId: 'a', level: 1 },
				{ toOrgId: 'zz', level: 1 },
				{ toOrgId: 'b', level: 6, frequency: 'daily', mission: 0 },
				{ toOrgId: 'c', level: 1 },
				{ toOrgId: 'c', level: 2 }
			],
			'a',
			names
		);
		expect(answers).toHaveLength(1);
		expect(problems.map((p) => p.field)).toEqual([
			'input.ties[0].toOrgId',
			'input.ties[1].toOrgId',
			'input.ties[2].level',
			'input.ties[2].frequency',
			'input.ties[2].mission',
			'input.ties[4].toOrgId'
		]);
		expect(problems[2]!.message).toMatch(
			/^livello di collaborazione \(Ente B\): un numero da 0 a 5/
		);
		expect(problems[4]!.message).toMatch(/^condivisione della missione \(Ente B\)/);
	});

	it('checks the partnership questions: Likert 1–5 and bounded text', () => {
		expect(checkPartnership({ goals: 5, achieved: '  Molto  ', obstacles: '' })).toEqual({
			answer: { goals: 5, achieved: 'Molto', obstacles: null },
			problems: []
		});
		const { problems } = checkPartnership({ worth: 0, obstacles: 'x'.repeat(2001) });
		expect(problems.map((p) => p.field)).toEqual([
			'input.partnership.worth',
			'input.partnership.obstacles'
		]);
	});

	it('tells a time that grows with the list', () => {
		expect(minutesToAnswer(3)).toBe(5);
		expect(minutesToAnswer(30)).toBe(18);
	});
});
