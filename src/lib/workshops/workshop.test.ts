import { describe, expect, it } from 'vitest';
import { Outbox, type KeyValueStore, type OutboxItem } from './outbox';
import { computeTowers, latestRatings } from './towers';
import { parsePayload } from './payloads';

const memoryStore = (): KeyValueStore & { data: Map<string, string> } => {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => void data.set(k, v)
	};
};

describe('outbox', () => {
	it('keeps unsent edits across a reload and sends them in order once back', async () => {
		const store = memoryStore();
		const first = new Outbox(store, 'k');
		first.add({ type: 'actor', payloadJson: '{"name":"A"}', clientId: 'client-a1' });
		first.add({ type: 'actor', payloadJson: '{"name":"B"}', clientId: 'client-b1' });
		// Offline: nothing goes.
		await first.flush(async () => 'retry');
		expect(first.items).toHaveLength(2);
		// A reload: a new outbox reads the same storage.
		const second = new Outbox(store, 'k');
		expect(second.items.map((i) => i.clientId)).toEqual(['client-a1', 'client-b1']);
		const sent: string[] = [];
		await second.flush(async (i) => (sent.push(i.clientId), 'ok'));
		expect(sent).toEqual(['client-a1', 'client-b1']);
		expect(second.items).toHaveLength(0);
		expect(JSON.parse(store.data.get('k')!)).toEqual([]);
	});

	it('stops at the first edit to retry, so later edits never overtake it', async () => {
		const box = new Outbox(memoryStore(), 'k');
		box.add({ type: 'actor', payloadJson: '{}', clientId: 'client-01' });
		box.add({ type: 'relation', payloadJson: '{}', clientId: 'client-02' });
		const sent: string[] = [];
		let calls = 0;
		await box.flush(async (i) => {
			sent.push(i.clientId);
			return calls++ === 0
				? 'ok'
				: (() => {
						throw new Error('offline');
					})();
		});
		expect(sent).toEqual(['client-01', 'client-02']);
		expect(box.items.map((i) => i.clientId)).toEqual(['client-02']);
	});

	it('drops an invalid edit and reports it', async () => {
		const box = new Outbox(memoryStore(), 'k');
		box.add({ type: 'actor', payloadJson: '{}', clientId: 'client-01' });
		const dropped: OutboxItem[] = [];
		await box.flush(
			async () => 'drop',
			(i) => dropped.push(i)
		);
		expect(dropped.map((i) => i.clientId)).toEqual(['client-01']);
		expect(box.items).toHaveLength(0);
	});

	it('runs one flush at a time', async () => {
		const box = new Outbox(memoryStore(), 'k');
		box.add({ type: 'actor', payloadJson: '{}', clientId: 'client-01' });
		let sends = 0;
		const send = async () => (sends++, await new Promise((r) => setTimeout(r, 5)), 'ok' as const);
		await Promise.all([box.flush(send), box.flush(send)]);
		expect(sends).toBe(1);
	});

	it('sends what is added after a flush of an empty outbox', async () => {
		const box = new Outbox(memoryStore(), 'k');
		const sent: string[] = [];
		const send = async (i: OutboxItem) => (sent.push(i.clientId), 'ok' as const);
		await box.flush(send);
		box.add({ type: 'actor', payloadJson: '{}', clientId: 'client-03' });
		await box.flush(send);
		expect(sent).toEqual(['client-03']);
	});

	it('survives corrupt storage', () => {
		const store = memoryStore();
		store.setItem('k', 'not json');
		expect(new Outbox(store, 'k').items).toEqual([]);
	});
});

describe('influence towers', () => {
	it('counts each participant’s last rating and flags disagreement', () => {
		const towers = computeTowers([
			{ participantId: 'p1', actor: 'a', value: 1, at: 1 },
			{ participantId: 'p1', actor: 'a', value: 5, at: 2 },
			{ participantId: 'p2', actor: 'a', value: 5, at: 1 },
			{ participantId: 'p1', actor: 'b', value: 1, at: 1 },
			{ participantId: 'p2', actor: 'b', value: 5, at: 1 },
			{ participantId: 'p3', actor: 'b', value: 3, at: 1 }
		]);
		expect(towers.map((t) => [t.actor, t.mean, t.count, t.disagreement])).toEqual([
			['a', 5, 2, false],
			['b', 3, 3, true]
		]);
		expect(towers[1]!.histogram).toEqual([1, 0, 1, 0, 1]);
	});

	it('a single rating is never a disagreement; out-of-range values are ignored', () => {
		const towers = computeTowers([
			{ participantId: 'p1', actor: 'a', value: 2, at: 1 },
			{ participantId: 'p2', actor: 'a', value: 9, at: 1 }
		]);
		expect(towers).toEqual([
			expect.objectContaining({ actor: 'a', count: 1, mean: 2, disagreement: false })
		]);
		expect(latestRatings([])).toEqual([]);
	});
});

describe('payloads', () => {
	it('accepts and normalises valid payloads', () => {
		expect(parsePayload('actor', '{"name":"  Caritas  ","kind":"odv"}')).toEqual({
			ok: true,
			value: { name: 'Caritas', kind: 'odv', existingActorId: null }
		});
		expect(parsePayload('rating', '{"actor":"abc12345","value":4}').ok).toBe(true);
		expect(parsePayload('actor', '{"name":"Caritas","seatIstat":" 019035 "}')).toEqual({
			ok: true,
			value: { name: 'Caritas', kind: null, existingActorId: null, seatIstat: '019035' }
		});
	});
	it('refuses bad ones', () => {
		expect(parsePayload('actor', '{"name":""}').ok).toBe(false);
		expect(parsePayload('actor', '{"name":"Caritas","seatIstat":"Crema"}').ok).toBe(false);
		expect(parsePayload('relation', '{"a":"x","b":"x"}').ok).toBe(false);
		expect(parsePayload('rating', '{"actor":"abc","value":6}').ok).toBe(false);
		expect(parsePayload('note', 'nope').ok).toBe(false);
	});
});

describe('client ids', () => {
	it('are 32 hex characters and differ', async () => {
		const { newClientId } = await import('./outbox');
		const a = newClientId();
		expect(a).toMatch(/^[0-9a-f]{32}$/);
		expect(newClientId()).not.toBe(a);
	});
});
