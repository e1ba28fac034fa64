import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver, connectTestDatabase, execute, ok } from '../helpers/graphql';
import { readTx } from '../../src/lib/server/db/driver';

beforeAll(connectTestDatabase);
afterAll(closeDriver);

const u = `crud${Date.now().toString(36)}`;
const CREMA = '019035';

/**
 * Every entity through create -> update (version 1 -> 2) -> stale update (CONFLICT) -> delete -> gone,
 * in dependency order, so each mutation of the API is exercised against the real database.
 */
const ENTITIES: Array<{
	name: string;
	create: Record<string, unknown>;
	update: Record<string, unknown>;
	read: (id: string) => string;
	deleteArgs?: string;
	readKey: string;
}> = [
	{
		name: 'Actor',
		readKey: 'actor',
		create: { id: `${u}-a1`, name: 'APS Uno', kind: 'aps', seatIstat: CREMA },
		update: { name: 'APS Uno bis', kind: 'aps', seatIstat: CREMA },
		read: (id) => `actor(id: "${id}") { version name }`
	},
	{
		name: 'Call',
		readKey: 'call',
		create: { id: `${u}-c1`, title: 'Bando', year: 2025 },
		update: { title: 'Bando 2025', year: 2025 },
		read: (id) => `call(id: "${id}") { version title }`
	},
	{
		name: 'Project',
		readKey: 'project',
		create: {
			id: `${u}-p1`,
			title: 'Progetto',
			callId: `${u}-c1`,
			start: '2025-01-01',
			end: '2027-12-31',
			triennio: '2025-2027',
			targetComuniIstat: [CREMA],
			status: 'draft'
		},
		update: {
			title: 'Progetto bis',
			callId: `${u}-c1`,
			start: '2025-01-01',
			end: '2027-12-31',
			triennio: '2025-2027',
			targetComuniIstat: [CREMA],
			status: 'submitted'
		},
		read: (id) => `project(id: "${id}") { version title }`
	},
	{
		name: 'Action',
		readKey: 'action',
		create: {
			id: `${u}-x1`,
			projectId: `${u}-p1`,
			title: 'Azione',
			responsibleActorIds: [`${u}-a1`]
		},
		update: { projectId: `${u}-p1`, title: 'Azione bis', responsibleActorIds: [] },
		read: () => ''
	},
	{
		name: 'Partnership',
		readKey: 'partnership',
		create: {
			id: `${u}-pt1`,
			actorId: `${u}-a1`,
			projectId: `${u}-p1`,
			role: 'capofila',
			commitments: [{ type: 'money', amount: 500, source: 'private' }]
		},
		update: { actorId: `${u}-a1`, projectId: `${u}-p1`, role: 'partner', commitments: [] },
		read: () => ''
	},
	{
		name: 'Network',
		readKey: 'network',
		create: { id: `${u}-n1`, name: 'Rete' },
		update: { name: 'Rete bis', description: 'tavolo' },
		read: (id) => `network(id: "${id}") { version name }`
	},
	{
		name: 'Agreement',
		readKey: 'agreement',
		create: {
			id: `${u}-g1`,
			title: 'Accordo',
			ambitoId: 'ambito-ambito-distrettuale-cremasco',
			signatoryActorIds: [`comune-${CREMA}`]
		},
		update: { title: 'Accordo bis', adherentActorIds: [`${u}-a1`] },
		read: () => ''
	},
	{
		name: 'Collaboration',
		readKey: 'collaboration',
		create: {
			id: `${u}-k1`,
			actorAId: `${u}-a1`,
			actorBId: `comune-${CREMA}`,
			source: 'declared',
			strength: 3
		},
		update: { actorAId: `${u}-a1`, actorBId: `comune-${CREMA}`, source: 'survey', strength: 5 },
		read: () => ''
	}
];

