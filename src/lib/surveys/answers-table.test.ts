import { describe, expect, it } from 'vitest';
import { answersTables, type PseudonymisedAnswerRow } from './answers-table';

const respondent = (code: string, organisations: string[]): PseudonymisedAnswerRow => ({
	code,
	goals: 4,
	decisions: null,
	worth: 5,
	achieved: 'Un tavolo comune',
	obstacles: null,
	answers: organisations.map((organisation, i) => ({
		organisation,
		level: i + 1,
		frequency: i === 0 ? 'monthly' : null,
		reliability: 3,
		openness: null,
		mission: 4,
		influence: 2,
		resources: null,
		involvement: 1
	}))
});

describe('the answers as tables to download', () => {
	it('one row per answer with its respondent code, and one row per respondent for the partnership', () => {
		const [answers, partnership] = answersTables([
			respondent('R01', ['Caritas', 'Comune di Crema']),
			respondent('R02', ['Caritas'])
		]);
		expect(answers!.name).toBe('risposte');
		expect(answers!.rows).toEqual([
			['R01', 'Caritas', 1, 'almeno una volta al mese', 3, null, 4, 2, null, 1],
			['R01', 'Comune di Crema', 2, null, 3, null, 4, 2, null, 1],
			['R02', 'Caritas', 1, 'almeno una volta al mese', 3, null, 4, 2, null, 1]
		]);
		expect(answers!.rows.every((r) => r.length === answers!.headers.length)).toBe(true);
		expect(partnership!.rows).toEqual([
			['R01', 4, null, 5, 'Un tavolo comune', null],
			['R02', 4, null, 5, 'Un tavolo comune', null]
		]);
		expect(partnership!.rows.every((r) => r.length === partnership!.headers.length)).toBe(true);
	});
});
