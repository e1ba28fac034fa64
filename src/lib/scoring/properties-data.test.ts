/**
 * Issue 16, properties 1, 7, 9, 10 and 11: what data is read, what happens when it is missing or
 * partial, comparability, and failure isolation. Fast-check properties over generated partnerships
 * (generators in test-support.ts); worked examples are in the criteria tests and score.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankOutcomes, scoreMany } from './batch';
import { MISSING } from './missing';
import { partnershipView } from './partnership';
import { canonicalSnapshot } from './snapshot';
import { PROGRAMMAZIONE_2025_2027, RUBRIC_PRESETS, SPERIMENTAZIONI_2012_2014 } from './rubrics';
import { scorePartnership } from './score';
import {
	ALL_CRITERIA as ALL,
	criterionOf as criterion,
	PROPERTY_LIMIT as LIMIT,
	scoreAll as score,
	snapshotArb,
	subscoreOf as sub
} from './test-support';
import type { PartnershipSnapshot } from './types';

function without<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
	const copy = { ...value };
	for (const key of keys) delete copy[key];
	return copy;
}

/** Each family of data, how to remove it, and the subscores that must then be "non valutabile". */
const FAMILIES: Array<{
	name: string;
	strip: (s: PartnershipSnapshot) => PartnershipSnapshot;
	nulls: Array<[string, string]>;
}> = [
	{
		name: 'actions',
		strip: (s) => ({ ...s, actions: [] }),
		nulls: [
			['B', 'responsible_partners'],
			['B', 'shared_actions'],
			['F', 'actions'],
			['K', 'joint_actions'],
			['L', 'phases'],
			['L', 'joint_phases']
		]
	},
	{
		name: 'commitments',
		strip: (s) => ({ ...s, commitments: [] }),
		nulls: [
			['B', 'resource_balance'],
			['E', 'public_private_mix'],
			['E', 'contributors'],
			['F', 'commitment']
		]
	},
	{
		name: 'history',
		strip: (s) => ({
			...without(s, 'sharedHistory'),
			priorCollaborations: [],
			networks: s.networks.map((n) => without(n, 'memberships'))
		}),
		nulls: [['C', 'core_history']]
	},
	{
		name: 'start date',
		strip: (s) => ({ ...s, project: { ...s.project, start: null } }),
		nulls: [['C', 'core_history']]
	},
	{
		name: 'territory',
		strip: (s) => ({
			...s,
			territory: { comuni: [] },
			project: without(s.project, 'targetAmbitoIds')
		}),
		nulls: [
			['A', 'territory'],
			['G', 'ambiti']
		]
	},
	{
		name: 'budget and grant',
		strip: (s) => ({
			...s,
			project: without(s.project, 'budgetEur', 'grantAwardedEur', 'grantRequestedEur')
		}),
		nulls: [['E', 'cofinancing']]
	},
	{
		name: 'networks and ties',
		strip: (s) => ({ ...s, networks: [], externalTies: [] }),
		nulls: [
			['D', 'networks'],
			['D', 'outside_ties'],
			['D', 'variety']
		]
	},
	{
		name: 'policy areas and LEPS',
		strip: (s) => ({ ...s, project: without(s.project, 'policyAreas', 'leps') }),
		nulls: [
			['F', 'actions'],
			['F', 'commitment'],
			['F', 'role'],
			['J', 'leps'],
			['L', 'policy_areas']
		]
	},
	{
		name: 'co-design',
		strip: (s) => ({ ...s, project: without(s.project, 'coDesign') }),
		nulls: [['K', 'procedure']]
	},
	{
		name: 'sustainability',
		strip: (s) => ({
			...s,
			project: without(s.project, 'sustainability'),
			commitments: s.commitments.map((c) => ({ ...c, beyondFunding: false }))
		}),
		nulls: [
			['H', 'plan'],
			['H', 'carriers'],
			['H', 'resources'],
			['H', 'duration']
		]
	},
	{
		name: 'transferability',
		strip: (s) => ({ ...s, project: without(s.project, 'transferability') }),
		nulls: [
			['I', 'what'],
			['I', 'documented']
		]
	},
	{
		name: 'phases',
		strip: (s) => ({ ...s, actions: s.actions.map((a) => without(a, 'phases')) }),
		nulls: [
			['L', 'phases'],
			['L', 'joint_phases']
		]
	}
];

