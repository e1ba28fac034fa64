import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTx, writeTx } from '../../src/lib/server/db/driver';
import { upsertContribution } from '../../src/lib/server/workshops/workshop-queries';
import type { Viewer } from '../../src/lib/server/auth/policy';
import { closeDriver, connectTestDatabase, execute, ok, testViewer } from '../helpers/graphql';
import { contribute as contributeAs, createWorkshop, CREMASCO, join } from '../helpers/workshops';

/**
 * Issue 13, item 7: a participant named `existingActorId` of any actor in the region (made-up ids
 * too), and the facilitator's commit then wrote a collaboration between two actors of another
 * Ambito. Only actors of the workshop's own map (or new ones) may be named, and the commit writes
 * only what the facilitator could write by hand.
 */
const u = `wscope${Date.now().toString(36)}`;
const facilitator = testViewer({
	id: `${u}-facilitator`,
	name: 'Facilitatrice',
	roles: ['facilitatore'],
	ambitoIds: [CREMASCO]
});
const outside = { a: `${u}-outside-a`, b: `${u}-outside-b` };
let workshop: { id: string; code: string };
let participant: Viewer;

const contribute = (clientId: string, type: string, payload: unknown) =>
	contributeAs(participant, clientId, type, payload);

const collaborationBetween = (a: string, b: string) =>
	readTx(async (tx) => {
		const r = await tx.run(
			`MATCH (:Actor {id: $a})-[c:COLLABORATES_WITH]-(:Actor {id: $b}) RETURN count(c) AS n`,
			{ a, b }
		);
		return r.records[0]!.get('n') as number;
	});

beforeAll(async () => {
	await connectTestDatabase();
	// Two actors of another Ambito (its first Comune), entered by an administrator.
	const elsewhere = await readTx(async (tx) => {
		const r = await tx.run(
			`MATCH (c:Comune)-[:IN]->(a:Ambito) WHERE a.id <> $cremasco
			 RETURN c.istat AS istat ORDER BY a.id, c.istat LIMIT 1`,
			{ cremasco: CREMASCO }
		);
		return r.records[0]!.get('istat') as string;
	});
	await ok(
		`mutation($a: ActorInput!, $b: ActorInput!) { a: createActor(input: $a) { id } b: createActor(input: $b) { id } }`,
		{
			a: { id: outside.a, name: `Fuori A ${u}`, kind: 'odv', seatIstat: elsewhere },
			b: { id: outside.b, name: `Fuori B ${u}`, kind: 'aps', seatIstat: elsewhere }
		},
		testViewer()
	);
	workshop = await createWorkshop(`Laboratorio ${u}`, true, facilitator);
	participant = (await join(workshop.code, 'Anna')).viewer;
});

afterAll(async () => {
	await writeTx(async (tx) => {
		await tx.run(`MATCH (c:Contribution {workshopId: $w}) DELETE c`, { w: workshop.id });
		await tx.run(`MATCH (p:Participant {workshopId: $w}) DELETE p`, { w: workshop.id });
		await tx.run(`MATCH (n) WHERE n.id STARTS WITH $u OR n.id = $w DETACH DELETE n`, {
			u,
			w: workshop.id
		});
	});
	await closeDriver();
});

describe('a participant names only actors of the workshop’s own map', () => {
	it('refuses an actor of another Ambito and a made-up id, with a clear Italian error', async () => {
		for (const id of [outside.a, `${u}-made-up`]) {
			const result = await contribute(`${u}-ref-${id.length}`, 'actor', {
				name: 'Qualcuno',
				kind: 'odv',
				existingActorId: id
			});
			expect(result.errors?.[0]?.extensions?.code, id).toBe('BAD_INPUT');
			expect(result.errors?.[0]?.message).toMatch(/non è nella mappa di questo laboratorio/);
			expect(result.errors?.[0]?.extensions?.field).toBe('payloadJson.existingActorId');
		}
	});

	it('accepts an actor seeded from the map, one placed in the Ambito, and a new one', async () => {
		const seeded = await readTx(async (tx) => {
			const r = await tx.run(
				`MATCH (c:Contribution {workshopId: $w, type: 'actor'}) WHERE c.clientId STARTS WITH 'map:'
				 RETURN substring(c.clientId, 4) AS id ORDER BY c.clientId LIMIT 1`,
				{ w: workshop.id }
			);
			return r.records[0]!.get('id') as string;
		});
		const inAmbito = `comune-019035`; // Crema, a Comune of the Cremasco
		for (const [clientId, existingActorId] of [
			[`${u}-seeded`, seeded],
			[`${u}-inambito`, inAmbito],
			[`${u}-new`, null]
		] as const) {
			const result = await contribute(clientId, 'actor', {
				name: 'Ente',
				kind: 'odv',
				existingActorId
			});
			expect(result.errors, `${existingActorId}: ${JSON.stringify(result.errors)}`).toBeUndefined();
		}
	});
});

describe('the facilitator’s commit respects the facilitator’s scope', () => {
	it('refuses to write a collaboration between two actors of another Ambito, and writes nothing', async () => {
		// Contributions naming outside actors, as stored before the check above existed.
		const stored = [];
		for (const [clientId, type, payload] of [
			[`${u}-old-a`, 'actor', { name: 'Fuori A', kind: 'odv', existingActorId: outside.a }],
			[`${u}-old-b`, 'actor', { name: 'Fuori B', kind: 'aps', existingActorId: outside.b }],
			[`${u}-old-rel`, 'relation', { a: `${u}-old-a`, b: `${u}-old-b`, label: null, strength: 4 }]
		] as const)
			stored.push(
				(
					await upsertContribution({
						workshopId: workshop.id,
						clientId,
						type,
						payloadJson: JSON.stringify(payload),
						participantId: participant.id,
						participantName: 'Anna',
						at: Date.now()
					})
				).contribution.id
			);
		const review = (ids: string[], status: string) =>
			ok(
				`mutation($w: ID!, $ids: [ID!]!, $s: String!) { reviewWorkshopContributions(workshopId: $w, ids: $ids, status: $s) { id } }`,
				{ w: workshop.id, ids, s: status },
				facilitator
			);
		await review(stored, 'accepted');
		const commit = () =>
			execute<{ commitWorkshop: { collaborations: number } }>(
				`mutation($w: ID!) { commitWorkshop(workshopId: $w) { collaborations workshop { status } } }`,
				{ w: workshop.id },
				facilitator
			);
		const refused = await commit();
		expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
		expect(refused.errors?.[0]?.message).toMatch(/fuori dai tuoi Ambiti/);
		expect(await collaborationBetween(outside.a, outside.b)).toBe(0);
		// Rejected, the rest is committed.
		await review(stored, 'rejected');
		const done = await commit();
		expect(done.errors, JSON.stringify(done.errors)).toBeUndefined();
		expect(await collaborationBetween(outside.a, outside.b)).toBe(0);
	});
});
