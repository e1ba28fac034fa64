import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allProjectIds } from '../../src/lib/server/network/network-queries';
import { closeDriver, connectTestDatabase, ok } from '../helpers/graphql';

beforeAll(connectTestDatabase);
afterAll(closeDriver);

/**
 * The projects list (/progetti) and the rankings read projects newest first; those without a start
 * date come after every dated one (Cypher's DESC alone puts missing values first).
 */
describe('the order of the projects list', () => {
	const unique = `ord${Date.now().toString(36)}`;
	const call = `${unique}-call`;
	// created in an order unlike the expected one, so the insertion order cannot pass for it
	const projects = [
		{ id: `${unique}-undated-b`, title: `B senza date ${unique}`, start: null },
		{ id: `${unique}-2019`, title: `Vecchio ${unique}`, start: '2019-01-01' },
		{ id: `${unique}-undated-a`, title: `A senza date ${unique}`, start: null },
		{ id: `${unique}-2024`, title: `Recente ${unique}`, start: '2024-01-01' }
	];
	const expected = [
		`${unique}-2024`,
		`${unique}-2019`,
		`${unique}-undated-a`,
		`${unique}-undated-b`
	];

	beforeAll(async () => {
		await ok(`mutation($i: CallInput!) { createCall(input: $i) { id } }`, {
			i: { id: call, title: `Bando ${unique}`, year: 2024 }
		});
		for (const p of projects)
			await ok(`mutation($i: ProjectInput!) { createProject(input: $i) { id } }`, {
				i: { ...p, callId: call }
			});
	});

	it('lists dated projects newest first and the undated ones last, by title', async () => {
		const list = await ok<{ projects: { edges: Array<{ node: { id: string } }> } }>(
			`query($c: String) { projects(callId: $c, first: 10) { edges { node { id } } } }`,
			{ c: call }
		);
		expect(list.projects.edges.map((e) => e.node.id)).toEqual(expected);
	});

	it('pages through the same order', async () => {
		const page = async (after: string | null) =>
			(
				await ok<{
					projects: {
						edges: Array<{ node: { id: string } }>;
						pageInfo: { endCursor: string | null };
					};
				}>(
					`query($c: String, $a: String) { projects(callId: $c, first: 2, after: $a) {
						edges { node { id } } pageInfo { endCursor } } }`,
					{ c: call, a: after }
				)
			).projects;
		const first = await page(null);
		const second = await page(first.pageInfo.endCursor);
		expect([...first.edges, ...second.edges].map((e) => e.node.id)).toEqual(expected);
	});

	it('lists an actor’s partnerships in the same order', async () => {
		await ok(`mutation($i: ActorInput!) { createActor(input: $i) { id } }`, {
			i: { id: `${unique}-actor`, kind: 'aps', name: `APS ${unique}` }
		});
		for (const p of projects)
			await ok(`mutation($i: PartnershipInput!) { createPartnership(input: $i) { id } }`, {
				i: { actorId: `${unique}-actor`, projectId: p.id, role: 'partner' }
			});
		const actor = await ok<{ actor: { partnerships: Array<{ project: { id: string } }> } }>(
			`query($id: ID!) { actor(id: $id) { partnerships { project { id } } } }`,
			{ id: `${unique}-actor` }
		);
		expect(actor.actor.partnerships.map((p) => p.project.id)).toEqual(expected);
	});

	it('ranks in the same order (every project id the filter finds)', async () => {
		expect(await allProjectIds({ callId: call })).toEqual(expected);
	});
});

/**
 * The map's list: a project is in an Ambito when it targets the Ambito or one of its Comuni; one
 * targeting both is listed once, and the total counts it once. Combined with the other filters.
 */
describe('the projects of an Ambito', () => {
	const unique = `amb${Date.now().toString(36)}`;
	const call = `${unique}-call`;
	const CREMASCO = 'ambito-ambito-distrettuale-cremasco';
	const CREMA = '019035';
	const MILANO = '015146';
	const projects = [
		{ id: `${unique}-comune`, start: '2021-01-01', targetComuniIstat: [CREMA] },
		{ id: `${unique}-elsewhere`, start: '2024-06-01', targetComuniIstat: [MILANO] },
		{
			id: `${unique}-both`,
			start: '2023-01-01',
			targetAmbitoIds: [CREMASCO],
			targetComuniIstat: [CREMA]
		},
		{ id: `${unique}-none`, start: '2024-03-01' },
		{ id: `${unique}-ambito`, start: '2024-01-01', targetAmbitoIds: [CREMASCO] }
	];
	const expected = [`${unique}-ambito`, `${unique}-both`, `${unique}-comune`];
	type List = {
		projects: {
			totalCount: number;
			edges: Array<{ node: { id: string } }>;
			pageInfo: { hasNextPage: boolean; endCursor: string | null };
		};
	};
	const list = (first: number, after: string | null = null, search: string | null = null) =>
		ok<List>(
			`query($c: String, $a: String, $first: Int, $after: String, $s: String) {
				projects(callId: $c, ambitoId: $a, first: $first, after: $after, search: $s) {
					totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
			{ c: call, a: CREMASCO, first, after, s: search }
		);

	beforeAll(async () => {
		await ok(`mutation($i: CallInput!) { createCall(input: $i) { id } }`, {
			i: { id: call, title: `Bando ${unique}`, year: 2024 }
		});
		for (const p of projects)
			await ok(`mutation($i: ProjectInput!) { createProject(input: $i) { id } }`, {
				i: { title: `Progetto ${p.id}`, callId: call, ...p }
			});
	});

	it('lists those targeting the Ambito or its Comuni, each once, newest first', async () => {
		const { projects: all } = await list(10);
		expect(all.edges.map((e) => e.node.id)).toEqual(expected);
		expect(all.totalCount).toBe(3);
		expect(all.pageInfo.hasNextPage).toBe(false);
	});

	it('pages with the whole total on every page', async () => {
		const first = (await list(2)).projects;
		expect(first.totalCount).toBe(3);
		expect(first.pageInfo.hasNextPage).toBe(true);
		const second = (await list(2, first.pageInfo.endCursor)).projects;
		expect(second.totalCount).toBe(3);
		expect(second.pageInfo.hasNextPage).toBe(false);
		expect([...first.edges, ...second.edges].map((e) => e.node.id)).toEqual(expected);
	});

	it('applies the other filters as well', async () => {
		const { projects: found } = await list(10, null, `${unique}-both`);
		expect(found.edges.map((e) => e.node.id)).toEqual([`${unique}-both`]);
		expect(found.totalCount).toBe(1);
		const { projects: none } = await list(10, null, `${unique}-elsewhere`);
		expect(none.totalCount).toBe(0);
		expect(none.edges).toEqual([]);
		expect(await allProjectIds({ callId: call, ambitoId: CREMASCO })).toEqual(expected);
	});
});
