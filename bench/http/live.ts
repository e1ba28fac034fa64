/**
 * Does a workshop edit made through one app process reach a phone subscribed (SSE) to another? A
 * facilitator opens a room through `editVia`, a participant joins there and subscribes through
 * `listenVia` (graphql-yoga's SSE, as src/lib/workshop/live.ts does), then contributes through
 * `editVia`; we time from sending the edit to the event read by the subscriber.
 */
import { CSRF_HEADER, graphql } from './client';

const PARTICIPANT_HEADER = 'x-trama-participant';

export interface LiveCheck {
	editVia: string;
	listenVia: string;
	delivered: boolean;
	/** edit sent → event read by the subscriber */
	latencyMs: number | null;
	error: string | null;
}

/** Reads an SSE response, calling `onData` with each event's parsed `data`. */
async function readEvents(body: ReadableStream<Uint8Array>, onData: (data: unknown) => void) {
	const reader = body.getReader();
	const decoder = new TextDecoder();
	let buffer = '';
	for (;;) {
		const { value, done } = await reader.read();
		if (done) return;
		buffer += decoder.decode(value, { stream: true });
		let cut: number;
		while ((cut = buffer.indexOf('\n\n')) >= 0) {
			const data = buffer
				.slice(0, cut)
				.split('\n')
				.filter((l) => l.startsWith('data:'))
				.map((l) => l.slice(5))
				.join('\n');
			buffer = buffer.slice(cut + 2);
			if (data) onData(JSON.parse(data));
		}
	}
}

export async function workshopEditReaches(options: {
	editVia: string;
	listenVia: string;
	cookie: string;
	ambitoId: string;
	timeoutMs?: number;
}): Promise<LiveCheck> {
	const { editVia, listenVia, cookie } = options;
	const controller = new AbortController();
	try {
		const room = await graphql<{ createWorkshop: { code: string } }>(
			editVia,
			cookie,
			`
				mutation ($a: ID!, $n: String!) {
					createWorkshop(ambitoId: $a, name: $n) {
						code
					}
				}
			`,
			{ a: options.ambitoId, n: `Bench ${new Date().toISOString()}` }
		);
		const joined = await graphql<{ joinWorkshop: { token: string } }>(
			editVia,
			null,
			`
				mutation ($c: String!) {
					joinWorkshop(code: $c, name: "Telefono di prova") {
						token
					}
				}
			`,
			{ c: room.value.createWorkshop.code }
		);
		const participant = { [PARTICIPANT_HEADER]: joined.value.joinWorkshop.token };
		const clientId = `bench-${Date.now()}`;
		let arrived: (at: number) => void = () => {};
		const arrival = new Promise<number>((resolve) => (arrived = resolve));
		const response = await fetch(`${listenVia}/graphql`, {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				accept: 'text/event-stream',
				...CSRF_HEADER,
				...participant
			},
			body: JSON.stringify({
				query: 'subscription { participantWorkshopEvents { kind contribution { clientId } } }'
			}),
			signal: controller.signal
		});
		if (!response.ok || !response.body) throw new Error(`subscription: HTTP ${response.status}`);
		void readEvents(response.body, (data) => {
			const event = (data as { data?: { participantWorkshopEvents?: unknown } }).data
				?.participantWorkshopEvents as { contribution?: { clientId?: string } } | undefined;
			if (event?.contribution?.clientId === clientId) arrived(performance.now());
		}).catch(() => {});
		// The subscription is registered once its stream has started; leave it a moment to.
		await new Promise((r) => setTimeout(r, 1000));
		const ack = await graphql(
			editVia,
			null,
			`
				mutation ($c: String!, $p: String!) {
					contributeToWorkshop(clientId: $c, type: "actor", payloadJson: $p) {
						created
					}
				}
			`,
			{ c: clientId, p: JSON.stringify({ name: 'Associazione di prova' }) },
			participant
		);
		const sentAt = performance.now() - ack.ms;
		const at = await Promise.race([
			arrival,
			new Promise<null>((r) => setTimeout(() => r(null), options.timeoutMs ?? 10_000))
		]);
		return {
			editVia,
			listenVia,
			delivered: at !== null,
			latencyMs: at === null ? null : Math.round(at - sentAt),
			error: at === null ? 'no event within the timeout' : null
		};
	} catch (error) {
		return { editVia, listenVia, delivered: false, latencyMs: null, error: String(error) };
	} finally {
		controller.abort();
	}
}
