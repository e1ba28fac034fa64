import { createPubSub } from 'graphql-yoga';
import type { WorkshopEvent } from './workshop-queries';
import { WorkshopEventRelay } from './relay';

/**
 * Pub/sub of this process. Published only after the write committed; a client that missed events
 * while disconnected refetches the workshop's state when it is back. With several app processes,
 * `startSharedWorkshopEvents` relays events between them through Neo4j (docs/scaling.md).
 */
export const workshopPubSub = createPubSub<{
	workshop: [workshopId: string, event: WorkshopEvent];
}>();

let relay: WorkshopEventRelay | null = null;

export function publish(
	event: Omit<WorkshopEvent, 'contribution' | 'workshop' | 'participant'> & Partial<WorkshopEvent>
): void {
	const full: WorkshopEvent = { contribution: null, workshop: null, participant: null, ...event };
	workshopPubSub.publish('workshop', full.workshopId, full);
	// The write is already committed: a failed relay only delays other processes' rooms until they refetch.
	relay
		?.share(full)
		.catch((error: unknown) =>
			console.error('Evento del laboratorio non condiviso / workshop event not shared:', error)
		);
}

/** Turns on the cross-process relay (TRAMA_SHARED_EVENTS=neo4j); idempotent. */
export async function startSharedWorkshopEvents(): Promise<WorkshopEventRelay> {
	if (relay) return relay;
	const started = new WorkshopEventRelay({
		deliver: (event) => workshopPubSub.publish('workshop', event.workshopId, event)
	});
	await started.start();
	relay = started;
	return started;
}

export function stopSharedWorkshopEvents(): void {
	relay?.stop();
	relay = null;
}
