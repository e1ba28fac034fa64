import { randomUUID } from 'node:crypto';
import {
	appendWorkshopEvent,
	databaseNow,
	pruneWorkshopEvents,
	workshopEventsSince
} from './event-queries';
import type { WorkshopEvent } from './workshop-queries';

export interface RelayOptions {
	/** Hands an event from another process to this process's subscribers. */
	deliver: (event: WorkshopEvent) => void;
	origin?: string;
	intervalMs?: number;
	/**
	 * Each poll looks this far behind the newest event seen: a transaction that took its timestamp
	 * earlier but committed later is still picked up (ids already delivered are skipped).
	 */
	overlapMs?: number;
	/** Stored events older than this are deleted, at most once a minute. */
	retainMs?: number;
}

/**
 * Workshop events shared between app processes through Neo4j: each process appends the events it
 * publishes and polls for the others'. No broker to run; a room behind a load balancer hears every
 * edit, with the poll interval as added latency.
 */
export class WorkshopEventRelay {
	readonly origin: string;
	private readonly deliver: (event: WorkshopEvent) => void;
	private readonly intervalMs: number;
	private readonly overlapMs: number;
	private readonly retainMs: number;
	private cursor = 0;
	private readonly delivered = new Map<string, number>();
	private timer: ReturnType<typeof setTimeout> | null = null;
	private lastPrune = 0;
	private running = false;

	constructor(options: RelayOptions) {
		this.deliver = options.deliver;
		this.origin = options.origin ?? randomUUID();
		this.intervalMs = options.intervalMs ?? 500;
		this.overlapMs = options.overlapMs ?? 5_000;
		this.retainMs = options.retainMs ?? 3_600_000;
	}

	async start(): Promise<void> {
		this.cursor = await databaseNow();
		this.running = true;
		this.schedule();
	}

	stop(): void {
		this.running = false;
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
	}

	/** Stores an event this process published, for the other processes to deliver. */
	async share(event: WorkshopEvent): Promise<void> {
		await appendWorkshopEvent({
			id: randomUUID(),
			origin: this.origin,
			payload: JSON.stringify(event)
		});
	}

	/** One poll: delivers the other processes' new events, oldest first; returns how many. */
	async poll(): Promise<number> {
		const events = await workshopEventsSince(this.cursor - this.overlapMs, this.origin);
		let count = 0;
		for (const stored of events) {
			if (this.delivered.has(stored.id)) continue;
			this.delivered.set(stored.id, stored.at);
			this.cursor = Math.max(this.cursor, stored.at);
			this.deliver(JSON.parse(stored.payload) as WorkshopEvent);
			count++;
		}
		for (const [id, at] of this.delivered) {
			if (at < this.cursor - 2 * this.overlapMs) this.delivered.delete(id);
		}
		const now = Date.now();
		if (now - this.lastPrune > 60_000) {
			this.lastPrune = now;
			await pruneWorkshopEvents(this.retainMs);
		}
		return count;
	}

	private schedule(): void {
		if (!this.running) return;
		this.timer = setTimeout(() => {
			this.poll()
				.catch((error: unknown) =>
					console.error('Eventi del laboratorio condivisi / shared workshop events:', error)
				)
				.finally(() => this.schedule());
		}, this.intervalMs);
		this.timer.unref?.();
	}
}
