import { describe, expect, it } from 'vitest';
import { makePartner, makeSnapshot, runCriterion } from '../test-support';
import { testedPartnershipCriterion } from './c-tested-partnership';

const partners = ['p1', 'p2', 'p3'].map((id) => makePartner(id, 'odv'));
const project = { id: 'prj', title: 'Progetto', start: '2020-01-01', end: null };

describe('C. Natura del partenariato', () => {
	it('matches the hand-computed example', () => {
		// 3 pairs. p1–p2 since 2017-01-01, ongoing: 1095 days = 2.998 years → 1 − e^(−2.998/3) = 0.6319
		// p2–p3 a one-day meeting → minimum credit 0.2; p1–p3 only after the start → 0
		// C = 100 · (0.6319 + 0.2 + 0)/3 = 27.729
		const result = runCriterion(
			testedPartnershipCriterion,
			makeSnapshot({
				project,
				partners,
				priorCollaborations: [
					{ a: 'p2', b: 'p1', since: '2017-01-01', until: null, source: 'shared_project' },
					{ a: 'p2', b: 'p3', since: '2019-07-01', until: '2019-07-01', source: 'workshop' },
					{ a: 'p1', b: 'p3', since: '2021-03-01', until: null, source: 'survey' }
				]
			})
		);
		expect(result.score).toBeCloseTo(27.729, 3);
		expect(result.inputs.testedPairs).toBe(2);
		expect(result.inputs.collaborationsStartedAfterProjectStart).toBe(1);
	});

	it('merges overlapping collaborations instead of counting them twice', () => {
		// 2015-01-01 → 2018-01-01 once merged: 1096 days = 3.0007 years → 1 − e^(−1.0002) = 0.6322
		// one pair of one: C = 63.22
		const result = runCriterion(
			testedPartnershipCriterion,
			makeSnapshot({
				project,
				partners: partners.slice(0, 2),
				priorCollaborations: [
					{ a: 'p1', b: 'p2', since: '2015-01-01', until: '2017-01-01', source: 'declared' },
					{ a: 'p1', b: 'p2', since: '2016-01-01', until: '2018-01-01', source: 'survey' }
				]
			})
		);
		expect(result.score).toBeCloseTo(63.22, 2);
	});

	it('scores 0 for a partnership with no history, and says so', () => {
		const result = runCriterion(testedPartnershipCriterion, makeSnapshot({ project, partners }));
		expect(result.score).toBe(0);
		expect(result.suggestions[0]?.it).toContain('Nessuna collaborazione precedente');
	});

	it('is not assessable without a start date', () => {
		const result = runCriterion(testedPartnershipCriterion, makeSnapshot({ partners }));
		expect(result.score).toBeNull();
		expect(result.missing).toEqual(['data di avvio del progetto / project start date']);
	});
});