describe('property 1: missing is never 0', () => {
	it(
		'every subscore without its data is non valutabile, and its criterion names what is missing',
		() => {
			fc.assert(
				fc.property(snapshotArb, fc.constantFrom(...FAMILIES), (s, family) => {
					const card = score(family.strip(s));
					for (const [id, subId] of family.nulls) {
						expect(sub(card, id, subId), `${family.name}: ${id}.${subId}`).toBeNull();
						const c = criterion(card, id);
						if (c.applicable) expect(c.missing.length, `${family.name}: ${id}`).toBeGreaterThan(0);
					}
					for (const c of card.criteria) {
						if (c.applicable && c.score === null) expect(c.missing.length, c.id).toBeGreaterThan(0);
						for (const m of c.missing) expect(m).toMatch(/ \/ /);
					}
				}),
				{ numRuns: 300 }
			);
		},
		LIMIT
	);

	it(
		'valuing one commitment while another stays unvalued changes no score, and the unvalued ones are flagged',
		() => {
			fc.assert(
				fc.property(snapshotArb, fc.integer({ min: 0, max: 200_000 }), (s, value) => {
					const view = partnershipView(canonicalSnapshot(s));
					// Commitments the scoring reads: those of partners (the funder's money is the grant).
					const read = (c: PartnershipSnapshot['commitments'][number]) => {
						const entity = view.byActor.get(c.actorId);
						return entity !== undefined && entity.engagement !== 'funder';
					};
					const unvalued = s.commitments
						.map((c, i) => (c.amountEur === null && read(c) ? i : -1))
						.filter((i) => i >= 0);
					fc.pre(unvalued.length >= 2);
					const before = score(s);
					const after = score({
						...s,
						commitments: s.commitments.map((c, i) =>
							i === unvalued[0] ? { ...c, amountEur: value } : c
						)
					});
					for (const c of before.criteria) {
						const now = criterion(after, c.id).score;
						if (c.score === null) expect(now, c.id).toBeNull();
						else expect(now, c.id).toBeCloseTo(c.score, 9);
					}
					const flagged = [...criterion(after, 'B').partial, ...criterion(after, 'E').partial];
					expect(flagged.some((p) => p.includes('non valorizzati'))).toBe(true);
				}),
				{ numRuns: 200 }
			);
		},
		LIMIT
	);

	it(
		'the commitments of a single partner never turn the balance, the mix or the contributors into a number',
		() => {
			fc.assert(
				fc.property(snapshotArb, (s) => {
					fc.pre(s.commitments.length > 0);
					const only = s.commitments[0]!.actorId;
					const card = score({
						...s,
						commitments: s.commitments.filter((c) => c.actorId === only)
					});
					expect(sub(card, 'B', 'resource_balance')).toBeNull();
					expect(sub(card, 'E', 'public_private_mix')).toBeNull();
					expect(sub(card, 'E', 'contributors')).toBeNull();
				}),
				{ numRuns: 150 }
			);
		},
		LIMIT
	);
});

