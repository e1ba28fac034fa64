import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver, connectTestDatabase, execute, testViewer } from '../helpers/graphql';
import { writeTx } from '../../src/lib/server/db/driver';
import {
	startSharedWorkshopEvents,
	stopSharedWorkshopEvents
} from '../../src/lib/server/workshops/pubsub';
import type { WorkshopEvent } from '../../src/lib/server/workshops/workshop-queries';
import { WorkshopEventRelay } from '../../src/lib/server/workshops/relay';

beforeAll(connectTestDatabase);
afterAll(async () => {
	stopSharedWorkshopEvents();
	await closeDriver();
});

const CREMASCO = 'ambito-ambito-distrettuale-cremasco';

/** A relay as another app process would run it, polled by hand (no timers in the test). */
function processWithRelay(origin: string) {
	const heard: WorkshopEvent[] = [];
	const relay = new WorkshopEventRelay({ origin, deliver: (e) => heard.push(e) });
	return { relay, heard };
}

const event = (workshopId: string): WorkshopEvent => ({
	workshopId,
	kind: 'workshop',
	contribution: null,
	workshop: null,
	participant: null
});

describe('workshop events shared between app processes through Neo4j', () => {
	it('delivers another process’s events once, in order, and never echoes its own', async () => {
		const a = processWithRelay('process-a');
		const b = processWithRelay('process-b');
		await a.relay.start();
		await b.relay.start();
		await a.relay.share(event('w-relay-1'));
		await a.relay.share(event('w-relay-2'));

		expect(await b.relay.poll()).toBe(2);
		expect(b.heard.map((e) => e.workshopId)).toEqual(['w-relay-1', 'w-relay-2']);
		expect(await a.relay.poll()).toBe(0);
		expect(a.heard).toEqual([]);
		// The next poll overlaps the last one: nothing is delivered twice.
		expect(await b.relay.poll()).toBe(0);
		expect(b.heard).toHaveLength(2);
	});

	it('picks up an event whose transaction committed after a later one was already seen', async () => {
		const b = processWithRelay('process-late-b');
		await b.relay.start();
		const a = processWithRelay('process-late-a');
		await a.relay.share(event('w-relay-on-time'));
		// (A process just started also hears the last few seconds: the earlier test's events.)
		await b.relay.poll();
		const ours = () => b.heard.map((e) => e.workshopId).filter((w) => !/^w-relay-\d$/.test(w));
		expect(ours()).toEqual(['w-relay-on-time']);
		// Stamped two seconds earlier than the one already delivered, as a slow commit would be.
		await writeTx((tx) =>
			tx.run(
				`MATCH (seen:WorkshopEvent {origin: 'process-late-a'})
				 CREATE (:WorkshopEvent {id: 'late-event', origin: 'process-late-a', at: seen.at - 2000, payload: $payload})`,
				{ payload: JSON.stringify(event('w-relay-late')) }
			)
		);
		expect(await b.relay.poll()).toBe(1);
		expect(ours()).toEqual(['w-relay-on-time', 'w-relay-late']);
	});

	it('relays what a real mutation publishes to a room on another process', async () => {
		await startSharedWorkshopEvents();
		const other = processWithRelay('process-other');
		await other.relay.start();
		const facilitator = testViewer({
			id: 'test-relay-facilitator',
			roles: ['facilitatore'],
			ambitoIds: [CREMASCO]
		});
		const created = await execute<{ createWorkshop: { id: string; code: string } }>(
			`mutation($a: ID!, $n: String!) { createWorkshop(ambitoId: $a, name: $n) { id code } }`,
			{ a: CREMASCO, n: 'Laboratorio su due processi' },
			facilitator
		);
		expect(created.errors).toBeUndefined();
		const { id, code } = created.data!.createWorkshop;
		const joined = await execute<{ joinWorkshop: { participant: { id: string } } }>(
			`mutation($c: String!, $n: String!) { joinWorkshop(code: $c, name: $n) { participant { id } } }`,
			{ c: code, n: 'Giulia' },
			null
		);
		expect(joined.errors).toBeUndefined();
		// share() runs after the local publish, without being awaited by the mutation: poll until stored.
		let heard: WorkshopEvent | undefined;
		for (let attempt = 0; attempt < 50 && !heard; attempt++) {
			await other.relay.poll();
			heard = other.heard.find((e) => e.workshopId === id && e.kind === 'participant');
			if (!heard) await new Promise((resolve) => setTimeout(resolve, 100));
		}
		expect(heard?.participant?.id).toBe(joined.data!.joinWorkshop.participant.id);
		expect(heard?.participant?.name).toBe('Giulia');
	});
});
