import { describe, expect, it } from 'vitest';
import { makePartner, makeSnapshot, runCriterion } from '../test-support';
import type { PartnershipSnapshot } from '../types';
import { resourcesCriterion } from './e-resources';

const partners = [
	makePartner('p1', 'comune', 'capofila'),
	makePartner('p2', 'cooperativa_sociale_a'),
	makePartner('p3', 'impresa'),
	makePartner('p4', 'odv')
];
const commitments: PartnershipSnapshot['commitments'] = [
	{ actorId: 'p1', type: 'money', amountEur: 6000, source: 'public', beyondFunding: false },
	{ actorId: 'p2', type: 'staff_hours', amountEur: 2000, source: 'private', beyondFunding: true },
	{ actorId: 'p3', type: 'in_kind', amountEur: 1000, source: 'private', beyondFunding: false },
	{ actorId: 'p2', type: 'spaces', amountEur: 1000, source: 'private', beyondFunding: false }
];

describe('E. Integrazione delle risorse', () => {
	it('matches the hand-computed example', () => {
		// total 10 000; private 4 000 = 40% ≥ 30% → mix 100
		// contributors p1, p2, p3 of 4 → 75
		// origins public, Third Sector (p2), other private (p3) = 3 of 3 → 100
		// beyond funding 2 000 = 20% of 25% → 80
		// E = (100 + 0.5·75 + 0.5·100 + 80)/3 = 89.167
		const result = runCriterion(resourcesCriterion, makeSnapshot({ partners, commitments }));
		expect(result.sub).toEqual({
			public_private_mix: 100,
			contributors: 75,
			origins: 100,
			beyond_funding: 80
		});
		expect(result.score).toBeCloseTo(89.167, 3);
	});

	it('scores the mix 0 when every euro is public, and says how much private money is needed', () => {
		const allPublic = commitments.map((c) => ({ ...c, source: 'public' as const }));
		const result = runCriterion(
			resourcesCriterion,
			makeSnapshot({ partners, commitments: allPublic })
		);
		expect(result.sub.public_private_mix).toBe(0);
		// (0.3·10 000 − 0)/(1 − 0.3) = 4 285.7 more private euros give 30% (Italian groups from 5 digits)
		expect(result.suggestions[0]?.it).toContain('circa 4286 €');
	});

	it('follows a rubric’s private-share target', () => {
		const result = runCriterion(resourcesCriterion, makeSnapshot({ partners, commitments }), {
			targetPrivateShare: 0.8
		});
		expect(result.sub.public_private_mix).toBe(50);
	});

	it('is not assessable without commitments', () => {
		const result = runCriterion(resourcesCriterion, makeSnapshot({ partners }));
		expect(result.score).toBeNull();
		expect(result.missing[0]).toContain('impegni di risorse');
	});
});
