/**
 * Calibration partnerships (data table): realistic Lombard partnerships written as snapshots, each
 * from a public description (its `source`). Where a detail is not public (roles, amounts, actions,
 * history), it is listed in `assumptions`. Territory is real reference data (graph/seed/territory),
 * looked up, never invented; Ambiti missing from the reference data are declared with their ATS and
 * marked as assumptions. Used by calibration.test.ts only.
 */
import type { ActorKindId, PolicyCyclePhaseId, RoleId } from '../domain';
import { makePartner } from './test-support';
import type { Action, Commitment, Partner, PartnershipSnapshot, TerritoryComune } from './types';

export interface TerritoryLookup {
	/** A real Comune of the reference data (throws if unknown). */
	comune(istat: string): TerritoryComune;
	/** A real Ambito of the reference data, with its ATS (throws if unknown). */
	ambito(id: string): { id: string; name: string; atsId: string | null };
}

export interface CalibrationCase {
	id: string;
	title: string;
	source: string;
	assumptions: string[];
	build(t: TerritoryLookup): PartnershipSnapshot;
}

const p = (
	actorId: string,
	name: string,
	kind: ActorKindId,
	role: RoleId,
	extra: Partial<Partner> = {}
) => makePartner(actorId, kind, role, { name, ...extra });
const act = (
	id: string,
	title: string,
	responsibleActorIds: string[],
	phases?: PolicyCyclePhaseId[]
): Action => ({
	id,
	title,
	responsibleActorIds,
	...(phases ? { phases } : {})
});
const eur = (
	actorId: string,
	amountEur: number | null,
	source: 'public' | 'private',
	extra: Partial<Commitment> = {}
): Commitment => ({
	actorId,
	type: 'money',
	amountEur,
	source,
	beyondFunding: false,
	...extra
});
const base = (
	id: string,
	title: string,
	start: string,
	end: string
): PartnershipSnapshot['project'] => ({ id, title, start, end });
const empty = { priorCollaborations: [], networks: [], externalTies: [] };

const ATS_BERGAMO = '030325';
const ATS_BRIANZA = '030324';
const CREMASCO = 'ambito-ambito-distrettuale-cremasco';
const LECCO = 'ambito-ambito-di-lecco';
const CREMASCO_COMUNI = [
	'019035',
	'019005',
	'019025',
	'019062',
	'019067',
	'019084',
	'019086',
	'019097',
	'019102',
	'019112',
	'019011',
	'019015',
	'019029'
];

