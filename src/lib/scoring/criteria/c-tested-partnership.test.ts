import { describe, expect, it } from 'vitest';
import { MISSING } from '../missing';
import { criterionOn, makePartner, makeSnapshot, runCriterion } from '../test-support';
import { testedPartnershipCriterion } from './c-tested-partnership';

const project = { id: 'p', title: 'P', start: '2020-01-01', end: '2022-12-31' };
const partners = [
	makePartner('p1', 'comune', 'capofila'),
	makePartner('p2', 'cooperativa_sociale_a', 'partner'),
	makePartner('p3', 'odv', 'partner'),
	makePartner('p4', 'aps', 'sostenitore')
];
const run = criterionOn(testedPartnershipCriterion, { project, partners });

describe('C. Natura del partenariato', () => {
	it('matches the hand-computed example', () => {
		// core p1, p2, p3 (p4 only signs). p1–p2 since 2017-01-01: 1095 days = 2.998 y → 0.6319;
		// p2–p3 one day → floor 0.2; p1–p3 the same Accordo di Programma since 2018-01-01: 1.999 y → 0.4863;
		// p3–p4 since 2010: p4 is not in the core. Best per core body: p1 0.6319, p2 0.6319, p3 0.4863.
		// C = 100·(0.6319 + 0.6319 + 0.4863)/3 = 58.336
		const result = run({
			priorCollaborations: [
				{ a: 'p1', b: 'p2', since: '2017-01-01', until: null, source: 'declared' },
				{
					a: 'p2',
					b: 'p3',
					since: '2019-06-01',
					until: '2019-06-02',
					source: 'survey',
					trust: 4
				},
				{ a: 'p3', b: 'p4', since: '2010-01-01', until: null, source: 'workshop' }
			],
			sharedHistory: [
				{ kind: 'accordo_di_programma', actorIds: ['p1', 'p3'], since: '2018-01-01', until: null }
			]
		});
		expect(result.score).toBeCloseTo(58.336, 3);
		expect(result.inputs.testedCoreEntities).toBe(3);
		expect(result.inputs.surveyMeanTrust).toBe(4);
		expect(result.explanation?.it).toContain('3 enti su 3 del nucleo');
	});

	it('reads survey answers on the Frey scale: cooperation or more is tested, knowing each other earns the floor, «nessun rapporto» is no tie', () => {
		// core p1, p2, p3. Survey p1–p2 level 3 (coordinamento) since 2017-01-01: 2.998 y → 0.6319;
		// p2–p3 level 1 (conoscenza) since 2010: acquaintance → floor 0.2 whatever its length;
		// p1–p3 level 0 since 2018: not a tie. Credits: p1 0.6319, p2 0.6319, p3 0.2.
		// C = 100·(0.6319 + 0.6319 + 0.2)/3 = 48.79; trust (4, 2) and value (3) are reported only.
		const survey = (a: string, b: string, since: string, level: number, trust: number | null) => ({
			a,
			b,
			since,
			until: null,
			source: 'survey' as const,
			level,
			trust,
			value: level > 0 ? 3 : null
		});
		const result = run({
			priorCollaborations: [
				survey('p1', 'p2', '2017-01-01', 3, 4),
				survey('p2', 'p3', '2010-01-01', 1, 2),
				survey('p1', 'p3', '2018-01-01', 0, null)
			]
		});
		expect(result.score).toBeCloseTo(48.79, 2);
		expect(result.inputs.testedCoreEntities).toBe(2);
		expect(result.inputs.acquaintedOnlyCoreEntities).toBe(1);
		expect(result.inputs.surveyNoTieAnswers).toBe(1);
		expect(result.inputs.surveyMeanTrust).toBe(3);
		expect(result.inputs.surveyMeanValue).toBe(3);
		expect(result.explanation?.it).toContain('si conoscevano soltanto');
		expect(result.explanation?.en).toContain('do not change the score');
	});

	it('a survey where the core answers «nessun rapporto» is an occasional partnership: 0, assessable', () => {
		const result = run({
			priorCollaborations: [
				{ a: 'p1', b: 'p2', since: '2019-10-01', until: null, source: 'survey', level: 0 },
				{ a: 'p2', b: 'p3', since: '2019-10-01', until: null, source: 'survey', level: 0 }
			]
		});
		expect(result.score).toBe(0);
		expect(result.missing).toEqual([]);
		expect(result.explanation?.it).toContain('«nessun rapporto»');
	});

	it('a declared collaboration keeps counting whole whatever its 1–5 strength (the Frey scale is the survey’s)', () => {
		const result = run({
			partners: partners.slice(0, 2),
			priorCollaborations: [
				{ a: 'p1', b: 'p2', since: '2017-01-01', until: null, source: 'declared', level: 1 }
			]
		});
		expect(result.score).toBeCloseTo(63.19, 2);
	});

	it('with no history recorded is non valutabile, not 0 (issue 16)', () => {
		const result = run();
		expect(result.score).toBeNull();
		expect(result.missing).toContain(MISSING.history);
	});

	it('a large partnership continuing an earlier project reads as tested, not near 0 as when every pair was averaged', () => {
		const many = Array.from({ length: 20 }, (_, i) =>
			makePartner(`q${i}`, 'cooperativa_sociale_a', i === 0 ? 'capofila' : 'partner')
		);
		const result = run({
			partners: many,
			sharedHistory: [
				{
					kind: 'project',
					label: 'Progetto 2016-2019',
					actorIds: many.slice(0, 15).map((p) => p.actorId),
					since: '2016-01-01',
					until: '2019-12-31'
				}
			]
		});
		// 15 of 20 with 1460 days (1 − e^(−3.997/3) = 0.7362), 5 with none: 100·15·0.7362/20 = 55.21
		expect(result.score).toBeCloseTo(55.21, 1);
	});

	it('counts shared networks from the members’ dates, and ignores history begun after the start', () => {
		const result = run({
			partners: partners.slice(0, 2),
			networks: [
				{
					id: 'n',
					name: 'Rete conciliazione',
					memberActorIds: ['p1', 'p2'],
					externalMemberCount: 3,
					memberships: [
						{ actorId: 'p1', since: '2015-01-01', until: null },
						{ actorId: 'p2', since: '2019-01-01', until: null }
					]
				}
			],
			priorCollaborations: [
				{ a: 'p1', b: 'p2', since: '2021-01-01', until: null, source: 'declared' }
			]
		});
		// together in the network since 2019-01-01: 365 days → max(0.2, 1 − e^(−0.9993/3)) = 0.2833
		expect(result.score).toBeCloseTo(28.33, 1);
		expect(result.inputs.historyAfterStartOrUndated).toBe(1);
	});

	it('needs two operating partners and the start date', () => {
		const undated = runCriterion(testedPartnershipCriterion, makeSnapshot({ partners }));
		expect(undated.score).toBeNull();
		expect(undated.missing).toContain(MISSING.projectStart);
	});
});
