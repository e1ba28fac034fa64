import { describe, expect, it } from 'vitest';
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
	it('matches the hand-computed example', () => {
		// territory in Ambiti X, Y (ATS T1); a cooperative from Ambito Z (ATS T2);
		// the ASST's served Ambiti W, V are not counted.
		// Ambiti {X, Y, Z} = 3 → (3 − 1)/(3 − 1) → 100; ATS {T1, T2} = 2 → 100; G = 100
		const result = runCriterion(
			supraAmbitoCriterion,
			makeSnapshot({
				territory: { comuni: [comune('1', 'X', 'T1'), comune('2', 'Y', 'T1')] },
				partners: [
					makePartner('coop', 'cooperativa_sociale_a', 'partner', {
						ambitoIds: ['Z'],
						atsIds: ['T2']
					}),
					makePartner('asst', 'asst', 'partner', { ambitoIds: ['W', 'V'], atsIds: ['T1'] })
				]
			})
		);
		expect(result.inputs.ambiti).toEqual(['X', 'Y', 'Z']);
		expect(result.score).toBe(100);
	});

	it('scores two Ambiti in one ATS at a third', () => {
		// Ambiti: (2 − 1)/(3 − 1) → 50; ATS: (1 − 1)/(2 − 1) → 0; G = (50 + 0.5·0)/1.5 = 33.333
		const result = runCriterion(
			supraAmbitoCriterion,
			makeSnapshot({ territory: { comuni: [comune('1', 'X', 'T1'), comune('2', 'Y', 'T1')] } })
		);
		expect(result.score).toBeCloseTo(33.333, 3);
	});

	it('gives 0 to a single-Ambito project and suggests widening it', () => {
		const result = runCriterion(
			supraAmbitoCriterion,
			makeSnapshot({ territory: { comuni: [comune('1', 'X', 'T1')] } })
		);
		expect(result.score).toBe(0);
		expect(result.suggestions).toHaveLength(2);
	});

	it('is not assessable when no Ambito or ATS is known', () => {
		const result = runCriterion(
			supraAmbitoCriterion,
			makeSnapshot({ partners: [makePartner('p', 'odv')] })
		);
		expect(result.score).toBeNull();
		expect(result.missing.join(' ')).toContain('Ambiti e ATS');
	});
});
