import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTx } from '../../src/lib/server/db/driver';
import { closeDriver, connectTestDatabase, ok } from '../helpers/graphql';

beforeAll(connectTestDatabase);
afterAll(closeDriver);

const CREMA = '019035';
const MILANO = '015146';
const CREMASCO = 'ambito-ambito-distrettuale-cremasco';
// Tokens of their own shape: the search forgives one typo, so two tokens of one length taken in the
// same millisecond ("s…" here, "t…" in another file) would find each other's actors.
const token = `srch${Date.now().toString(36)}`;

const CREATE = `mutation($input: ActorInput!) { createActor(input: $input) { id } }`;
const SEARCH = `query($s: String!, $ambitoId: String, $first: Int, $after: String, $t: Boolean) {
	actors(search: $s, ambitoId: $ambitoId, first: $first, after: $after, includeTerritorial: $t) {
		totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }`;

interface Page {
	actors: {
		totalCount: number;
		pageInfo: { hasNextPage: boolean; endCursor: string | null };
		edges: Array<{ node: { id: string; name: string } }>;
	};
}
const search = (vars: Record<string, unknown>) => ok<Page>(SEARCH, vars);
const ids = (page: Page) => page.actors.edges.map((e) => e.node.id);

const created: Record<string, string> = {};
async function create(key: string, input: Record<string, unknown>) {
	const data = await ok<{ createActor: { id: string } }>(CREATE, {
		input: { kind: 'odv', ...input }
	});
	created[key] = data.createActor.id;
}

describe('actor search: Ambito filter and pages (searchActors)', () => {
	beforeAll(async () => {
		await create('seated', { name: `Alfa ${token}`, seatIstat: CREMA });
		await create('active', {
			name: `Beta ${token}`,
			seatIstat: MILANO,
			activeInAmbitoIds: [CREMASCO]
		});
		await create('elsewhere', { name: `Gamma ${token}`, seatIstat: MILANO });
		// Names of one length score alike: ties that a page boundary cuts through.
		for (const n of ['uno', 'due', 'tre', 'qua', 'cin'])
			await create(n, { name: `Zeta ${token} ${n}`, seatIstat: MILANO });
	});

	it('keeps, under an Ambito, the actors seated in its Comuni or active in it, and only those', async () => {
		const page = await search({ s: token, ambitoId: CREMASCO, first: 20 });
		expect(ids(page).sort()).toEqual([created.seated, created.active].sort());
		expect(page.actors.totalCount).toBe(2);
		const typo = await search({ s: `${token.slice(0, -1)}x`, ambitoId: CREMASCO, first: 20 });
		expect(ids(typo).sort(), 'a typo still finds them').toEqual(
			[created.seated, created.active].sort()
		);
	});

	it('finds the Ambito itself under its own filter when territorial bodies are asked for', async () => {
		const page = await search({ s: 'cremasco', ambitoId: CREMASCO, first: 50, t: true });
		expect(ids(page)).toContain(CREMASCO);
		const without = await search({ s: 'cremasco', ambitoId: CREMASCO, first: 50 });
		expect(ids(without)).not.toContain(CREMASCO);
	});

	it('pages through ties in the same order as one long page, with the full total on every page', async () => {
		const all = await search({ s: token, first: 50 });
		expect(all.actors.totalCount).toBe(8);
		expect(ids(all).sort()).toEqual(Object.values(created).sort());
		// Among equal scores the order is by name: the five "Zeta … xxx" come in alphabetical order.
		const zetas = all.actors.edges.map((e) => e.node.name).filter((n) => n.startsWith('Zeta'));
		expect(zetas).toEqual([...zetas].sort());
		for (const size of [2, 3]) {
			const paged: string[] = [];
			let after: string | null = null;
			for (;;) {
				const page: Page = await search({ s: token, first: size, after });
				expect(page.actors.totalCount).toBe(8);
				paged.push(...ids(page));
				if (!page.actors.pageInfo.hasNextPage) break;
				after = page.actors.pageInfo.endCursor;
			}
			expect(paged, `pages of ${size}`).toEqual(ids(all));
		}
	});

	it('still counts every match on a page past the last one', async () => {
		const first = await search({ s: token, first: 8 });
		const past = await search({ s: token, first: 8, after: first.actors.pageInfo.endCursor });
		expect(past.actors.edges).toEqual([]);
		expect(past.actors.totalCount).toBe(8);
	});
});

