import { trama } from '../helpers/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/cli/seed';
import { readTx } from '../../src/lib/server/db/driver';
import { demoWasRemoved } from '../../src/lib/server/network/demo/demo-removal';
import { closeDriver, connectTestDatabase, ok } from '../helpers/graphql';

const count = (query: string, params: Record<string, unknown> = {}) =>
	readTx(async (tx) => Number((await tx.run(query, params)).records[0]!.get('n')));

const u = `real-${Date.now().toString(36)}`;
const CREMA = '019035';

beforeAll(connectTestDatabase);
// Later test files rely on the demo the run was seeded with: load it back.
afterAll(async () => {
	await prepareDatabase({ demo: true });
	await closeDriver();
});

describe('npx trama seed --remove-demo (issue 15)', () => {
	it('removes every demo record and keeps real data, and the demo is not loaded again unasked', async () => {
		await ok(`mutation($input: ActorInput!) { createActor(input: $input) { id } }`, {
			input: { id: `${u}-aps`, name: `APS ${u}`, kind: 'aps', seatIstat: CREMA }
		});
		await ok(`mutation($i: ProjectInput!) { createProject(input: $i) { id } }`, {
			i: { id: u, title: `Progetto reale ${u}`, targetComuniIstat: [CREMA], status: 'funded' }
		});
		await ok(`mutation($i: PartnershipInput!) { createPartnership(input: $i) { id } }`, {
			i: { id: `${u}-p`, actorId: `${u}-aps`, projectId: u, role: 'capofila' }
		});
		const crema = await readTx(async (tx) => {
			const r = await tx.run(`MATCH (c:Comune {istat: $istat}) RETURN c.id AS id`, {
				istat: CREMA
			});
			return r.records[0]!.get('id') as string;
		});
		await ok(`mutation($i: CollaborationInput!) { createCollaboration(input: $i) { id } }`, {
			i: { id: `${u}-tie`, actorAId: `${u}-aps`, actorBId: crema, source: 'declared' }
		});
		const demoTies = `MATCH ()-[t:COLLABORATES_WITH]->() WHERE t.id STARTS WITH 'demo-' RETURN count(t) AS n`;
		expect(await count(`MATCH (n {fictional: true}) RETURN count(n) AS n`)).toBeGreaterThan(100);
		expect(await count(demoTies)).toBeGreaterThan(0);
		const comuni = await count(`MATCH (c:Comune) RETURN count(c) AS n`);

		const { code, out } = await trama(['seed', '--remove-demo']);
		expect(code, out).toBe(0);
		expect(out).toContain('Dati dimostrativi rimossi');

		expect(await count(`MATCH (n {fictional: true}) RETURN count(n) AS n`)).toBe(0);
		expect(await count(demoTies)).toBe(0);
		expect(
			await count(`MATCH (x:Action) WHERE x.id STARTS WITH 'demo-' RETURN count(x) AS n`)
		).toBe(0);
		// Real data and the territory stay, with their relations to real bodies.
		expect(await count(`MATCH (c:Comune) RETURN count(c) AS n`)).toBe(comuni);
		expect(
			await count(
				`MATCH (:Actor {id: $a})-[:PARTNER_IN]->(:Project {id: $p}) RETURN count(*) AS n`,
				{ a: `${u}-aps`, p: u }
			)
		).toBe(1);
		expect(
			await count(`MATCH ()-[t:COLLABORATES_WITH {id: $id}]->() RETURN count(t) AS n`, {
				id: `${u}-tie`
			})
		).toBe(1);

		// `npm start` loads the demo only into a database that never had it removed on purpose.
		expect(await demoWasRemoved()).toBe(true);
	});

	it('refuses --demo and --remove-demo together', async () => {
		const { code, out } = await trama(['seed', '--demo', '--remove-demo']);
		expect(code).toBe(1);
		expect(out).toContain('--remove-demo');
	});
});
