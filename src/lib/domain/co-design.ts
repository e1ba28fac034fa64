import { vocabulary, type LocalizedText } from './registry';

export interface CoDesignProcedureDefinition {
	readonly id: string;
	readonly label: LocalizedText;
	readonly description: LocalizedText;
	/** A procedure of shared administration with the Third Sector under art. 55 of the Codice. */
	readonly article55: boolean;
}

/** How a project was built with the Third Sector (art. 55 d.lgs. 117/2017, Codice del Terzo Settore). */
export const CO_DESIGN_PROCEDURES = [
	{
		id: 'co_programmazione',
		label: { it: 'Co-programmazione', en: 'Co-programming' },
		description: {
			it: 'Procedimento dell’art. 55, c. 2, CTS: la PA individua con gli enti del Terzo Settore i bisogni, gli interventi e le risorse.',
			en: 'Procedure of art. 55(2) of the Third Sector Code: the public body identifies needs, interventions and resources with Third Sector bodies.'
		},
		article55: true
	},
	{
		id: 'co_progettazione',
		label: { it: 'Co-progettazione', en: 'Co-design' },
		description: {
			it: 'Procedimento dell’art. 55, c. 3, CTS: definizione e realizzazione condivisa di specifici progetti.',
			en: 'Procedure of art. 55(3) of the Third Sector Code: joint definition and delivery of specific projects.'
		},
		article55: true
	},
	{
		id: 'altro',
		label: { it: 'Altra forma di coinvolgimento', en: 'Other form of involvement' },
		description: {
			it: 'Tavoli, consultazioni o accordi con il Terzo Settore senza un procedimento dell’art. 55.',
			en: 'Round tables, consultations or agreements with the Third Sector without an art. 55 procedure.'
		},
		article55: false
	},
	{
		id: 'nessuna',
		label: { it: 'Nessuna', en: 'None' },
		description: {
			it: 'Il progetto non è stato costruito con il Terzo Settore.',
			en: 'The project was not built with the Third Sector.'
		},
		article55: false
	}
] as const satisfies readonly CoDesignProcedureDefinition[];

export type CoDesignProcedureId = (typeof CO_DESIGN_PROCEDURES)[number]['id'];

export const { byId: CO_DESIGN_PROCEDURE_BY_ID, is: isCoDesignProcedureId } = vocabulary<
	CoDesignProcedureId,
	CoDesignProcedureDefinition
>(CO_DESIGN_PROCEDURES);
