import { describe, expect, it } from 'vitest';
import { criterion } from './test-support';
import { projectTerritory, territoryCoverage } from './territory';

const ambiti = [
	{
		id: 'x',
		name: 'X',
		comuni: [
			{ istat: '1', name: 'Uno', population: 100 },
			{ istat: '2', name: 'Due', population: 50 }
		]
	},
	{ id: 'y', name: 'Y', comuni: [{ istat: '3', name: 'Tre', population: 10 }] }
];

describe('territory covered and not covered', () => {
	it('takes the named Ambiti and Comuni, keeping unknown codes', () => {
		const t = projectTerritory(ambiti, { targetAmbitoIds: ['x'], targetComuniIstat: ['3', '999'] });
		expect(t.map((c) => c.name)).toEqual(['999', 'Due', 'Tre', 'Uno']);
	});

	it('splits on the Comuni criterion A found uncovered', () => {
		const t = projectTerritory(ambiti, { targetAmbitoIds: ['x', 'y'], targetComuniIstat: [] });
		const a = criterion('A', 50, {
			suggestions: [{ it: '', en: '', actorIds: [], comuni: ['2'], impacts: [] }]
		});
		const cov = territoryCoverage(t, [a]);
		expect(cov.uncovered.map((c) => c.istat)).toEqual(['2']);
		expect(cov.covered.map((c) => c.istat)).toEqual(['3', '1']);
		expect(cov.population).toEqual({ covered: 110, total: 160 });
		expect(territoryCoverage(t, []).known).toBe(false);
	});
});
