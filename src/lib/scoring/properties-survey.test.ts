/**
 * Property 6 with the relational survey (issues 16 and 19): answers on the Frey scale are evidence
 * of tested ties; «nessun rapporto» is not a tie; trust and value are reported, never scored.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	criterionOf as criterion,
	dateArb,
	noHistory,
	PROPERTY_LIMIT as LIMIT,
	scoreAll as score,
	snapshotArb
} from './test-support';
import type { PartnershipSnapshot } from './types';

const daysBefore = (start: string, days: number) =>
	new Date(Date.parse(`${start}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

const surveyAnswer = (
	a: string,
	b: string,
	since: string,
	level: number
): PartnershipSnapshot['priorCollaborations'][number] => ({
	a,
	b,
	since,
	until: null,
	source: 'survey',
	level
});

/** Two partners of the snapshot, any roles (the criterion decides who is in the core). */
const pairArb = fc.tuple(fc.nat(), fc.nat());

describe('property 6 with the survey: answers on the Frey scale as evidence of tested ties', () => {
	it(
		'adding a survey-confirmed tie (level 1–5) dated before the start never lowers C, nor makes it non valutabile',
		() => {
			fc.assert(
				fc.property(
					snapshotArb,
					pairArb,
					fc.integer({ min: 1, max: 5 }),
					fc.integer({ min: 1, max: 4000 }),
					(s, [i, j], level, days) => {
						fc.pre(s.project.start !== null && s.partners.length >= 2);
						const a = s.partners[i % s.partners.length]!.actorId;
						const b = s.partners[j % s.partners.length]!.actorId;
						const before = criterion(score(s), 'C').score;
						const tie = surveyAnswer(a, b, daysBefore(s.project.start!, days), level);
						const after = criterion(
							score({ ...s, priorCollaborations: [...s.priorCollaborations, tie] }),
							'C'
						).score;
						if (before !== null) expect(after).not.toBeNull();
						expect(after ?? 0).toBeGreaterThanOrEqual((before ?? 0) - 1e-9);
					}
				),
				{ numRuns: 250 }
			);
		},
		LIMIT
	);

	it(
		'level-0 answers are not ties: they never raise C, and alone they leave the core untested',
		() => {
			fc.assert(
				fc.property(snapshotArb, pairArb, fc.integer({ min: 1, max: 4000 }), (s, [i, j], days) => {
					fc.pre(s.project.start !== null && s.partners.length >= 2);
					const a = s.partners[i % s.partners.length]!.actorId;
					const b = s.partners[j % s.partners.length]!.actorId;
					const none = surveyAnswer(a, b, daysBefore(s.project.start!, days), 0);
					const before = criterion(score(s), 'C').score;
					const after = criterion(
						score({ ...s, priorCollaborations: [...s.priorCollaborations, none] }),
						'C'
					);
					if (before !== null) expect(after.score).toBeCloseTo(before, 9);
					const alone = criterion(score({ ...noHistory(s), priorCollaborations: [none] }), 'C');
					if (alone.score !== null) expect(alone.score).toBe(0);
					expect(alone.inputs.testedCoreEntities ?? 0).toBe(0);
				}),
				{ numRuns: 250 }
			);
		},
		LIMIT
	);

	it(
		'trust and value never change C (the act asks whether the partnership was tried, not how it is rated)',
		() => {
			fc.assert(
				fc.property(
					snapshotArb,
					fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
					fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
					(s, trust, value) => {
						const before = criterion(score(s), 'C').score;
						const rated = {
							...s,
							priorCollaborations: s.priorCollaborations.map((c) => ({ ...c, trust, value }))
						};
						const after = criterion(score(rated), 'C').score;
						if (before === null) expect(after).toBeNull();
						else expect(after).toBeCloseTo(before, 9);
					}
				),
				{ numRuns: 200 }
			);
		},
		LIMIT
	);

	it(
		'a survey answer dated on or after the start changes nothing',
		() => {
			fc.assert(
				fc.property(
					snapshotArb,
					pairArb,
					fc.integer({ min: 0, max: 5 }),
					dateArb,
					(s, [i, j], level, when) => {
						fc.pre(s.project.start !== null && s.partners.length >= 2 && when >= s.project.start!);
						const a = s.partners[i % s.partners.length]!.actorId;
						const b = s.partners[j % s.partners.length]!.actorId;
						const before = criterion(score(s), 'C').score;
						const after = criterion(
							score({
								...s,
								priorCollaborations: [...s.priorCollaborations, surveyAnswer(a, b, when, level)]
							}),
							'C'
						).score;
						if (before === null) expect(after).toBeNull();
						else expect(after).toBeCloseTo(before, 9);
					}
				),
				{ numRuns: 200 }
			);
		},
		LIMIT
	);
});