describe('property 7: resources from budget, grant and co-financing; unvalued commitments are present, not 0 €', () => {
	it(
		'co-financing is (cost − grant)/cost against the target, from the awarded grant if known, else the requested one',
		() => {
			fc.assert(
				fc.property(snapshotArb, (s) => {
					const { budgetEur, grantAwardedEur, grantRequestedEur } = s.project;
					const grant = grantAwardedEur ?? grantRequestedEur ?? null;
					const value = sub(score(s), 'E', 'cofinancing');
					if (budgetEur == null || budgetEur <= 0 || grant === null) expect(value).toBeNull();
					else
						expect(value).toBeCloseTo(
							100 * Math.min(1, Math.max(0, (budgetEur - grant) / budgetEur) / 0.4),
							9
						);
				}),
				{ numRuns: 200 }
			);
		},
		LIMIT
	);

	it(
		'removing every value leaves contributors and origins as they were, and makes the euro mix and balance non valutabile',
		() => {
			fc.assert(
				fc.property(snapshotArb, (s) => {
					fc.pre(s.commitments.length > 0);
					const valued = score(s);
					const unvalued = score({
						...s,
						commitments: s.commitments.map((c) => ({ ...c, amountEur: null }))
					});
					for (const id of ['contributors', 'origins'])
						expect(sub(unvalued, 'E', id)).toEqual(sub(valued, 'E', id));
					expect(sub(unvalued, 'E', 'public_private_mix')).toBeNull();
					expect(sub(unvalued, 'B', 'resource_balance')).toBeNull();
				}),
				{ numRuns: 150 }
			);
		},
		LIMIT
	);
});

describe('property 9: sovra-ambito and transferability are separate ideas, from declared data', () => {
	it(
		'G reads only the target territory; I reads only the declared transferability',
		() => {
			fc.assert(
				fc.property(snapshotArb, snapshotArb, (s, other) => {
					const base = score(s);
					const otherPartners = score({
						...s,
						partners: other.partners,
						actions: other.actions,
						commitments: other.commitments
					});
					const otherTransfer = score({
						...s,
						project: { ...s.project, transferability: other.project.transferability ?? null }
					});
					const otherTerritory = score({
						...s,
						territory: other.territory,
						project: { ...s.project, targetAmbitoIds: other.project.targetAmbitoIds ?? [] }
					});
					expect(criterion(otherPartners, 'G').score).toEqual(criterion(base, 'G').score);
					expect(criterion(otherTransfer, 'G').score).toEqual(criterion(base, 'G').score);
					expect(criterion(otherTerritory, 'I').score).toEqual(criterion(base, 'I').score);
					expect(criterion(otherPartners, 'I').score).toEqual(criterion(base, 'I').score);
				}),
				{ numRuns: 150 }
			);
		},
		LIMIT
	);

	it(
		'an Ambito of another ATS never raises G',
		() => {
			fc.assert(
				fc.property(
					fc.uniqueArray(
						fc.record({
							id: fc.constantFrom('a1', 'a2', 'a3', 'a4'),
							ats: fc.constantFrom('t1', 't2')
						}),
						{ selector: (a) => a.id }
					),
					(ambiti) => {
						const snapshot = (list: Array<{ id: string; ats: string }>): PartnershipSnapshot => ({
							project: { id: 'p', title: 'P', start: null, end: null },
							partners: [],
							commitments: [],
							actions: [],
							territory: {
								comuni: [],
								ambiti: list.map((a) => ({ id: a.id, name: a.id, atsId: a.ats }))
							},
							priorCollaborations: [],
							networks: [],
							externalTies: []
						});
						const before = criterion(score(snapshot(ambiti)), 'G').score;
						const after = criterion(
							score(snapshot([...ambiti, { id: 'far', ats: 't-other' }])),
							'G'
						).score;
						expect(after ?? 0).toBeLessThanOrEqual(before ?? 0);
					}
				),
				{ numRuns: 100 }
			);
		},
		LIMIT
	);
});

