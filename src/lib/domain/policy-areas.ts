import { vocabulary, type LocalizedText } from './registry';

export interface PolicyAreaDefinition {
	readonly id: string;
	readonly label: LocalizedText;
	/** LEPS: livelli essenziali delle prestazioni sociali, the national service standards. */
	readonly leps?: boolean;
	/** Share of Ambiti with at least one objective in the area in the 2021-2023 plans, when known. */
	readonly shareOfAmbiti2021?: number;
	/**
	 * The area calls for sociosanitary integration (ASST, Distretti, Case di Comunità): where health and
	 * social care meet in the person's needs (disability, long-term and home care, older people, gender
	 * violence, access points, protected discharge, family support with the consultori).
	 */
	readonly sociosanitary?: boolean;
}

/** Policy areas of the Piani di Zona 2021-2023 and of the 2025-2027 guidelines (DOMAIN.md). */
export const POLICY_AREAS = [
	{
		id: 'poverty_exclusion',
		label: { it: 'Povertà ed esclusione sociale', en: 'Poverty and social exclusion' },
		shareOfAmbiti2021: 0.87
	},
	{
		id: 'minors_youth',
		label: { it: 'Minori e giovani', en: 'Children and young people' },
		shareOfAmbiti2021: 0.87
	},
	{
		id: 'disability',
		label: { it: 'Disabilità', en: 'Disability' },
		shareOfAmbiti2021: 0.84,
		sociosanitary: true
	},
	{ id: 'housing', label: { it: 'Casa e abitare', en: 'Housing' }, shareOfAmbiti2021: 0.8 },
	{ id: 'family', label: { it: 'Famiglia', en: 'Family' }, shareOfAmbiti2021: 0.79 },
	{
		id: 'gender_violence',
		label: { it: 'Violenza di genere', en: 'Gender-based violence' },
		shareOfAmbiti2021: 0.6,
		sociosanitary: true
	},
	{
		id: 'work_life_balance',
		label: { it: 'Conciliazione vita-lavoro', en: 'Work–life balance' },
		shareOfAmbiti2021: 0.5
	},
	{
		id: 'home_care',
		label: { it: 'Domiciliarità e non autosufficienza', en: 'Home care and long-term care' },
		sociosanitary: true
	},
	{ id: 'elderly', label: { it: 'Anziani', en: 'Older people' }, sociosanitary: true },
	{ id: 'work_inclusion', label: { it: 'Lavoro e inclusione', en: 'Employment and inclusion' } },
	{
		id: 'leps_professional_social_service',
		label: { it: 'LEPS – Servizio sociale professionale', en: 'LEPS – Professional social work' },
		leps: true
	},
	{
		id: 'leps_single_access_point',
		label: { it: 'LEPS – Punto Unico di Accesso (PUA)', en: 'LEPS – Single access point (PUA)' },
		leps: true,
		sociosanitary: true
	},
	{
		id: 'leps_social_emergency',
		label: { it: 'LEPS – Pronto intervento sociale', en: 'LEPS – Social emergency service' },
		leps: true
	},
	{
		id: 'leps_protected_discharge',
		label: { it: 'LEPS – Dimissioni protette', en: 'LEPS – Protected hospital discharge' },
		leps: true,
		sociosanitary: true
	},
	{
		id: 'leps_family_separation_prevention',
		label: {
			it: "LEPS – Prevenzione dell'allontanamento familiare",
			en: 'LEPS – Preventing children’s removal from the family'
		},
		leps: true,
		sociosanitary: true
	},
	{
		id: 'leps_child_guarantee',
		label: { it: 'LEPS – Garanzia infanzia', en: 'LEPS – Child guarantee' },
		leps: true
	}
] as const satisfies readonly PolicyAreaDefinition[];

export type PolicyAreaId = (typeof POLICY_AREAS)[number]['id'];

export const { byId: POLICY_AREA_BY_ID, is: isPolicyAreaId } = vocabulary<
	PolicyAreaId,
	PolicyAreaDefinition
>(POLICY_AREAS);
