import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECTORS, kindsOfSector, sectorOfKind } from '../domain';
import { CRITERIA } from './criteria';
import { PROGRAMMAZIONE_2025_2027, SPERIMENTAZIONI_2012_2014, type Rubric } from './rubrics';
import { InvalidRubricError, scorePartnership } from './score';
import {
	makePartner,
	makeProject,
	makeSnapshot,
	permutationArb,
	snapshotArb
} from './test-support';
import type { Partner, PartnershipSnapshot, Scorecard } from './types';

const allCriteria = (weight: (id: string) => number): Rubric => ({
	id: 'test',
	version: 1,
	name: { it: 'test', en: 'test' },
	criteria: CRITERIA.map((c) => ({ id: c.id, weight: weight(c.id) }))
});

const subscore = (card: Scorecard, criterion: string, id: string) =>
	card.criteria.find((c) => c.id === criterion)?.subscores.find((s) => s.id === id)?.score ?? null;

describe('scorePartnership', () => {
	it('re-normalises the weights over the assessable criteria, and says the total is not comparable', () => {
		// Only A (numerosity, typology, representative bodies) can be assessed from partners alone;
		// F needs the policy areas, so it is not assessable either. A weighs 10 of 100.
		const card = scorePartnership(
			makeSnapshot({ partners: [makePartner('p1', 'asst', 'capofila'), makePartner('p2', 'odv')] }),
			PROGRAMMAZIONE_2025_2027
		);
		const a = card.criteria.find((c) => c.id === 'A')!;
		expect(card.criteria.filter((c) => c.assessable).map((c) => c.id)).toEqual(['A']);
		expect(card.total).toBeCloseTo(a.score!, 12);
		expect(card.assessedWeightShare).toBeCloseTo(0.1, 12);
		expect(card.comparable).toBe(false);
		expect(card.comparabilityThreshold).toBe(0.7);
		expect(card.notAssessed.map((n) => n.criterionId)).toEqual([
			'B',
			'C',
			'D',
			'E',
			'F',
			'G',
			'H',
			'I',
			'J',
			'K',
			'L'
		]);
		expect(card).toMatchObject({
			projectId: 'prj',
			rubricId: 'programmazione-2025-2027',
			rubricVersion: 2
		});
	});

	it('leaves a criterion that does not apply out of the total and of the weight share', () => {
		const snapshot = makeSnapshot({
			project: makeProject({ policyAreas: ['poverty_exclusion'], leps: [] }),
			partners: [makePartner('p1', 'comune', 'capofila'), makePartner('p2', 'odv')]
		});
		const card = scorePartnership(snapshot, PROGRAMMAZIONE_2025_2027);
		const f = card.criteria.find((c) => c.id === 'F')!;
		expect(f.applicable).toBe(false);
		expect(f.explanation.it).toContain('non si applica');
		// A (10), J (10, an empty LEPS list is a recorded 0) and L (10, one area) are assessed, of 85 applicable.
		expect(card.assessedWeightShare).toBeCloseTo(30 / 85, 12);
		expect(card.notAssessed.map((n) => n.criterionId)).not.toContain('F');
	});

	it('explains each criterion in plain words before the formula', () => {
		const card = scorePartnership(
			makeSnapshot({
				partners: [makePartner('p1', 'comune', 'capofila'), makePartner('p2', 'odv')]
			}),
			SPERIMENTAZIONI_2012_2014
		);
		for (const c of card.criteria) {
			expect(c.summary.it.length, c.id).toBeGreaterThan(40);
			expect(c.summary.en.length, c.id).toBeGreaterThan(40);
			expect(c.explanation.it.length, c.id).toBeGreaterThan(10);
			expect(c.actSource.it.length, c.id).toBeGreaterThan(20);
		}
		const a = card.criteria.find((c) => c.id === 'A')!;
		expect(a.explanation.it).toContain('Il partenariato conta 2 enti operativi');
		const c = card.criteria.find((x) => x.id === 'C')!;
		expect(c.explanation.it).toMatch(/^Non valutabile: manca /);
	});

	it('regression: a partner whose Ambiti came back null (an ASST with no Comuni mapped) is scored, not thrown', () => {
		// The snapshot reader built `[...] + null` for ASST without mapped Comuni; every list may arrive null.
		const broken = {
			...makeSnapshot({
				project: makeProject({ start: '2022-01-01', policyAreas: ['home_care'] }),
				partners: [
					makePartner('c', 'comune', 'capofila', { seatComune: '019035' }),
					{
						...makePartner('asst', 'asst', 'partner'),
						ambitoIds: null,
						atsIds: null
					} as unknown as Partner
				],
				territory: {
					comuni: [
						{ istat: '019035', name: 'Crema', population: 34000, ambitoId: 'crema', atsId: 't' }
					]
				}
			}),
			actions: null,
			networks: null,
			externalTies: null,
			priorCollaborations: null
		} as unknown as PartnershipSnapshot;
		const card = scorePartnership(broken, PROGRAMMAZIONE_2025_2027);
		expect(card.total).not.toBeNull();
		expect(
			card.criteria.find((c) => c.id === 'F')!.subscores.find((s) => s.id === 'role')!.score
		).toBe(100);
	});

	it('uses a rubric’s parameters and shows them with the formula', () => {
		const rubric: Rubric = {
			...SPERIMENTAZIONI_2012_2014,
			criteria: [{ id: 'A', weight: 1, params: { targetSectors: 2 } }]
		};
		const card = scorePartnership(
			makeSnapshot({ partners: [makePartner('p1', 'comune'), makePartner('p2', 'odv')] }),
			rubric
		);
		expect(subscore(card, 'A', 'typology')).toBe(100);
		expect(card.criteria[0]?.params.targetSectors).toBe(2);
		expect(card.criteria[0]?.formula.it).toContain('Σ settori / 2');
	});

	it('accepts a stored rubric that still carries parameters of the first version, and ignores them', () => {
		const rubric: Rubric = {
			...SPERIMENTAZIONI_2012_2014,
			criteria: [
				{ id: 'E', weight: 1, params: { targetPrivateShare: 0.5, targetBeyondFundingShare: 0.3 } },
				{ id: 'D', weight: 1, params: { weightBrokerage: 2 } }
			]
		};
		expect(() => scorePartnership(makeSnapshot(), rubric)).not.toThrow();
	});

	it('refuses an invalid rubric', () => {
		expect(() =>
			scorePartnership(makeSnapshot(), {
				...SPERIMENTAZIONI_2012_2014,
				criteria: [{ id: 'Q', weight: 1 }]
			})
		).toThrow(InvalidRubricError);
	});

	it('gives "not assessable", never 0, when all data is removed', () => {
		const card = scorePartnership(makeSnapshot(), PROGRAMMAZIONE_2025_2027);
		expect(card.total).toBeNull();
		expect(card.assessedWeightShare).toBe(0);
		for (const criterion of card.criteria) {
			expect(criterion.score, criterion.id).toBeNull();
			expect(criterion.assessable).toBe(false);
			expect(criterion.missing.length, criterion.id).toBeGreaterThan(0);
			for (const item of criterion.missing) expect(item).toMatch(/ \/ /);
		}
	});
});

