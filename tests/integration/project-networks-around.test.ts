import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTx } from '../../src/lib/server/db/driver';
import { closeDriver, connectTestDatabase, ok } from '../helpers/graphql';

/**
 * The networks the dossier shows beside a project (issue 20): chosen in Neo4j, kept by one of the
 * project's Ambiti or with one of its partners in, instead of every network of the region filtered
 * in the browser; their members come with their names.
 */
const U = `nap-${Date.now().toString(36)}`;

beforeAll(connectTestDatabase);
afterAll(closeDriver);

describe('Project.networksAround', () => {
	let ambiti: { mine: string; other: string };

	beforeAll(async () => {
		ambiti = await readTx(async (tx) => {
			const r = await tx.run('MATCH (a:Ambito) RETURN a.id AS id ORDER BY a.id LIMIT 2');
			const [mine, other] = r.records.map((x) => x.get('id') as string);
			return { mine: mine!, other: other! };
		});
		for (const [id, name] of [
			['partner', 'Cooperativa Partner'],
			['outsider', 'Associazione Esterna']
		])
			await ok(`mutation($i: ActorInput!) { createActor(input: $i) { id } }`, {
				i: { id: `${U}-${id}`, name: `${name} ${U}`, kind: 'aps' }
			});
		await ok(`mutation($i: ProjectInput!) { createProject(input: $i) { id } }`, {
			i: { id: `${U}-p`, title: `Progetto ${U}`, targetAmbitoIds: [ambiti.mine] }
		});
		await ok(`mutation($i: PartnershipInput!) { createPartnership(input: $i) { id } }`, {
			i: { projectId: `${U}-p`, actorId: `${U}-partner`, role: 'partner' }
		});
		// B: kept by the project's Ambito, nobody in; A: elsewhere, the partner in (since 2024);
		// C: elsewhere, only the outsider in; D: no Ambito of the project, nobody of it in.
		for (const [key, ambitoId] of [
			['B', ambiti.mine],
			['A', ambiti.other],
			['C', ambiti.other],
			['D', ambiti.other]
		])
			await ok(`mutation($i: NetworkInput!) { createNetwork(input: $i) { id } }`, {
				i: { id: `${U}-${key}`, name: `Rete ${key} ${U}`, ambitoId }
			});
		for (const [actor, network, since] of [
			['partner', 'A', '2024-01-01'],
			['outsider', 'A', null],
			['outsider', 'C', null]
		])
			await ok(`mutation($i: MembershipInput!) { createMembership(input: $i) { since } }`, {
				i: { actorId: `${U}-${actor}`, networkId: `${U}-${network}`, since }
			});
	});

	it("lists the networks of the project's Ambiti and those with a partner in, by name, members named", async () => {
		const { project } = await ok<{
			project: {
				networksAround: Array<{
					name: string;
					ambitoId: string;
					members: Array<{ since: string | null; actor: { id: string; name: string } }>;
				}>;
			};
		}>(
			`query($id: ID!) { project(id: $id) { networksAround {
				name ambitoId members { since actor { id name } } } } }`,
			{ id: `${U}-p` }
		);
		// Other files' networks may be kept by the same Ambito: only this file's are looked at.
		const mine = project.networksAround.filter((n) => n.name.endsWith(U));
		expect(mine.map((n) => n.name)).toEqual([`Rete A ${U}`, `Rete B ${U}`]);
		expect(mine[0]!.ambitoId).toBe(ambiti.other);
		expect(
			mine[0]!.members
				.map((m) => [m.actor.name, m.since])
				.sort((a, b) => a[0]!.localeCompare(b[0]!))
		).toEqual([
			[`Associazione Esterna ${U}`, null],
			[`Cooperativa Partner ${U}`, '2024-01-01']
		]);
		expect(mine[1]!.members).toEqual([]);
		// Every network around is one the old filter in the browser would have kept.
		for (const n of project.networksAround)
			expect(
				n.ambitoId === ambiti.mine || n.members.some((m) => m.actor.id === `${U}-partner`)
			).toBe(true);
	});
});
