// The map's Ambito network is kept per graph data version (issue 20): the same answer while nothing
// is written, the new graph right after any write (through the API or any writeTx).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTx } from '../../src/lib/server/db/driver';
import { cachedAmbitoNetwork } from '../../src/lib/server/network/map-graph-queries';
import { closeDriver, connectTestDatabase, ok } from '../helpers/graphql';

beforeAll(connectTestDatabase);
afterAll(closeDriver);

const CREMASCO = 'ambito-ambito-distrettuale-cremasco';
const u = `mapcache-${Date.now().toString(36)}`;

type Net = { ambitoNetwork: { nodes: Array<{ id: string; label: string }> } };
const NETWORK = `query($a: ID!) { ambitoNetwork(ambitoId: $a, depth: 1, maxNodes: 20000) { nodes { id label } } }`;
const labelOf = async (id: string) =>
	(await ok<Net>(NETWORK, { a: CREMASCO })).ambitoNetwork.nodes.find((n) => n.id === id)?.label ??
	null;

describe('the cached Ambito network', () => {
	it('is computed once while nothing is written', async () => {
		const a = await cachedAmbitoNetwork(CREMASCO, 1, 20_000);
		const b = await cachedAmbitoNetwork(CREMASCO, 1, 20_000);
		expect(a?.nodes.length).toBeGreaterThan(0);
		expect(b).toBe(a);
		// another depth or limit is another answer
		expect(await cachedAmbitoNetwork(CREMASCO, 1, 30)).not.toBe(a);
	});

	it('shows an actor created through the API at once, then its new name written by a script', async () => {
		expect(await labelOf(`${u}-aps`)).toBeNull();
		await ok(`mutation($input: ActorInput!) { createActor(input: $input) { id } }`, {
			input: { id: `${u}-aps`, name: `Ente ${u}`, kind: 'aps', activeInAmbitoIds: [CREMASCO] }
		});
		expect(await labelOf(`${u}-aps`)).toBe(`Ente ${u}`);
		await writeTx((tx) =>
			tx.run('MATCH (a:Actor {id: $id}) SET a.name = $name', {
				id: `${u}-aps`,
				name: `Ente ${u} rinominato`
			})
		);
		expect(await labelOf(`${u}-aps`)).toBe(`Ente ${u} rinominato`);
	});
});
