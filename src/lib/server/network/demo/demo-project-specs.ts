import {
	type ActorKindId,
	type CallRecord,
	type PolicyAreaId,
	type ProjectStatus
} from '../../../domain';
import { ASST_CREMA, ATS_VAL_PADANA, CREMA, DEMO_AMBITO_ID, PROVINCIA_CR } from './demo-base';

/** The demo's calls and projects, as data: what each project is, who leads it, how good it is. */

// ---------------------------------------------------------------------------------------------
// Calls and projects.

export const CALLS: CallRecord[] = [
	{
		id: 'demo-call-2018',
		title: 'Bando sperimentazioni welfare 2018 (demo)',
		issuer: 'Regione Lombardia',
		year: 2018,
		fictional: true
	},
	{
		id: 'demo-call-2021',
		title: 'Bando innovazione sociale 2021 (demo)',
		issuer: 'Regione Lombardia',
		year: 2021,
		fictional: true
	}
];

/**
 * How good a partnership is meant to look: `broad` = many sectors, shared actions, lasting
 * commitments; `narrow` = few actors of one or two sectors, the capofila doing almost everything.
 */
export type Quality = 'broad' | 'medium' | 'narrow';

export interface ProjectSpec {
	title: string;
	callId: string;
	triennio: '2018-2020' | '2021-2023';
	start: string;
	end: string;
	status: ProjectStatus;
	areas: PolicyAreaId[];
	quality: Quality;
	/** A real public body's id, or a kind to draw an invented capofila from. */
	capofila: { real: string } | { kind: ActorKindId };
	/** Real public bodies in the partnership besides the capofila. */
	publicPartners: string[];
	/** How many more Cremasco Comuni join as partners/aderenti. */
	otherComuni: number;
	/** Invented actors drawn by kind (on top of those kept from earlier projects). */
	mix: ReadonlyArray<readonly [ActorKindId, number]>;
	/** Earlier projects (by index) this one continues, and the share of their partners it keeps. */
	continues?: ReadonlyArray<{ project: number; keep: number }>;
	/** All Cremasco Comuni, or how many of them (Crema first). */
	targetComuni: 'all' | number;
	targetAmbito: boolean;
	withOutsidePartner?: boolean;
	budget: readonly [number, number];
	actions: readonly string[];
}

const P18 = { callId: 'demo-call-2018', triennio: '2018-2020' } as const;
const P21 = { callId: 'demo-call-2021', triennio: '2021-2023' } as const;

/**
 * Twelve projects chosen to spread the scores: broad and well-shared ones, narrow and occasional
 * ones, one socio-sanitary with ASST di Crema, one with a partner from another Ambito, one rejected.
 * 2021-2023 projects mostly continue 2018-2020 ones, so their partners have tested partnerships.
 */
