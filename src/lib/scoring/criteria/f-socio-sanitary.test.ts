import { describe, expect, it } from 'vitest';
import { MISSING } from '../missing';
import { commitment, makePartner, makeSnapshot, runCriterion } from '../test-support';
import { socioSanitaryCriterion } from './f-socio-sanitary';

const project = {
	id: 'p',
	title: 'P',
	start: null,
	end: null,
	policyAreas: ['home_care' as const]
};
const territory = {
	comuni: [
		{ istat: '019035', name: 'Crema', population: 34000, ambitoId: 'crema', atsId: 'valpadana' }
	]
};
const partners = [
	makePartner('com', 'comune', 'capofila', { seatComune: '019035' }),
	makePartner('asst', 'asst', 'partner', { name: 'ASST di Crema', ambitoIds: ['crema'] }),
	makePartner('cdc', 'casa_di_comunita', 'aderente', { name: 'CdC Crema', legalEntityId: 'asst' }),
	makePartner('lodi', 'asst', 'partner', { name: 'ASST di Lodi', ambitoIds: ['lodi'] })
];
const actions = [
	{ id: 'a1', title: 'Sportello', responsibleActorIds: ['com'] },
	{ id: 'a2', title: 'PUA', responsibleActorIds: ['cdc', 'com'] },
	{ id: 'a3', title: 'Formazione', responsibleActorIds: ['lodi'] },
	{ id: 'a4', title: 'Rete', responsibleActorIds: ['com'] }
];

describe('F. Integrazione sociosanitaria', () => {
	it('matches the hand-computed example', () => {
		// Home care calls for integration. ASST di Crema and its Casa di Comunità are one body serving
		// the territory; ASST di Lodi serves other Ambiti and does not count, even with an action.
		// actions: a2 of 4 → 25% of 30% → 83.333; commitment: ASST di Crema commits (unvalued) → 100;
		// role: partner → 100.  F = (83.333 + 0.5·100 + 0.5·100)/2 = 91.667
		const result = runCriterion(
			socioSanitaryCriterion,
			makeSnapshot({
				project,
				territory,
				partners,
				actions,
				commitments: [commitment('asst', null, 'public', { type: 'staff_hours' })]
			})
		);
		expect(result.sub.actions).toBeCloseTo(83.333, 3);
		expect(result.sub.commitment).toBe(100);
		expect(result.sub.role).toBe(100);
		expect(result.score).toBeCloseTo(91.667, 3);
		expect(result.inputs.bodiesServingElsewhere).toEqual(['ASST di Lodi']);
	});

	it('gives an ASST that only adheres, with no action, nothing (issue 16: 30 before)', () => {
		const result = runCriterion(
			socioSanitaryCriterion,
			makeSnapshot({
				project,
				territory,
				partners: [partners[0]!, makePartner('asst', 'asst', 'aderente', { ambitoIds: ['crema'] })],
				actions: [actions[0]!]
			})
		);
		expect(result.score).toBe(0);
		expect(result.suggestions[0]?.it).toContain('chi firma soltanto non conta');
	});

	it('does not apply where the policy areas do not call for it, and is not assessable when they are unknown', () => {
		const poverty = runCriterion(
			socioSanitaryCriterion,
			makeSnapshot({
				project: { ...project, policyAreas: ['poverty_exclusion'] },
				territory,
				partners
			})
		);
		expect(poverty.applicable).toBe(false);
		expect(poverty.score).toBeNull();
		const unknown = runCriterion(
			socioSanitaryCriterion,
			makeSnapshot({
				project: { id: 'p', title: 'P', start: null, end: null },
				territory,
				partners
			})
		);
		expect(unknown.applicable).not.toBe(false);
		expect(unknown.missing).toContain(MISSING.policyAreas);
	});

	it('takes an ASST with no Ambiti mapped as serving the territory, and says so', () => {
		const result = runCriterion(
			socioSanitaryCriterion,
			makeSnapshot({
				project,
				territory,
				partners: [partners[0]!, makePartner('asst', 'asst', 'partner', { name: 'ASST Nord' })],
				actions
			})
		);
		expect(result.sub.role).toBe(100);
		expect(result.partial?.[0]).toContain('ASST Nord');
	});
});
