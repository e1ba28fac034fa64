import { describe, expect, it } from 'vitest';
import { MISSING } from '../missing';
import { commitment, makePartner, makeSnapshot, runCriterion } from '../test-support';
import { sustainabilityCriterion } from './h-sustainability';
import { transferabilityCriterion } from './i-transferability';
import { lepsCriterion } from './j-leps';
import { coDesignCriterion } from './k-co-design';
import { policyCycleCriterion } from './l-policy-cycle';

const base = { id: 'p', title: 'P', start: '2022-01-01', end: '2024-12-31' };
const partners = [
	makePartner('p1', 'comune', 'capofila'),
	makePartner('p2', 'cooperativa_sociale_a', 'partner'),
	makePartner('p3', 'odv', 'aderente')
];

describe('H. Sostenibilità oltre il finanziamento', () => {
	it('matches the hand-computed example', () => {
		// what stated → 100; carriers p1 of 2 → 50; resources stated → 100;
		// committed until 2025-12-31, one year after the end, of 2 → 50.  H = (100 + 50 + 100 + 0.5·50)/3.5 = 78.571
		const result = runCriterion(
			sustainabilityCriterion,
			makeSnapshot({
				project: {
					...base,
					sustainability: {
						what: 'Sportello unico',
						carriedByActorIds: ['p1', 'nobody'],
						resources: 'Fondo di Ambito',
						committedUntil: '2025-12-31'
					}
				},
				partners
			})
		);
		expect(result.sub).toEqual({
			plan: 100,
			carriers: 50,
			resources: 100,
			duration: expect.closeTo(49.97, 1)
		});
		expect(result.score).toBeCloseTo(78.57, 1);
	});

	it('is not assessable without a declared plan; commitments beyond the funding make the resources assessable', () => {
		const none = runCriterion(sustainabilityCriterion, makeSnapshot({ project: base, partners }));
		expect(none.score).toBeNull();
		expect(none.missing).toEqual([MISSING.sustainability]);
		const beyond = runCriterion(
			sustainabilityCriterion,
			makeSnapshot({
				project: base,
				partners,
				commitments: [commitment('p1', null, 'public', { beyondFunding: true })]
			})
		);
		expect(beyond.sub).toEqual({ plan: null, carriers: null, resources: 100, duration: null });
	});
});

describe('I. Trasferibilità', () => {
	it('scores what is declared and where it is documented; nothing declared is not assessable', () => {
		const full = runCriterion(
			transferabilityCriterion,
			makeSnapshot({
				project: {
					...base,
					transferability: { what: 'Modello di PUA', documentedWhere: 'Rapporto finale' }
				}
			})
		);
		const half = runCriterion(
			transferabilityCriterion,
			makeSnapshot({
				project: { ...base, transferability: { what: 'Modello di PUA', documentedWhere: ' ' } }
			})
		);
		const none = runCriterion(transferabilityCriterion, makeSnapshot({ project: base }));
		expect(full.score).toBe(100);
		expect(half.score).toBe(50);
		expect(none.score).toBeNull();
		expect(none.missing).toEqual([MISSING.transferability]);
	});
});

describe('J. LEPS', () => {
	it('scores the LEPS served; an empty list is a recorded 0, an absent one is not assessable', () => {
		expect(
			runCriterion(
				lepsCriterion,
				makeSnapshot({ project: { ...base, leps: ['punto_unico_accesso'] } })
			).score
		).toBe(100);
		expect(
			runCriterion(lepsCriterion, makeSnapshot({ project: { ...base, leps: [] } })).score
		).toBe(0);
		const none = runCriterion(lepsCriterion, makeSnapshot({ project: base }));
		expect(none.score).toBeNull();
		expect(none.missing).toEqual([MISSING.leps]);
	});
});

describe('K. Co-programmazione e co-progettazione', () => {
	it('matches the hand-computed example', () => {
		// co-progettazione → 100; a1 carried by the Comune and the cooperative, a2 by the cooperative alone:
		// 1/2 joint, of a 50% target → 100.  With another form of involvement the procedure is 50 → K = 75.
		const actions = [
			{ id: 'a1', title: 'Sportello', responsibleActorIds: ['p1', 'p2'] },
			{ id: 'a2', title: 'Laboratori', responsibleActorIds: ['p2'] }
		];
		const art55 = runCriterion(
			coDesignCriterion,
			makeSnapshot({
				project: {
					...base,
					coDesign: { procedure: 'co_progettazione', date: '2021-06-01', act: 'Det. 12/2021' }
				},
				partners,
				actions
			})
		);
		expect(art55.sub).toEqual({ procedure: 100, joint_actions: 100 });
		const other = runCriterion(
			coDesignCriterion,
			makeSnapshot({ project: { ...base, coDesign: { procedure: 'altro' } }, partners, actions })
		);
		expect(other.score).toBe(75);
		const late = runCriterion(
			coDesignCriterion,
			makeSnapshot({
				project: { ...base, coDesign: { procedure: 'co_progettazione', date: '2023-01-01' } },
				partners,
				actions
			})
		);
		expect(late.partial?.[0]).toContain('dopo l’avvio');
	});
});

describe('L. Fasi e aree di policy', () => {
	it('matches the hand-computed example', () => {
		// phases covered: analysis, planning, delivery = 3 of 4 → 75; shared by two bodies: analysis and
		// planning (p1 and p2), not delivery (p2 alone) → 66.667; areas 2 → (2 − 1)/(3 − 1) → 50.
		// L = (75 + 66.667 + 50)/3 = 63.889
		const result = runCriterion(
			policyCycleCriterion,
			makeSnapshot({
				project: { ...base, policyAreas: ['disability', 'home_care'] },
				partners,
				actions: [
					{
						id: 'a1',
						title: 'Mappatura',
						responsibleActorIds: ['p1', 'p2'],
						phases: ['analisi_bisogno', 'programmazione']
					},
					{ id: 'a2', title: 'Servizio', responsibleActorIds: ['p2'], phases: ['realizzazione'] }
				]
			})
		);
		expect(result.sub.phases).toBe(75);
		expect(result.sub.joint_phases).toBeCloseTo(66.667, 3);
		expect(result.sub.policy_areas).toBe(50);
		expect(result.score).toBeCloseTo(63.889, 3);
		expect(result.suggestions[0]?.it).toContain('progettazione');
	});

	it('names the phases as missing when actions carry none', () => {
		const result = runCriterion(
			policyCycleCriterion,
			makeSnapshot({
				project: base,
				partners,
				actions: [{ id: 'a', title: 'x', responsibleActorIds: ['p1'] }]
			})
		);
		expect(result.sub.phases).toBeNull();
		expect(result.missing).toEqual(expect.arrayContaining([MISSING.phases, MISSING.policyAreas]));
	});
});