export const PROJECT_SPECS: readonly ProjectSpec[] = [
	{
		...P18,
		title: 'Famiglie al centro: reti di comunità per la famiglia (demo)',
		start: '2018-09-01',
		end: '2020-12-31',
		status: 'closed',
		areas: ['family', 'minors_youth', 'work_life_balance'],
		quality: 'broad',
		capofila: { real: CREMA },
		publicPartners: [DEMO_AMBITO_ID, ASST_CREMA],
		otherComuni: 2,
		mix: [
			['cooperativa_sociale_a', 2],
			['odv', 2],
			['aps', 1],
			['ente_religioso', 1],
			['impresa', 2],
			['fondazione_comunita', 1],
			['organizzazione_sindacale', 1],
			['rete_conciliazione', 1],
			['scuola', 2],
			['associazione_famiglie', 1]
		],
		targetComuni: 'all',
		targetAmbito: true,
		budget: [320_000, 420_000],
		actions: [
			'Coordinamento della rete e cabina di regia',
			'Centri per la famiglia diffusi nei Comuni',
			'Sportello conciliazione per famiglie e imprese',
			'Gruppi di sostegno alla genitorialità',
			'Spazi gioco 0-6 anni',
			'Piani di welfare aziendale nelle piccole imprese',
			'Formazione congiunta degli operatori',
			'Valutazione partecipata e comunicazione'
		]
	},
	{
		...P18,
		title: 'Abitare solidale nel Cremasco (demo)',
		start: '2018-10-01',
		end: '2020-09-30',
		status: 'closed',
		areas: ['housing', 'poverty_exclusion'],
		quality: 'medium',
		capofila: { real: DEMO_AMBITO_ID },
		publicPartners: [],
		otherComuni: 2,
		mix: [
			['cooperativa_sociale_a', 1],
			['cooperativa_sociale_b', 1],
			['odv', 2],
			['ente_religioso', 1],
			['fondazione', 1],
			['impresa', 1]
		],
		targetComuni: 14,
		targetAmbito: true,
		budget: [150_000, 220_000],
		actions: [
			'Coordinamento e raccordo con i servizi sociali comunali',
			'Agenzia per l’abitare e mediazione con i proprietari',
			'Alloggi temporanei per l’emergenza abitativa',
			'Accompagnamento educativo all’autonomia abitativa',
			'Fondo di garanzia per l’affitto'
		]
	},
	{
		...P18,
		title: 'Lavoro e autonomia: percorsi di inclusione (demo)',
		start: '2019-01-01',
		end: '2020-12-31',
		status: 'closed',
		areas: ['work_inclusion', 'poverty_exclusion', 'disability'],
		quality: 'medium',
		capofila: { kind: 'cooperativa_sociale_b' },
		publicPartners: [CREMA],
		otherComuni: 1,
		mix: [
			['cooperativa_sociale_b', 1],
			['centro_formazione', 1],
			['centro_impiego', 1],
			['impresa', 2],
			['associazione_datoriale', 1],
			['aps', 1]
		],
		targetComuni: 10,
		targetAmbito: false,
		budget: [140_000, 200_000],
		actions: [
			'Coordinamento del progetto',
			'Orientamento e bilancio delle competenze',
			'Tirocini di inclusione in azienda',
			'Laboratori di formazione ai mestieri',
			'Tutoraggio sul posto di lavoro'
		]
	},
	{
		...P18,
		title: 'Anziani a casa propria (demo)',
		start: '2018-09-01',
		end: '2020-08-31',
		status: 'closed',
		areas: ['home_care', 'elderly'],
		quality: 'medium',
		capofila: { real: CREMA },
		publicPartners: [ASST_CREMA, DEMO_AMBITO_ID],
		otherComuni: 2,
		mix: [
			['ente_sociosanitario_privato', 2],
			['cooperativa_sociale_a', 2],
			['odv', 2],
			['organizzazione_sindacale', 1],
			['azienda_speciale', 1]
		],
		targetComuni: 'all',
		targetAmbito: true,
		budget: [200_000, 280_000],
		actions: [
			'Coordinamento e raccordo sociosanitario',
			'Assistenza domiciliare integrata leggera',
			'Sollievo e formazione per i caregiver familiari',
			'Trasporti sociali con volontari',
			'Custode sociale nei condomini',
			'Telemonitoraggio e teleassistenza'
		]
	},
	{
		...P18,
		title: 'Doposcuola diffuso (demo)',
		start: '2019-09-01',
		end: '2020-06-30',
		status: 'closed',
		areas: ['minors_youth'],
		quality: 'narrow',
		capofila: { kind: 'aps' },
		publicPartners: [],
		otherComuni: 0,
		mix: [
			['ente_religioso', 1],
			['odv', 1],
			['gruppo_informale', 1],
			['associazione_famiglie', 1],
			['scuola', 1]
		],
		targetComuni: 2,
		targetAmbito: false,
		budget: [35_000, 55_000],
		actions: ['Doposcuola pomeridiano', 'Laboratori espressivi', 'Incontri con i genitori']
	},
	{
		...P18,
		title: 'Centro antiviolenza in rete (demo)',
		start: '2019-03-01',
		end: '2021-02-28',
		status: 'rejected',
		areas: ['gender_violence'],
		quality: 'narrow',
		capofila: { kind: 'odv' },
		publicPartners: [],
		otherComuni: 0,
		mix: [
			['aps', 1],
			['associazione_famiglie', 1],
			['cooperativa_sociale_a', 1],
			['ente_sociosanitario_privato', 1],
			['impresa', 1]
		],
		targetComuni: 5,
		targetAmbito: false,
		budget: [80_000, 120_000],
		actions: [
			'Sportello di ascolto',
			'Casa rifugio per l’ospitalità in emergenza',
			'Sensibilizzazione nelle scuole'
		]
	},
	{
		...P21,
		title: 'Comunità che cura: famiglie, conciliazione e prima infanzia (demo)',
		start: '2021-09-01',
		end: '2023-12-31',
		status: 'closed',
		areas: ['family', 'work_life_balance', 'leps_child_guarantee'],
		quality: 'broad',
		capofila: { real: DEMO_AMBITO_ID },
		publicPartners: [CREMA, ASST_CREMA, ATS_VAL_PADANA, PROVINCIA_CR],
		otherComuni: 0,
		mix: [
			['forum_terzo_settore', 1],
			['fondazione_bancaria', 1],
			['universita', 1]
		],
		continues: [{ project: 0, keep: 0.65 }],
		targetComuni: 'all',
		targetAmbito: true,
		budget: [380_000, 480_000],
		actions: [
			'Governance della rete e cabina di regia',
			'Centri per la famiglia e punti di ascolto',
			'Nidi e spazi 0-6 accessibili (garanzia infanzia)',
			'Piani di welfare aziendale condivisi',
			'Banca delle competenze dei volontari',
			'Formazione congiunta pubblico-Terzo Settore',
			'Valutazione di impatto con l’università',
			'Comunicazione e coinvolgimento dei cittadini'
		]
	},
	{
		...P21,
		title: 'Casa di Comunità aperta: accesso unico e dimissioni protette (demo)',
		start: '2022-01-01',
		end: '2026-06-30',
		status: 'running',
		areas: ['leps_single_access_point', 'leps_protected_discharge', 'home_care'],
		quality: 'broad',
		capofila: { real: ASST_CREMA },
		publicPartners: [CREMA, DEMO_AMBITO_ID, ATS_VAL_PADANA],
		otherComuni: 0,
		mix: [
			['ente_sociosanitario_privato', 1],
			['associazione_famiglie', 1],
			['gruppo_informale', 1]
		],
		continues: [{ project: 3, keep: 0.8 }],
		targetComuni: 'all',
		targetAmbito: true,
		budget: [300_000, 380_000],
		actions: [
			'Coordinamento sociosanitario ASST–Ambito',
			'Punto unico di accesso nella Casa di Comunità di Crema',
			'Sportello sociale nella Casa di Comunità',
			'Équipe integrata per le dimissioni protette',
			'Infermiere di famiglia e volontari di prossimità',
			'Sostegno ai caregiver familiari',
			'Cartella sociale e sanitaria condivisa'
		]
	},
	{
		...P21,
		title: "Ponti per l'autonomia: abitare e lavoro (demo)",
		start: '2021-10-01',
		end: '2023-12-31',
		status: 'closed',
		areas: ['housing', 'work_inclusion', 'poverty_exclusion'],
		quality: 'medium',
		capofila: { kind: 'cooperativa_sociale_b' },
		publicPartners: [DEMO_AMBITO_ID],
		otherComuni: 0,
		mix: [
			['impresa_sociale', 1],
			['impresa', 1]
		],
		continues: [
			{ project: 1, keep: 0.6 },
			{ project: 2, keep: 0.3 }
		],
		targetComuni: 18,
		targetAmbito: true,
		budget: [200_000, 260_000],
		actions: [
			'Coordinamento del progetto',
			'Housing first per persone senza dimora',
			'Percorsi di inserimento lavorativo',
			'Accompagnamento all’autonomia abitativa',
			'Rete delle aziende accoglienti'
		]
	},
	{
		...P21,
		title: 'Giovani protagonisti (demo)',
		start: '2022-03-01',
		end: '2023-06-30',
		status: 'closed',
		areas: ['minors_youth'],
		quality: 'narrow',
		capofila: { kind: 'aps' },
		publicPartners: [],
		otherComuni: 0,
		mix: [
			['aps', 1],
			['gruppo_informale', 2],
			['impresa', 1],
			['altro', 1]
		],
		targetComuni: 2,
		targetAmbito: false,
		budget: [40_000, 60_000],
		actions: ['Spazio giovani serale', 'Laboratori musicali', 'Festa di fine progetto']
	},
	{
		...P21,
		title: 'Libere di scegliere: rete antiviolenza del Cremasco (demo)',
		start: '2022-04-01',
		end: '2024-12-31',
		status: 'closed',
		areas: ['gender_violence', 'family'],
		quality: 'medium',
		capofila: { real: CREMA },
		publicPartners: [DEMO_AMBITO_ID, ASST_CREMA],
		otherComuni: 0,
		mix: [
			['organizzazione_sindacale', 1],
			['scuola', 1]
		],
		continues: [
			{ project: 5, keep: 0.6 },
			{ project: 0, keep: 0.3 }
		],
		withOutsidePartner: true,
		targetComuni: 'all',
		targetAmbito: true,
		budget: [180_000, 240_000],
		actions: [
			'Coordinamento della rete antiviolenza',
			'Centro antiviolenza e sportelli decentrati',
			'Percorsi di autonomia lavorativa e abitativa per le donne',
			'Formazione di operatori sanitari e sociali',
			'Prevenzione nelle scuole'
		]
	},
	{
		...P21,
		title: 'Progetti di vita indipendente (demo)',
		start: '2023-07-01',
		end: '2026-06-30',
		status: 'funded',
		areas: ['disability', 'work_inclusion'],
		quality: 'medium',
		capofila: { kind: 'consorzio_cooperative' },
		publicPartners: [DEMO_AMBITO_ID],
		otherComuni: 1,
		mix: [
			['cooperativa_sociale_a', 1],
			['rete_associativa', 1],
			['associazione_famiglie', 1],
			['fondazione_bancaria', 1]
		],
		continues: [
			{ project: 2, keep: 0.6 },
			{ project: 3, keep: 0.2 }
		],
		targetComuni: 20,
		targetAmbito: true,
		budget: [220_000, 300_000],
		actions: [
			'Coordinamento e progetti di vita personalizzati',
			'Appartamenti di palestra all’autonomia',
			'Tirocini e inserimenti lavorativi',
			'Sollievo e sostegno alle famiglie',
			'Tempo libero e sport inclusivo',
			'Formazione per amministratori di sostegno'
		]
	}
];
