import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver, connectTestDatabase, execute, ok, testViewer } from '../helpers/graphql';
import { contribute, createWorkshop, CREMASCO, join } from '../helpers/workshops';
import { readTx } from '../../src/lib/server/db/driver';

/** Near-duplicates by name and Comune, merged by the facilitator before the commit (issue 18). */
beforeAll(connectTestDatabase);
afterAll(closeDriver);

const CREMA = '019035';
const OFFANENGO = '019062';
const facilitator = testViewer({
	id: 'test-facilitator-dup',
	name: 'Facilitatrice',
	roles: ['facilitatore'],
	ambitoIds: [CREMASCO]
});

interface Room {
	id: string;
	contributions: Array<{ id: string; clientId: string; payloadJson: string; status: string }>;
	comuni: Array<{ istat: string; name: string }>;
	duplicateCandidates: Array<{ sourceId: string; targetId: string; seatIstat: string }>;
}

describe('workshop: a Comune for new actors, near-duplicates merged before the commit', () => {
	let code = '';
	let room: Room;
	const read = async () => {
		const data = await ok<{ workshop: Room }>(
			`query($c: String!) { workshop(code: $c) { id contributions { id clientId payloadJson status }
			   comuni { istat name } duplicateCandidates { sourceId targetId seatIstat } } }`,
			{ c: code },
			facilitator
		);
		room = data.workshop;
		return room;
	};
	const idOf = (clientId: string) => room.contributions.find((c) => c.clientId === clientId)!.id;
	const classify = (clientId: string, seatIstat: string | null) =>
		execute(
			`mutation($w: ID!, $c: ID!, $s: String) { classifyWorkshopActor(workshopId: $w, contributionId: $c, kind: "odv", seatIstat: $s) { payloadJson } }`,
			{ w: room.id, c: idOf(clientId), s: seatIstat },
			facilitator
		);

	it('offers the Ambito’s real Comuni and refuses a made-up one, naming the field', async () => {
		code = (await createWorkshop('Doppioni', false, facilitator)).code;
		const { viewer: elena } = await join(code, 'Elena');
		for (const [clientId, name] of [
			['elena-actor-01', 'Caritas Cremasca'],
			['elena-actor-02', 'Caritas'],
			['elena-actor-03', 'Auser Caritas'],
			['elena-actor-04', 'Centro diurno']
		] as const)
			expect((await contribute(elena, clientId, 'actor', { name })).errors).toBeUndefined();
		await read();
		expect(room.comuni).toContainEqual({ istat: CREMA, name: 'Crema' });
		expect(room.comuni).toContainEqual({ istat: OFFANENGO, name: 'Offanengo' });
		const bad = await classify('elena-actor-01', '999999');
		expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
		expect(bad.errors?.[0]?.message).toMatch(/Comune non trovato: "999999"/);
	});

	it('pairs names of one organisation in the same Comune, not in different Comuni', async () => {
		// No Comune yet: no pair.
		expect(room.duplicateCandidates).toEqual([]);
		await classify('elena-actor-01', CREMA);
		await classify('elena-actor-02', CREMA);
		await classify('elena-actor-03', OFFANENGO);
		await classify('elena-actor-04', CREMA);
		await read();
		// "Caritas" is all in "Caritas Cremasca", both in Crema; "Auser Caritas" is in Offanengo.
		expect(room.duplicateCandidates).toEqual([
			{ sourceId: idOf('elena-actor-02'), targetId: idOf('elena-actor-01'), seatIstat: CREMA }
		]);
	});

	it('the facilitator merges the pair; the commit writes one actor, seated in its Comune', async () => {
		await ok(
			`mutation($w: ID!, $s: [ID!]!, $t: ID!) { mergeWorkshopActors(workshopId: $w, sourceIds: $s, targetId: $t) { status } }`,
			{
				w: room.id,
				s: [room.duplicateCandidates[0]!.sourceId],
				t: room.duplicateCandidates[0]!.targetId
			},
			facilitator
		);
		await read();
		expect(room.duplicateCandidates).toEqual([]);
		await ok(
			`mutation($w: ID!, $ids: [ID!]!) { reviewWorkshopContributions(workshopId: $w, ids: $ids, status: "accepted") { id } }`,
			{ w: room.id, ids: ['elena-actor-01', 'elena-actor-03', 'elena-actor-04'].map(idOf) },
			facilitator
		);
		const committed = await ok<{ commitWorkshop: { actors: number } }>(
			`mutation($w: ID!) { commitWorkshop(workshopId: $w) { actors } }`,
			{ w: room.id },
			facilitator
		);
		expect(committed.commitWorkshop.actors).toBe(3);
		const seats = await readTx(async (tx) =>
			(
				await tx.run(
					`MATCH (w:Workshop {id: $id})-[:FROM_WORKSHOP]->(a:Actor) OPTIONAL MATCH (a)-[:SEATED_IN]->(c:Comune)
					 RETURN a.name AS name, c.name AS comune ORDER BY name`,
					{ id: room.id }
				)
			).records.map((r) => r.toObject())
		);
		expect(seats).toEqual([
			{ name: 'Auser Caritas', comune: 'Offanengo' },
			{ name: 'Caritas Cremasca', comune: 'Crema' },
			{ name: 'Centro diurno', comune: 'Crema' }
		]);
	});
});
