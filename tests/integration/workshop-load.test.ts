// A busy room and a lost connection: every acknowledged edit is stored and announced exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver, connectTestDatabase, execute, ok, subscribe } from '../helpers/graphql';
import {
	contribute,
	contributions,
	createWorkshop,
	facilitator,
	join,
	type Contribution
} from '../helpers/workshops';
import { resumeParticipant } from '../../src/lib/server/workshops/tokens';

beforeAll(connectTestDatabase);
afterAll(closeDriver);

describe('workshop durability and load', () => {
	it('50 participants × 20 concurrent edits (each also retried): every acknowledged edit stored and announced exactly once', async () => {
		const PARTICIPANTS = 50;
		const EDITS = 20;
		const workshop = await createWorkshop('Carico');
		const people = await Promise.all(
			Array.from({ length: PARTICIPANTS }, (_, i) => join(workshop.code, `P${i}`))
		);
		const sub = subscribe(
			facilitator,
			`subscription($w: ID!) { workshopEvents(workshopId: $w) { kind contribution { clientId } } }`,
			{ w: workshop.id }
		);
		await sub.ready;
		await new Promise((r) => setTimeout(r, 50));
		const acked = new Set<string>();
		const latencies: number[] = [];
		let retriesSent = 0;
		const started = Date.now();
		await Promise.all(
			people.map(async ({ viewer }, p) => {
				for (let e = 0; e < EDITS; e++) {
					const clientId = `load-${p}-${e}-${workshop.code}`;
					const payload = { name: `Soggetto ${p}.${e}` };
					const t0 = Date.now();
					// The first send and a "lost ack" retry race each other.
					const sends = [contribute(viewer, clientId, 'actor', payload)];
					if (e % 2 === 0) {
						sends.push(contribute(viewer, clientId, 'actor', payload));
						retriesSent++;
					}
					const results = await Promise.all(sends);
					latencies.push(Date.now() - t0);
					for (const r of results) {
						expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
						acked.add(clientId);
					}
				}
			})
		);
		const elapsed = Date.now() - started;
		const deadline = Date.now() + 10_000;
		while (sub.events.length < acked.size && Date.now() < deadline)
			await new Promise((r) => setTimeout(r, 20));
		await new Promise((r) => setTimeout(r, 200));
		await sub.close();
		const stored = await ok<{ workshop: { contributions: Contribution[] } }>(
			`query($c: String!) { workshop(code: $c) { contributions { clientId } } }`,
			{ c: workshop.code },
			facilitator
		);
		const storedIds = stored.workshop.contributions.map((c) => c.clientId);
		const heard = sub.events
			.map(
				(e) =>
					(e as { data: { workshopEvents: { contribution: { clientId: string } | null } } }).data
						.workshopEvents.contribution?.clientId
			)
			.filter(Boolean);
		latencies.sort((a, b) => a - b);
		const figures = {
			participants: PARTICIPANTS,
			editsEach: EDITS,
			acknowledged: acked.size,
			retriesSent,
			stored: storedIds.length,
			distinctStored: new Set(storedIds).size,
			eventsHeard: heard.length,
			distinctHeard: new Set(heard).size,
			elapsedMs: elapsed,
			editsPerSecond: Math.round((acked.size / elapsed) * 1000),
			p50Ms: latencies[Math.floor(latencies.length * 0.5)],
			p95Ms: latencies[Math.floor(latencies.length * 0.95)],
			maxMs: latencies.at(-1)
		};
		console.log('workshop load:', JSON.stringify(figures));
		expect(acked.size).toBe(PARTICIPANTS * EDITS);
		expect(storedIds.length).toBe(acked.size);
		expect(new Set(storedIds)).toEqual(acked);
		expect(heard.length).toBe(acked.size);
		expect(new Set(heard).size).toBe(acked.size);
	}, 180_000);

	it('acknowledged edits survive a lost database connection (driver closed and reopened)', async () => {
		const workshop = await createWorkshop('Riavvio');
		const { token, viewer } = await join(workshop.code, 'Elena');
		for (let i = 0; i < 5; i++)
			expect(
				(await contribute(viewer, `restart-${i}-0000`, 'actor', { name: `R${i}` })).errors
			).toBeUndefined();
		await closeDriver();
		await connectTestDatabase();
		// The same token still works after the "restart", and everything acknowledged is there.
		const again = await resumeParticipant(token);
		const list = await contributions(again!);
		expect(list.map((c) => c.clientId).sort()).toEqual(
			[0, 1, 2, 3, 4].map((i) => `restart-${i}-0000`)
		);
	});
});

describe('workshop subscriptions need a rule', () => {
	it('refuses an anonymous subscriber', async () => {
		const result = await execute(`subscription { participantWorkshopEvents { kind } }`, {}, null);
		expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
	});
});
