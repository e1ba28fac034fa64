import { describe, expect, it } from 'vitest';
import { MISSING } from '../missing';
import { commitment, makePartner, makeSnapshot, runCriterion } from '../test-support';
import { coresponsibilityCriterion } from './b-coresponsibility';

const partners = [
	makePartner('p1', 'comune', 'capofila'),
	makePartner('p2', 'cooperativa_sociale_a', 'partner'),
	makePartner('p3', 'odv', 'partner'),
	makePartner('p4', 'impresa', 'sostenitore')
];
const actions = [
	{ id: 'a1', title: 'Sportello', responsibleActorIds: ['p1', 'p2'] },
	{ id: 'a2', title: 'Formazione', responsibleActorIds: ['p1'] },
	{ id: 'a3', title: 'Laboratori', responsibleActorIds: ['p2', 'p4'] }
];
const commitments = [
	commitment('p1', 600, 'public'),
	commitment('p2', 300, 'private', { type: 'staff_hours' }),
	commitment('p4', 100, 'private', { type: 'in_kind' })
];

describe('B. Corresponsabilità', () => {
	it('matches the hand-computed example', () => {
		// p4 is a sostenitore but carries an action and commits: it counts as operating. Core p1..p4.
		// responsible: p1, p2, p4 of 4 → 75; shared: a1, a3 of 3 → 66.667
		// balance over [600, 300, 0, 100]: Σ(2i − n − 1)x_i on [0, 100, 300, 600] = 2000, G = 2000/4000 = 0.5,
		//   ×4/3 = 0.667 → 33.333.  B = (75 + 66.667 + 33.333)/3 = 58.333
		const result = runCriterion(
			coresponsibilityCriterion,
			makeSnapshot({ partners, actions, commitments })
		);
		expect(result.sub.responsible_partners).toBeCloseTo(75, 6);
		expect(result.sub.shared_actions).toBeCloseTo(66.667, 3);
		expect(result.sub.resource_balance).toBeCloseTo(33.333, 3);
		expect(result.score).toBeCloseTo(58.333, 3);
		expect(result.suggestions.map((s) => s.it).join(' ')).toContain(
			'Affidare almeno un’azione a: P3'
		);
	});

	it('one real co-financing figure keeps the balance non valutabile, not 0 (issue 16)', () => {
		const one = runCriterion(
			coresponsibilityCriterion,
			makeSnapshot({ partners, actions, commitments: [commitment('p1', 10_000, 'public')] })
		);
		expect(one.sub.resource_balance).toBeNull();
		expect(one.missing).toContain(MISSING.commitmentsOfTwo);
	});

	it('a commitment without a value is present, not 0 €: the balance waits for it and the data is flagged partial', () => {
		const result = runCriterion(
			coresponsibilityCriterion,
			makeSnapshot({
				partners,
				actions,
				commitments: [...commitments, commitment('p3', null, 'private', { type: 'spaces' })]
			})
		);
		expect(result.sub.resource_balance).toBeNull();
		expect(result.missing).toContain(MISSING.commitmentValues);
		expect(result.partial?.[0]).toContain('1 impegni presenti ma non valorizzati');
	});

	it('an action carried by an ASST and its Distretto is not shared between two bodies', () => {
		const result = runCriterion(
			coresponsibilityCriterion,
			makeSnapshot({
				partners: [
					makePartner('asst', 'asst', 'capofila'),
					makePartner('dist', 'distretto', 'partner', { legalEntityId: 'asst' }),
					makePartner('coop', 'cooperativa_sociale_a', 'partner')
				],
				actions: [
					{ id: 'a', title: 'PUA', responsibleActorIds: ['asst', 'dist'] },
					{ id: 'b', title: 'Domiciliarità', responsibleActorIds: ['coop'] }
				]
			})
		);
		expect(result.inputs.operationalPartners).toBe(2);
		expect(result.sub.shared_actions).toBe(0);
		expect(result.sub.responsible_partners).toBe(100);
	});

	it('names actions and commitments when they are missing, and needs two operating partners', () => {
		const empty = runCriterion(coresponsibilityCriterion, makeSnapshot({ partners }));
		expect(empty.score).toBeNull();
		expect(empty.missing).toEqual(expect.arrayContaining([MISSING.actions, MISSING.commitments]));
		const lone = runCriterion(
			coresponsibilityCriterion,
			makeSnapshot({
				partners: [makePartner('p1', 'comune', 'capofila'), makePartner('p2', 'odv', 'aderente')],
				actions: [{ id: 'a', title: 'x', responsibleActorIds: ['p1'] }]
			})
		);
		expect(lone.score).toBeNull();
		expect(lone.missing).toContain(MISSING.twoOperationalPartners);
	});
});
