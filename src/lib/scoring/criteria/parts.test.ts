import { describe, expect, it } from 'vitest';
import { resolveParameters } from '../parameters';
import { CRITERIA } from '.';
import { criterionParts } from './parts';

const PARTS = criterionParts([
	{ id: 'plan', label: { it: 'Cosa prosegue', en: 'What continues' }, weight: 'weightPlan' },
	{
		id: 'ambiti',
		label: { it: 'Ambiti serviti', en: 'Ambiti served' },
		weight: 'weightAmbiti',
		defaultWeight: 0.5,
		weightLabel: { it: 'Peso: Ambiti serviti', en: 'Weight: Ambiti served' }
	},
	{ id: 'fixed', label: { it: 'Fisso', en: 'Fixed' } }
]);

describe('criterionParts', () => {
	it('declares one weight parameter per weighted part, labelled after the part', () => {
		expect(PARTS.weightParameters).toEqual([
			{
				id: 'weightPlan',
				label: { it: 'Peso: cosa prosegue', en: 'Weight: what continues' },
				default: 1,
				min: 0,
				max: 10
			},
			{
				id: 'weightAmbiti',
				label: { it: 'Peso: Ambiti serviti', en: 'Weight: Ambiti served' },
				default: 0.5,
				min: 0,
				max: 10
			}
		]);
	});

	it('builds the subscores in declared order with the rubric’s weights; a part left out is not assessable', () => {
		const params = resolveParameters({ parameters: PARTS.weightParameters }, { weightPlan: 3 });
		expect(PARTS.subscores(params, { ambiti: 40, plan: 0 })).toEqual([
			{ id: 'plan', label: { it: 'Cosa prosegue', en: 'What continues' }, score: 0, weight: 3 },
			{
				id: 'ambiti',
				label: { it: 'Ambiti serviti', en: 'Ambiti served' },
				score: 40,
				weight: 0.5
			},
			{ id: 'fixed', label: { it: 'Fisso', en: 'Fixed' }, score: null, weight: 1 }
		]);
	});

	it('every criterion’s parameters have distinct ids', () => {
		for (const criterion of CRITERIA) {
			const ids = criterion.parameters.map((p) => p.id);
			expect(new Set(ids).size, criterion.id).toBe(ids.length);
		}
	});
});
