import { describe, expect, it } from 'vitest';
import { MISSING } from '../missing';
import { makePartner, makeSnapshot, runCriterion } from '../test-support';
import { supraAmbitoCriterion } from './g-supra-ambito';

const comune = (istat: string, ambitoId: string, atsId: string) => ({
	istat,
	name: istat,
	population: 1000,
	ambitoId,
	atsId
});

describe('G. Respiro sovra-ambito', () => {
	it('matches the hand-computed example: Ambiti of the same ATS count, another ATS does not', () => {
		// Ambiti X and Y in ATS 1, Z in ATS 2: the largest same-ATS group is 2 → (2 − 1)/(3 − 1) → 50
		const result = runCriterion(
			supraAmbitoCriterion,
			makeSnapshot({
				territory: {
					comuni: [
						comune('c1', 'X', 'ats-1'),
						comune('c2', 'Y', 'ats-1'),
						comune('c3', 'Z', 'ats-2')
					]
				}
			})
		);
		expect(result.score).toBeCloseTo(50, 9);
		expect(result.inputs.targetAmbiti).toEqual(['X', 'Y', 'Z']);
		expect(result.inputs.otherAtsAmbiti).toEqual(['Z']);
	});

	it('a second ATS adds nothing, and neither does a supporter seated elsewhere (issue 16)', () => {
		const oneAmbito = { comuni: [comune('c1', 'X', 'ats-1')] };
		const alone = runCriterion(supraAmbitoCriterion, makeSnapshot({ territory: oneAmbito }));
		const withSupporter = runCriterion(
			supraAmbitoCriterion,
			makeSnapshot({
				territory: oneAmbito,
				partners: [
					makePartner('far', 'odv', 'sostenitore', { ambitoIds: ['W'], atsIds: ['ats-3'] })
				]
			})
		);
		const twoAts = runCriterion(
			supraAmbitoCriterion,
			makeSnapshot({
				territory: { comuni: [comune('c1', 'X', 'ats-1'), comune('c9', 'W', 'ats-3')] }
			})
		);
		expect(alone.score).toBe(0);
		expect(withSupporter.score).toBe(0);
		expect(twoAts.score).toBe(0);
		expect(alone.suggestions).toHaveLength(1);
	});

	it('reads the declared target Ambiti, with their ATS', () => {
		const result = runCriterion(
			supraAmbitoCriterion,
			makeSnapshot({
				project: { id: 'p', title: 'P', start: null, end: null, targetAmbitoIds: ['X', 'Y', 'V'] },
				territory: {
					comuni: [],
					ambiti: [
						{ id: 'X', name: 'X', atsId: 'ats-1' },
						{ id: 'Y', name: 'Y', atsId: 'ats-1' }
					]
				}
			})
		);
		// V has no recorded ATS: counted with the largest group and flagged
		expect(result.score).toBe(100);
		expect(result.partial?.[0]).toContain('V');
	});

	it('is not assessable when no target Ambito is known', () => {
		const result = runCriterion(
			supraAmbitoCriterion,
			makeSnapshot({ partners: [makePartner('a', 'comune', 'capofila', { ambitoIds: ['X'] })] })
		);
		expect(result.score).toBeNull();
		expect(result.missing).toEqual([MISSING.targetAmbiti]);
	});
});
