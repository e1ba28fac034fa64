import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TERRITORIAL_KIND_IDS } from '../../src/lib/domain';
import { validateDocument } from '../../src/lib/domain/validation';
import { readDocument } from '../../src/lib/server/network/document-queries';
import { readTx, writeTx } from '../../src/lib/server/db/driver';
import { importDocument } from '../../src/lib/server/network/entities';
import { exportNetwork } from '../../src/lib/server/transfer/export-service';
import { actorRecord, testDocument } from '../helpers/documents';
import { closeDriver, connectTestDatabase } from '../helpers/graphql';

beforeAll(connectTestDatabase);
afterAll(closeDriver);

const counts = () =>
	readTx(async (tx) => {
		const r = await tx.run(
			'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships'
		);
		return r.records[0]!.toObject() as { nodes: number; relationships: number };
	});

describe('export and import', () => {
	it('JSON export -> wipe -> import gives the identical graph', async () => {
		const file = await exportNetwork('json', {}, '2026-11-23T10:00:00.000Z');
		const exported = JSON.parse(new TextDecoder().decode(file.bytes));
		const before = await readTx(readDocument);
		expect(exported).toEqual(before);
		expect(before.projects.length).toBeGreaterThanOrEqual(12);
		const graphBefore = await counts();

		await writeTx(async (tx) => {
			await tx.run(
				'MATCH (n) WHERE n:Project OR n:Action OR n:Call OR n:Network OR n:Agreement DETACH DELETE n'
			);
			await tx.run('MATCH (a:Actor) WHERE NOT a.kind IN $t DETACH DELETE a', {
				t: TERRITORIAL_KIND_IDS
			});
			await tx.run(
				'MATCH (:Actor)-[r:COLLABORATES_WITH|PARTNER_IN|MEMBER_OF|SIGNED|ADHERED|RESPONSIBLE_FOR]->() DELETE r'
			);
			// Evaluations hang on projects; they are not part of the network document.
			await tx.run(
				'MATCH (e:Evaluation) OPTIONAL MATCH (a:AuditEntry)-[:OF]->(e) DETACH DELETE e, a'
			);
		});
		expect((await readTx(readDocument)).actors).toHaveLength(0);

		await importDocument(
			exported,
			{ by: 'test', source: 'import:round-trip.json' },
			validateDocument
		);
		expect(await readTx(readDocument)).toEqual(before);
		const graphAfter = await counts();
		expect(graphAfter.relationships).toBeLessThanOrEqual(graphBefore.relationships);
	});

	it('renders every format for the Cremasco Ambito with its actors', async () => {
		for (const format of ['json', 'csv', 'xlsx', 'gexf', 'graphml', 'kumu']) {
			const file = await exportNetwork(
				format,
				{ ambitoId: 'ambito-ambito-distrettuale-cremasco' },
				'2026-11-23T10:00:00.000Z'
			);
			expect(file.bytes.byteLength, format).toBeGreaterThan(1000);
			expect(file.fileName).toMatch(
				new RegExp(`^trama-ambito-distrettuale-cremasco-2026-11-23\\.`)
			);
		}
		const gexf = new TextDecoder().decode(
			(
				await exportNetwork(
					'gexf',
					{ ambitoId: 'ambito-ambito-distrettuale-cremasco' },
					'2026-11-23T10:00:00Z'
				)
			).bytes
		);
		expect(gexf).toContain('<gexf');
		expect(gexf).toContain('Crema');
		expect(gexf).toContain('demo-project-01');
	});

	it('a document with one bad reference writes nothing at all', async () => {
		const before = await counts();
		const doc = testDocument({
			actors: [actorRecord('rt-new', { name: 'Nuova APS', seatIstat: '019035', fictional: false })],
			collaborations: [
				{
					id: 'rt-col',
					actorAId: 'rt-new',
					actorBId: 'nobody-here',
					since: null,
					until: null,
					strength: null,
					trust: null,
					value: null,
					source: 'declared'
				}
			]
		});
		await expect(
			importDocument(doc, { by: 'test', source: 'x' }, validateDocument)
		).rejects.toMatchObject({ code: 'BAD_INPUT' });
		expect(await counts()).toEqual(before);
	});
});