export const CALIBRATION_CASES: CalibrationCase[] = [
	{
		id: 'rete-57',
		title: 'Rete di welfare di comunità: 57 soggetti, 13 Comuni, 2,3 M€ (caso dell’issue 16)',
		source:
			'Issue 16 (partnership scored on real data: 57 bodies, 13 Comuni, €2.3M, foundation grant); call rules of Fondazione Cariplo «Welfare in azione» (cost ≥ €1.5M, grant ≤ 60%): https://assinews.it/?p=550028493',
		assumptions: [
			'Project unnamed in the issue: composition, roles, actions and history reconstructed on the «Welfare in azione» model.',
			'Grant €1.38M (60% of €2.3M); co-financing split among the operating partners.',
			'The 13 Comuni are real Comuni of the Ambito Cremasco (reference data); 37 Third Sector bodies join through one network.'
		],
		build: (t) => {
			const comuni = CREMASCO_COMUNI.map((c) => t.comune(c));
			const partners = [
				p('csc', 'Azienda speciale consortile (capofila)', 'azienda_speciale', 'capofila', {
					seatComune: '019035',
					ambitoIds: [CREMASCO]
				}),
				p('amb', 'Ufficio di Piano Cremasco', 'ambito', 'partner', {
					legalEntityId: 'crema',
					ambitoIds: [CREMASCO],
					seatComune: '019035'
				}),
				p('crema', 'Comune di Crema (ente capofila dell’Ambito)', 'comune', 'partner', {
					seatComune: '019035'
				}),
				p('cons', 'Consorzio di cooperative sociali', 'consorzio_cooperative', 'partner', {
					seatComune: '019035'
				}),
				p('coopA', 'Cooperativa sociale A', 'cooperativa_sociale_a', 'partner', {
					seatComune: '019025'
				}),
				p('coopB', 'Cooperativa sociale B', 'cooperativa_sociale_b', 'partner', {
					seatComune: '019067'
				}),
				p('csv', 'Centro di servizio per il volontariato', 'rete_associativa', 'partner', {
					seatComune: '019035'
				}),
				p('fdc', 'Fondazione comunitaria', 'fondazione_comunita', 'partner', {
					seatComune: '019036'
				}),
				p('tavolo', 'Tavolo del Terzo Settore', 'rete_territoriale', 'membro', {
					declaredMembers: [
						{ kind: 'odv', count: 20 },
						{ kind: 'aps', count: 12 },
						{ kind: 'ente_religioso', count: 5 }
					]
				}),
				...CREMASCO_COMUNI.slice(1, 13).map((c, i) =>
					p(`com${i}`, `Comune ${t.comune(c).name}`, 'comune', 'comune_coinvolto', {
						seatComune: c
					})
				),
				p('cariplo', 'Fondazione Cariplo', 'fondazione_bancaria', 'ente_finanziatore')
			];
			return {
				project: {
					...base('rete-57', 'Rete di welfare di comunità', '2019-01-01', '2021-12-31'),
					budgetEur: 2_300_000,
					grantAwardedEur: 1_380_000,
					funder: 'fondazione_cariplo',
					policyAreas: ['poverty_exclusion', 'family', 'minors_youth'],
					leps: ['presa_in_carico_poverta'],
					targetAmbitoIds: [CREMASCO],
					coDesign: {
						procedure: 'co_progettazione',
						date: '2018-06-01',
						act: 'Avviso di co-progettazione (assunto)'
					},
					sustainability: {
						what: 'Sportelli di comunità nel Piano di Zona',
						carriedByActorIds: ['csc', 'amb'],
						resources: 'Fondo di Ambito e raccolta della fondazione comunitaria',
						committedUntil: '2023-12-31'
					},
					transferability: {
						what: 'Modello di patti di comunità',
						documentedWhere: 'Rapporto finale pubblico'
					}
				},
				partners,
				actions: [
					act('a1', 'Analisi dei bisogni di comunità', ['amb', 'csv', 'csc'], ['analisi_bisogno']),
					act('a2', 'Programmazione con i Comuni', ['amb', 'csc'], ['programmazione']),
					act(
						'a3',
						'Sportelli di comunità',
						['csc', 'cons', 'coopA'],
						['progettazione', 'realizzazione']
					),
					act('a4', 'Inserimenti lavorativi', ['coopB', 'cons'], ['realizzazione']),
					act('a5', 'Raccolta fondi di comunità', ['fdc', 'csv'], ['realizzazione']),
					act('a6', 'Valutazione partecipata', ['csc', 'fdc', 'amb'], ['monitoraggio_valutazione'])
				],
				commitments: [
					eur('csc', 300_000, 'public'),
					eur('cons', 200_000, 'private', { type: 'staff_hours' }),
					eur('coopA', 150_000, 'private', { type: 'staff_hours' }),
					eur('coopB', 100_000, 'private', { type: 'staff_hours' }),
					eur('fdc', 170_000, 'private', { beyondFunding: true }),
					eur('cariplo', 1_380_000, 'private')
				],
				territory: { comuni, ambiti: [t.ambito(CREMASCO)] },
				priorCollaborations: [],
				sharedHistory: [
					{
						kind: 'accordo_di_programma',
						label: 'AdP Piano di Zona 2018-2020',
						actorIds: ['crema', 'amb', 'csc', 'cons', 'csv'],
						since: '2018-04-01',
						until: null
					},
					{
						kind: 'project',
						label: 'Progetto precedente 2015-2018',
						actorIds: ['csc', 'cons', 'coopA', 'coopB', 'fdc'],
						since: '2015-01-01',
						until: '2018-06-30'
					}
				],
				networks: [
					{
						id: 'rtc',
						name: 'Rete territoriale di conciliazione',
						memberActorIds: ['csc', 'cons'],
						externalMemberCount: 30
					}
				],
				externalTies: [
					{ partnerId: 'csc', otherActorId: 'scuole', otherKind: 'scuola' },
					{ partnerId: 'coopB', otherActorId: 'cpi', otherKind: 'centro_impiego' },
					{ partnerId: 'fdc', otherActorId: 'imprese', otherKind: 'impresa' }
				]
			};
		}
	},
	{
		id: 'rete-57-come-inserita',
		title:
			'La stessa rete di 57 soggetti come fu inserita: la rete aderisce in blocco, impegni senza valore',
		source:
			'Issue 16: «A network that joins as a whole counts as one partner»; «Unpriced commitments count as 0 €» (same partnership as rete-57, typed as offices type it) — call rules: https://assinews.it/?p=550028493',
		assumptions: [
			'The 55 other bodies (13 Comuni and 42 Third Sector bodies) declared as members of the network partner; commitments of hours without a EUR value.',
			'Cost, grant and the Accordo di Programma as in rete-57; no actions recorded.'
		],
		build: (t) => {
			const full = CASE_BY_ID_LAZY().get('rete-57')!.build(t);
			return {
				...full,
				project: {
					...full.project,
					id: 'rete-57-come-inserita',
					coDesign: undefined,
					sustainability: undefined,
					transferability: undefined,
					leps: undefined
				},
				partners: [
					p('csc', 'Azienda speciale consortile (capofila)', 'azienda_speciale', 'capofila', {
						seatComune: '019035',
						ambitoIds: [CREMASCO]
					}),
					p('rete', 'Rete di welfare di comunità', 'rete_territoriale', 'partner', {
						declaredMembers: [
							{ kind: 'comune', count: 13 },
							{ kind: 'odv', count: 20 },
							{ kind: 'aps', count: 12 },
							{ kind: 'cooperativa_sociale_a', count: 5 },
							{ kind: 'ente_religioso', count: 5 }
						]
					}),
					p('cons', 'Consorzio di cooperative sociali', 'consorzio_cooperative', 'partner', {
						seatComune: '019035'
					}),
					p('fdc', 'Fondazione comunitaria', 'fondazione_comunita', 'partner', {
						seatComune: '019036'
					})
				],
				actions: [],
				commitments: [
					eur('csc', null, 'public', { type: 'staff_hours' }),
					eur('cons', null, 'private', { type: 'staff_hours' }),
					eur('fdc', 170_000, 'private')
				],
				sharedHistory: [
					{
						kind: 'accordo_di_programma',
						label: 'AdP Piano di Zona 2018-2020',
						actorIds: ['csc', 'cons', 'fdc'],
						since: '2018-04-01',
						until: null
					}
				]
			};
		}
	},
	{
		id: 'suona-in-comune',
		title: '«Suona in Comune» — formazione bandistica sovracomunale (Cesano Maderno)',
		source:
			'Project sheet, Comune di Ceriano Laghetto: capofila Cesano Maderno; Comuni coinvolti Bovisio Masciago, Ceriano Laghetto, Varedo; partners Ufficio di Piano di Desio, Corpo musicale G. Verdi, Corpo musicale Santa Cecilia; total €62,500, requested €50,000 (80%), local co-financing €12,500 — https://studylibit.com/doc/395501/1---comune-di-ceriano-laghetto',
		assumptions: [
			'Funder not named in the sheet: recorded as «altro».',
			'Co-financing split equally among the four Comuni; the bands carry the two actions with the capofila.',
			'No earlier shared history recorded (a one-off project).'
		],
		build: (t) => ({
			project: {
				...base('suona-in-comune', 'Suona in Comune', '2010-09-01', '2011-06-30'),
				budgetEur: 62_500,
				grantRequestedEur: 50_000,
				funder: 'altro',
				policyAreas: ['minors_youth'],
				targetAmbitoIds: ['ambito-ambito-territoriale-di-desio']
			},
			partners: [
				p('cesano', 'Comune di Cesano Maderno', 'comune', 'capofila', { seatComune: '108019' }),
				p('bovisio', 'Comune di Bovisio Masciago', 'comune', 'partner', { seatComune: '108010' }),
				p('ceriano', 'Comune di Ceriano Laghetto', 'comune', 'partner', { seatComune: '108018' }),
				p('varedo', 'Comune di Varedo', 'comune', 'partner', { seatComune: '108045' }),
				p('udp', 'Ufficio di Piano ambito di Desio', 'ambito', 'partner', {
					legalEntityId: 'desio',
					seatComune: '108023',
					ambitoIds: ['ambito-ambito-territoriale-di-desio']
				}),
				p('verdi', 'Corpo musicale G. Verdi', 'aps', 'partner', { seatComune: '108019' }),
				p('cecilia', 'Corpo musicale Santa Cecilia', 'aps', 'partner', { seatComune: '108045' })
			],
			actions: [
				act('a1', 'Formazione bandistica', ['verdi', 'cecilia', 'cesano']),
				act('a2', 'Concerti nei Comuni', ['verdi', 'cecilia'])
			],
			commitments: ['cesano', 'bovisio', 'ceriano', 'varedo'].map((id) => eur(id, 3_125, 'public')),
			territory: { comuni: ['108019', '108010', '108018', '108045'].map((c) => t.comune(c)) },
			...empty
		})
	},
	{
		id: 'fare-legami',
		title: '«Fare Legami» — Crema, Cremona, Casalmaggiore (Welfare in azione 2015)',
		source:
			'Fondazione Cariplo, Welfare in azione, project page (partners listed): http://welfareinazione.fondazionecariplo.it/it/project/fare-legami/9/ ; grant €1.5M: https://cremaonline.it/economia/24-12-2014_Wel%28l%29+Fare+Legami%2C+1+milione+e+mezzo+da+Cariplo',
		assumptions: [
			'Comune di Crema as capofila (named first in the press); total cost €2.5M (grant ≤ 60% by the call rules).',
			'Roles: public bodies and consortia operating; Camera di Commercio, Confcooperative and Legacoop as adherents.',
			'Actions, commitments and history (the three Ambiti’ consortia shared the provincial conciliation network) assumed.'
		],
		build: (t) => ({
			project: {
				...base('fare-legami', 'Fare Legami', '2015-06-01', '2018-05-31'),
				budgetEur: 2_500_000,
				grantAwardedEur: 1_500_000,
				funder: 'fondazione_cariplo',
				policyAreas: ['poverty_exclusion', 'work_inclusion'],
				targetAmbitoIds: ['ambito-ambito-cremonese', 'ambito-ambito-casalasco'],
				transferability: { what: 'Patti generativi', documentedWhere: 'Sito del progetto' }
			},
			partners: [
				p('crema', 'Comune di Crema', 'comune', 'capofila', { seatComune: '019035' }),
				p('cremona', 'Comune di Cremona', 'comune', 'partner', { seatComune: '019036' }),
				p('ccss', 'Consorzio Casalasco Servizi Sociali', 'azienda_speciale', 'partner', {
					seatComune: '019021'
				}),
				p('asc', 'Azienda Sociale Cremonese', 'azienda_speciale', 'partner', {
					seatComune: '019036'
				}),
				p('pv', 'Provincia di Cremona', 'provincia', 'partner', { seatComune: '019036' }),
				p('csc', 'Comunità Sociale Cremasca a.s.c.', 'azienda_speciale', 'partner', {
					seatComune: '019035'
				}),
				p('cciaa', 'Camera di Commercio di Cremona', 'associazione_datoriale', 'aderente', {
					seatComune: '019036'
				}),
				p(
					'fdc',
					'Fondazione Comunitaria della Provincia di Cremona',
					'fondazione_comunita',
					'partner',
					{ seatComune: '019036' }
				),
				p('cisvol', 'CISVOL', 'rete_associativa', 'partner', { seatComune: '019036' }),
				p('arcobaleno', 'Consorzio Arcobaleno', 'consorzio_cooperative', 'partner', {
					seatComune: '019036'
				}),
				p('solco', 'Consorzio SOLCO', 'consorzio_cooperative', 'partner', { seatComune: '019036' }),
				p('confcoop', 'Confcooperative Cremona', 'associazione_datoriale', 'aderente', {
					seatComune: '019036'
				}),
				p('legacoop', 'Legacoop Lombardia', 'associazione_datoriale', 'aderente')
			],
			actions: [
				act('a1', 'Patti generativi', ['crema', 'csc', 'arcobaleno']),
				act('a2', 'Gruppi di mutualità', ['asc', 'ccss', 'cisvol', 'solco']),
				act('a3', 'Welfare aziendale', ['cremona', 'pv', 'solco']),
				act('a4', 'Raccolta fondi', ['fdc', 'cisvol'])
			],
			commitments: [
				eur('crema', 250_000, 'public'),
				eur('cremona', 250_000, 'public'),
				eur('csc', 150_000, 'public'),
				eur('asc', 100_000, 'public'),
				eur('ccss', 50_000, 'public'),
				eur('arcobaleno', 100_000, 'private', { type: 'staff_hours' }),
				eur('solco', 50_000, 'private', { type: 'staff_hours' }),
				eur('fdc', 50_000, 'private')
			],
			territory: {
				comuni: ['019035', '019036', '019021', '019005', '019025'].map((c) => t.comune(c)),
				ambiti: [
					t.ambito(CREMASCO),
					t.ambito('ambito-ambito-cremonese'),
					t.ambito('ambito-ambito-casalasco')
				]
			},
			priorCollaborations: [],
			sharedHistory: [
				{
					kind: 'network',
					label: 'Rete territoriale di conciliazione ASL Cremona',
					actorIds: ['crema', 'cremona', 'csc', 'asc', 'ccss', 'pv'],
					since: '2011-01-01',
					until: null
				}
			],
			networks: [
				{
					id: 'rtc-cr',
					name: 'Rete territoriale di conciliazione',
					memberActorIds: ['crema', 'cremona', 'pv'],
					externalMemberCount: 20
				}
			],
			externalTies: [{ partnerId: 'solco', otherActorId: 'aziende-cr', otherKind: 'impresa' }]
		})
	},
	{
		id: 'vivere-in-italia',
		title: '«Vivere in Italia» — rete regionale per l’integrazione (Regione Lombardia capofila)',
		source:
			'Project page «La rete territoriale»: capofila Regione Lombardia; partners USR and 12 CPIA, ASL Bergamo, Lodi, Monza, Éupolis, Enaip, Galdus, Acli, Farsi Prossimo, Caritas Ambrosiana, Fondazione ISMU, Consorzi Mestieri e Light, Progetto Integrazione; adherents the other 12 ASL, 12 Prefetture, 12 Province, ANCI, CGIL, Confapi, Consigliera di Parità — http://www.vivereinitalia.eu/il-progetto/la-rete-territoriale/',
		assumptions: [
			'Target territory reduced to the twelve provincial capitals (the project is region-wide).',
			'Adherents recorded as one row per group; the 12 CPIA as one network partner with 12 declared schools.',
			'Budget, actions and history not public: none recorded (resources and history are not assessable).'
		],
		build: (t) => {
			const capitals = [
				'015146',
				'016024',
				'017029',
				'013075',
				'019036',
				'097042',
				'098031',
				'020030',
				'108033',
				'018110',
				'014061',
				'012133'
			];
			return {
				project: {
					...base('vivere-in-italia', 'Vivere in Italia', '2012-01-01', '2013-12-31'),
					policyAreas: ['work_inclusion'],
					funder: 'altro'
				},
				partners: [
					p('rl', 'Regione Lombardia', 'regione', 'capofila', { seatComune: '015146' }),
					p('cpia', 'USR Lombardia e 12 CPIA', 'scuola', 'partner', {
						seatComune: '015146',
						declaredMembers: [{ kind: 'scuola', count: 12 }]
					}),
					p('aslbg', 'ASL di Bergamo', 'ats', 'partner', { seatComune: '016024' }),
					p('asllo', 'ASL di Lodi', 'ats', 'partner', { seatComune: '098031' }),
					p('aslmb', 'ASL di Monza e Brianza', 'ats', 'partner', { seatComune: '108033' }),
					p('eupolis', 'Éupolis Lombardia', 'universita', 'partner', { seatComune: '015146' }),
					p('enaip', 'Enaip Lombardia', 'centro_formazione', 'partner', { seatComune: '015146' }),
					p('galdus', 'Galdus', 'centro_formazione', 'partner', { seatComune: '015146' }),
					p('acli', 'Acli Lombardia', 'rete_associativa', 'partner', { seatComune: '015146' }),
					p('farsi', 'Farsi Prossimo', 'cooperativa_sociale_a', 'partner', {
						seatComune: '015146'
					}),
					p('caritas', 'Caritas Ambrosiana', 'ente_religioso', 'partner', { seatComune: '015146' }),
					p('ismu', 'Fondazione ISMU', 'fondazione', 'partner', { seatComune: '015146' }),
					p('mestieri', 'Consorzio Mestieri', 'consorzio_cooperative', 'partner', {
						seatComune: '015146'
					}),
					p('light', 'Consorzio Light', 'consorzio_cooperative', 'partner', {
						seatComune: '015146'
					}),
					p('integr', 'Progetto Integrazione', 'cooperativa_sociale_a', 'partner', {
						seatComune: '015146'
					}),
					...capitals.map((c, i) =>
						p(`pv${i}`, `Provincia di ${t.comune(c).name}`, 'provincia', 'aderente', {
							seatComune: c
						})
					),
					p('asl-altre', 'Le altre 12 ASL', 'ats', 'aderente', {
						declaredMembers: [{ kind: 'ats', count: 12 }]
					}),
					p('pref', 'Le 12 Prefetture', 'altro', 'aderente'),
					p('anci', 'ANCI Lombardia', 'rete_associativa', 'aderente'),
					p('cgil', 'CGIL', 'organizzazione_sindacale', 'aderente'),
					p('confapi', 'Confapi', 'associazione_datoriale', 'aderente')
				],
				actions: [],
				commitments: [],
				territory: { comuni: capitals.map((c) => t.comune(c)) },
				...empty
			};
		}
	},
	{
		id: 'rtc-asl-milano',
		title: 'Piano territoriale di conciliazione 2014-2016, rete ASL Milano',
		source:
			'Piano territoriale di conciliazione 2014-2016 (network: ASL di Milano, Regione Lombardia, Comune di Milano, Ambiti di Sesto San Giovanni e di Cinisello Balsamo, Provincia di Milano, CCIAA-Formaper, CISL, CGIL, UIL, CNA, Legacoop, Assolombarda, Unione Artigiani, Confcooperative; actions CONCILIaMILANO and C.I.P.) — http://docplayer.it/7665390-Piano-territoriale-di-conciliazione-2014-2016.html',
		assumptions: [
			'Roles, amounts and who carries which action assumed; history since 2011 (the plan recounts the network’s path).'
		],
		build: (t) => ({
			project: {
				...base(
					'rtc-asl-milano',
					'Piano territoriale di conciliazione',
					'2014-07-01',
					'2016-06-30'
				),
				budgetEur: 600_000,
				grantAwardedEur: 450_000,
				funder: 'regione',
				policyAreas: ['work_life_balance', 'family']
			},
			partners: [
				p('asl', 'ASL di Milano', 'ats', 'capofila', { seatComune: '015146' }),
				p('rl', 'Regione Lombardia', 'regione', 'aderente', { seatComune: '015146' }),
				p('mi', 'Comune di Milano', 'comune', 'partner', { seatComune: '015146' }),
				p('sesto', 'Ambito di Sesto San Giovanni', 'ambito', 'partner', {
					seatComune: '015209',
					ambitoIds: ['ambito-ambito-di-sesto-san-giovanni']
				}),
				p('cini', 'Ambito di Cinisello Balsamo', 'ambito', 'partner', {
					seatComune: '015077',
					ambitoIds: ['ambito-ambito-di-cinisello-balsamo']
				}),
				p('pvmi', 'Provincia di Milano', 'provincia', 'partner', { seatComune: '015146' }),
				p('formaper', 'CCIAA Formaper', 'centro_formazione', 'partner', { seatComune: '015146' }),
				p('cisl', 'CISL Milano Metropoli', 'organizzazione_sindacale', 'partner'),
				p('cgil', 'CGIL', 'organizzazione_sindacale', 'aderente'),
				p('uil', 'UIL', 'organizzazione_sindacale', 'aderente'),
				p('cna', 'CNA Milano', 'associazione_datoriale', 'aderente'),
				p('legacoop', 'Legacoop Lombardia', 'associazione_datoriale', 'aderente'),
				p('assolombarda', 'Assolombarda', 'associazione_datoriale', 'partner'),
				p('artigiani', 'Unione Artigiani', 'associazione_datoriale', 'aderente'),
				p('confcoop', 'Confcooperative', 'associazione_datoriale', 'aderente')
			],
			actions: [
				act('a1', 'Alleanza CONCILIaMILANO', ['mi', 'asl', 'cisl']),
				act('a2', 'Conciliazione in pratica (C.I.P.)', ['formaper', 'assolombarda', 'asl']),
				act('a3', 'Conciliazione negli Ambiti', ['sesto', 'cini'])
			],
			commitments: [
				eur('mi', 60_000, 'public'),
				eur('asl', 40_000, 'public'),
				eur('assolombarda', 30_000, 'private'),
				eur('formaper', 20_000, 'public')
			],
			territory: { comuni: ['015146', '015209', '015077'].map((c) => t.comune(c)) },
			priorCollaborations: [],
			sharedHistory: [
				{
					kind: 'network',
					label: 'Rete territoriale di conciliazione',
					actorIds: ['asl', 'mi', 'pvmi', 'cisl', 'assolombarda', 'formaper'],
					since: '2011-06-01',
					until: null
				}
			],
			networks: [],
			externalTies: [
				{ partnerId: 'assolombarda', otherActorId: 'imprese-mi', otherKind: 'impresa' },
				{ partnerId: 'mi', otherActorId: 'nidi', otherKind: 'cooperativa_sociale_a' }
			]
		})
	},
	{
		id: 'linfa-lecco',
		title: '«Linfa» — rete a sostegno delle famiglie (Comune di Lecco, Ambito di Lecco)',
		source:
			'Press: Comune di Lecco capofila for the Ambito; partners Consorzio Consolida, CSV Lecco Monza Sondrio, Fondazione don S. Caccia, Impresa sociale Girasole, ASST – rete dei consultori familiari; budget €100,000 of which €70,000 regional; continues «Fa.Re.Te.» — https://laprovinciaunicatv.it/stories/Homepage/progetto-linfa-rete-sostegno-delle-famiglie-o_2251277_11',
		assumptions: [
			'Partners of Fa.Re.Te. assumed to be Comune, Consolida and Girasole (2021-2023); co-financing split assumed.'
		],
		build: (t) => ({
			project: {
				...base('linfa-lecco', 'Linfa', '2024-01-01', '2025-12-31'),
				budgetEur: 100_000,
				grantAwardedEur: 70_000,
				funder: 'regione',
				policyAreas: ['family', 'minors_youth'],
				targetAmbitoIds: [LECCO]
			},
			partners: [
				p('lecco', 'Comune di Lecco', 'comune', 'capofila', { seatComune: '097042' }),
				p('consolida', 'Consorzio Consolida', 'consorzio_cooperative', 'partner', {
					seatComune: '097042'
				}),
				p('csv', 'CSV Monza Lecco Sondrio', 'rete_associativa', 'partner', {
					seatComune: '097042'
				}),
				p('caccia', 'Fondazione don S. Caccia', 'fondazione', 'partner', { seatComune: '097042' }),
				p('girasole', 'Impresa sociale Girasole', 'impresa_sociale', 'partner', {
					seatComune: '097042'
				}),
				p('asst', 'ASST di Lecco – consultori familiari', 'asst', 'partner', {
					atsIds: [ATS_BRIANZA]
				})
			],
			actions: [
				act('a1', 'Laorca Lab: attività per famiglie', ['consolida', 'girasole', 'csv']),
				act('a2', 'Sportello genitorialità (I Care)', ['asst', 'lecco']),
				act('a3', 'Rete dei luoghi di aggregazione', ['lecco', 'caccia', 'consolida'])
			],
			commitments: [
				eur('lecco', 15_000, 'public'),
				eur('consolida', 7_500, 'private', { type: 'staff_hours' }),
				eur('girasole', 7_500, 'public', { type: 'staff_hours' })
			],
			territory: { comuni: [t.comune('097042')], ambiti: [t.ambito(LECCO)] },
			priorCollaborations: [],
			sharedHistory: [
				{
					kind: 'project',
					label: 'Fa.Re.Te.',
					actorIds: ['lecco', 'consolida', 'girasole'],
					since: '2021-01-01',
					until: '2023-12-31'
				}
			],
			networks: [],
			externalTies: [{ partnerId: 'csv', otherActorId: 'odv-lecco', otherKind: 'odv' }]
		})
	},
	{
		id: 'safe-at-home',
		title: '«Safe at Home» — domiciliarità per anziani fragili (Interreg Italia-Svizzera)',
		source:
			'Press: capofila Consorzio Consolida; partners Cooperativa L’Arcobaleno, COSMA (medici di medicina generale), Auser Leucum, Fondazione ECAP Svizzera, ALVAD, Opera Prima; in collaboration with the Consiglio di Rappresentanza dei Sindaci, the Uffici di Piano of Bellano, Lecco and Merate, ATS della Brianza and ASST di Lecco; €894,000, 30 months from January 2025 — https://www.lecconews.news/news/benessere-degli-anziani-un-progetto-interreg-da-900mila-euro-406134/',
		assumptions: [
			'Ambiti of Bellano and Merate are not in the reference data: declared in ATS della Brianza (province of Lecco, S12).',
			'The collaborating bodies recorded as supporters with no action; grant 85% of the cost (Interreg rate) assumed.'
		],
		build: (t) => ({
			project: {
				...base('safe-at-home', 'Safe at Home', '2025-01-01', '2027-06-30'),
				budgetEur: 894_000,
				grantAwardedEur: 759_900,
				funder: 'altro',
				policyAreas: ['home_care', 'elderly'],
				targetAmbitoIds: [LECCO, 'ambito-bellano', 'ambito-merate']
			},
			partners: [
				p('consolida', 'Consorzio Consolida', 'consorzio_cooperative', 'capofila', {
					seatComune: '097042'
				}),
				p('arcobaleno', 'Cooperativa L’Arcobaleno', 'cooperativa_sociale_a', 'partner', {
					seatComune: '097042'
				}),
				p(
					'cosma',
					'COSMA – medici di medicina generale',
					'ente_sociosanitario_privato',
					'partner',
					{ seatComune: '097042' }
				),
				p('auser', 'Auser Leucum', 'odv', 'partner', { seatComune: '097042' }),
				p('ecap', 'Fondazione ECAP Svizzera', 'centro_formazione', 'partner'),
				p('alvad', 'ALVAD', 'altro', 'partner'),
				p('operaprima', 'Opera Prima', 'altro', 'partner'),
				p('sindaci', 'Consiglio di Rappresentanza dei Sindaci', 'altro', 'sostenitore'),
				p('udp-lecco', 'Ufficio di Piano di Lecco', 'ambito', 'sostenitore', {
					ambitoIds: [LECCO]
				}),
				p('udp-bellano', 'Ufficio di Piano di Bellano', 'ambito', 'sostenitore', {
					ambitoIds: ['ambito-bellano']
				}),
				p('udp-merate', 'Ufficio di Piano di Merate', 'ambito', 'sostenitore', {
					ambitoIds: ['ambito-merate']
				}),
				p('ats', 'ATS della Brianza', 'ats', 'sostenitore', { atsIds: [ATS_BRIANZA] }),
				p('asst', 'ASST di Lecco', 'asst', 'sostenitore', { atsIds: [ATS_BRIANZA] })
			],
			actions: [
				act('a1', 'Servizi domiciliari integrati', ['arcobaleno', 'cosma', 'consolida']),
				act('a2', 'Tecnologie per la domiciliarità', ['consolida', 'alvad']),
				act('a3', 'Formazione degli operatori', ['ecap', 'operaprima']),
				act('a4', 'Volontariato di prossimità', ['auser'])
			],
			commitments: [
				eur('consolida', 60_000, 'private'),
				eur('arcobaleno', 44_100, 'private', { type: 'staff_hours' }),
				eur('cosma', 30_000, 'private', { type: 'staff_hours' })
			],
			territory: {
				comuni: ['097042', '097008', '097048', '097023'].map((c) => t.comune(c)),
				ambiti: [
					t.ambito(LECCO),
					{ id: 'ambito-bellano', name: 'Ambito di Bellano', atsId: ATS_BRIANZA },
					{ id: 'ambito-merate', name: 'Ambito di Merate', atsId: ATS_BRIANZA }
				]
			},
			...empty
		})
	},
	{
		id: 'abc-lecco',
		title: '«ABC+ Abitare bene la comunità» — Comune di Lecco (FSE+)',
		source:
			'Press: Comune di Lecco beneficiary of an FSE+ 2021-2027 call (Priorità 3) for €229,340.06; social workers in public housing «con il coinvolgimento di servizi e associazioni» — https://www.lecconews.news/news/progetto-abitare-bene-la-comunita-al-comune-di-lecco-quasi-230mila-euro-411542/',
		assumptions: [
			'The grant covers the whole cost; two associations recorded as supporters; no history, no actions by others.'
		],
		build: (t) => ({
			project: {
				...base('abc-lecco', 'ABC+ Abitare bene la comunità', '2025-03-01', '2026-12-31'),
				budgetEur: 229_340,
				grantAwardedEur: 229_340,
				funder: 'fse_plus',
				policyAreas: ['housing'],
				leps: [],
				targetAmbitoIds: [LECCO]
			},
			partners: [
				p('lecco', 'Comune di Lecco', 'comune', 'capofila', { seatComune: '097042' }),
				p('assoc1', 'Associazione inquilini', 'aps', 'sostenitore', { seatComune: '097042' }),
				p('assoc2', 'Associazione di quartiere', 'odv', 'sostenitore', { seatComune: '097042' })
			],
			actions: [
				act('a1', 'Custodia sociale diffusa', ['lecco']),
				act('a2', 'Laboratori di cura del bene comune', ['lecco'])
			],
			commitments: [],
			territory: { comuni: [t.comune('097042')], ambiti: [t.ambito(LECCO)] },
			...empty
		})
	},
	{
		id: 'fondo-comunita-lecco',
		title: 'Fondo «Comunità in cammino» — Ambito di Lecco e Fondazione Comunitaria del Lecchese',
		source:
			'Press: fund of €200,000 (€150,000 Ambito di Lecco through the Comune di Lecco, €50,000 Fondazione Comunitaria del Lecchese), five Third Sector projects of €40,000 each, each to raise a further €40,000; protocol Ambito–Fondazione — https://lecconotizie.com/societa/lecco-societa/ambito-fondazione-e-terzo-settore-moltiplicano-il-welfare-comunitario/ ; https://www.lecconotizie.com/politica/ambito-di-lecco-e-fondazione-comunitaria-insieme-per-il-sociale-457413/',
		assumptions: [
			'The protocol recorded as co-programming (art. 55); the five funded bodies recorded as partners carrying one project each.',
			'Budget €400,000 (the fund plus the €200,000 to be raised); the «Stati Generali del Welfare» since 2016 as shared history.'
		],
		build: (t) => ({
			project: {
				...base('fondo-comunita-lecco', 'Comunità in cammino', '2019-01-01', '2020-12-31'),
				budgetEur: 400_000,
				grantAwardedEur: 150_000,
				funder: 'comuni',
				policyAreas: ['poverty_exclusion', 'family', 'minors_youth'],
				leps: [],
				targetAmbitoIds: [LECCO],
				coDesign: {
					procedure: 'co_programmazione',
					date: '2018-06-01',
					act: 'Protocollo d’intesa Ambito–Fondazione'
				},
				sustainability: {
					what: 'Fondo per il welfare comunitario e generativo',
					carriedByActorIds: ['lecco', 'fcl'],
					resources: 'Quote dell’Ambito e raccolta della Fondazione',
					committedUntil: '2022-12-31'
				},
				transferability: {
					what: 'Modello di fondo di comunità con l’Ambito',
					documentedWhere: 'Stati Generali del Welfare'
				}
			},
			partners: [
				p('lecco', 'Comune di Lecco (ente capofila dell’Ambito)', 'comune', 'capofila', {
					seatComune: '097042'
				}),
				p('ambito', 'Ambito di Lecco', 'ambito', 'partner', {
					legalEntityId: 'lecco',
					ambitoIds: [LECCO],
					seatComune: '097042'
				}),
				p('fcl', 'Fondazione Comunitaria del Lecchese', 'fondazione_comunita', 'promotore', {
					seatComune: '097042'
				}),
				p('csv', 'CSV Monza Lecco Sondrio', 'rete_associativa', 'partner', {
					seatComune: '097042'
				}),
				...[1, 2, 3, 4, 5].map((i) =>
					p(
						`ets${i}`,
						`Ente del Terzo Settore ${i}`,
						i % 2 ? 'cooperativa_sociale_a' : 'aps',
						'partner'
					)
				)
			],
			actions: [
				act(
					'a0',
					'Bando e accompagnamento dei progetti',
					['ambito', 'fcl', 'csv'],
					['programmazione', 'progettazione']
				),
				...[1, 2, 3, 4, 5].map((i) =>
					act(`a${i}`, `Progetto ${i}`, [`ets${i}`, 'ambito'], ['realizzazione'])
				),
				act(
					'a6',
					'Stati Generali del Welfare',
					['lecco', 'fcl', 'csv'],
					['monitoraggio_valutazione']
				)
			],
			commitments: [
				eur('lecco', 150_000, 'public', { beyondFunding: true }),
				eur('fcl', 50_000, 'private', { beyondFunding: true }),
				...[1, 2, 3, 4, 5].map((i) => eur(`ets${i}`, 40_000, 'private'))
			],
			territory: { comuni: [t.comune('097042')], ambiti: [t.ambito(LECCO)] },
			priorCollaborations: [],
			sharedHistory: [
				{
					kind: 'collaboration',
					label: 'Stati Generali del Welfare',
					actorIds: ['lecco', 'fcl', 'csv'],
					since: '2016-01-01',
					until: null
				}
			],
			networks: [],
			externalTies: [{ partnerId: 'fcl', otherActorId: 'donatori', otherKind: 'impresa' }]
		})
	},
	{
		id: 'networking-val-cavallina',
		title: '«Networking» — Alleanza di conciliazione Val Cavallina e Basso Sebino',
		source:
			'Press: Alleanza Val Cavallina e Basso Sebino (DGR X/1081/2013): Consorzio Servizi Val Cavallina capofila, Ambiti territoriali della Val Cavallina e del Basso Sebino, cooperatives Città del Sole, Crisalide, Dolce, Il Battello, Il Cantiere, L’Aliante, L’Innesto, Patronato San Vincenzo; signatories CGIL, CISL, UIL, Confcooperative, Legacoop; €125,000 regional funds; 40 adherents — http://www.bergamonews.it/2017/02/21/alleanza-val-cavallina-basso-sebino-tra-privati-non-profit-e-aziende/246698/ ; https://cisl-bergamo.it/2018/01/19/convegno-accendere-contrattazione-solidarieta-welfare/',
		assumptions: [
			'The two Ambiti are not in the reference data: declared in ATS di Bergamo (S34); Comuni from the Distretto list of ASST Bergamo Est.',
			'Cost €156,250 (20% co-financing) assumed; the 40 adherents as declared members of the Alliance; cooperatives’ type assumed.'
		],
		build: (t) => ({
			project: {
				...base(
					'networking-val-cavallina',
					'Networking: fare sistema per sostenere la famiglia che cura',
					'2017-01-01',
					'2018-12-31'
				),
				budgetEur: 156_250,
				grantAwardedEur: 125_000,
				funder: 'regione',
				policyAreas: ['work_life_balance', 'family'],
				targetAmbitoIds: ['ambito-val-cavallina', 'ambito-basso-sebino']
			},
			partners: [
				p('csvc', 'Consorzio Servizi Val Cavallina', 'azienda_speciale', 'capofila', {
					seatComune: '016218'
				}),
				p('amb-vc', 'Ambito Val Cavallina', 'ambito', 'partner', {
					ambitoIds: ['ambito-val-cavallina']
				}),
				p('amb-bs', 'Ambito Basso Sebino', 'ambito', 'partner', {
					ambitoIds: ['ambito-basso-sebino']
				}),
				...[
					'Città del Sole',
					'Crisalide',
					'Dolce',
					'Il Battello',
					'Il Cantiere',
					'L’Aliante',
					'L’Innesto',
					'Patronato San Vincenzo'
				].map((name, i) =>
					p(
						`coop${i}`,
						name,
						i % 2 ? 'cooperativa_sociale_b' : 'cooperativa_sociale_a',
						'partner',
						{ seatComune: i % 2 ? '016193' : '016218' }
					)
				),
				p('alleanza', 'Alleanza locale di conciliazione', 'rete_conciliazione', 'membro', {
					declaredMembers: [
						{ kind: 'cooperativa_sociale_a', count: 30 },
						{ kind: 'comune', count: 10 }
					]
				}),
				...['CGIL', 'CISL', 'UIL'].map((name) =>
					p(name.toLowerCase(), name, 'organizzazione_sindacale', 'sostenitore')
				),
				p('confcoop', 'Confcooperative Bergamo', 'associazione_datoriale', 'sostenitore'),
				p('legacoop', 'Legacoop Lombardia', 'associazione_datoriale', 'sostenitore')
			],
			actions: [
				act('a1', 'Voucher di conciliazione per i lavoratori', [
					'csvc',
					'coop0',
					'coop1',
					'coop2',
					'coop3'
				]),
				act('a2', 'Portale dei servizi (coop Innesto)', ['coop6', 'csvc']),
				act('a3', 'Rete dei servizi dei due Ambiti', ['amb-vc', 'amb-bs', 'csvc'])
			],
			commitments: [
				eur('csvc', 15_000, 'public'),
				eur('amb-vc', 6_250, 'public'),
				eur('amb-bs', 5_000, 'public'),
				eur('coop6', 5_000, 'private', { type: 'staff_hours' })
			],
			territory: {
				comuni: ['016218', '016058', '016093', '016193', '016088', '016242'].map((c) => ({
					...t.comune(c),
					ambitoId: ['016193', '016088', '016242'].includes(c)
						? 'ambito-basso-sebino'
						: 'ambito-val-cavallina'
				})),
				ambiti: [
					{ id: 'ambito-val-cavallina', name: 'Ambito Val Cavallina', atsId: ATS_BERGAMO },
					{ id: 'ambito-basso-sebino', name: 'Ambito Basso Sebino', atsId: ATS_BERGAMO }
				]
			},
			priorCollaborations: [],
			sharedHistory: [
				{
					kind: 'collaboration',
					label: 'Gestione associata dei servizi della Val Cavallina',
					actorIds: ['csvc', 'amb-vc', 'coop0', 'coop2'],
					since: '2010-01-01',
					until: null
				}
			],
			networks: [],
			externalTies: []
		})
	},
	{
		id: 'beatrice-valle-seriana',
		title: '«Beatrice» — welfare aziendale territoriale, Alleanza Ambito Albino-Valle Seriana',
		source:
			'Secondo Welfare: partners all the Comuni of the Valle Seriana and Valle di Scalve, five companies (Persico Group, Radici Group, Acerbis Italia, Modulor Progetti, P.Plast; 2,000 employees), Provincia di Bergamo, more than 30 RSA and service units, trade unions and employers’ confederations; DGR 5969/16 — https://secondowelfare.it/governi-locali/enti-locali/beatrice-un-progetto-innovativo-di-welfare-aziendale-territoriale-della-valle-seriana.html',
		assumptions: [
			'The Ambito is not in the reference data under this name: declared in ATS di Bergamo; six real Comuni of the Valle Seriana stand for all of them, as Comuni involved.',
			'The 30 service units join through one network; cost and shares assumed.'
		],
		build: (t) => ({
			project: {
				...base('beatrice-valle-seriana', 'Beatrice', '2017-03-01', '2018-12-31'),
				budgetEur: 200_000,
				grantAwardedEur: 150_000,
				funder: 'regione',
				policyAreas: ['work_life_balance', 'family', 'elderly'],
				targetAmbitoIds: ['ambito-valle-seriana']
			},
			partners: [
				p('amb', 'Ambito Albino – Valle Seriana', 'ambito', 'capofila', {
					seatComune: '016004',
					ambitoIds: ['ambito-valle-seriana']
				}),
				...['016004', '016008', '016144', '016111', '016234', '016077'].map((c) =>
					p(`c${c}`, `Comune di ${t.comune(c).name}`, 'comune', 'comune_coinvolto', {
						seatComune: c
					})
				),
				...['Persico Group', 'Radici Group', 'Acerbis Italia', 'Modulor Progetti', 'P.Plast'].map(
					(name, i) => p(`imp${i}`, name, 'impresa', 'partner', { seatComune: '016004' })
				),
				p('pvbg', 'Provincia di Bergamo', 'provincia', 'aderente', { seatComune: '016024' }),
				p('udo', 'Rete delle RSA e unità d’offerta', 'rete_territoriale', 'partner', {
					declaredMembers: [{ kind: 'ente_sociosanitario_privato', count: 30 }]
				}),
				p('sind', 'Organizzazioni sindacali', 'organizzazione_sindacale', 'aderente'),
				p('confind', 'Confindustria Bergamo', 'associazione_datoriale', 'aderente')
			],
			actions: [
				act('a1', 'Piattaforma di welfare aziendale', ['amb', 'imp0', 'imp1']),
				act('a2', 'Rete dei fornitori di servizi', ['udo', 'amb'])
			],
			commitments: [
				eur('amb', 20_000, 'public'),
				...[0, 1, 2, 3, 4].map((i) => eur(`imp${i}`, 6_000, 'private'))
			],
			territory: {
				comuni: ['016004', '016008', '016144', '016111', '016234', '016077'].map((c) => ({
					...t.comune(c),
					ambitoId: 'ambito-valle-seriana'
				})),
				ambiti: [{ id: 'ambito-valle-seriana', name: 'Ambito Valle Seriana', atsId: ATS_BERGAMO }]
			},
			...empty
		})
	},
	{
		id: 'pro-ca-re-crema',
		title: '«PRO-CA.RE: prossimità, caregivers, reti» — Igea, Crema',
		source:
			'Press: Fondazione Cariplo «Interventi emblematici provinciali» 2023 with the Fondazione comunitaria di Cremona: Igea Società Cooperativa Sociale di Crema, project «PRO-CA.RE: PROssimità, CAgivers, REti», grant €100,000 — https://www.cremonaoggi.it/2023/12/04/fondazione-cariplo-600mila-euro-per-6-nuovi-progetti-sul-territorio/',
		assumptions: [
			'Partners other than Igea assumed: Comunità Sociale Cremasca, ASST di Crema (carrying the caregiver training), two ODV; cost €140,000.'
		],
		build: (t) => ({
			project: {
				...base('pro-ca-re-crema', 'PRO-CA.RE', '2024-01-01', '2025-12-31'),
				budgetEur: 140_000,
				grantAwardedEur: 100_000,
				funder: 'fondazione_cariplo',
				policyAreas: ['home_care', 'elderly'],
				leps: ['supporto_caregiver'],
				targetAmbitoIds: [CREMASCO]
			},
			partners: [
				p('igea', 'Igea Società Cooperativa Sociale', 'cooperativa_sociale_a', 'capofila', {
					seatComune: '019035'
				}),
				p('csc', 'Comunità Sociale Cremasca a.s.c.', 'azienda_speciale', 'partner', {
					seatComune: '019035',
					ambitoIds: [CREMASCO]
				}),
				p('asst', 'ASST di Crema', 'asst', 'partner', {
					seatComune: '019035',
					ambitoIds: [CREMASCO]
				}),
				p('odv1', 'ODV di prossimità', 'odv', 'partner', { seatComune: '019025' }),
				p('odv2', 'Associazione caregiver', 'odv', 'aderente')
			],
			actions: [
				act('a1', 'Sportello caregiver', ['igea', 'csc']),
				act('a2', 'Formazione dei caregiver', ['asst', 'igea']),
				act('a3', 'Reti di prossimità', ['odv1', 'igea'])
			],
			commitments: [
				eur('igea', 25_000, 'private', { type: 'staff_hours' }),
				eur('csc', 10_000, 'public'),
				eur('asst', 5_000, 'public', { type: 'staff_hours' })
			],
			territory: {
				comuni: ['019035', '019025', '019005'].map((c) => t.comune(c)),
				ambiti: [t.ambito(CREMASCO)]
			},
			...empty
		})
	},
	{
		id: 'clac-crema',
		title: '«CLAC — Comunità di Legami, Adolescenti al Centro» (Crema)',
		source:
			'Press: Fondazione Cariplo through the Fondazione comunitaria, €100,000 to Crema for «Comunità di Legami, Adolescenti al Centro» on the Distretto cremasco (48 Comuni), preventive work with pre-adolescents, adolescents and families — https://www.cremaoggi.it/2016/11/16/fondazione-cariplo-200-600-euro-per-due-progetti-nel-cremasco/',
		assumptions: [
			'Capofila Comunità Sociale Cremasca; partners (two schools, an oratory, a cooperative) and cost €130,000 assumed.'
		],
		build: (t) => ({
			project: {
				...base('clac-crema', 'CLAC', '2017-01-01', '2018-12-31'),
				budgetEur: 130_000,
				grantAwardedEur: 100_000,
				funder: 'fondazione_cariplo',
				policyAreas: ['minors_youth', 'family'],
				targetAmbitoIds: [CREMASCO]
			},
			partners: [
				p('csc', 'Comunità Sociale Cremasca a.s.c.', 'azienda_speciale', 'capofila', {
					seatComune: '019035',
					ambitoIds: [CREMASCO]
				}),
				p('ic1', 'Istituto comprensivo di Crema', 'scuola', 'partner', { seatComune: '019035' }),
				p('ic2', 'Istituto comprensivo di Pandino', 'scuola', 'partner', { seatComune: '019067' }),
				p('oratorio', 'Oratorio di Offanengo', 'ente_religioso', 'partner', {
					seatComune: '019062'
				}),
				p('coop', 'Cooperativa educativa', 'cooperativa_sociale_a', 'partner', {
					seatComune: '019035'
				})
			],
			actions: [
				act('a1', 'Educativa di strada', ['coop', 'oratorio']),
				act('a2', 'Laboratori a scuola', ['ic1', 'ic2', 'coop']),
				act('a3', 'Gruppi di genitori', ['csc', 'coop'])
			],
			commitments: [
				eur('csc', 15_000, 'public'),
				eur('coop', 10_000, 'private', { type: 'staff_hours' }),
				eur('oratorio', 5_000, 'private', { type: 'spaces' })
			],
			territory: { comuni: CREMASCO_COMUNI.map((c) => t.comune(c)), ambiti: [t.ambito(CREMASCO)] },
			priorCollaborations: [],
			sharedHistory: [
				{
					kind: 'accordo_di_programma',
					label: 'AdP Piano di Zona Cremasco',
					actorIds: ['csc', 'coop', 'oratorio'],
					since: '2015-04-01',
					until: null
				}
			],
			networks: [],
			externalTies: []
		})
	}
];

export const CASE_BY_ID = new Map(CALIBRATION_CASES.map((c) => [c.id, c]));
/** Cases built on another case read the index lazily (it exists once the table is defined). */
function CASE_BY_ID_LAZY() {
	return CASE_BY_ID;
}
