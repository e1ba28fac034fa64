/**
 * Issue 19, Results: properties of the survey's metrics over generated rounds (fast-check). The
 * worked examples are in metrics.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRounds, computeSurveyResults } from './metrics';
import {
	ANONYMITY_MIN_RESPONDENTS,
	CONTACT_FREQUENCIES,
	TRUST_ITEMS,
	VALUE_ITEMS,
	type CollaborationLevel,
	type FourPoint,
	type RespondentStatus,
	type SurveyResults,
	type SurveyRound,
	type TieAnswer
} from './types';

const levelArb = fc.integer({ min: 0, max: 5 }) as fc.Arbitrary<CollaborationLevel>;
const fourArb = fc.integer({ min: 1, max: 4 }) as fc.Arbitrary<FourPoint>;
const itemsArb = <K extends string>(items: readonly K[]) =>
	fc.record(Object.fromEntries(items.map((k) => [k, fourArb])) as Record<K, typeof fourArb>, {
		requiredKeys: []
	});
const statusArb = fc.constantFrom<RespondentStatus>('not_opened', 'started', 'completed');

/** A round of 1–8 organisations with distinct names, each answering about any of the others. */
const roundArb: fc.Arbitrary<SurveyRound> = fc
	.integer({ min: 1, max: 8 })
	.chain((n) => {
		const ids = Array.from({ length: n }, (_, i) => `org-${i}`);
		const pairs = ids.flatMap((from) => ids.filter((to) => to !== from).map((to) => [from, to]));
		return fc.record({
			statuses: fc.array(statusArb, { minLength: n, maxLength: n }),
			answers: fc.subarray(pairs).chain((chosen) =>
				fc.tuple(
					...chosen.map(([from, to]) =>
						fc.record({
							fromOrgId: fc.constant(from!),
							toOrgId: fc.constant(to!),
							level: levelArb,
							frequency: fc.option(fc.constantFrom(...CONTACT_FREQUENCIES), { nil: null }),
							trust: itemsArb(TRUST_ITEMS),
							value: itemsArb(VALUE_ITEMS)
						})
					)
				)
			),
			anonymous: fc.boolean(),
			ids: fc.constant(ids)
		});
	})
	.map(({ statuses, answers, anonymous, ids }) => ({
		surveyId: 's',
		organisations: ids.map((id, i) => ({ id, name: `Ente ${String.fromCharCode(65 + i)}` })),
		respondents: ids.map((orgId, i) => ({ orgId, status: statuses[i]! })),
		answers: answers as TieAnswer[],
		anonymous
	}));

/** Everyone completed, with the given pairs answered at `level` from both sides. */
function mutualRound(n: number, pairs: Array<[number, number]>, level: CollaborationLevel) {
	const id = (i: number) => `o${i}`;
	return {
		surveyId: 's',
		organisations: Array.from({ length: n }, (_, i) => ({ id: id(i), name: `Ente ${i}` })),
		respondents: Array.from({ length: n }, (_, i) => ({
			orgId: id(i),
			status: 'completed' as const
		})),
		answers: pairs.flatMap(([i, j]) =>
			[
				[i, j],
				[j, i]
			].map(([f, t]) => ({
				fromOrgId: id(f!),
				toOrgId: id(t!),
				level,
				frequency: null,
				trust: {},
				value: {}
			}))
		),
		anonymous: false
	} satisfies SurveyRound;
}

