import { runWith, type Operation } from '../graphql-client';
import { errorText } from '../i18n/errors';
import { m } from '../paraglide/messages.js';
import { loadRoom, ROOM_EVENTS } from './queries';
import type { Room, RoomEvent } from './room';

/**
 * Live workshop events over SSE (graphql-yoga, POST with `accept: text/event-stream`), with fetch
 * and a ReadableStream so the CSRF and participant headers can be sent (EventSource cannot).
 * Reconnects with backoff; `onOpen` runs on every (re)connection so the page refetches the state
 * and misses nothing that happened while it was away.
 */
export interface LiveOptions<Event, Variables> {
	/** a subscription (queries.ts) */
	operation: Operation<Event, Variables>;
	variables?: Variables;
	headers?: Record<string, string>;
	/** each event's data, as the subscription's type says */
	onEvent: (data: Event) => void;
	onOpen?: () => void;
	onStatus?: (connected: boolean) => void;
}

/** An event's data; a malformed one, or one with errors, is skipped (the next refetch repairs the state). */
function parseEvent<Event>(text: string): Event | null {
	try {
		return (JSON.parse(text) as { data?: Event | null }).data ?? null;
	} catch {
		return null;
	}
}

export function connectLive<Event, Variables>(options: LiveOptions<Event, Variables>): () => void {
	let stopped = false;
	let controller: AbortController | null = null;
	let delay = 500;

	async function once(): Promise<void> {
		controller = new AbortController();
		const response = await fetch('/graphql', {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				accept: 'text/event-stream',
				'x-trama-csrf': '1',
				...options.headers
			},
			body: JSON.stringify({
				query: options.operation.toString(),
				variables: options.variables ?? {}
			}),
			signal: controller.signal
		});
		if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
		options.onStatus?.(true);
		options.onOpen?.();
		delay = 500;
		const reader = response.body.getReader();
		const decoder = new TextDecoder();
		let buffer = '';
		for (;;) {
			const { value, done } = await reader.read();
			if (done) return;
			buffer += decoder.decode(value, { stream: true });
			let cut: number;
			while ((cut = buffer.indexOf('\n\n')) >= 0) {
				const chunk = buffer.slice(0, cut);
				buffer = buffer.slice(cut + 2);
				const data = chunk
					.split('\n')
					.filter((l) => l.startsWith('data:'))
					.map((l) => l.slice(5))
					.join('\n');
				const event = data ? parseEvent<Event>(data) : null;
				if (event) options.onEvent(event);
			}
		}
	}

	(async () => {
		while (!stopped) {
			try {
				await once();
			} catch {
				// network gone, server restarting: try again
			}
			options.onStatus?.(false);
			if (stopped) break;
			await new Promise((r) => setTimeout(r, delay));
			delay = Math.min(delay * 2, 8000);
		}
	})();

	return () => {
		stopped = true;
		controller?.abort();
	};
}

/**
 * A facilitator's or projector's live room: reads the room by its code, then applies the workshop's
 * events as they come. `onRoom` gets each whole read: the first, and one on every (re)connection.
 */
export function followWorkshopRoom(options: {
	code: string;
	onRoom: (room: Room) => void;
	onError: (message: string) => void;
	onStatus: (connected: boolean) => void;
	onEvent: (event: RoomEvent) => void;
}): () => void {
	let stopped = false;
	let stop: (() => void) | null = null;
	async function refetch(): Promise<Room | null> {
		try {
			const found = await loadRoom(runWith(fetch), options.code);
			if (!found) options.onError(m.workshopNotFound());
			else options.onRoom(found);
			return found;
		} catch (e) {
			options.onError(errorText(e));
			return null;
		}
	}
	void refetch().then((room) => {
		if (!room?.workshop || stopped) return;
		stop = connectLive({
			operation: ROOM_EVENTS,
			variables: { workshopId: room.workshop.id },
			onOpen: () => void refetch(),
			onStatus: options.onStatus,
			onEvent: (data) => options.onEvent(data.workshopEvents)
		});
	});
	return () => {
		stopped = true;
		stop?.();
	};
}
