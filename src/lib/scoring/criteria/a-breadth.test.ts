import { describe, expect, it } from 'vitest';
import { makePartner, makeSnapshot, runCriterion } from '../test-support';
import { breadthCriterion } from './a-breadth';

const territory = {
	comuni: [
		{ istat: '019001', name: 'Uno', population: 1000, ambitoId: 'X', atsId: 'T1' },
		{ istat: '019002', name: 'Due', population: 3000, ambitoId: 'X', atsId: 'T1' },
		{ istat: '019003', name: 'Tre', population: 500, ambitoId: 'Y', atsId: 'T1' },
		{ istat: '019004', name: 'Quattro', population: 500, ambitoId: 'Y', atsId: 'T1' }
	]
};

const partners = [
	makePartner('p1', 'comune', 'capofila', { seatComune: '019001' }),
	makePartner('p2', 'cooperativa_sociale_a', 'partner', { seatComune: '019002' }),
	makePartner('p3', 'organizzazione_sindacale', 'aderente'),
	makePartner('p4', 'impresa', 'partner', { seatComune: '019001' })
];

describe('A. Ampiezza e qualificazione', () => {
	it('matches the hand-computed example', () => {
		// numerosità: n = 4, k = 5 → 100·(1 − e^(−0.8)) = 55.067
		// tipologia: 4 sectors (public, Third Sector, social partners, profit) of 5 → 80
		// territorio: Comuni 2/4 = 0.5; residents 4000/5000 = 0.8 → 100·(0.5 + 0.8)/2 = 65
		// rappresentanza: 1 union of 2 expected → 50
		// A = (1·55.067 + 1·80 + 0.7·65 + 0.3·50) / 3 = 65.189
		const result = runCriterion(breadthCriterion, makeSnapshot({ partners, territory }));
		expect(result.sub.numerosity).toBeCloseTo(55.067, 3);
		expect(result.sub.typology).toBe(80);
		expect(result.sub.territory).toBeCloseTo(65, 9);
		expect(result.sub.representative_bodies).toBe(50);
		expect(result.score).toBeCloseTo(65.189, 3);
		expect(result.missing).toEqual([]);
	});

	it('names the uncovered Comuni with their share of residents', () => {
		const result = runCriterion(
			breadthCriterion,
			makeSnapshot({
				partners,
				territory,
				candidates: [
					{ actorId: 'c1', name: 'ODV Tre', kind: 'odv', seatComune: '019003' },
					{ actorId: 'c2', name: 'Forum', kind: 'forum_terzo_settore', seatComune: null }
				]
			})
		);
		const uncovered = result.suggestions.find((s) => s.comuni !== undefined);
		expect(uncovered?.it).toContain('2 Comuni su 4 (20% dei residenti)');
		expect(uncovered?.comuni).toEqual(['019003', '019004']);
		expect(uncovered?.actorIds).toEqual(['c1']);
		const representative = result.suggestions.find((s) => s.actorIds?.includes('c2'));
		expect(representative?.en).toContain('Representative bodies');
	});

	it('lets an Ambito partner cover its whole Ambito', () => {
		const withAmbito = [...partners, makePartner('p5', 'ambito', 'partner', { ambitoIds: ['Y'] })];
		const result = runCriterion(
			breadthCriterion,
			makeSnapshot({ partners: withAmbito, territory })
		);
		expect(result.sub.territory).toBe(100);
	});

	it('scores typology on sectors, not on partners: three cooperatives are one sector', () => {
		const coops = ['c1', 'c2', 'c3'].map((id) => makePartner(id, 'cooperativa_sociale_b'));
		const result = runCriterion(breadthCriterion, makeSnapshot({ partners: coops }));
		expect(result.sub.typology).toBe(20);
	});

	it('is not assessable without partners, and says why', () => {
		const result = runCriterion(breadthCriterion, makeSnapshot({ territory }));
		expect(result.score).toBeNull();
		expect(result.missing.join(' ')).toContain('partner del progetto');
	});

	it('scores without the territory but names it as missing', () => {
		const result = runCriterion(breadthCriterion, makeSnapshot({ partners }));
		expect(result.sub.territory).toBeNull();
		expect(result.score).not.toBeNull();
		expect(result.missing.join(' ')).toContain('territorio destinatario');
	});

	it('falls back to the share of Comuni when no population is known', () => {
		const noPopulation = {
			comuni: territory.comuni.map((c) => ({ ...c, population: null }))
		};
		const result = runCriterion(
			breadthCriterion,
			makeSnapshot({ partners, territory: noPopulation })
		);
		expect(result.sub.territory).toBe(50);
		expect(result.missing.join(' ')).toContain('popolazione');
	});
});

describe('A. suggestions for absent sectors', () => {
	it('lists the absent sectors once and links candidates sector by sector', () => {
		const result = runCriterion(
			breadthCriterion,
			makeSnapshot({
				partners: [makePartner('p1', 'comune')],
				candidates: [
					{
						actorId: 'c1',
						name: 'Fondazione Cariplo',
						kind: 'fondazione_bancaria',
						seatComune: null
					},
					{ actorId: 'c2', name: 'Coop Sole', kind: 'cooperativa_sociale_a', seatComune: null }
				]
			})
		);
		const summary = result.suggestions.find((s) => s.it.startsWith('Settori presenti'));
		expect(summary?.it).toContain('1 su 5');
		expect(summary?.it).toContain('Terzo Settore');
		const linked = result.suggestions
			.filter((s) => s.actorIds !== undefined)
			.map((s) => s.actorIds);
		expect(linked).toEqual([['c2'], ['c1']]);
	});
});
