import { EVENT_FIELDS, type RoomEvent } from './room';

/**
 * Live workshop events over SSE (graphql-yoga, POST with `accept: text/event-stream`), with fetch
 * and a ReadableStream so the CSRF and participant headers can be sent (EventSource cannot).
 * Reconnects with backoff; `onOpen` runs on every (re)connection so the page refetches the state
 * and misses nothing that happened while it was away.
 */
export interface LiveOptions {
	query: string;
	variables?: Record<string, unknown>;
	headers?: Record<string, string>;
	onEvent: (data: unknown) => void;
	onOpen?: () => void;
	onStatus?: (connected: boolean) => void;
}

export function connectLive(options: LiveOptions): () => void {
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
			body: JSON.stringify({ query: options.query, variables: options.variables ?? {} }),
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
				if (data) {
					try {
						options.onEvent(JSON.parse(data));
					} catch {
						// a malformed event is skipped; the next refetch repairs the state
					}
				}
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
 * A facilitator's or projector's live room: the workshop's events applied to the state as they come,
 * and a full refetch on every (re)connection.
 */
export function connectWorkshopRoom(options: {
	workshopId: string;
	refetch: () => Promise<void>;
	onStatus: (connected: boolean) => void;
	onEvent: (event: RoomEvent) => void;
}): () => void {
	return connectLive({
		query: `subscription($w: ID!) { workshopEvents(workshopId: $w) { ${EVENT_FIELDS} } }`,
		variables: { w: options.workshopId },
		onOpen: () => void options.refetch(),
		onStatus: options.onStatus,
		onEvent: (raw) => {
			const event = (raw as { data?: { workshopEvents?: RoomEvent } }).data?.workshopEvents;
			if (event) options.onEvent(event);
		}
	});
}
