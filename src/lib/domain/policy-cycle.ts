import { vocabulary, type LocalizedText } from './registry';

export interface PolicyCyclePhaseDefinition {
	readonly id: string;
	readonly label: LocalizedText;
	readonly description: LocalizedText;
}

/**
 * The phases of a policy, as the 2023 transition document lists them: «l’individuazione del bisogno,
 * la ricomposizione del quadro conoscitivo, la programmazione della risposta, la messa in opera e il
 * monitoraggio». An action may span several phases.
 */
export const POLICY_CYCLE_PHASES = [
	{
		id: 'analisi_bisogno',
		label: { it: 'Analisi del bisogno', en: 'Needs analysis' },
		description: {
			it: 'Individuazione del bisogno e ricomposizione del quadro conoscitivo.',
			en: 'Identifying the need and piecing together what is known.'
		}
	},
	{
		id: 'programmazione',
		label: { it: 'Programmazione', en: 'Planning' },
		description: {
			it: 'Programmazione della risposta: obiettivi, priorità, risorse.',
			en: 'Planning the response: aims, priorities, resources.'
		}
	},
	{
		id: 'progettazione',
		label: { it: 'Progettazione', en: 'Design' },
		description: {
			it: 'Progettazione degli interventi e dei servizi.',
			en: 'Designing the interventions and services.'
		}
	},
	{
		id: 'realizzazione',
		label: { it: 'Realizzazione', en: 'Delivery' },
		description: {
			it: 'Messa in opera degli interventi.',
			en: 'Putting the interventions into practice.'
		}
	},
	{
		id: 'monitoraggio_valutazione',
		label: { it: 'Monitoraggio e valutazione', en: 'Monitoring and evaluation' },
		description: {
			it: 'Monitoraggio, valutazione e restituzione dei risultati.',
			en: 'Monitoring, evaluating and reporting the results.'
		}
	}
] as const satisfies readonly PolicyCyclePhaseDefinition[];

export type PolicyCyclePhaseId = (typeof POLICY_CYCLE_PHASES)[number]['id'];

export const { byId: POLICY_CYCLE_PHASE_BY_ID, is: isPolicyCyclePhaseId } = vocabulary<
	PolicyCyclePhaseId,
	PolicyCyclePhaseDefinition
>(POLICY_CYCLE_PHASES);
