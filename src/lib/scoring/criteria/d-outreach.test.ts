import { describe, expect, it } from 'vitest';
import { makePartner, makeSnapshot, runCriterion } from '../test-support';
import { outreachCriterion } from './d-outreach';

const partners = ['p1', 'p2', 'p3'].map((id) => makePartner(id, 'cooperativa_sociale_a'));
const externalTies = [
	{ partnerId: 'p1', otherActorId: 'x1', otherKind: 'odv' as const },
	{ partnerId: 'p1', otherActorId: 'x2', otherKind: 'scuola' as const },
	{ partnerId: 'p2', otherActorId: 'x3', otherKind: 'impresa' as const },
	// a tie to another partner is internal, not outreach
	{ partnerId: 'p2', otherActorId: 'p3', otherKind: 'cooperativa_sociale_a' as const }
];
const networks = [
	{ id: 'n1', name: 'Rete conciliazione', memberActorIds: ['p1', 'zz'], externalMemberCount: 10 }
];

describe('D. Relazione con altri soggetti e reti', () => {
	it('matches the hand-computed example', () => {
		// reti: R = 1 → 100·(1 − e^(−1/2)) = 39.347
		// legami: E = 3 (x1, x2, x3) → 100·(1 − e^(−3/8)) = 31.271
		// varietà: Third Sector, education, profit = 3 of 4 → 75
		// intermediazione: partners form a clique; x1, x2, n1 hang on p1, x3 on p2.
		//   p1 brokers 3 pairs among its leaves + 3·3 toward {p2, p3, x3} = 12; p2 brokers x3 with 5 nodes = 5; p3: 0
		//   Gini over [12, 5, 0] = 2·12/(3·17) = 0.4706, ×3/2 = 0.7059 → 29.412
		// D = (39.347 + 31.271 + 0.5·75 + 29.412)/3.5 = 39.294
		const result = runCriterion(
			outreachCriterion,
			makeSnapshot({ partners, externalTies, networks })
		);
		expect(result.sub.networks).toBeCloseTo(39.347, 3);
		expect(result.sub.outside_ties).toBeCloseTo(31.271, 3);
		expect(result.sub.variety).toBe(75);
		expect(result.sub.brokerage).toBeCloseTo(29.412, 3);
		expect(result.score).toBeCloseTo(39.294, 3);
		expect(result.inputs.brokers).toEqual(['P1', 'P2']);
	});

	it('points at the gatekeeper and at the partner without outside relations', () => {
		const result = runCriterion(
			outreachCriterion,
			makeSnapshot({ partners, externalTies, networks })
		);
		expect(result.suggestions.some((s) => s.it.includes('soprattutto da P1 (71%'))).toBe(true);
		expect(result.suggestions.some((s) => s.actorIds?.join() === 'p3')).toBe(true);
	});

	it('rewards brokerage spread evenly across partners', () => {
		const even = runCriterion(
			outreachCriterion,
			makeSnapshot({
				partners,
				externalTies: partners.map((p, i) => ({
					partnerId: p.actorId,
					otherActorId: `x${i}`,
					otherKind: 'odv' as const
				}))
			})
		);
		expect(even.sub.brokerage).toBeCloseTo(100, 9);
	});

	it('is not assessable without any recorded relation', () => {
		const result = runCriterion(outreachCriterion, makeSnapshot({ partners }));
		expect(result.score).toBeNull();
		expect(result.missing.join(' ')).toContain('reti e legami esterni');
	});
});
