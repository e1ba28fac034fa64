import { vocabulary, type LocalizedText } from './registry';

export interface CollaborationSourceDefinition {
	readonly id: string;
	readonly label: LocalizedText;
	readonly description: LocalizedText;
}

/** Where the knowledge that two actors worked together comes from. */
export const COLLABORATION_SOURCES = [
	{
		id: 'declared',
		label: { it: 'Dichiarata', en: 'Declared' },
		description: {
			it: 'Dichiarata da uno dei due soggetti (es. nella candidatura).',
			en: 'Stated by one of the two actors (e.g. in the bid).'
		}
	},
	{
		id: 'survey',
		label: { it: 'Questionario', en: 'Survey' },
		description: {
			it: 'Rilevata con un questionario agli attori della rete.',
			en: 'Collected through a survey of the network’s actors.'
		}
	},
	{
		id: 'workshop',
		label: { it: 'Laboratorio', en: 'Workshop' },
		description: {
			it: 'Emersa in un laboratorio partecipato con gli attori del territorio.',
			en: 'Mapped in a participatory workshop with local actors.'
		}
	},
	{
		id: 'shared_project',
		label: { it: 'Progetto condiviso', en: 'Shared project' },
		description: {
			it: 'I due soggetti erano partner di uno stesso progetto precedente.',
			en: 'The two actors were partners in the same earlier project.'
		}
	}
] as const satisfies readonly CollaborationSourceDefinition[];

export type CollaborationSourceId = (typeof COLLABORATION_SOURCES)[number]['id'];

export const { byId: COLLABORATION_SOURCE_BY_ID, is: isCollaborationSourceId } = vocabulary<
	CollaborationSourceId,
	CollaborationSourceDefinition
>(COLLABORATION_SOURCES);

export interface SharedHistoryKindDefinition {
	readonly id: string;
	readonly label: LocalizedText;
	readonly description: LocalizedText;
}

/**
 * Kinds of history a group of actors can share before a project starts: what makes a partnership
 * «già sperimentata sul territorio» rather than «occasionale» (DGR IX/2505, § 2.2.4).
 */
export const SHARED_HISTORY_KINDS = [
	{
		id: 'project',
		label: { it: 'Progetto precedente', en: 'Earlier project' },
		description: {
			it: 'Erano partner di uno stesso progetto concluso o in corso prima dell’avvio.',
			en: 'They were partners in the same project, ended or running before the start.'
		}
	},
	{
		id: 'collaboration',
		label: { it: 'Collaborazione', en: 'Collaboration' },
		description: {
			it: 'Una collaborazione documentata (convenzione, servizio gestito insieme, tavolo).',
			en: 'A documented collaboration (agreement, jointly run service, round table).'
		}
	},
	{
		id: 'network',
		label: { it: 'Rete condivisa', en: 'Shared network' },
		description: {
			it: 'Membri della stessa rete (es. rete di conciliazione, tavolo del Piano di Zona).',
			en: 'Members of the same network (e.g. work–life balance network, Piano di Zona round table).'
		}
	},
	{
		id: 'accordo_di_programma',
		label: { it: 'Accordo di Programma', en: 'Accordo di Programma' },
		description: {
			it: 'Firmatari o aderenti dello stesso Accordo di Programma del Piano di Zona.',
			en: 'Signatories or adherents of the same Accordo di Programma of the Piano di Zona.'
		}
	},
	{
		id: 'altro',
		label: { it: 'Altro', en: 'Other' },
		description: {
			it: 'Altra esperienza comune documentata.',
			en: 'Other documented shared experience.'
		}
	}
] as const satisfies readonly SharedHistoryKindDefinition[];

export type SharedHistoryKindId = (typeof SHARED_HISTORY_KINDS)[number]['id'];

export const { byId: SHARED_HISTORY_KIND_BY_ID, is: isSharedHistoryKindId } = vocabulary<
	SharedHistoryKindId,
	SharedHistoryKindDefinition
>(SHARED_HISTORY_KINDS);
