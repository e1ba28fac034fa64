import { indexById, isRegistryId, type LocalizedText } from './registry';

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

export const COLLABORATION_SOURCE_BY_ID: Readonly<
	Record<CollaborationSourceId, CollaborationSourceDefinition>
> = indexById<CollaborationSourceId, CollaborationSourceDefinition & { id: CollaborationSourceId }>(
	COLLABORATION_SOURCES
);

export function isCollaborationSourceId(value: unknown): value is CollaborationSourceId {
	return isRegistryId(COLLABORATION_SOURCE_BY_ID, value);
}
