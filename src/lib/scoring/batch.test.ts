import { describe, expect, it } from 'vitest';
import { rankOutcomes, scoreMany } from './batch';
import { InvalidRubricError } from './engine';
import { SPERIMENTAZIONI_2012_2014 } from './rubrics';
import { makePartner, makeSnapshot } from './test-support';
import type { PartnershipSnapshot } from './types';

const complete = (id: string, partners: number): PartnershipSnapshot =>
	makeSnapshot({
		project: {
			id,
			title: id,
			start: '2022-01-01',
			end: '2024-12-31',
			budgetEur: 100_000,
			grantAwardedEur: 60_000,
			sustainability: {
				what: 'Servizio',
				carriedByActorIds: ['c'],
				resources: 'Bilancio',
				committedUntil: '2026-12-31'
			},
			transferability: { what: 'Modello', documentedWhere: 'Rapporto' }
		},
		partners: [
			makePartner('c', 'comune', 'capofila'),
			...Array.from({ length: partners }, (_, i) => makePartner(`p${i}`, 'odv', 'partner'))
		],
		actions: [{ id: 'a', title: 'Sportello', responsibleActorIds: ['c', 'p0'] }],
		commitments: [
			{ actorId: 'c', type: 'money', amountEur: 20_000, source: 'public', beyondFunding: true },
			{
				actorId: 'p0',
				type: 'staff_hours',
				amountEur: 20_000,
				source: 'private',
				beyondFunding: false
			}
		],
		territory: {
			comuni: [
				{ istat: '019035', name: 'Crema', population: 34_000, ambitoId: 'crema', atsId: 't' }
			]
		},
		sharedHistory: [{ kind: 'accordo_di_programma', actorIds: ['c', 'p0'], since: '2018-01-01' }],
		networks: [{ id: 'n', name: 'Rete', memberActorIds: ['c'], externalMemberCount: 5 }]
	});

describe('scoreMany and rankOutcomes', () => {
	it('rank comparable totals, list the others apart with what is missing, and keep failures as rows', () => {
		const broken = {
			...complete('rotto', 2),
			partners: [{ ...makePartner('x', 'odv'), kind: 'boh' }]
		} as unknown as PartnershipSnapshot;
		const thin = makeSnapshot({
			project: { id: 'scarno', title: 'Scarno', start: null, end: null },
			partners: [makePartner('c', 'comune', 'capofila')]
		});
		const outcomes = scoreMany(
			[complete('grande', 4), thin, broken, complete('piccolo', 1)],
			SPERIMENTAZIONI_2012_2014
		);
		const ranking = rankOutcomes(outcomes);
		expect(ranking.ranked.map((r) => r.projectId).sort()).toEqual(['grande', 'piccolo']);
		expect(ranking.ranked[0]!.total).toBeGreaterThan(ranking.ranked[1]!.total);
		expect(ranking.ranked.map((r) => r.rank)).toEqual([1, 2]);
		expect(ranking.notComparable.map((r) => r.projectId)).toEqual(['scarno']);
		const missing = ranking.notComparable[0]!.missing.map((m) => m.criterionId);
		expect(missing).toEqual(['B', 'C', 'D', 'E', 'G', 'H', 'I']);
		expect(ranking.failed).toHaveLength(1);
		expect(ranking.failed[0]!.message.it).toContain(
			'Il punteggio del progetto rotto non si è potuto calcolare'
		);
	});

	it('refuse an invalid rubric once, before any project', () => {
		expect(() =>
			scoreMany([complete('a', 1)], { ...SPERIMENTAZIONI_2012_2014, criteria: [] })
		).toThrow(InvalidRubricError);
	});
});
