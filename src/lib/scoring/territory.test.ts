import { describe, expect, it } from 'vitest';
import { coverageOfTerritory } from './territory';
import { makePartner } from './test-support';
import type { TerritoryComune } from './types';

const comuni: TerritoryComune[] = [
	{ istat: '019036', name: 'Crema', population: 34000, ambitoId: 'cremasco', atsId: 'val-padana' },
	{
		istat: '019002',
		name: 'Agnadello',
		population: 3700,
		ambitoId: 'cremasco',
		atsId: 'val-padana'
	},
	{ istat: '098031', name: 'Lodi', population: 45000, ambitoId: 'lodi', atsId: 'milano' }
];

describe('coverageOfTerritory', () => {
	it('covers the seat of any partner', () => {
		const coverage = coverageOfTerritory(
			[
				makePartner('coop', 'cooperativa_sociale_a', 'partner', {
					seatComune: '019036',
					ambitoIds: ['cremasco']
				})
			],
			comuni
		);
		expect(coverage.get('019036')).toEqual(['coop']);
		// A cooperative's Ambito is where it sits, not a remit: Agnadello stays uncovered.
		expect(coverage.get('019002')).toEqual([]);
	});

	it('covers every Comune of an Ambito, ASST or ATS partner’s remit', () => {
		const partners = [
			makePartner('amb', 'ambito', 'capofila', { ambitoIds: ['cremasco'] }),
			makePartner('ats', 'ats', 'partner', { atsIds: ['milano'] })
		];
		const coverage = coverageOfTerritory(partners, comuni);
		expect(coverage.get('019002')).toEqual(['amb']);
		expect(coverage.get('098031')).toEqual(['ats']);
	});

	it('covers the province of a Provincia and the whole region for Regione', () => {
		const coverage = coverageOfTerritory(
			[makePartner('pv', 'provincia', 'aderente', { seatComune: '019036' })],
			comuni
		);
		expect(coverage.get('019002')).toEqual(['pv']);
		expect(coverage.get('098031')).toEqual([]);
		const region = coverageOfTerritory([makePartner('rl', 'regione')], comuni);
		expect([...region.values()].every((ids) => ids.length === 1)).toBe(true);
	});
});