describe('scorePartnership properties', () => {
	it('keeps every score within [0, 100] or null', () => {
		fc.assert(
			fc.property(snapshotArb, (snapshot) => {
				const card = scorePartnership(snapshot, PROGRAMMAZIONE_2025_2027);
				const inRange = (x: number | null) => x === null || (x >= 0 && x <= 100 + 1e-9);
				expect(inRange(card.total)).toBe(true);
				for (const c of card.criteria) {
					expect(inRange(c.score)).toBe(true);
					expect(c.assessable).toBe(c.score !== null);
					for (const s of c.subscores) expect(inRange(s.score)).toBe(true);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('does not depend on the order of partners, actions, commitments and other lists', () => {
		fc.assert(
			fc.property(
				snapshotArb.chain((s) =>
					fc.record({
						original: fc.constant(s),
						shuffled: fc
							.record({
								partners: permutationArb(s.partners),
								actions: permutationArb(
									s.actions.map((a) => ({
										...a,
										responsibleActorIds: [...a.responsibleActorIds].reverse(),
										...(a.phases ? { phases: [...a.phases].reverse() } : {})
									}))
								),
								commitments: permutationArb(s.commitments),
								comuni: permutationArb(s.territory.comuni),
								ambiti: permutationArb(s.territory.ambiti ?? []),
								priorCollaborations: permutationArb(
									s.priorCollaborations.map((c) => ({ ...c, a: c.b, b: c.a }))
								),
								sharedHistory: permutationArb(s.sharedHistory ?? []),
								networks: permutationArb(s.networks),
								externalTies: permutationArb(s.externalTies),
								candidates: permutationArb(s.candidates ?? [])
							})
							.map(
								({ comuni, ambiti, sharedHistory, candidates, ...lists }): PartnershipSnapshot => ({
									...s,
									...lists,
									territory: s.territory.ambiti ? { comuni, ambiti } : { comuni },
									...(s.sharedHistory ? { sharedHistory } : {}),
									...(s.candidates ? { candidates } : {})
								})
							)
					})
				),
				({ original, shuffled }) => {
					expect(
						scorePartnership(shuffled as PartnershipSnapshot, PROGRAMMAZIONE_2025_2027)
					).toEqual(scorePartnership(original, PROGRAMMAZIONE_2025_2027));
				}
			),
			{ numRuns: 200 }
		);
	});

	it('never lowers typology when a partner of a new sector joins', () => {
		fc.assert(
			fc.property(snapshotArb, fc.nat(), (snapshot, pick) => {
				const present = new Set(snapshot.partners.map((p) => sectorOfKind(p.kind)));
				const absent = SECTORS.filter((s) => !present.has(s.id));
				fc.pre(absent.length > 0 && snapshot.partners.length > 0);
				const sector = absent[pick % absent.length]!;
				const kind = kindsOfSector(sector.id)[0]!;
				const before = subscore(
					scorePartnership(snapshot, PROGRAMMAZIONE_2025_2027),
					'A',
					'typology'
				)!;
				const after = subscore(
					scorePartnership(
						{ ...snapshot, partners: [...snapshot.partners, makePartner('newcomer', kind)] },
						PROGRAMMAZIONE_2025_2027
					),
					'A',
					'typology'
				)!;
				expect(after).toBeGreaterThanOrEqual(before);
				if (before < 100) expect(after).toBeGreaterThan(before);
			}),
			{ numRuns: 300 }
		);
	});

	it('never lowers C when an earlier collaboration is added', () => {
		fc.assert(
			fc.property(
				snapshotArb,
				fc.nat(),
				fc.nat(),
				fc.integer({ min: 1, max: 4000 }),
				fc.option(fc.integer({ min: 0, max: 4000 }), { nil: null }),
				(snapshot, i, j, daysBefore, length) => {
					fc.pre(snapshot.partners.length >= 2 && snapshot.project.start !== null);
					const a = snapshot.partners[i % snapshot.partners.length]!.actorId;
					const b = snapshot.partners[j % snapshot.partners.length]!.actorId;
					const startMs = Date.parse(`${snapshot.project.start}T00:00:00Z`);
					const since = new Date(startMs - daysBefore * 86_400_000).toISOString().slice(0, 10);
					const until =
						length === null
							? null
							: new Date(startMs - daysBefore * 86_400_000 + length * 86_400_000)
									.toISOString()
									.slice(0, 10);
					const score = (s: PartnershipSnapshot) =>
						scorePartnership(s, PROGRAMMAZIONE_2025_2027).criteria.find((c) => c.id === 'C')!
							.score ?? 0;
					const before = score(snapshot);
					const after = score({
						...snapshot,
						priorCollaborations: [
							...snapshot.priorCollaborations,
							{ a, b, since, until, source: 'survey' }
						]
					});
					expect(after).toBeGreaterThanOrEqual(before - 1e-9);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('with equal weights, the total is the plain mean of the assessable criteria', () => {
		fc.assert(
			fc.property(snapshotArb, fc.double({ min: 0.1, max: 100, noNaN: true }), (snapshot, w) => {
				const card = scorePartnership(
					snapshot,
					allCriteria(() => w)
				);
				const scores = card.criteria.flatMap((c) => (c.score === null ? [] : [c.score]));
				if (scores.length === 0) expect(card.total).toBeNull();
				else expect(card.total).toBeCloseTo(scores.reduce((x, y) => x + y, 0) / scores.length, 9);
			}),
			{ numRuns: 200 }
		);
	});

	it('gives weight 0 criteria no say in the total', () => {
		fc.assert(
			fc.property(snapshotArb, (snapshot) => {
				const onlyA = scorePartnership(
					snapshot,
					allCriteria((id) => (id === 'A' ? 1 : 0))
				);
				expect(onlyA.total).toBe(onlyA.criteria[0]!.score);
			}),
			{ numRuns: 100 }
		);
	});
});