describe('property 10: comparability', () => {
	it(
		'every total carries the share of applicable weight assessed, and is comparable exactly when the share reaches the threshold',
		() => {
			fc.assert(
				fc.property(
					snapshotArb,
					fc.constantFrom(...RUBRIC_PRESETS, ALL),
					fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
					(s, preset, threshold) => {
						const rubric =
							threshold === undefined ? preset : { ...preset, minAssessedShare: threshold };
						const card = scorePartnership(s, rubric);
						const applicable = card.criteria.filter((c) => c.applicable);
						const weight = applicable.reduce((a, c) => a + c.weight, 0);
						const assessed = applicable.filter((c) => c.score !== null);
						const share = weight > 0 ? assessed.reduce((a, c) => a + c.weight, 0) / weight : 0;
						expect(card.assessedWeightShare).toBeCloseTo(share, 12);
						expect(card.comparabilityThreshold).toBe(threshold ?? 0.7);
						expect(card.comparable).toBe(
							card.total !== null && share >= card.comparabilityThreshold - 1e-12
						);
						expect(card.notAssessed.map((n) => n.criterionId)).toEqual(
							applicable.filter((c) => c.score === null && c.weight > 0).map((c) => c.id)
						);
						for (const n of card.notAssessed) expect(n.missing.length).toBeGreaterThan(0);
						const mean =
							assessed.reduce((a, c) => a + c.weight * c.score!, 0) /
							assessed.reduce((a, c) => a + c.weight, 0);
						if (assessed.length > 0) expect(card.total).toBeCloseTo(mean, 9);
						else expect(card.total).toBeNull();
					}
				),
				{ numRuns: 200 }
			);
		},
		LIMIT
	);

	it(
		'a ranking lists only comparable totals, highest first, and the others apart with what is missing',
		() => {
			fc.assert(
				fc.property(fc.array(snapshotArb, { minLength: 1, maxLength: 8 }), (list) => {
					const snapshots = list.map((s, i) => ({ ...s, project: { ...s.project, id: `p${i}` } }));
					const ranking = rankOutcomes(scoreMany(snapshots, SPERIMENTAZIONI_2012_2014));
					const cards = new Map(
						snapshots.map((s) => [s.project.id, scorePartnership(s, SPERIMENTAZIONI_2012_2014)])
					);
					expect(ranking.ranked.length + ranking.notComparable.length).toBe(snapshots.length);
					for (const row of ranking.ranked) expect(cards.get(row.projectId)!.comparable).toBe(true);
					for (const row of ranking.notComparable) {
						expect(cards.get(row.projectId)!.comparable).toBe(false);
						expect(row.missing).toEqual(cards.get(row.projectId)!.notAssessed);
					}
					const totals = ranking.ranked.map((r) => r.total);
					expect(totals).toEqual([...totals].sort((a, b) => b - a));
				}),
				{ numRuns: 60 }
			);
		},
		LIMIT
	);
});

describe('property 11: failure isolation', () => {
	it(
		'scoring many projects returns one row per project; a broken one is an error with its cause, every other is scored',
		() => {
			fc.assert(
				fc.property(
					fc.array(fc.tuple(snapshotArb, fc.boolean()), { minLength: 1, maxLength: 8 }),
					(rows) => {
						const snapshots = rows.map(([s, broken], i): PartnershipSnapshot => {
							const project = { ...s.project, id: `p${i}` };
							// A row as bad data arrives: a partner of a kind the vocabulary does not know.
							const bad = {
								actorId: 'bad',
								name: 'Bad',
								kind: 'non_esiste',
								role: 'partner',
								seatComune: null,
								ambitoIds: [],
								atsIds: []
							} as unknown as PartnershipSnapshot['partners'][number];
							return { ...s, project, partners: broken ? [...s.partners, bad] : s.partners };
						});
						const outcomes = scoreMany(snapshots, PROGRAMMAZIONE_2025_2027);
						expect(outcomes.map((o) => o.projectId)).toEqual(snapshots.map((s) => s.project.id));
						outcomes.forEach((outcome, i) => {
							expect(outcome.ok).toBe(!rows[i]![1]);
							if (outcome.ok)
								expect(outcome.scorecard).toEqual(
									scorePartnership(snapshots[i]!, PROGRAMMAZIONE_2025_2027)
								);
							else {
								expect(outcome.error.cause.length).toBeGreaterThan(0);
								expect(outcome.error.message.it).toContain(outcome.projectId);
							}
						});
						expect(rankOutcomes(outcomes).failed.map((f) => f.projectId)).toEqual(
							outcomes.filter((o) => !o.ok).map((o) => o.projectId)
						);
					}
				),
				{ numRuns: 60 }
			);
		},
		LIMIT
	);
});

describe('missing names', () => {
	it('are bilingual', () => {
		for (const text of Object.values(MISSING)) expect(text).toMatch(/^[^/]+ \/ [^/]+$/);
	});
});
