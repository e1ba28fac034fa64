// The workshop's way through: create, join, contribute, review, commit (durability and load in
// workshop-load.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	closeDriver,
	connectTestDatabase,
	execute,
	ok,
	subscribe,
	testViewer
} from '../helpers/graphql';
import {
	contribute,
	contributions,
	createWorkshop,
	CREMASCO,
	facilitator,
	join,
	type Contribution,
	type Workshop
} from '../helpers/workshops';
import type { Viewer } from '../../src/lib/server/auth/policy';
import { resumeParticipant } from '../../src/lib/server/workshops/tokens';
import { readTx } from '../../src/lib/server/db/driver';

beforeAll(connectTestDatabase);
afterAll(closeDriver);

const otherFacilitator = testViewer({
	id: 'test-facilitator-2',
	roles: ['facilitatore'],
	ambitoIds: ['ambito-somewhere-else']
});

describe('workshop: create, join, contribute, review, commit', () => {
	let workshop: Workshop;
	let anna: Viewer;
	let bruno: Viewer;

	it('a facilitator creates a workshop from the current map, with a code to read off the screen', async () => {
		workshop = await createWorkshop('Tavolo minori', true);
		expect(workshop.code).toMatch(/^[A-Z2-9]{8}$/);
		expect(workshop.status).toBe('open');
		const data = await ok<{ workshop: { contributions: Contribution[] } }>(
			`query($c: String!) { workshop(code: $c) { contributions { id type status } } }`,
			{ c: workshop.code.toLowerCase() },
			facilitator
		);
		// Seeded from the demo network of the Cremasco: actors already accepted.
		const actors = data.workshop.contributions.filter((c) => c.type === 'actor');
		expect(actors.length).toBeGreaterThan(10);
		expect(actors.every((c) => c.status === 'accepted')).toBe(true);
	});

	it('a facilitator of another Ambito may not see or steer it', async () => {
		const result = await execute(
			`mutation($w: ID!) { setWorkshopStep(workshopId: $w, step: "relations") { id } }`,
			{ w: workshop.id },
			otherFacilitator
		);
		expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
		const read = await execute(
			`query($c: String!) { workshop(code: $c) { id } }`,
			{ c: workshop.code },
			otherFacilitator
		);
		expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
	});

	it('participants join with the code and a name, no account', async () => {
		anna = (await join(workshop.code, 'Anna')).viewer;
		bruno = (await join(workshop.code, 'Bruno')).viewer;
		expect(anna.workshopIds).toEqual([workshop.id]);
	});

	it('a participant may contribute but not steer, and sees only their own workshop', async () => {
		const steer = await execute(
			`mutation($w: ID!) { setWorkshopStep(workshopId: $w, step: "relations") { id } }`,
			{ w: workshop.id },
			anna
		);
		expect(steer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
		const other = await createWorkshop('Altro tavolo');
		// A real subscription (over SSE, as the projector opens it), refused before any event flows.
		const spy = subscribe(
			anna,
			`subscription($w: ID!) { workshopEvents(workshopId: $w) { kind } }`,
			{ w: other.id }
		);
		// Refused, the stream's first answer is the error. Were it allowed, the room's changes would
		// reach her: the facilitator moves the other room on until the stream says something.
		let first: Awaited<typeof spy.first> | undefined;
		for (const step of ['relations', 'influence', 'goals', 'review', 'actors']) {
			first = await Promise.race([spy.first, new Promise<undefined>((r) => setTimeout(r, 200))]);
			if (first !== undefined) break;
			await ok(
				`mutation($w: ID!, $s: String!) { setWorkshopStep(workshopId: $w, step: $s) { id } }`,
				{ w: other.id, s: step },
				facilitator
			);
		}
		await spy.close();
		expect(first?.errors?.[0]?.extensions?.code, JSON.stringify(first)).toBe('FORBIDDEN');
		const reads = await execute(`{ actors(first: 1) { totalCount } }`, {}, anna);
		expect(reads.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
	});

	it('stores each edit once: a retried client id is acknowledged, not duplicated', async () => {
		const first = await contribute(anna, 'anna-actor-0001', 'actor', {
			name: 'Oratorio San Luigi'
		});
		expect(first.errors).toBeUndefined();
		expect(first.data!.contributeToWorkshop.created).toBe(true);
		const again = await contribute(anna, 'anna-actor-0001', 'actor', {
			name: 'Oratorio San Luigi'
		});
		expect(again.data!.contributeToWorkshop).toEqual({
			created: false,
			contribution: first.data!.contributeToWorkshop.contribution
				? expect.objectContaining({ id: first.data!.contributeToWorkshop.contribution.id })
				: null
		});
		const list = await contributions(bruno);
		expect(list.filter((c) => c.clientId === 'anna-actor-0001')).toHaveLength(1);
	});

	it('never stores a second actor of the same (normalised) name: it is merged into the first', async () => {
		// Two phones at once, one typing it differently; and a name already on the seeded map.
		const [a, b] = await Promise.all([
			contribute(anna, 'anna-dup-00001', 'actor', { name: 'Caritas Cremasca' }),
			contribute(bruno, 'bruno-dup-0001', 'actor', { name: 'CARITAS  cremasca' })
		]);
		expect(a.errors ?? b.errors).toBeUndefined();
		const list = await contributions(anna);
		const added = list.filter((c) => ['anna-dup-00001', 'bruno-dup-0001'].includes(c.clientId));
		expect(added.map((c) => c.status).sort()).toEqual(['merged', 'pending']);
		const seeded = list.find((c) => c.type === 'actor' && c.clientId.startsWith('map:'))!;
		const seededName = (JSON.parse(seeded.payloadJson) as { name: string }).name;
		await contribute(anna, 'anna-dup-00002', 'actor', { name: ` ${seededName.toUpperCase()} ` });
		const again = (await contributions(anna)).find((c) => c.clientId === 'anna-dup-00002')!;
		expect(again.status).toBe('merged');
		const merged = await ok<{
			participantWorkshop: {
				contributions: Array<{ clientId: string; mergedInto: string | null }>;
			};
		}>(`{ participantWorkshop { contributions { clientId mergedInto } } }`, {}, anna);
		expect(
			merged.participantWorkshop.contributions.find((c) => c.clientId === 'anna-dup-00002')
				?.mergedInto
		).toBe(seeded.clientId);
		// A relation may still name the merged one: it lands on the actor that stands.
		const rel = await contribute(bruno, 'bruno-dup-rel1', 'relation', {
			a: 'anna-dup-00002',
			b: 'anna-dup-00001'
		});
		expect(rel.errors).toBeUndefined();
	});

	it('refuses a relation to an actor that is not in the workshop, and bad ratings', async () => {
		const bad = await contribute(bruno, 'bruno-rel-00001', 'relation', {
			a: 'anna-actor-0001',
			b: 'nobody-here'
		});
		expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
		const rating = await contribute(bruno, 'bruno-rate-0001', 'rating', {
			actor: 'anna-actor-0001',
			value: 7
		});
		expect(rating.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
	});

	it('everyone hears the others’ edits live (SSE subscription)', async () => {
		const sub = subscribe(
			bruno,
			`subscription { participantWorkshopEvents { kind contribution { clientId participantName } } }`
		);
		await sub.ready;
		await new Promise((r) => setTimeout(r, 50));
		const t0 = Date.now();
		await contribute(anna, 'anna-actor-0002', 'actor', { name: 'Parrocchia di Ombriano' });
		while (!sub.events.length && Date.now() - t0 < 2000)
			await new Promise((r) => setTimeout(r, 10));
		const latency = Date.now() - t0;
		await sub.close();
		expect(sub.events[0]).toEqual({
			data: {
				participantWorkshopEvents: {
					kind: 'contribution',
					contribution: { clientId: 'anna-actor-0002', participantName: 'Anna' }
				}
			}
		});
		expect(latency).toBeLessThan(1000);
	});

	it('a paused workshop refuses new edits but still acknowledges a retried one', async () => {
		await ok(
			`mutation($w: ID!) { setWorkshopStatus(workshopId: $w, status: "paused") { status } }`,
			{ w: workshop.id },
			facilitator
		);
		const fresh = await contribute(anna, 'anna-actor-0003', 'actor', { name: 'Nuovo' });
		expect(fresh.errors?.[0]?.extensions?.code).toBe('CONFLICT');
		const retried = await contribute(anna, 'anna-actor-0002', 'actor', {
			name: 'Parrocchia di Ombriano'
		});
		expect(retried.data?.contributeToWorkshop.created).toBe(false);
		await ok(
			`mutation($w: ID!) { setWorkshopStatus(workshopId: $w, status: "open") { status } }`,
			{ w: workshop.id },
			facilitator
		);
		expect(
			(await contribute(anna, 'anna-actor-0003', 'actor', { name: 'Nuovo' })).errors
		).toBeUndefined();
	});

	it('a removed participant’s token stops working; closing joining refuses newcomers', async () => {
		const carla = await join(workshop.code, 'Carla');
		await ok(
			`mutation($w: ID!, $p: ID!) { removeWorkshopParticipant(workshopId: $w, participantId: $p) }`,
			{ w: workshop.id, p: carla.viewer.id },
			facilitator
		);
		expect(await resumeParticipant(carla.token)).toBeNull();
		await ok(
			`mutation($w: ID!) { setWorkshopJoining(workshopId: $w, open: false) { joiningOpen } }`,
			{ w: workshop.id },
			facilitator
		);
		const late = await execute(
			`mutation($c: String!) { joinWorkshop(code: $c, name: "Dario") { token } }`,
			{ c: workshop.code },
			null
		);
		// Answered like a wrong code: a closed room does not tell a guesser that its code exists.
		expect(late.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
	});

	it('the facilitator chooses who is rated; phones may rate only those, until the default is back', async () => {
		const SET = `mutation($w: ID!, $r: [String!]) { setWorkshopRatedActors(workshopId: $w, refs: $r) { ratedActors } }`;
		const chosen = await ok<{ setWorkshopRatedActors: { ratedActors: string[] | null } }>(
			SET,
			{ w: workshop.id, r: ['anna-actor-0002', 'anna-actor-0002'] },
			facilitator
		);
		expect(chosen.setWorkshopRatedActors.ratedActors).toEqual(['anna-actor-0002']);
		const seen = await ok<{ participantWorkshop: { ratedActors: string[] | null } }>(
			`{ participantWorkshop { ratedActors } }`,
			{},
			bruno
		);
		expect(seen.participantWorkshop.ratedActors).toEqual(['anna-actor-0002']);
		const refused = await contribute(bruno, 'bruno-rate-x001', 'rating', {
			actor: 'anna-actor-0001',
			value: 3
		});
		expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
		expect(refused.errors?.[0]?.message).toMatch(/non è tra quelli da valutare/);
		const rated = await contribute(bruno, 'bruno-rate-x002', 'rating', {
			actor: 'anna-actor-0002',
			value: 2
		});
		expect(rated.errors).toBeUndefined();
		// Only actors of this room; only the facilitator.
		const unknown = await execute(SET, { w: workshop.id, r: ['nobody-here-01'] }, facilitator);
		expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
		const byPhone = await execute(SET, { w: workshop.id, r: ['anna-actor-0001'] }, bruno);
		expect(byPhone.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
		const reset = await ok<{ setWorkshopRatedActors: { ratedActors: string[] | null } }>(
			SET,
			{ w: workshop.id, r: null },
			facilitator
		);
		expect(reset.setWorkshopRatedActors.ratedActors).toBeNull();
	});

	it('the facilitator merges duplicates, reviews, and commits into the map with provenance, once', async () => {
		// Bruno adds the same oratory again, a relation to it and a rating.
		await contribute(bruno, 'bruno-actor-001', 'actor', {
			name: 'Oratorio S. Luigi',
			kind: 'ente_religioso'
		});
		await contribute(bruno, 'bruno-rel-00002', 'relation', {
			a: 'bruno-actor-001',
			b: 'anna-actor-0002',
			label: 'doposcuola',
			strength: 4
		});
		await contribute(bruno, 'bruno-rate-0002', 'rating', { actor: 'anna-actor-0001', value: 5 });
		await contribute(anna, 'anna-rate-0001', 'rating', { actor: 'anna-actor-0001', value: 1 });
		await contribute(anna, 'anna-note-00001', 'note', {
			kind: 'goal',
			text: 'Coprire i compiti del sabato'
		});
		await contribute(bruno, 'bruno-note-0001', 'note', {
			kind: 'note',
			text: 'La parrocchia ha spazi liberi il sabato',
			actor: 'anna-actor-0002'
		});
		const all = await contributions(anna);
		const byClient = new Map(all.map((c) => [c.clientId, c]));
		await ok(
			`mutation($w: ID!, $s: [ID!]!, $t: ID!) { mergeWorkshopActors(workshopId: $w, sourceIds: $s, targetId: $t) { status } }`,
			{
				w: workshop.id,
				s: [byClient.get('bruno-actor-001')!.id],
				t: byClient.get('anna-actor-0001')!.id
			},
			facilitator
		);
		await ok(
			`mutation($w: ID!, $ids: [ID!]!) { reviewWorkshopContributions(workshopId: $w, ids: $ids, status: "accepted") { status } }`,
			{
				w: workshop.id,
				ids: ['anna-actor-0001', 'anna-actor-0002', 'bruno-rel-00002'].map(
					(c) => byClient.get(c)!.id
				)
			},
			facilitator
		);
		await ok(
			`mutation($w: ID!, $ids: [ID!]!) { reviewWorkshopContributions(workshopId: $w, ids: $ids, status: "rejected") { status } }`,
			{ w: workshop.id, ids: [byClient.get('anna-actor-0003')!.id] },
			facilitator
		);
		// A new organisation needs a kind (and so a sector) before it reaches the map.
		const unclassified = await execute(
			`mutation($w: ID!) { commitWorkshop(workshopId: $w) { actors } }`,
			{ w: workshop.id },
			facilitator
		);
		expect(unclassified.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
		expect(unclassified.errors?.[0]?.message).toMatch(/Scegli il tipo di ente per: .*Ombriano/);
		for (const clientId of ['anna-actor-0001', 'anna-actor-0002'])
			await ok(
				`mutation($w: ID!, $c: ID!, $k: String!) { classifyWorkshopActor(workshopId: $w, contributionId: $c, kind: $k) { id } }`,
				{ w: workshop.id, c: byClient.get(clientId)!.id, k: 'ente_religioso' },
				facilitator
			);
		const committed = await ok<{
			commitWorkshop: { actors: number; collaborations: number; workshop: { status: string } };
		}>(
			`mutation($w: ID!) { commitWorkshop(workshopId: $w) { actors collaborations workshop { status } } }`,
			{ w: workshop.id },
			facilitator
		);
		expect(committed.commitWorkshop).toEqual({
			actors: 2,
			collaborations: 1,
			workshop: { status: 'committed' }
		});
		const rows = await readTx(async (tx) =>
			(
				await tx.run(
					`MATCH (a:Actor)-[c:COLLABORATES_WITH]-(b:Actor) WHERE a.name = 'Oratorio San Luigi'
					 RETURN a.source AS source, b.name AS other, c.source AS cSource, c.value AS value`
				)
			).records.map((r) => r.toObject())
		);
		const today = new Date().toISOString().slice(0, 10);
		// Provenance: the workshop, how many took part (Anna and Bruno), the day.
		const source = `laboratorio Tavolo minori (${workshop.code}), 2 partecipanti, ${today}`;
		expect(rows).toEqual([
			{
				source,
				other: 'Parrocchia di Ombriano',
				cSource: source,
				value: 'doposcuola'
			}
		]);
		// The room's record went in with it: towers on the actors, goals and notes, with provenance.
		const record = await readTx(async (tx) => {
			const actors = await tx.run(
				`MATCH (w:Workshop {id: $id})-[r:FROM_WORKSHOP]->(a:Actor)
				 RETURN a.name AS name, r.added AS added, r.tied AS tied, r.influence AS influence,
				   r.ratingCount AS ratingCount, r.histogram AS histogram, r.disagreement AS disagreement,
				   r.participantCount AS participants, r.source AS source ORDER BY name`,
				{ id: workshop.id }
			);
			const notes = await tx.run(
				`MATCH (w:Workshop {id: $id})-[:RECORDED]->(n:WorkshopNote)
				 OPTIONAL MATCH (n)-[:ABOUT]->(a:Actor)
				 RETURN n.kind AS kind, n.text AS text, n.by AS by, a.name AS about,
				   n.participantCount AS participants, n.source AS source ORDER BY text`,
				{ id: workshop.id }
			);
			const w = await tx.run(`MATCH (w:Workshop {id: $id}) RETURN w.participantCount AS n`, {
				id: workshop.id
			});
			return {
				actors: actors.records.map((r) => r.toObject()),
				notes: notes.records.map((r) => r.toObject()),
				participants: w.records[0]?.get('n')
			};
		});
		expect(record.participants).toBe(2);
		const numbers = (xs: unknown) => (xs as Array<{ toNumber(): number }>).map((x) => Number(x));
		expect(
			record.actors.map((a) => ({
				...a,
				histogram: numbers(a.histogram),
				ratingCount: Number(a.ratingCount),
				participants: Number(a.participants)
			}))
		).toEqual([
			{
				name: 'Oratorio San Luigi',
				added: true,
				tied: true,
				influence: 3,
				ratingCount: 2,
				histogram: [1, 0, 0, 0, 1],
				disagreement: true,
				participants: 2,
				source
			},
			{
				name: 'Parrocchia di Ombriano',
				added: true,
				tied: true,
				// rated once, while it was the only one the facilitator chose (the test before)
				influence: 2,
				ratingCount: 1,
				histogram: [0, 1, 0, 0, 0],
				disagreement: false,
				participants: 2,
				source
			}
		]);
		expect(record.notes.map((n) => ({ ...n, participants: Number(n.participants) }))).toEqual([
			{
				kind: 'goal',
				text: 'Coprire i compiti del sabato',
				by: 'Anna',
				about: null,
				participants: 2,
				source
			},
			{
				kind: 'note',
				text: 'La parrocchia ha spazi liberi il sabato',
				by: 'Bruno',
				about: 'Parrocchia di Ombriano',
				participants: 2,
				source
			}
		]);
		// The map shows it: each actor's workshops (influence sizes the node; a filter picks one).
		const map = await ok<{
			ambitoNetwork: {
				nodes: Array<{
					label: string;
					workshops: Array<{ code: string; name: string; influence: number | null }>;
				}>;
			};
		}>(
			`query($a: ID!) { ambitoNetwork(ambitoId: $a, depth: 1, maxNodes: 20000) { nodes { label workshops { code name influence committedAt } } } }`,
			{ a: CREMASCO },
			facilitator
		);
		const onMap = (label: string) =>
			map.ambitoNetwork.nodes
				.find((n) => n.label === label)
				?.workshops.map(({ code, name, influence }) => ({ code, name, influence }));
		expect(onMap('Oratorio San Luigi')).toEqual([
			{ code: workshop.code, name: 'Tavolo minori', influence: 3 }
		]);
		expect(onMap('Parrocchia di Ombriano')).toEqual([
			{ code: workshop.code, name: 'Tavolo minori', influence: 2 }
		]);
		const again = await execute(
			`mutation($w: ID!) { commitWorkshop(workshopId: $w) { actors } }`,
			{ w: workshop.id },
			facilitator
		);
		expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
	});

	it('two commits at once: one writes, the other is refused, and the record is written once', async () => {
		const room = await createWorkshop('Doppio salvataggio');
		const { viewer: dora } = await join(room.code, 'Dora');
		await contribute(dora, 'dora-actor-0001', 'actor', { name: 'Cooperativa Doppia' });
		await contribute(dora, 'dora-note-00001', 'note', { kind: 'goal', text: 'Un solo record' });
		const list = await ok<{ workshop: { contributions: Contribution[] } }>(
			`query($c: String!) { workshop(code: $c) { contributions { id clientId } } }`,
			{ c: room.code },
			facilitator
		);
		const actorId = list.workshop.contributions.find((c) => c.clientId === 'dora-actor-0001')!.id;
		await ok(
			`mutation($w: ID!, $c: ID!) { classifyWorkshopActor(workshopId: $w, contributionId: $c, kind: "cooperativa_sociale_a") { id } reviewWorkshopContributions(workshopId: $w, ids: [$c], status: "accepted") { id } }`,
			{ w: room.id, c: actorId },
			facilitator
		);
		const commit = () =>
			execute(
				`mutation($w: ID!) { commitWorkshop(workshopId: $w) { actors } }`,
				{ w: room.id },
				facilitator
			);
		const results = await Promise.all([commit(), commit()]);
		expect(results.filter((r) => !r.errors).length).toBe(1);
		// Refused plainly, as the workshop's own conflict, not as a general import clash.
		expect(results.find((r) => r.errors)?.errors?.[0]).toMatchObject({
			message: 'Il laboratorio è già stato salvato / already committed',
			extensions: { code: 'CONFLICT' }
		});
		const counts = await readTx(async (tx) =>
			(
				await tx.run(
					`MATCH (w:Workshop {id: $id})
					 RETURN COUNT { (w)-[:RECORDED]->() } AS notes, COUNT { (w)-[:FROM_WORKSHOP]->() } AS actors`,
					{ id: room.id }
				)
			).records[0]!.toObject()
		);
		expect({ notes: Number(counts.notes), actors: Number(counts.actors) }).toEqual({
			notes: 1,
			actors: 1
		});
	});

	it('exports the full record: who added what, when', async () => {
		const data = await ok<{ workshopExport: string }>(
			`query($w: ID!) { workshopExport(workshopId: $w) }`,
			{ w: workshop.id },
			facilitator
		);
		const record = JSON.parse(data.workshopExport) as {
			participants: Array<{ name: string; removed: boolean }>;
			contributions: Array<{
				clientId: string;
				participantName: string;
				at: string;
				status: string;
				payload: unknown;
			}>;
		};
		expect(record.participants.map((p) => p.name)).toEqual(['Anna', 'Bruno', 'Carla']);
		expect(record.contributions.find((c) => c.clientId === 'bruno-actor-001')).toMatchObject({
			participantName: 'Bruno',
			status: 'merged',
			payload: { name: 'Oratorio S. Luigi' }
		});
		expect(JSON.stringify(record)).not.toContain('tokenHash');
	});
});
