import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver, connectTestDatabase, execute, ok, testViewer } from '../helpers/graphql';
import { contribute, createWorkshop, CREMASCO, join } from '../helpers/workshops';
import { readTx, writeTx } from '../../src/lib/server/db/driver';
import { loadMigrations } from '../../src/lib/server/db/migrate';

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

describe('workshop: a same-name actor merges only within one Comune', () => {
	const seatedAs = (name: string, seatIstat?: string) => ({
		name,
		...(seatIstat ? { seatIstat } : {})
	});

	it('keeps the same name in two Comuni apart; same Comune, or a Comune on one side only, merges', async () => {
		const room = await createWorkshop('Omonimi', false, facilitator);
		const { viewer: marta } = await join(room.code, 'Marta');
		const add = async (clientId: string, name: string, seatIstat?: string) => {
			const result = await contribute(marta, clientId, 'actor', seatedAs(name, seatIstat));
			expect(result.errors).toBeUndefined();
			return result.data!.contributeToWorkshop.contribution.status;
		};
		expect(await add('marta-crema-01', 'Caritas parrocchiale', CREMA)).toBe('pending');
		// Another Comune: another organisation, though the name is the same once folded.
		expect(await add('marta-offan-01', 'CARITAS  Parrocchiale', OFFANENGO)).toBe('pending');
		expect(await add('marta-crema-02', 'caritas parrocchiale', CREMA)).toBe('merged');
		// No Comune given: nothing tells it apart, so it merges (a phone rarely knows the seat).
		expect(await add('marta-noseat-1', 'Caritas parrocchiale')).toBe('merged');
		// A seat the facilitator sets later counts too: a same name elsewhere stays apart.
		expect(await add('marta-orat-001', 'Oratorio San Luigi')).toBe('pending');
		const data = await ok<{ workshop: Room }>(
			`query($c: String!) { workshop(code: $c) { id contributions { id clientId payloadJson status } comuni { istat name } duplicateCandidates { sourceId targetId seatIstat } } }`,
			{ c: room.code },
			facilitator
		);
		const idOf = (clientId: string) =>
			data.workshop.contributions.find((c) => c.clientId === clientId)!.id;
		await ok(
			`mutation($w: ID!, $c: ID!, $s: String) { classifyWorkshopActor(workshopId: $w, contributionId: $c, kind: "odv", seatIstat: $s) { id } }`,
			{ w: room.id, c: idOf('marta-orat-001'), s: CREMA },
			facilitator
		);
		expect(await add('marta-orat-002', 'Oratorio San Luigi', OFFANENGO)).toBe('pending');
		expect(await add('marta-orat-003', 'Oratorio San Luigi', CREMA)).toBe('merged');
		const mergedInto = await readTx(async (tx) =>
			(
				await tx.run(
					`MATCH (c:Contribution {workshopId: $w, status: 'merged'}) RETURN c.clientId AS c, c.mergedInto AS into ORDER BY c`,
					{ w: room.id }
				)
			).records.map((r) => [r.get('c'), r.get('into')])
		);
		expect(mergedInto).toEqual([
			['marta-crema-02', 'marta-crema-01'],
			['marta-noseat-1', 'marta-crema-01'],
			['marta-orat-003', 'marta-orat-001']
		]);
		const bad = await contribute(marta, 'marta-bad-0001', 'actor', seatedAs('Auser', '999999'));
		expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
		expect(bad.errors?.[0]?.extensions?.field).toBe('payloadJson.seatIstat');
	});

	it('the migration gives rows written before their seat from the payload', async () => {
		const key = 'migration-seat-test:row-1';
		await writeTx((tx) =>
			tx.run(
				`MERGE (c:Contribution {key: $key}) SET c.type = 'actor', c.workshopId = 'migration-seat-test',
				   c.payloadJson = $json, c.seatIstat = null`,
				{ key, json: JSON.stringify({ name: 'A "seatIstat":"x', kind: null, seatIstat: CREMA }) }
			)
		);
		const migration = (await loadMigrations()).find((m) => m.id === '019_workshop_actor_seat')!;
		for (const statement of migration.statements) await writeTx((tx) => tx.run(statement));
		const seat = await readTx(async (tx) =>
			(
				await tx.run(`MATCH (c:Contribution {key: $key}) RETURN c.seatIstat AS s`, { key })
			).records[0]!.get('s')
		);
		expect(seat).toBe(CREMA);
	});
});