describe('actor search: a common word tying over a thousand actors (the name index walk)', () => {
	// More ties at the page's last score than searchActors sorts whole (1,000), so their first pages
	// come from the name index. Written in one statement: a thousand creates through the API are slow.
	const word = `tieword${Date.now().toString(36)}`;
	const TIED = 1100;
	// Seeded shuffle of names, some repeated (the id then orders them), written out of name order.
	let seed = 7;
	const next = () => (seed = (seed * 48271) % 2147483647);
	const letters = 'abcdefghijklmnopqrstuvwxyz';
	const syllable = () => letters[next() % 26]! + letters[next() % 26]! + letters[next() % 26]!;
	const rows = Array.from({ length: TIED }, (_, i) => ({
		id: `tie-${word}-${String(next() % 100000).padStart(5, '0')}-${i}`,
		// Two words each, so every one scores alike; every 50th name repeats an earlier one.
		name: i % 50 === 49 ? '' : `${word} ${syllable().toUpperCase()}${syllable()}`
	}));
	rows.forEach((r, i) => {
		if (!r.name) r.name = rows[i - 7]!.name;
	});
	// One word alone scores above the two-word names: the page starts with it, then the ties.
	const alone = { id: `tie-${word}-alone`, name: word };
	const byNameThenId = [...rows].sort((a, b) =>
		a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
	);
	const expected = [alone.id, ...byNameThenId.map((r) => r.id)];

	// Under the Cremasco, over a thousand matches are checked against its actors found once: a third
	// seated in Crema, a sixth seated in Milano but active in the Cremasco, the rest in Milano only.
	const seat = (i: number) => (i % 3 === 0 ? CREMA : MILANO);
	const activeInCremasco = (i: number) => i % 6 === 1;

	beforeAll(async () => {
		await writeTx(async (tx) => {
			await tx.run(
				`UNWIND $rows AS r CREATE (:Actor {id: r.id, name: r.name, kind: 'odv', sector: 'third_sector'})`,
				{ rows: [...rows, alone] }
			);
			await tx.run(
				`UNWIND $rows AS r MATCH (a:Actor {id: r.id}), (c:Comune {istat: r.seat})
				 CREATE (a)-[:SEATED_IN]->(c) SET a.seatIstat = r.seat`,
				{ rows: rows.map((r, i) => ({ id: r.id, seat: seat(i) })) }
			);
			await tx.run(
				`UNWIND $ids AS id MATCH (a:Actor {id: id}), (x:Ambito {id: $ambito}) CREATE (a)-[:ACTIVE_IN]->(x)`,
				{ ids: rows.filter((_, i) => activeInCremasco(i)).map((r) => r.id), ambito: CREMASCO }
			);
		});
	});
	afterAll(async () => {
		await writeTx((tx) =>
			tx.run(`MATCH (a:Actor) WHERE a.id STARTS WITH $prefix DETACH DELETE a`, {
				prefix: `tie-${word}-`
			})
		);
	});

	it('gives the first pages in score then name then id order, with every match counted', async () => {
		const first = await search({ s: word, first: 20 });
		expect(first.actors.totalCount).toBe(TIED + 1);
		expect(ids(first)).toEqual(expected.slice(0, 20));
		const second = await search({ s: word, first: 20, after: first.actors.pageInfo.endCursor });
		expect(ids(second)).toEqual(expected.slice(20, 40));
		expect(second.actors.totalCount).toBe(TIED + 1);
	});

	it('gives a deep page of ties, across repeated names, in the same order', async () => {
		let after: string | null = null;
		for (let offset = 0; offset < 1000; offset += 200) {
			const page: Page = await search({ s: word, first: 200, after });
			expect(ids(page), `from ${offset}`).toEqual(expected.slice(offset, offset + 200));
			after = page.actors.pageInfo.endCursor;
		}
	});

	it('keeps, among over a thousand matches under an Ambito, exactly those seated in it or active in it', async () => {
		const inside = new Set(
			rows.filter((_, i) => seat(i) === CREMA || activeInCremasco(i)).map((r) => r.id)
		);
		const page = await search({ s: word, ambitoId: CREMASCO, first: 200 });
		expect(page.actors.totalCount).toBe(inside.size);
		expect(ids(page)).toEqual(expected.filter((id) => inside.has(id)).slice(0, 200));
	});
});
