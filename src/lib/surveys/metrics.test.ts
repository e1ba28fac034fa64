/**
 * Issue 19, Results: worked examples on a five-organisation network, every figure computed by hand
 * in the comments. Properties over generated rounds are in metrics-properties.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { compareRounds, computeSurveyResults, degreeCentralisation, density } from './metrics';
import { AFTER, ROUND } from './test-support';

describe('computeSurveyResults: a five-organisation round worked by hand', () => {
	const results = computeSurveyResults(ROUND);
	const org = (id: string) => results.organisations.find((o) => o.orgId === id)!;

	it('reads each pair as the lower of two answers, or the one answer', () => {
		// Ties by level 1..5: A has A–D (1), A–C (2), A–B (4); B has B–C (2), B–E (3), A–B (4);
		// C has A–C and B–C (both 2); D has A–D (1); E has B–E (3).
		expect(results.organisations.map((o) => [o.name, o.tiesByLevel])).toEqual([
			['Alfa', [1, 1, 0, 1, 0]],
			['Beta', [0, 1, 1, 1, 0]],
			['Cedro', [0, 2, 0, 0, 0]],
			['Delta', [1, 0, 0, 0, 0]],
			['Elce', [0, 0, 1, 0, 0]]
		]);
	});

	it('gives the network its density, centralisation and response rate', () => {
		// 5 ties (A–B, A–C, A–D, B–C, B–E) of 5·4/2 = 10 pairs: density 0.5.
		// Degrees 3, 3, 2, 1, 1; Freeman: Σ(3 − d) = 0+0+1+2+2 = 5 over (5−1)(5−2) = 12 → 5/12.
		// 3 of 5 respondents completed: 0.6.
		expect(results.network).toMatchObject({
			organisations: 5,
			respondents: 5,
			completed: 3,
			responseRate: 0.6,
			density: 0.5
		});
		expect(results.network.degreeCentralisation).toBeCloseTo(5 / 12, 12);
	});

	it('gives each organisation the trust and value others gave it, 0–100', () => {
		// Alfa's trust: B's mean (4+3+2)/3 = 3, C's 3, D's 2 → (3+3+2)/3 = 8/3 → (8/3−1)/3·100 = 500/9.
		// Alfa's value: B 4, C 2 (D gave none) → 3 → 200/3. Rated by B, C, D: 3.
		expect(org('a').trustReceived).toBeCloseTo(500 / 9, 12);
		expect(org('a').valueReceived).toBeCloseTo(200 / 3, 12);
		expect(org('a').ratedBy).toBe(3);
		// Beta's trust: A 4, C 3, D (1+2)/2 = 1.5 → 8.5/3 → (8.5/3−1)/3·100 = 550/9.
		// Beta's value: A 3, D 2 (C gave none) → 2.5 → 50.
		expect(org('b').trustReceived).toBeCloseTo(550 / 9, 12);
		expect(org('b').valueReceived).toBeCloseTo(50, 12);
		expect(org('b').ratedBy).toBe(3);
		// Cedro: trust A (3+2+1)/3 = 2 and B 4 → 3 → 200/3; value A 2, B 3 → 2.5 → 50.
		expect(org('c').trustReceived).toBeCloseTo(200 / 3, 12);
		expect(org('c').valueReceived).toBeCloseTo(50, 12);
		// Delta: trust only A's single item 4 → 100; value none → null. (C's level-0 answer rates nothing.)
		expect(org('d')).toMatchObject({ trustReceived: 100, valueReceived: null, ratedBy: 1 });
		// Elce: B's trust 2 → 100/3, value 1 → 0.
		expect(org('e').trustReceived).toBeCloseTo(100 / 3, 12);
		expect(org('e').valueReceived).toBe(0);
		expect(results.organisations.some((o) => o.trustWithheld || o.valueWithheld)).toBe(false);
		expect(results.withheld).toBe(false);
	});

	it("pools every rater's mean into the network's mean trust and value", () => {
		// Trust: 3,3,2 (Alfa) 4,3,1.5 (Beta) 2,4 (Cedro) 4 (Delta) 2 (Elce) = 28.5 / 10 = 2.85 → 185/3.
		// Value: 4,2 (Alfa) 3,2 (Beta) 2,3 (Cedro) 1 (Elce) = 17 / 7 → (17/7 − 1)/3·100 = 1000/21.
		expect(results.network.meanTrust).toBeCloseTo(185 / 3, 12);
		expect(results.network.meanValue).toBeCloseTo(1000 / 21, 12);
	});

	it('lists the pairs two or more levels apart, widest first, as places to talk', () => {
		// B–C: 5 against 2; B–D: 0 (B completed, left D out) against 3. Both 3 apart: by name.
		// A–D (1 and 1) and A–B (4 and 4) agree; B–E has one side only.
		expect(
			results.disagreements.map((d) => [d.a.name, d.a.saysLevel, d.b.name, d.b.saysLevel])
		).toEqual([
			['Beta', 5, 'Cedro', 2],
			['Beta', 0, 'Delta', 3]
		]);
	});
});

describe('computeSurveyResults: the same round, anonymous', () => {
	const results = computeSurveyResults({ ...ROUND, anonymous: true });
	const org = (id: string) => results.organisations.find((o) => o.orgId === id)!;

	it('withholds every figure fewer than three raters stand behind', () => {
		// Trust raters: Alfa 3, Beta 3, Cedro 2, Delta 1, Elce 1. Value raters: Alfa 2, Beta 2,
		// Cedro 2, Delta 0, Elce 1. Only Alfa's and Beta's trust is shown.
		expect(
			results.organisations.map((o) => [o.name, o.trustReceived !== null, o.valueReceived])
		).toEqual([
			['Alfa', true, null],
			['Beta', true, null],
			['Cedro', false, null],
			['Delta', false, null],
			['Elce', false, null]
		]);
		expect(org('a').trustReceived).toBeCloseTo(500 / 9, 12);
		// Delta's value was given by no one: nothing to withhold, just no answer.
		expect(results.organisations.map((o) => [o.name, o.trustWithheld, o.valueWithheld])).toEqual([
			['Alfa', false, true],
			['Beta', false, true],
			['Cedro', true, true],
			['Delta', true, false],
			['Elce', true, true]
		]);
		expect(results.withheld).toBe(true);
	});

	it("leaves the withheld organisations' ratings out of the network's mean", () => {
		// Trust of Alfa and Beta only: 3,3,2,4,3,1.5 = 16.5 / 6 = 2.75 → 175/3. No value figure is shown.
		expect(results.network.meanTrust).toBeCloseTo(175 / 3, 12);
		expect(results.network.meanValue).toBeNull();
	});

	it("says nothing of who said what, and keeps the network's shape", () => {
		expect(results.disagreements).toEqual([]);
		expect(results.network.density).toBe(0.5);
		expect(org('a').tiesByLevel).toEqual([1, 1, 0, 1, 0]);
	});
});

describe('compareRounds: the round a year later', () => {
	const comparison = compareRounds(ROUND, AFTER);
	const pair = (t: { a: { name: string }; b: { name: string } }) => `${t.a.name}–${t.b.name}`;

	it('counts the ties gained and lost between organisations on both lists', () => {
		expect(comparison.gained.map((t) => [pair(t), t.levelBefore, t.levelAfter])).toEqual([
			['Beta–Delta', 0, 1],
			['Cedro–Delta', 0, 2]
		]);
		expect(comparison.lost.map((t) => [pair(t), t.levelBefore, t.levelAfter])).toEqual([
			['Alfa–Cedro', 2, 0]
		]);
	});

	it("sets each round's network side by side", () => {
		expect(comparison.before.density).toBe(0.5);
		expect(comparison.after).toMatchObject({ completed: 5, responseRate: 1, density: 0.5 });
		expect(comparison.after.degreeCentralisation).toBeCloseTo(5 / 12, 12);
	});

	it('gives trust and value before and after for the organisations on both lists', () => {
		// After: Alfa's trust from B 4 → 100 and Faggio's 1 → 0: mean 2.5 → 50; no value.
		expect(comparison.organisations.map((o) => o.name)).toEqual(['Alfa', 'Beta', 'Cedro', 'Delta']);
		const alfa = comparison.organisations[0]!;
		expect(alfa.trustBefore).toBeCloseTo(500 / 9, 12);
		expect(alfa.trustAfter).toBeCloseTo(50, 12);
		expect(alfa.valueBefore).toBeCloseTo(200 / 3, 12);
		expect(alfa.valueAfter).toBeNull();
		expect(comparison.organisations[3]).toMatchObject({ trustBefore: 100, trustAfter: null });
	});
});

describe('the network formulas at their edges', () => {
	it('gives a star centralisation 1 and equal degrees 0', () => {
		expect(degreeCentralisation([4, 1, 1, 1, 1])).toBe(1);
		expect(degreeCentralisation([2, 2, 2])).toBe(0);
		expect(degreeCentralisation([1, 1])).toBe(0);
	});
	it('gives no density below two organisations', () => {
		expect(density(0, 1)).toBe(0);
		expect(density(3, 3)).toBe(1);
	});
});