describe('create, update, conflict and delete for every entity', () => {
	for (const e of ENTITIES) {
		it(e.name, async () => {
			const created = await ok<Record<string, { id: string; version: number }>>(
				`mutation($i: ${e.name}Input!) { create${e.name}(input: $i) { id version } }`,
				{ i: e.create }
			);
			expect(created[`create${e.name}`]).toEqual({ id: e.create.id, version: 1 });
			const input = { ...e.update, id: e.create.id, expectedVersion: 1 };
			const updated = await ok<Record<string, { version: number }>>(
				`mutation($i: Update${e.name}Input!) { update${e.name}(input: $i) { version } }`,
				{ i: input }
			);
			expect(updated[`update${e.name}`]!.version).toBe(2);
			const stale = await execute(
				`mutation($i: Update${e.name}Input!) { update${e.name}(input: $i) { version } }`,
				{ i: input }
			);
			expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
			const dup = await execute(
				`mutation($i: ${e.name}Input!) { create${e.name}(input: $i) { id } }`,
				{ i: e.create }
			);
			expect(dup.errors?.[0]?.extensions?.code).toBe('CONFLICT');
		});
	}

	it('an update through the API keeps demo data marked fictional (calls and networks too)', async () => {
		// A fictional call and network from the demo data the test database is seeded with.
		const demo = await readTx(async (tx) => {
			const r = await tx.run(
				`CALL () { MATCH (c:Call {fictional: true}) RETURN c ORDER BY c.id LIMIT 1 }
				 CALL () { MATCH (n:Network {fictional: true}) RETURN n ORDER BY n.id LIMIT 1 }
				 RETURN c.id AS call, n.id AS network`
			);
			return r.records[0]!.toObject() as { call: string; network: string };
		});
		type Call = { version: number; title: string; issuer: string | null; year: number | null };
		type Network = {
			version: number;
			name: string;
			description: string | null;
			linkedNetworks: Array<{ id: string }>;
		};
		const before = await ok<{
			call: Call & { fictional: boolean };
			network: Network & { fictional: boolean };
		}>(
			`query($c: ID!, $n: ID!) { call(id: $c) { version title issuer year fictional }
			   network(id: $n) { version name description linkedNetworks { id } fictional } }`,
			{ c: demo.call, n: demo.network }
		);
		expect([before.call.fictional, before.network.fictional]).toEqual([true, true]);
		// The same content saved back, as a form would: only the version moves.
		const { version: callVersion, fictional: _c, ...call } = before.call;
		const { version: networkVersion, fictional: _n, linkedNetworks, ...network } = before.network;
		const after = await ok<{
			updateCall: { fictional: boolean };
			updateNetwork: { fictional: boolean };
		}>(
			`mutation($c: UpdateCallInput!, $n: UpdateNetworkInput!) {
			   updateCall(input: $c) { fictional } updateNetwork(input: $n) { fictional } }`,
			{
				c: { ...call, id: demo.call, expectedVersion: callVersion },
				n: {
					...network,
					linkedNetworkIds: linkedNetworks.map((l) => l.id),
					id: demo.network,
					expectedVersion: networkVersion
				}
			}
		);
		expect([after.updateCall.fictional, after.updateNetwork.fictional]).toEqual([true, true]);
	});

	it('memberships: create, update, delete by actor and network', async () => {
		const key = { actorId: `${u}-a1`, networkId: `${u}-n1` };
		await ok(`mutation($i: MembershipInput!) { createMembership(input: $i) { since } }`, {
			i: { ...key, since: '2024-01-01' }
		});
		const updated = await ok<{ updateMembership: { until: string; version: number } }>(
			`mutation($i: UpdateMembershipInput!) { updateMembership(input: $i) { until version } }`,
			{
				i: { ...key, expectedVersion: 1, since: '2024-01-01', until: '2025-06-30' }
			}
		);
		expect(updated.updateMembership).toEqual({ until: '2025-06-30', version: 2 });
		expect(
			(
				await ok<{ network: { members: unknown[] } }>(
					`{ network(id: "${u}-n1") { members { since } } }`
				)
			).network.members
		).toHaveLength(1);
		await ok(`mutation { deleteMembership(actorId: "${u}-a1", networkId: "${u}-n1") }`);
		expect(
			(
				await ok<{ network: { members: unknown[] } }>(
					`{ network(id: "${u}-n1") { members { since } } }`
				)
			).network.members
		).toHaveLength(0);
	});

	it('deletes every entity, dependents first, and each is gone', async () => {
		for (const e of [...ENTITIES].reverse()) {
			await ok(`mutation { delete${e.name}(id: "${e.create.id}") }`);
			const again = await execute(`mutation { delete${e.name}(id: "${e.create.id}") }`);
			expect(again.errors?.[0]?.extensions?.code, e.name).toBe('NOT_FOUND');
		}
		const gone = await ok<{ actor: null; project: null; call: null; network: null }>(
			`{ actor(id: "${u}-a1") { id } project(id: "${u}-p1") { id } call(id: "${u}-c1") { id } network(id: "${u}-n1") { id } }`
		);
		expect(gone).toEqual({ actor: null, project: null, call: null, network: null });
	});
});
