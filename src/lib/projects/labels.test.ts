import { describe, expect, it } from 'vitest';
import { targetPopulation } from './labels';
import { parseAmount, invalidAmounts, replaceById } from './save';

describe('the dossier’s target population and amounts', () => {
	it('counts a Comune once when it is also in a selected Ambito, and names the unknown', () => {
		const ambito = {
			comuni: [
				{ istat: '019035', population: 33000 },
				{ istat: '019001', population: null }
			]
		};
		expect(targetPopulation([ambito], [{ istat: '019035', population: 33000 }])).toEqual({
			comuni: 2,
			population: 33000,
			missing: 1
		});
	});

	it('reads amounts as an office writes them', () => {
		expect(parseAmount('2.300.000')).toBe(2300000);
		expect(parseAmount('62.000,50')).toBe(62000.5);
		expect(parseAmount('12,5')).toBe(12.5);
		expect(parseAmount('1.5')).toBe(1.5);
		expect(parseAmount(' ')).toBeNull();
		expect(invalidAmounts({ budgetEur: 'molti', grantAwardedEur: '10' })).toEqual({
			budgetEur: expect.any(String)
		});
	});

	it('puts a saved row back in its place, leaving the others as they were', () => {
		const rows = [
			{ id: 'a', title: 'Uno' },
			{ id: 'b', title: 'Due' },
			{ id: 'c', title: 'Tre' }
		];
		const saved = replaceById(rows, { id: 'b', title: 'Due bis' });
		expect(saved.map((r) => r.title)).toEqual(['Uno', 'Due bis', 'Tre']);
		expect(saved[0]).toBe(rows[0]);
		expect(rows[1]!.title).toBe('Due');
	});
});
