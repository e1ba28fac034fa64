import type { EvaluationPageData } from './load';
import type { CriterionDetail, RankingEntry } from './types';

/** Small, hand-made data for the evaluator's desk unit tests. */
export function criterion(
	id: string,
	score: number | null,
	extra: Partial<CriterionDetail> = {}
): CriterionDetail {
	return {
		id,
		label: { it: `Criterio ${id}`, en: `Criterion ${id}` },
		weight: 10,
		score,
		assessable: score !== null,
		missing: [],
		subscores: [],
		inputs: [],
		formula: { it: `formula ${id}`, en: `formula ${id}` },
		suggestions: [],
		summary: null,
		explanation: null,
		...extra
	};
}

export function rankingEntry(
	projectId: string,
	title: string,
	total: number | null,
	scores: Record<string, number | null>,
	extra: Partial<RankingEntry> = {}
): RankingEntry {
	return {
		projectId,
		status: 'draft',
		version: 0,
		dataChangedSinceFinal: false,
		adjustments: [],
		project: {
			title,
			fictional: true,
			triennio: '2021-2023',
			targetAmbitoIds: ['ambito-x'],
			call: { id: 'c', title: 'Bando' }
		},
		scorecard: {
			total,
			assessedWeightShare: 1,
			comparable: total !== null,
			comparabilityThreshold: 0.7,
			notAssessed: [],
			criteria: Object.entries(scores).map(([id, score]) => ({
				id,
				label: { it: id, en: id },
				weight: 10,
				score
			}))
		},
		...extra
	};
}

export function evaluationPage(): EvaluationPageData {
	const criteria = [
		criterion('A', 60, {
			suggestions: [
				{
					it: '1 Comune non coperto: Bagnolo <b>',
					en: '1 not covered',
					actorIds: [],
					comuni: ['019003'],
					impacts: []
				}
			]
		}),
		criterion('B', 40),
		criterion('C', null, { missing: ['data di avvio / start date'] })
	];
	return {
		project: {
			id: 'p1',
			title: 'Progetto <Uno> & co',
			start: '2021-01-01',
			end: '2023-12-31',
			triennio: '2021-2023',
			budgetEur: 100000,
			targetComuniIstat: [],
			targetAmbitoIds: ['ambito-x'],
			fictional: true,
			call: { id: 'c', title: 'Bando 2021', year: 2021 },
			partnerships: [
				{
					id: 'pa',
					role: 'partner',
					actor: {
						id: 'coop',
						name: 'Coop Sociale',
						kind: 'cooperativa_sociale_a',
						sector: null,
						seatName: null,
						seatIstat: null
					},
					commitments: [
						{
							type: 'staff_hours',
							amount: 100,
							valueEur: 2500,
							source: 'private',
							beyondFunding: true
						}
					]
				},
				{
					id: 'pb',
					role: 'capofila',
					actor: {
						id: 'comune',
						name: 'Comune di Crema',
						kind: 'comune',
						sector: null,
						seatName: 'Crema',
						seatIstat: '019035'
					},
					commitments: [
						{ type: 'money', amount: 6000, valueEur: null, source: 'public', beyondFunding: false }
					]
				},
				{
					id: 'pc',
					role: 'sostenitore',
					actor: {
						id: 'impresa',
						name: 'Impresa Srl',
						kind: 'impresa',
						sector: null,
						seatName: null,
						seatIstat: null
					},
					commitments: []
				}
			],
			actions: [
				{
					id: 'a1',
					title: 'Sportello',
					responsible: [
						{ id: 'comune', name: 'Comune di Crema' },
						{ id: 'coop', name: 'Coop Sociale' }
					]
				},
				{
					id: 'a2',
					title: 'Formazione',
					responsible: [
						{ id: 'coop', name: 'Coop Sociale' },
						{ id: 'ghost', name: 'Ente esterno' }
					]
				}
			]
		},
		evaluation: {
			projectId: 'p1',
			rubricId: 'programmazione-2025-2027',
			rubricVersion: 1,
			status: 'final',
			notes: 'Buon partenariato',
			version: 3,
			finalizedAt: '2025-01-02T10:00:00Z',
			finalizedBy: 'u1',
			finalizedByName: 'Giulia Bianchi',
			dataChangedSinceFinal: true,
			changes: [{ it: 'Partner uscito: Impresa Srl', en: 'Partner left: Impresa Srl' }],
			targetComuni: [
				{ istat: '019003', name: 'Bagnolo Cremasco', population: 4800 },
				{ istat: '019035', name: 'Crema', population: 34000 }
			],
			adjustments: [
				{
					criterionId: 'B',
					score: 55,
					reason: 'Le azioni <condivise> sono reali',
					by: 'u1',
					byName: 'Giulia Bianchi',
					at: '2025-01-01T10:00:00Z'
				}
			],
			scorecard: {
				rubricVersion: 1,
				candidateImpacts: [],
				total: 57.5,
				assessedWeightShare: 0.67,
				criteria: criteria.map((c) => (c.id === 'B' ? { ...c, score: 55 } : c))
			},
			computedScorecard: {
				total: 50,
				candidateImpacts: [],
				criteria: criteria.map((c) => ({ id: c.id, score: c.score }))
			},
			audit: [
				{
					at: '2025-01-01T10:00:00Z',
					by: 'u1',
					byName: 'Giulia Bianchi',
					action: 'adjust',
					criterionId: 'B',
					oldValue: '40',
					newValue: '55',
					reason: 'Le azioni <condivise> sono reali'
				},
				{
					at: '2025-01-02T10:00:00Z',
					by: 'u1',
					byName: 'Giulia Bianchi',
					action: 'finalize',
					criterionId: null,
					oldValue: 'draft',
					newValue: 'final (57.5)',
					reason: null
				}
			]
		},
		rubrics: [
			{
				id: 'programmazione-2025-2027',
				version: 1,
				preset: true,
				name: { it: 'Programmazione 2025-2027', en: 'Planning 2025-2027' }
			}
		],
		territory: [
			{ istat: '019003', name: 'Bagnolo Cremasco', population: 4800 },
			{ istat: '019035', name: 'Crema', population: 34000 }
		]
	};
}
