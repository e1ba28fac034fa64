import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MISSING } from '../missing';
import { kindArb, makePartner, makeSnapshot, runCriterion, snapshotArb } from '../test-support';
import type { PartnershipSnapshot } from '../types';
import { outreachCriterion } from './d-outreach';

const project = { id: 'p', title: 'P', start: '2020-01-01', end: '2022-12-31' };
const partners = [
	makePartner('p1', 'ambito', 'capofila'),
	makePartner('p2', 'cooperativa_sociale_a', 'partner'),
	makePartner('p3', 'odv', 'sostenitore')
];
const networks = [
	{
		id: 'n1',
		name: 'Rete conciliazione',
		memberActorIds: ['p1'],
		externalMemberCount: 10,
		memberships: [{ actorId: 'p1', since: '2015-01-01', until: null }]
	},
	{ id: 'n2', name: 'Tavolo povertà', memberActorIds: ['p3'], externalMemberCount: 4 }
];
const externalTies: PartnershipSnapshot['externalTies'] = [
	{ partnerId: 'p1', otherActorId: 'x1', otherKind: 'scuola' as const },
	{ partnerId: 'p1', otherActorId: 'x2', otherKind: 'impresa' as const },
	{ partnerId: 'p2', otherActorId: 'x3', otherKind: 'aps' as const, since: '2024-01-01' },
	{ partnerId: 'p3', otherActorId: 'x4', otherKind: 'fondazione_bancaria' as const }
];

describe('D. Relazione con altri soggetti e reti', () => {
	it('matches the hand-computed example', () => {
		// core p1, p2; p3 signs (1/3). p2's tie begins after the project's end: not counted.
		// networks: core {n1} → 39.347, all {n1, n2} → 63.212 → 47.302
		// ties: core {x1, x2} → 22.120, all + x4 → 31.271 → 25.170
		// variety: core education, profit → 50; all + foundations → 75 → 58.333
		// D = (47.302 + 25.170 + 0.5·58.333)/2.5 = 40.656 (how relations are spread does not count)
		const result = runCriterion(
			outreachCriterion,
			makeSnapshot({ project, partners, networks, externalTies })
		);
		expect(result.sub.networks).toBeCloseTo(47.302, 3);
		expect(result.sub.outside_ties).toBeCloseTo(25.17, 3);
		expect(result.sub.variety).toBeCloseTo(58.333, 3);
		expect(result.score).toBeCloseTo(40.6556, 3);
		expect(result.inputs.partnersWithOutsideRelations).toBe(1);
		expect(result.inputs.relationsOutsideProjectPeriod).toBe(1);
		expect(result.partial?.[0]).toContain('senza data');
	});

	it('never penalises an Ufficio di Piano at the centre of the relations (the act asks it to be «luogo di relazioni»)', () => {
		// Before issue 16, three more ties of the Ambito raised its share of brokerage and lowered D.
		const more = [
			...externalTies,
			...['y1', 'y2', 'y3'].map((id) => ({
				partnerId: 'p1',
				otherActorId: id,
				otherKind: 'rete_territoriale' as const
			}))
		];
		const before = runCriterion(
			outreachCriterion,
			makeSnapshot({ project, partners, networks, externalTies })
		).score!;
		const after = runCriterion(
			outreachCriterion,
			makeSnapshot({ project, partners, networks, externalTies: more })
		).score!;
		expect(after).toBeGreaterThan(before);
		// The same relations held by the Ufficio di Piano alone or spread among the operating partners score the same.
		const spread = externalTies.map((t, i) => ({
			...t,
			partnerId: i % 2 ? 'p2' : 'p1',
			since: undefined
		}));
		const held = externalTies.map((t) => ({ ...t, partnerId: 'p1', since: undefined }));
		const score = (ties: typeof externalTies) =>
			runCriterion(
				outreachCriterion,
				makeSnapshot({ project, partners, networks, externalTies: ties })
			).score!;
		expect(score(held)).toBeCloseTo(score(spread), 9);
	});

	it('a further relation of any partner never lowers D', () => {
		fc.assert(
			fc.property(snapshotArb, fc.nat(), kindArb, (s, pick, kind) => {
				fc.pre(s.partners.length > 0);
				const partner = s.partners[pick % s.partners.length]!;
				const before = runCriterion(outreachCriterion, s).score;
				const after = runCriterion(outreachCriterion, {
					...s,
					externalTies: [
						...s.externalTies,
						{ partnerId: partner.actorId, otherActorId: 'new-x', otherKind: kind }
					]
				}).score;
				expect(after ?? 0).toBeGreaterThanOrEqual((before ?? 0) - 1e-9);
			}),
			{ numRuns: 150 }
		);
	}, 60_000);

	it('is not assessable without any recorded relation', () => {
		const result = runCriterion(outreachCriterion, makeSnapshot({ project, partners }));
		expect(result.score).toBeNull();
		expect(result.missing).toContain(MISSING.relations);
	});
});