describe('survey metrics: properties', () => {
	it('keeps density and centralisation in 0–1, rates in 0–1 and figures in 0–100', () => {
		fc.assert(
			fc.property(roundArb, (round) => {
				const { network, organisations } = computeSurveyResults(round);
				for (const share of [network.density, network.degreeCentralisation, network.responseRate])
					expect(share >= 0 && share <= 1).toBe(true);
				const figures = [
					network.meanTrust,
					network.meanValue,
					...organisations.flatMap((o) => [o.trustReceived, o.valueReceived])
				].filter((f) => f !== null);
				for (const figure of figures) expect(figure >= 0 && figure <= 100).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});

	it('gives a star centralisation 1 and a complete network 0 (density 1)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 3, max: 12 }), fc.integer({ min: 1, max: 5 }), (n, level) => {
				const lvl = level as CollaborationLevel;
				const leaves = Array.from({ length: n - 1 }, (_, i) => [0, i + 1] as [number, number]);
				const star = computeSurveyResults(mutualRound(n, leaves, lvl)).network;
				expect(star.degreeCentralisation).toBe(1);
				const everyPair: Array<[number, number]> = [];
				for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) everyPair.push([i, j]);
				const complete = computeSurveyResults(mutualRound(n, everyPair, lvl)).network;
				expect(complete.degreeCentralisation).toBe(0);
				expect(complete.density).toBe(1);
			}),
			{ numRuns: 60 }
		);
	});

	it('finds no disagreement when both sides of every pair say the same', () => {
		fc.assert(
			fc.property(roundArb, (round) => {
				// Mirror the first answer about each pair so that both sides say the same level.
				const seen = new Set<string>();
				const answers = round.answers.flatMap((a) => {
					const key = [a.fromOrgId, a.toOrgId].sort().join('|');
					if (seen.has(key)) return [];
					seen.add(key);
					return [a, { ...a, fromOrgId: a.toOrgId, toOrgId: a.fromOrgId }];
				});
				const symmetric = { ...round, answers, anonymous: false };
				expect(computeSurveyResults(symmetric).disagreements).toEqual([]);
				// With everyone completed, silences are "nessun rapporto" on both sides: still agreement.
				const respondents = round.respondents.map((r) => ({ ...r, status: 'completed' as const }));
				expect(computeSurveyResults({ ...symmetric, respondents }).disagreements).toEqual([]);
			}),
			{ numRuns: 200 }
		);
	});

	it('gives the same results whatever the ids are', () => {
		fc.assert(
			fc.property(roundArb, fc.string({ minLength: 1, maxLength: 4 }), (round, salt) => {
				// New ids sort the other way round, so an order that rested on ids would show.
				const position = new Map(round.organisations.map((o, i) => [o.id, i]));
				const rename = (id: string) => `${salt}:${9 - position.get(id)!}`;
				const back = new Map(round.organisations.map((o) => [rename(o.id), o.id]));
				const renamed: SurveyRound = {
					...round,
					organisations: [...round.organisations]
						.reverse()
						.map((o) => ({ ...o, id: rename(o.id) })),
					respondents: round.respondents.map((r) => ({ ...r, orgId: rename(r.orgId) })),
					answers: round.answers.map((a) => ({
						...a,
						fromOrgId: rename(a.fromOrgId),
						toOrgId: rename(a.toOrgId)
					}))
				};
				const restore = (results: SurveyResults): SurveyResults => ({
					...results,
					organisations: results.organisations.map((o) => ({ ...o, orgId: back.get(o.orgId)! })),
					disagreements: results.disagreements.map((d) => ({
						a: { ...d.a, id: back.get(d.a.id)! },
						b: { ...d.b, id: back.get(d.b.id)! }
					}))
				});
				expect(restore(computeSurveyResults(renamed))).toEqual(computeSurveyResults(round));
			}),
			{ numRuns: 200 }
		);
	});

	it('never shows, in an anonymous round, a figure fewer than three raters stand behind', () => {
		fc.assert(
			fc.property(roundArb, (generated) => {
				const round = { ...generated, anonymous: true };
				const results = computeSurveyResults(round);
				// Counted here from the answers, apart from the code under test.
				const raters = (to: string, pick: (a: TieAnswer) => object) =>
					new Set(
						round.answers
							.filter((a) => a.toOrgId === to && a.level > 0 && Object.keys(pick(a)).length > 0)
							.map((a) => a.fromOrgId)
					).size;
				for (const org of results.organisations) {
					if (org.trustReceived !== null)
						expect(raters(org.orgId, (a) => a.trust)).toBeGreaterThanOrEqual(
							ANONYMITY_MIN_RESPONDENTS
						);
					if (org.valueReceived !== null)
						expect(raters(org.orgId, (a) => a.value)).toBeGreaterThanOrEqual(
							ANONYMITY_MIN_RESPONDENTS
						);
					// Withheld means: someone rated, but too few to show it.
					if (org.trustWithheld) {
						expect(org.trustReceived).toBeNull();
						expect(raters(org.orgId, (a) => a.trust)).toBeGreaterThan(0);
					}
					if (org.valueWithheld) {
						expect(org.valueReceived).toBeNull();
						expect(raters(org.orgId, (a) => a.value)).toBeGreaterThan(0);
					}
				}
				if (results.network.meanTrust !== null)
					expect(results.organisations.some((o) => o.trustReceived !== null)).toBe(true);
				if (results.network.meanValue !== null)
					expect(results.organisations.some((o) => o.valueReceived !== null)).toBe(true);
				expect(results.disagreements).toEqual([]);
			}),
			{ numRuns: 300 }
		);
	});

	it('gains and loses nothing when a round is compared with itself', () => {
		fc.assert(
			fc.property(roundArb, (round) => {
				const comparison = compareRounds(round, round);
				expect(comparison.gained).toEqual([]);
				expect(comparison.lost).toEqual([]);
				expect(comparison.before).toEqual(comparison.after);
				for (const org of comparison.organisations) {
					expect(org.trustAfter).toBe(org.trustBefore);
					expect(org.valueAfter).toBe(org.valueBefore);
				}
				expect(comparison.organisations).toHaveLength(round.organisations.length);
			}),
			{ numRuns: 200 }
		);
	});
});
