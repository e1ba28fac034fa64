/**
 * A participant's unsent edits. Each edit gets its client id when it is typed and is kept (in
 * localStorage) until the server acknowledges it; sending the same client id again is harmless
 * (the server stores it once), so after a lost connection or a reload everything is simply sent
 * again, in order.
 */
export interface OutboxItem {
	clientId: string;
	type: 'actor' | 'relation' | 'rating' | 'note';
	payloadJson: string;
	createdAt: number;
}

/** The part of localStorage the outbox uses (a Map in tests). */
export interface KeyValueStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

/** Why a send failed: `retry` (network, paused room, server error) or `drop` (the edit is invalid). */
export type SendOutcome = 'ok' | 'retry' | 'drop';

/**
 * A random id for one edit (128 bits, hex). crypto.getRandomValues works on plain http too (a
 * workshop on a LAN address), where crypto.randomUUID is missing.
 */
export function newClientId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class Outbox {
	#items: OutboxItem[];
	#flushing: Promise<void> | null = null;

	constructor(
		private readonly store: KeyValueStore,
		private readonly key: string
	) {
		this.#items = Outbox.load(store, key);
	}

	static load(store: KeyValueStore, key: string): OutboxItem[] {
		try {
			const parsed: unknown = JSON.parse(store.getItem(key) ?? '[]');
			return Array.isArray(parsed)
				? parsed.filter(
						(x): x is OutboxItem =>
							!!x && typeof x.clientId === 'string' && typeof x.payloadJson === 'string'
					)
				: [];
		} catch {
			return [];
		}
	}

	get items(): readonly OutboxItem[] {
		return this.#items;
	}

	#save() {
		try {
			this.store.setItem(this.key, JSON.stringify(this.#items));
		} catch {
			// Storage full or refused: the edits stay in memory until sent.
		}
	}

	add(item: Omit<OutboxItem, 'clientId' | 'createdAt'> & { clientId?: string }): OutboxItem {
		const full: OutboxItem = {
			clientId: item.clientId ?? newClientId(),
			type: item.type,
			payloadJson: item.payloadJson,
			createdAt: Date.now()
		};
		this.#items.push(full);
		this.#save();
		return full;
	}

	remove(clientId: string) {
		this.#items = this.#items.filter((i) => i.clientId !== clientId);
		this.#save();
	}

	/**
	 * Sends the edits in order, one at a time; stops at the first that must be retried (so a
	 * relation never overtakes the actor it points at). One flush runs at a time.
	 */
	flush(
		send: (item: OutboxItem) => Promise<SendOutcome>,
		onDrop?: (item: OutboxItem) => void
	): Promise<void> {
		if (this.#flushing) return this.#flushing;
		const run = async () => {
			while (this.#items.length) {
				const item = this.#items[0]!;
				let outcome: SendOutcome;
				try {
					outcome = await send(item);
				} catch {
					outcome = 'retry';
				}
				if (outcome === 'retry') return;
				if (outcome === 'drop') onDrop?.(item);
				this.remove(item.clientId);
			}
		};
		// Cleared only after it is set (an empty outbox finishes synchronously).
		this.#flushing = run().finally(() => {
			this.#flushing = null;
		});
		return this.#flushing;
	}
}
