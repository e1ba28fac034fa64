import { describe, expect, it } from 'vitest';
import { commitment, makePartner, makeSnapshot, runCriterion } from '../test-support';
import type { TerritoryComune } from '../types';
import { breadthCriterion } from './a-breadth';

const comuni: TerritoryComune[] = [
	{ istat: 'c1', name: 'Uno', population: 1000, ambitoId: 'X', atsId: 'T' },
	{ istat: 'c2', name: 'Due', population: 3000, ambitoId: 'X', atsId: 'T' },
	{ istat: 'c3', name: 'Tre', population: 500, ambitoId: 'X', atsId: 'T' },
	{ istat: 'c4', name: 'Quattro', population: 500, ambitoId: 'X', atsId: 'T' }
];
const partners = [
	makePartner('p1', 'comune', 'capofila', { seatComune: 'c1' }),
	makePartner('p2', 'cooperativa_sociale_a', 'partner', { seatComune: 'c2' }),
	makePartner('p3', 'organizzazione_sindacale', 'sostenitore'),
	makePartner('p4', 'impresa', 'partner', { seatComune: 'c1' }),
	makePartner('p5', 'rete_territoriale', 'partner', {
		declaredMembers: [{ kind: 'odv', count: 16 }]
	})
];

describe('A. Ampiezza e qualificazione', () => {
	it('matches the hand-computed example', () => {
		// core = p1, p2, p4, p5 (p3 only signs, s = 1/3). Each subscore = (2/3)·f(core) + (1/3)·f(all).
		// numerosity: n(core) = 1 + 1 + 1 + (1 + 0.5·√16) = 6 → 69.881; n(all) = 7 → 75.340 → 71.700
		// typology: core public, Third Sector, profit, networks (the ODV members add nothing new) = 4/5 → 80;
		//   all adds social partners → 100 → 86.667
		// territory: c1 and c2 covered by both sets: (2/4 + 4000/5000)/2 → 65
		// representative bodies: core 0, all 1/2 → 16.667
		// A = (71.700 + 86.667 + 0.7·65 + 0.3·16.667)/3 = 69.622
		const result = runCriterion(
			breadthCriterion,
			makeSnapshot({ partners, territory: { comuni } })
		);
		expect(result.sub.numerosity).toBeCloseTo(71.7005, 3);
		expect(result.sub.typology).toBeCloseTo(86.6667, 3);
		expect(result.sub.territory).toBeCloseTo(65, 6);
		expect(result.sub.representative_bodies).toBeCloseTo(16.6667, 3);
		expect(result.score).toBeCloseTo(69.6224, 3);
		expect(result.explanation?.it).toContain('4 enti operativi e 1 solo firmatari');
	});

	it('five supporters do not lift A like five operating partners (issue 16: 58 → 90 before)', () => {
		const base = [
			makePartner('c', 'comune', 'capofila', { seatComune: 'c1' }),
			makePartner('k', 'cooperativa_sociale_a', 'partner', { seatComune: 'c2' }),
			makePartner('o', 'odv', 'partner', { seatComune: 'c2' })
		];
		const letters = [
			'impresa',
			'scuola',
			'fondazione_bancaria',
			'organizzazione_sindacale',
			'associazione_famiglie'
		] as const;
		const score = (role: 'sostenitore' | 'partner') =>
			runCriterion(
				breadthCriterion,
				makeSnapshot({
					partners: [
						...base,
						...letters.map((kind, i) => makePartner(`s${i}`, kind, role, { seatComune: 'c3' }))
					],
					territory: { comuni }
				})
			).score!;
		const before = runCriterion(
			breadthCriterion,
			makeSnapshot({ partners: base, territory: { comuni } })
		).score!;
		const supporters = score('sostenitore');
		const operating = score('partner');
		expect(before).toBeCloseTo(43.54, 2);
		expect(operating).toBeCloseTo(84.19, 2);
		expect(supporters).toBeCloseTo(57.09, 2);
		expect(supporters - before).toBeLessThanOrEqual((operating - before) / 3 + 1e-9);
	});

	it('counts a Comune and the Ambito it leads once; the Ambito covers its Comuni only with an action', () => {
		const comune = makePartner('crema', 'comune', 'capofila', { seatComune: 'c1' });
		const ambito = makePartner('amb', 'ambito', 'partner', {
			legalEntityId: 'crema',
			ambitoIds: ['X'],
			seatComune: 'c1'
		});
		const alone = runCriterion(
			breadthCriterion,
			makeSnapshot({ partners: [comune], territory: { comuni } })
		);
		const both = runCriterion(
			breadthCriterion,
			makeSnapshot({ partners: [comune, ambito], territory: { comuni } })
		);
		expect(both.sub.numerosity).toBeCloseTo(alone.sub.numerosity!, 9);
		expect(both.inputs.partnersMergedAsOneEntity).toBe(1);
		expect(both.sub.territory).toBeCloseTo(alone.sub.territory!, 9);
		const acting = runCriterion(
			breadthCriterion,
			makeSnapshot({
				partners: [comune, ambito],
				territory: { comuni },
				actions: [{ id: 'a', title: 'Sportello', responsibleActorIds: ['amb'] }]
			})
		);
		expect(acting.sub.territory).toBe(100);
	});

	it('a Provincia in any role does not make coverage 100%', () => {
		for (const role of ['capofila', 'partner', 'aderente'] as const) {
			const result = runCriterion(
				breadthCriterion,
				makeSnapshot({
					partners: [
						makePartner('pv', 'provincia', role, { seatComune: 'c1' }),
						makePartner('k', 'odv', 'partner', { seatComune: 'c2' })
					],
					territory: { comuni },
					actions: [{ id: 'a', title: 'Coordinamento', responsibleActorIds: ['pv'] }],
					commitments: [commitment('pv', 5000, 'public')]
				})
			);
			expect(result.inputs.coveredComuni, role).toBe(2);
			expect(result.sub.territory, role).toBeLessThan(100);
		}
	});

	it('names uncovered Comuni and real candidates seated there, never fictional ones', () => {
		const result = runCriterion(
			breadthCriterion,
			makeSnapshot({
				partners,
				territory: { comuni },
				candidates: [
					{ actorId: 'k1', name: 'Oratorio di Tre', kind: 'ente_religioso', seatComune: 'c3' },
					{ actorId: 'k2', name: 'Demo ODV', kind: 'odv', seatComune: 'c4', fictional: true }
				]
			})
		);
		const uncovered = result.suggestions.find((s) => s.comuni);
		expect(uncovered?.it).toContain('2 Comuni su 4 non sono coperti');
		expect(uncovered?.it).toContain('Tre (500)');
		expect(uncovered?.actorIds).toEqual(['k1']);
		expect(result.suggestions.flatMap((s) => s.actorIds ?? [])).not.toContain('k2');
		expect(result.suggestions.map((s) => s.it).join(' ')).not.toContain('partner in più');
	});

	it('is not assessable without partners, and without a territory only the territory is', () => {
		const none = runCriterion(breadthCriterion, makeSnapshot());
		expect(none.score).toBeNull();
		expect(none.missing.join()).toContain('partner del progetto');
		const noTerritory = runCriterion(breadthCriterion, makeSnapshot({ partners }));
		expect(noTerritory.sub.territory).toBeNull();
		expect(noTerritory.score).not.toBeNull();
		expect(noTerritory.missing.join()).toContain('territorio destinatario');
	});
});
