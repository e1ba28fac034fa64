import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver, connectTestDatabase, ok } from '../helpers/graphql';

beforeAll(connectTestDatabase);
afterAll(closeDriver);

const CREMA = '019035';
const MILANO = '015146';
const CREMASCO = 'ambito-ambito-distrettuale-cremasco';
const token = `s${Date.now().toString(36)}`;

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
