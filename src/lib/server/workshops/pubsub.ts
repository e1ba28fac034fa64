import { createPubSub } from 'graphql-yoga';
import type { ContributionRecord, ParticipantRecord, WorkshopRecord } from '../db/workshops';

/** What a room hears: a contribution stored or reviewed, the workshop moved on, people came or went. */
export interface WorkshopEvent {
	workshopId: string;
	kind: 'contribution' | 'workshop' | 'participant';
	contribution: ContributionRecord | null;
	workshop: WorkshopRecord | null;
	participant: ParticipantRecord | null;
}

/**
 * In-process pub/sub (one adapter-node process). Published only after the write committed; a
 * client that missed events while disconnected refetches the workshop's state when it is back.
 */
export const workshopPubSub = createPubSub<{
	workshop: [workshopId: string, event: WorkshopEvent];
}>();

export function publish(
	event: Omit<WorkshopEvent, 'contribution' | 'workshop' | 'participant'> & Partial<WorkshopEvent>
): void {
	workshopPubSub.publish('workshop', event.workshopId, {
		contribution: null,
		workshop: null,
		participant: null,
		...event
	});
}
