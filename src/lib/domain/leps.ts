import type { PolicyAreaId } from './policy-areas';
import { vocabulary, type LocalizedText } from './registry';

export interface LepsDefinition {
	readonly id: string;
	readonly label: LocalizedText;
	/** The national act that sets it. */
	readonly source: string;
	/** Delivered jointly with ASST, Distretti and Case di Comunità (sociosanitary integration). */
	readonly sociosanitary: boolean;
	/** The policy area of the Piani di Zona it belongs to, where the vocabulary has one. */
	readonly policyAreaId?: PolicyAreaId;
}

const PNISS = 'Piano nazionale degli interventi e dei servizi sociali 2021-2023';
const PNNA =
	'Piano nazionale per la non autosufficienza 2022-2024 (l. 234/2021, art. 1, c. 162-163)';

/**
 * Livelli essenziali delle prestazioni sociali (LEPS) of the national plans the 2023 transition
 * document refers to («servizio sociale professionale, … supervisione al personale dei servizi
 * sociali, i nuovi Punti Unici di Accesso, il pronto intervento sociale, le dimissioni protette, la
 * prevenzione dell’allontanamento famigliare e la garanzia infanzia») and of the non-self-sufficiency
 * plan. Labels are the plans' own headings, shortened.
 */
export const LEPS = [
	{
		id: 'servizio_sociale_professionale',
		label: {
			it: 'Servizio sociale professionale (1 assistente sociale ogni 5.000 abitanti)',
			en: 'Professional social work (one social worker per 5,000 residents)'
		},
		source: `${PNISS}; l. 178/2020, art. 1, c. 797`,
		sociosanitary: false,
		policyAreaId: 'leps_professional_social_service'
	},
	{
		id: 'supervisione_personale',
		label: {
			it: 'Supervisione del personale dei servizi sociali',
			en: 'Supervision of social services staff'
		},
		source: PNISS,
		sociosanitary: false
	},
	{
		id: 'dimissioni_protette',
		label: { it: 'Dimissioni protette', en: 'Protected hospital discharge' },
		source: PNISS,
		sociosanitary: true,
		policyAreaId: 'leps_protected_discharge'
	},
	{
		id: 'prevenzione_allontanamento',
		label: {
			it: 'Prevenzione dell’allontanamento familiare (P.I.P.P.I.)',
			en: 'Preventing children’s removal from the family (P.I.P.P.I.)'
		},
		source: PNISS,
		sociosanitary: true,
		policyAreaId: 'leps_family_separation_prevention'
	},
	{
		id: 'residenza_fittizia',
		label: {
			it: 'Servizi per la residenza fittizia (persone senza dimora)',
			en: 'Registered address services for homeless people'
		},
		source: PNISS,
		sociosanitary: false
	},
	{
		id: 'pronto_intervento_sociale',
		label: { it: 'Pronto intervento sociale', en: 'Social emergency service' },
		source: PNISS,
		sociosanitary: false,
		policyAreaId: 'leps_social_emergency'
	},
	{
		id: 'garanzia_infanzia',
		label: { it: 'Garanzia infanzia (Child Guarantee)', en: 'Child guarantee' },
		source: PNISS,
		sociosanitary: false,
		policyAreaId: 'leps_child_guarantee'
	},
	{
		id: 'presa_in_carico_poverta',
		label: {
			it: 'Valutazione multidimensionale e progetto personalizzato per l’inclusione',
			en: 'Multidimensional assessment and personal plan for social inclusion'
		},
		source: `${PNISS} (Piano povertà; d.lgs. 147/2017)`,
		sociosanitary: false
	},
	{
		id: 'punto_unico_accesso',
		label: {
			it: 'Punto Unico di Accesso (PUA) sociale e sanitario',
			en: 'Single access point (PUA) to social and health services'
		},
		source: PNNA,
		sociosanitary: true,
		policyAreaId: 'leps_single_access_point'
	},
	{
		id: 'valutazione_multidimensionale',
		label: {
			it: 'Valutazione multidimensionale integrata e progetto di assistenza individualizzato',
			en: 'Joint multidimensional assessment and individual care plan'
		},
		source: PNNA,
		sociosanitary: true
	},
	{
		id: 'assistenza_domiciliare',
		label: {
			it: 'Assistenza domiciliare sociale e integrata con i servizi sanitari',
			en: 'Home care, social and integrated with health services'
		},
		source: PNNA,
		sociosanitary: true,
		policyAreaId: 'home_care'
	},
	{
		id: 'servizi_sollievo',
		label: {
			it: 'Servizi di sollievo per anziani non autosufficienti e famiglie',
			en: 'Respite services for dependent older people and their families'
		},
		source: PNNA,
		sociosanitary: true
	},
	{
		id: 'supporto_caregiver',
		label: {
			it: 'Servizi di supporto a famiglie e caregiver (incl. assistenti familiari)',
			en: 'Support services for families and carers (incl. care workers)'
		},
		source: PNNA,
		sociosanitary: false
	}
] as const satisfies readonly LepsDefinition[];

export type LepsId = (typeof LEPS)[number]['id'];

export const { byId: LEPS_BY_ID, is: isLepsId } = vocabulary<LepsId, LepsDefinition>(LEPS);
