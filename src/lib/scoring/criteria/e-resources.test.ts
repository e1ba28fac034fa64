import { describe, expect, it } from 'vitest';
import { MISSING } from '../missing';
import { commitment, makePartner, makeProject, makeSnapshot, runCriterion } from '../test-support';
import { resourcesCriterion } from './e-resources';

const project = {
	id: 'p',
	title: 'P',
	start: '2021-01-01',
	end: '2023-12-31',
	budgetEur: 100_000,
	grantAwardedEur: 60_000,
	funder: 'fondazione_cariplo' as const
};
const partners = [
	makePartner('p1', 'comune', 'capofila'),
	makePartner('p2', 'cooperativa_sociale_a', 'partner'),
	makePartner('p3', 'odv', 'partner'),
	makePartner('p4', 'impresa', 'sostenitore')
];
const commitments = [
	commitment('p1', 20_000, 'public'),
	commitment('p2', 15_000, 'private', { type: 'staff_hours' }),
	commitment('p3', 5_000, 'private', { type: 'in_kind' })
];

describe('E. Integrazione delle risorse', () => {
	it('matches the hand-computed example', () => {
		// co-financing (100,000 − 60,000)/100,000 = 40% of 40% → 100
		// mix: public 20,000; private 20,000 + the foundation's 60,000 = 80,000 → smaller share 20% of 25% → 80
		// origins: public, Third Sector, other private (the foundation) → 100
		// contributors: p1, p2, p3 of the core p1..p3 → 100 (p4 only signs)
		// E = (100 + 80 + 0.5·100 + 0.5·100)/3 = 93.333
		const result = runCriterion(
			resourcesCriterion,
			makeSnapshot({ project, partners, commitments })
		);
		expect(result.sub).toEqual({
			cofinancing: 100,
			public_private_mix: expect.closeTo(80, 9),
			origins: 100,
			contributors: 100
		});
		expect(result.score).toBeCloseTo(93.333, 3);
		expect(result.explanation?.it).toContain('il partenariato copre il 40%');
	});

	it('entering one real co-financing figure does not turn E into a low number (issue 16: N/A → 8)', () => {
		const bare = { id: 'p', title: 'P', start: null, end: null };
		const before = runCriterion(resourcesCriterion, makeSnapshot({ project: bare, partners }));
		const after = runCriterion(
			resourcesCriterion,
			makeSnapshot({ project: bare, partners, commitments: [commitment('p1', 10_000, 'public')] })
		);
		expect(before.score).toBeNull();
		expect(after.score).toBeNull();
		expect(after.missing).toContain(MISSING.commitmentsOfTwo);
	});

	it('counts an unvalued commitment as present, never as 0 €, and flags it', () => {
		const result = runCriterion(
			resourcesCriterion,
			makeSnapshot({
				project,
				partners,
				commitments: [
					...commitments.slice(0, 2),
					commitment('p3', null, 'private', { type: 'in_kind' })
				]
			})
		);
		expect(result.sub.public_private_mix).toBeNull();
		expect(result.sub.contributors).toBe(100);
		expect(result.sub.origins).toBe(100);
		expect(result.missing).toContain(MISSING.commitmentValues);
		expect(result.partial).toEqual([
			'1 impegni presenti ma non valorizzati in euro / 1 commitments present but not valued in EUR'
		]);
	});

	it('reads the co-financing ratio from cost and grant alone, and says how much is missing', () => {
		const result = runCriterion(
			resourcesCriterion,
			makeSnapshot({
				project: makeProject({ budgetEur: 62_500, grantRequestedEur: 50_000, funder: 'regione' }),
				partners
			})
		);
		// 12,500/62,500 = 20% of 40% → 50; origins: the Region's public money → 1/3
		expect(result.sub.cofinancing).toBeCloseTo(50, 9);
		expect(result.sub.origins).toBeCloseTo(33.333, 3);
		expect(result.suggestions.map((s) => s.it).join(' ')).toContain('circa 12.500 €');
	});
});
