import { describe, expect, it } from 'vitest';
import { makePartner, makeSnapshot, runCriterion } from '../test-support';
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
	{
		actorId: 'p1',
		type: 'money' as const,
		amountEur: 600,
		source: 'public' as const,
		beyondFunding: false
	},
	{
		actorId: 'p2',
		type: 'staff_hours' as const,
		amountEur: 300,
		source: 'private' as const,
		beyondFunding: false
	},
	{
		actorId: 'p4',
		type: 'in_kind' as const,
		amountEur: 100,
		source: 'private' as const,
		beyondFunding: false
	}
];

describe('B. Corresponsabilità', () => {
	it('matches the hand-computed example', () => {
		// operational partners: p1, p2, p3 (p4 is a sostenitore)
		// responsible: p1, p2 of 3 → 66.667
		// shared actions: a1 (p1, p2) and a3 (p2, p4) of 3 → 66.667
		// balance over [600, 300, 0]: G = 2·600/(3·900) = 0.444, ×3/2 = 0.667 → 100·(1 − 0.667) = 33.333
		// B = (66.667 + 66.667 + 33.333)/3 = 55.556
		const result = runCriterion(
			coresponsibilityCriterion,
			makeSnapshot({ partners, actions, commitments })
		);
		expect(result.sub.responsible_partners).toBeCloseTo(66.667, 3);
		expect(result.sub.shared_actions).toBeCloseTo(66.667, 3);
		expect(result.sub.resource_balance).toBeCloseTo(33.333, 3);
		expect(result.score).toBeCloseTo(55.556, 3);
	});

	it('suggests giving an action and resources to the idle partner', () => {
		const result = runCriterion(
			coresponsibilityCriterion,
			makeSnapshot({ partners, actions, commitments })
		);
		const idle = result.suggestions.filter((s) => s.actorIds?.includes('p3'));
		expect(idle).toHaveLength(2);
		expect(result.suggestions.some((s) => s.it.includes('P1 copre da solo il 67%'))).toBe(true);
	});

	it('gives full marks when everyone carries every action and commits the same', () => {
		const even = partners.slice(0, 3);
		const result = runCriterion(
			coresponsibilityCriterion,
			makeSnapshot({
				partners: even,
				actions: [{ id: 'a', title: 'Tutto', responsibleActorIds: ['p1', 'p2', 'p3'] }],
				commitments: even.map((p) => ({
					actorId: p.actorId,
					type: 'money' as const,
					amountEur: 10,
					source: 'private' as const,
					beyondFunding: false
				}))
			})
		);
		expect(result.score).toBe(100);
	});

	it('names actions and commitments when they are missing, without scoring 0', () => {
		const result = runCriterion(coresponsibilityCriterion, makeSnapshot({ partners }));
		expect(result.score).toBeNull();
		expect(result.missing).toHaveLength(2);
		expect(result.missing.join(' ')).toContain('project actions');
		expect(result.missing.join(' ')).toContain('commitments');
	});

	it('needs two operational partners', () => {
		const result = runCriterion(
			coresponsibilityCriterion,
			makeSnapshot({ partners: [partners[0]!, partners[3]!], actions, commitments })
		);
		expect(result.score).toBeNull();
		expect(result.missing.join(' ')).toContain('capofila o partner');
	});
});
