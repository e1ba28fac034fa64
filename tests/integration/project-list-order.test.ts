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
