/**
 * Issue 16, properties 2–6 and 8: who counts, and how much. Each is a fast-check property over
 * generated partnerships (generators in test-support.ts); worked examples are in the criteria tests.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEPS, POLICY_AREAS, sectorOfKind, type ActorKindId } from '../domain';
import { MISSING } from './missing';
import { PROGRAMMAZIONE_2025_2027 } from './rubrics';
import { scorePartnership } from './score';
import {
	AMBITO_POOL,
	declaredMembersArb,
	kindArb,
	makePartner,
	noHistory,
	placeArb,
	roleArb,
	signingRoleArb,
	snapshotArb,
	criterionOf as criterion,
	PROPERTY_LIMIT as LIMIT,
	scoreAll as score,
	subscoreOf as sub
} from './test-support';
import type { PartnershipSnapshot, Scorecard } from './types';
import { partnershipView } from './partnership';
import { canonicalSnapshot } from './snapshot';

const gain = (before: number | null, after: number | null) =>
	before === null && after === null ? 0 : (after ?? 0) - (before ?? 0);

describe('property 2: roles matter', () => {
	it(
		'a signing-only partner adds at most a third of what an operating partner of the same kind adds, to every criterion',
		() => {
			fc.assert(
				fc.property(
					snapshotArb,
					kindArb,
					placeArb,
					signingRoleArb,
					declaredMembersArb,
					(s, kind, place, role, members) => {
						const base = score(s);
						const add = (r: typeof role | 'partner') =>
							score({
								...s,
								partners: [
									...s.partners,
									makePartner('zz', kind, r, { ...place, declaredMembers: members })
								]
							});
						const operating = add('partner');
						const signing = add(role);
						for (const c of base.criteria) {
							const byOperating = gain(c.score, criterion(operating, c.id).score);
							const bySigning = gain(c.score, criterion(signing, c.id).score);
							expect(bySigning, c.id).toBeLessThanOrEqual(Math.max(0, byOperating) / 3 + 1e-9);
						}
					}
				),
				{ numRuns: 150 }
			);
		},
		LIMIT
	);
});

describe('property 3: one legal entity counts once', () => {
	it(
		'another member of a legal entity already in the partnership (same kind, role and place) changes no criterion',
		() => {
			fc.assert(
				fc.property(snapshotArb, fc.nat(), (s, pick) => {
					fc.pre(s.partners.length > 0);
					const original = s.partners[pick % s.partners.length]!;
					const { declaredMembers: _none, ...rest } = original;
					const twin = { ...rest, actorId: 'zz', name: 'ZZ', legalEntityId: original.actorId };
					const before = score(s);
					const after = score({ ...s, partners: [...s.partners, twin] });
					for (const c of before.criteria) {
						const now = criterion(after, c.id).score;
						if (c.score === null) expect(now, c.id).toBeNull();
						else expect(now, c.id).toBeCloseTo(c.score, 9);
					}
				}),
				{ numRuns: 150 }
			);
		},
		LIMIT
	);
});

const COMPETENT: ActorKindId[] = ['ambito', 'asst', 'distretto', 'ats', 'provincia', 'regione'];
const WIDE: ActorKindId[] = ['ats', 'provincia', 'regione'];

describe('property 4: coverage comes from partners that act on the territory', () => {
	it(
		'a competent body with no action or commitment adds no coverage beyond its seat',
		() => {
			fc.assert(
				fc.property(
					snapshotArb,
					fc.constantFrom(...COMPETENT),
					roleArb,
					placeArb,
					(s, kind, role, place) => {
						fc.pre(s.partners.length > 0); // with no partner at all, the territory is not assessable
						const body = makePartner('zz', kind, role, { ...place, seatComune: null });
						const before = sub(score(s), 'A', 'territory');
						const after = sub(score({ ...s, partners: [...s.partners, body] }), 'A', 'territory');
						if (before === null) expect(after).toBeNull();
						else expect(after).toBeCloseTo(before, 9);
					}
				),
				{ numRuns: 150 }
			);
		},
		LIMIT
	);

	it(
		'a Provincia, ATS or Regione covers its seat only, even with an action and a commitment',
		() => {
			fc.assert(
				fc.property(snapshotArb, fc.constantFrom(...WIDE), placeArb, (s, kind, place) => {
					const body = makePartner('zz', kind, 'capofila', { ...place, seatComune: null });
					const withBody: PartnershipSnapshot = {
						...s,
						partners: [...s.partners, body],
						actions: [
							...s.actions,
							{ id: 'zz-action', title: 'Coordinamento', responsibleActorIds: ['zz'] }
						],
						commitments: [
							...s.commitments,
							{
								actorId: 'zz',
								type: 'money',
								amountEur: 1000,
								source: 'public',
								beyondFunding: false
							}
						]
					};
					const covered = (card: Scorecard) => criterion(card, 'A').inputs.coveredComuni ?? null;
					expect(covered(score(withBody))).toEqual(
						covered(score({ ...s, partners: [...s.partners, { ...body, kind: 'odv' }] }))
					);
				}),
				{ numRuns: 200 }
			);
		},
		LIMIT
	);
});

describe('property 5: scale is read from declared members, with diminishing returns', () => {
	it(
		'more declared members never lower numerosity, and each further batch adds no more than the one before',
		() => {
			fc.assert(
				fc.property(
					snapshotArb,
					fc.nat(),
					kindArb,
					fc.integer({ min: 0, max: 60 }),
					fc.integer({ min: 1, max: 40 }),
					(s, pick, kind, n, d) => {
						fc.pre(s.partners.length > 0);
						const i = pick % s.partners.length;
						const numerosity = (count: number) =>
							sub(
								score({
									...s,
									partners: s.partners.map((p, j) =>
										j === i
											? {
													...p,
													declaredMembers: [
														...(p.declaredMembers ?? []).filter((m) => m.kind !== kind),
														{ kind, count }
													]
												}
											: p
									)
								}),
								'A',
								'numerosity'
							)!;
						const [f0, f1, f2] = [numerosity(n), numerosity(n + d), numerosity(n + 2 * d)];
						expect(f1).toBeGreaterThanOrEqual(f0 - 1e-9);
						expect(f2 - f1).toBeLessThanOrEqual(f1 - f0 + 1e-9);
					}
				),
				{ numRuns: 200 }
			);
		},
		LIMIT
	);

	it(
		'a network partner counts by its composition: a declared member of a sector the operating partners lack raises typology unless it is full',
		() => {
			fc.assert(
				fc.property(
					snapshotArb,
					kindArb,
					fc.integer({ min: 1, max: 50 }),
					placeArb,
					(s, kind, count, place) => {
						const sector = sectorOfKind(kind);
						const coreSectors = new Set(
							partnershipView(canonicalSnapshot(s)).core.flatMap((e) =>
								e.members.map((m) => sectorOfKind(m.kind))
							)
						);
						fc.pre(
							sector !== null &&
								sector !== 'networks' &&
								!coreSectors.has(sector) &&
								s.partners.every(
									(p) => !(p.declaredMembers ?? []).some((m) => sectorOfKind(m.kind) === sector)
								)
						);
						const network = makePartner('zz', 'rete_territoriale', 'partner', place);
						const without = sub(
							score({ ...s, partners: [...s.partners, network] }),
							'A',
							'typology'
						)!;
						const withMembers = sub(
							score({
								...s,
								partners: [...s.partners, { ...network, declaredMembers: [{ kind, count }] }]
							}),
							'A',
							'typology'
						)!;
						expect(withMembers).toBeGreaterThanOrEqual(without - 1e-9);
						if (without < 100 - 1e-9) expect(withMembers).toBeGreaterThan(without);
					}
				),
				{ numRuns: 200 }
			);
		},
		LIMIT
	);
});

describe('property 6: tested vs occasional from the core and shared history before the start', () => {
	it(
		'with no history recorded, C is non valutabile and names the history as missing',
		() => {
			fc.assert(
				fc.property(snapshotArb, (s) => {
					const c = criterion(score(noHistory(s)), 'C');
					expect(c.score).toBeNull();
					expect(c.missing.length).toBeGreaterThan(0);
				}),
				{ numRuns: 200 }
			);
		},
		LIMIT
	);

	it(
		'history among signing-only partners, or begun after the start, never raises C',
		() => {
			fc.assert(
				fc.property(
					snapshotArb,
					fc.integer({ min: 0, max: 3000 }),
					fc.constantFrom('project', 'network', 'accordo_di_programma'),
					(s, days, kind) => {
						fc.pre(s.project.start !== null);
						const start = Date.parse(`${s.project.start}T00:00:00Z`);
						const later = new Date(start + days * 86_400_000).toISOString().slice(0, 10);
						const signers = {
							...s,
							partners: [
								...s.partners,
								makePartner('s1', 'odv', 'sostenitore'),
								makePartner('s2', 'aps', 'aderente')
							]
						};
						const base = criterion(score(signers), 'C').score;
						const history = [
							...(s.sharedHistory ?? []),
							{ kind, actorIds: ['s1', 's2'], since: '2001-01-01', until: null },
							{ kind, actorIds: s.partners.map((p) => p.actorId), since: later, until: null }
						];
						const after = criterion(score({ ...signers, sharedHistory: history }), 'C').score;
						if (after !== null) expect(after).toBeLessThanOrEqual((base ?? 0) + 1e-9);
					}
				),
				{ numRuns: 200 }
			);
		},
		LIMIT
	);

	it(
		'shared history of the core dated before the start never lowers C',
		() => {
			fc.assert(
				fc.property(
					snapshotArb,
					fc.integer({ min: 1, max: 4000 }),
					fc.constantFrom('project', 'network', 'accordo_di_programma', 'collaboration'),
					(s, days, kind) => {
						fc.pre(s.project.start !== null && s.partners.length >= 2);
						const start = Date.parse(`${s.project.start}T00:00:00Z`);
						const since = new Date(start - days * 86_400_000).toISOString().slice(0, 10);
						const before = criterion(score(s), 'C').score;
						const after = criterion(
							score({
								...s,
								sharedHistory: [
									...(s.sharedHistory ?? []),
									{ kind, actorIds: s.partners.map((p) => p.actorId), since, until: null }
								]
							}),
							'C'
						).score;
						if (before !== null) expect(after).not.toBeNull();
						expect(after ?? 0).toBeGreaterThanOrEqual((before ?? 0) - 1e-9);
					}
				),
				{ numRuns: 200 }
			);
		},
		LIMIT
	);
});

const SOCIOSANITARY_AREAS = POLICY_AREAS.filter((a) => 'sociosanitary' in a && a.sociosanitary).map(
	(a) => a.id
);
const OTHER_AREAS = POLICY_AREAS.filter((a) => !('sociosanitary' in a && a.sociosanitary)).map(
	(a) => a.id
);
const OTHER_LEPS = LEPS.filter((l) => !l.sociosanitary).map((l) => l.id);

describe('property 8: F only where the policy areas call for it, by the bodies serving the territory', () => {
	it(
		'does not apply, and leaves the weight share, when no policy area or LEPS calls for integration',
		() => {
			fc.assert(
				fc.property(
					snapshotArb,
					fc.subarray(OTHER_AREAS),
					fc.subarray(OTHER_LEPS),
					(s, areas, leps) => {
						const card = scorePartnership(
							{ ...s, project: { ...s.project, policyAreas: areas, leps } },
							PROGRAMMAZIONE_2025_2027
						);
						const f = criterion(card, 'F');
						expect(f.applicable).toBe(false);
						expect(f.score).toBeNull();
						expect(card.notAssessed.map((n) => n.criterionId)).not.toContain('F');
					}
				),
				{ numRuns: 150 }
			);
		},
		LIMIT
	);

	it(
		'an ASST, Distretto or Casa di Comunità serving other Ambiti counts like any other partner, whatever it does; one that only signs adds nothing',
		() => {
			fc.assert(
				fc.property(
					snapshotArb,
					fc.constantFrom<ActorKindId>('asst', 'distretto', 'casa_di_comunita'),
					fc.constantFrom(...SOCIOSANITARY_AREAS),
					signingRoleArb,
					(s, kind, area, signing) => {
						const target: PartnershipSnapshot = {
							...s,
							project: { ...s.project, policyAreas: [area], targetAmbitoIds: ['amb-1'] },
							territory: { comuni: s.territory.comuni.map((c) => ({ ...c, ambitoId: 'amb-1' })) }
						};
						// The same partner doing the same things, as a health body serving elsewhere or as an ODV.
						const busy = (as: ActorKindId): PartnershipSnapshot => ({
							...target,
							partners: [
								...target.partners,
								makePartner('zz', as, 'capofila', { ambitoIds: ['amb-far'] })
							],
							actions: [
								...target.actions,
								{ id: 'zz-a', title: 'PUA', responsibleActorIds: ['zz'] }
							],
							commitments: [
								...target.commitments,
								{
									actorId: 'zz',
									type: 'staff_hours',
									amountEur: 500,
									source: 'public',
									beyondFunding: false
								}
							]
						});
						const signer = (as: ActorKindId): PartnershipSnapshot => ({
							...target,
							partners: [
								...target.partners,
								makePartner('zz', as, signing, { ambitoIds: [AMBITO_POOL[0]!] })
							]
						});
						for (const [health, other] of [
							[busy(kind), busy('odv')],
							[signer(kind), signer('odv')]
						] as const) {
							const expected = criterion(score(other), 'F').score;
							const now = criterion(score(health), 'F').score;
							if (expected === null) expect(now).toBeNull();
							else expect(now).toBeCloseTo(expected, 9);
						}
					}
				),
				{ numRuns: 200 }
			);
		},
		LIMIT
	);

	it(
		'names the policy areas as missing rather than scoring F when they are not recorded',
		() => {
			fc.assert(
				fc.property(snapshotArb, (s) => {
					const { policyAreas: _a, leps: _l, ...project } = s.project;
					const f = criterion(score({ ...s, project }), 'F');
					expect(f.score).toBeNull();
					expect(f.missing).toContain(MISSING.policyAreas);
				}),
				{ numRuns: 100 }
			);
		},
		LIMIT
	);
});
