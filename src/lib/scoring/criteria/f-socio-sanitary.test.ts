import { describe, expect, it } from 'vitest';
import { makePartner, makeSnapshot, runCriterion } from '../test-support';
import { socioSanitaryCriterion } from './f-socio-sanitary';

const partners = [
	makePartner('p1', 'comune', 'capofila'),
	makePartner('p2', 'asst', 'sostenitore'),
	makePartner('p3', 'casa_di_comunita', 'aderente')
];
const actions = [
	{ id: 'a1', title: 'Sportello', responsibleActorIds: ['p1'] },
	{ id: 'a2', title: 'PUA', responsibleActorIds: ['p1', 'p3'] },
	{ id: 'a3', title: 'Formazione', responsibleActorIds: ['p1'] },
	{ id: 'a4', title: 'Eventi', responsibleActorIds: ['p1'] }
];

describe('F. Integrazione sociosanitaria', () => {
	it('matches the hand-computed example', () => {
		// best role: aderente 0.5 (the ASST is only a sostenitore, 0.25) → 50
		// levels: ASST + Casa di Comunità = 2 of 2 → 100
		// actions: 1 of 4 = 25% of 30% → 83.333
		// F = (50 + 0.5·100 + 83.333)/2.5 = 73.333
		const result = runCriterion(socioSanitaryCriterion, makeSnapshot({ partners, actions }));
		expect(result.sub.presence_role).toBe(50);
		expect(result.sub.levels).toBe(100);
		expect(result.sub.actions).toBeCloseTo(83.333, 3);
		expect(result.score).toBeCloseTo(73.333, 3);
	});

	it('suggests promoting the ASST and giving it an action', () => {
		const result = runCriterion(socioSanitaryCriterion, makeSnapshot({ partners, actions }));
		expect(
			result.suggestions.some(
				(s) => s.actorIds?.includes('p2') && s.it.includes('corresponsabilità')
			)
		).toBe(true);
		expect(result.suggestions.some((s) => s.it.includes('ruolo di partner'))).toBe(true);
	});

	it('scores a real 0 when no socio-sanitary body takes part, and names candidates', () => {
		const result = runCriterion(
			socioSanitaryCriterion,
			makeSnapshot({
				partners: [partners[0]!],
				actions,
				candidates: [
					{ actorId: 'asst-crema', name: 'ASST di Crema', kind: 'asst', seatComune: '019036' }
				]
			})
		);
		expect(result.score).toBe(0);
		expect(result.suggestions[0]?.actorIds).toEqual(['asst-crema']);
	});

	it('is not assessable without partners', () => {
		expect(runCriterion(socioSanitaryCriterion, makeSnapshot({ actions })).score).toBeNull();
	});
});
