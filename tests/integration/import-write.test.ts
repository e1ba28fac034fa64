// How a document is written (document-write.ts): in batches, yet one transaction; new ids created,
// existing ones replaced with their owned relations, provenance kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftProject, type PartnershipRecord } from '../../src/lib/domain';
import { validateDocument } from '../../src/lib/domain/validation';
import { readTx } from '../../src/lib/server/db/driver';
import { WRITE_BATCH } from '../../src/lib/server/network/document-write';
import { importDocument } from '../../src/lib/server/network/entities';
import {
	actorRecord as actor,
	networkRecord as network,
	testDocument as doc
} from '../helpers/documents';
import { closeDriver, connectTestDatabase } from '../helpers/graphql';

beforeAll(connectTestDatabase);
afterAll(closeDriver);

const stamp = { by: 'test', source: 'import:import-write.test' };

const one = <T>(query: string, params: Record<string, unknown> = {}) =>
	readTx(async (tx) => (await tx.run(query, params)).records.map((r) => r.toObject() as T));

/** Two real Comuni, two real Ambiti and a project of the demo. */
const places = () =>
	readTx(async (tx) => {
		const r = await tx.run(
			`MATCH (c:Comune) WITH c ORDER BY c.istat LIMIT 2 WITH collect(c.istat) AS comuni
			 MATCH (a:Ambito) WITH comuni, a ORDER BY a.id LIMIT 2 WITH comuni, collect(a.id) AS ambiti
			 MATCH (p:Project) WITH comuni, ambiti, p ORDER BY p.id LIMIT 1
			 RETURN comuni, ambiti, p.id AS projectId`
		);
		return r.records[0]!.toObject() as {
			comuni: string[];
			ambiti: string[];
			projectId: string;
		};
	});

describe('writing a document', () => {
	it('an import failing after its last batch leaves nothing of any batch written', async () => {
		// More actors than one batch, and the kinds written after them.
		const actors = Array.from({ length: WRITE_BATCH + 1 }, (_, i) =>
			actor(`iw-big-${String(i).padStart(5, '0')}`)
		);
		const big = doc({
			actors,
			networks: [network('iw-big-net')],
			memberships: [{ actorId: actors[0]!.id, networkId: 'iw-big-net', since: null, until: null }],
			collaborations: [
				{
					id: 'iw-big-col',
					actorAId: actors[0]!.id,
					actorBId: actors[WRITE_BATCH]!.id,
					since: null,
					until: null,
					strength: null,
					trust: null,
					value: null,
					source: 'declared'
				}
			]
		});
		let written = -1;
		await expect(
			importDocument(big, stamp, validateDocument, {
				after: async (tx) => {
					// Everything was written in this transaction, then something fails before the commit.
					const r = await tx.run(
						"MATCH (a:Actor) WHERE a.id STARTS WITH 'iw-big-' RETURN count(a) AS n"
					);
					written = r.records[0]!.get('n') as number;
					throw new Error('fails after the last kind');
				}
			})
		).rejects.toThrow('fails after the last kind');
		expect(written).toBe(WRITE_BATCH + 1);
		const left = await one<{ nodes: number; relations: number }>(
			`MATCH (n) WHERE n.id STARTS WITH 'iw-big-' WITH count(n) AS nodes
			 OPTIONAL MATCH ()-[r:COLLABORATES_WITH|MEMBER_OF]->(:Network {id: 'iw-big-net'}) RETURN nodes, count(r) AS relations`
		);
		expect(left).toEqual([{ nodes: 0, relations: 0 }]);
	});

	it('a batch failing while the next one is already sent: its error, nothing written, no stray rejection', async () => {
		// Batches are sent without waiting for each (document-write.ts's WritePipeline): the second
		// batch of actors fails in Neo4j (a map is no property value; validation, which refuses it, is
		// skipped here) while the third is on its way. The later query's failure must be handled, or
		// the process sees an unhandled rejection (vitest fails the run on one).
		const actors = Array.from({ length: 2 * WRITE_BATCH + 1 }, (_, i) =>
			actor(`iw-pipe-${String(i).padStart(5, '0')}`)
		);
		actors[WRITE_BATCH + 1] = {
			...actors[WRITE_BATCH + 1]!,
			notes: { not: 'a property value' } as unknown as string
		};
		await expect(importDocument(doc({ actors }), stamp, () => [])).rejects.toMatchObject({
			code: 'Neo.ClientError.Statement.TypeError',
			message: expect.stringMatching(/Property values can only be of primitive types/)
		});
		const left = await one<{ n: number }>(
			"MATCH (a:Actor) WHERE a.id STARTS WITH 'iw-pipe-' RETURN count(a) AS n"
		);
		expect(left).toEqual([{ n: 0 }]);
	});

	it("an actor taking a territorial body's id is refused by field, and nothing is written", async () => {
		// checkReferences finds the territorial bodies among the document's ids (document-queries.ts).
		const { ambiti } = await places();
		const actors = [actor('iw-clash-a'), { ...actor('iw-clash-b'), id: ambiti[0]! }];
		await expect(importDocument(doc({ actors }), stamp, validateDocument)).rejects.toMatchObject({
			code: 'BAD_INPUT',
			problems: [{ field: 'actors[1].id', message: expect.stringMatching(/ente territoriale/) }]
		});
		const ambito = await one<{ name: string; kind: string }>(
			'MATCH (a:Actor {id: $id}) RETURN a.name AS name, a.kind AS kind',
			{ id: ambiti[0] }
		);
		expect(ambito[0]?.kind).toBe('ambito');
		expect(await one("MATCH (a:Actor {id: 'iw-clash-a'}) RETURN a")).toEqual([]);
	});

	it("new nodes get their own relations: an actor's seat, a project's call, an action's project", async () => {
		// A node without one is still written.
		const { comuni } = await places();
		const project = (id: string, callId: string | null) =>
			draftProject({ id, title: id, callId, fictional: true });
		await importDocument(
			doc({
				actors: [actor('iw-new-seated', { seatIstat: comuni[0]! }), actor('iw-new-unseated')],
				calls: [{ id: 'iw-new-call', title: 'Bando', issuer: null, year: 2025, fictional: true }],
				projects: [project('iw-new-prj', 'iw-new-call'), project('iw-new-prj-nocall', null)],
				actions: [
					{
						id: 'iw-new-act',
						projectId: 'iw-new-prj',
						title: 'Azione',
						description: null,
						responsibleActorIds: []
					}
				]
			}),
			stamp,
			validateDocument
		);
		const relations = await one<{ id: string; to: string[] }>(
			`MATCH (n) WHERE n.id STARTS WITH 'iw-new-' AND (n:Actor OR n:Project OR n:Action)
			 RETURN n.id AS id, [(n)-[:SEATED_IN|IN_CALL|OF]->(t) | coalesce(t.istat, t.id)] AS to ORDER BY id`
		);
		expect(relations).toEqual([
			{ id: 'iw-new-act', to: ['iw-new-prj'] },
			{ id: 'iw-new-prj', to: ['iw-new-call'] },
			{ id: 'iw-new-prj-nocall', to: [] },
			{ id: 'iw-new-seated', to: [comuni[0]] },
			{ id: 'iw-new-unseated', to: [] }
		]);
	});

	it('a second import replaces what the first wrote: owned relations, versions, provenance', async () => {
		const { comuni, ambiti, projectId } = await places();
		const partnership = (over: Partial<PartnershipRecord>): PartnershipRecord => ({
			id: 'iw-ptn',
			actorId: 'iw-x',
			projectId,
			role: 'partner',
			since: null,
			until: null,
			commitments: [],
			...over
		});
		const membership = { actorId: 'iw-x', networkId: 'iw-net', since: null, until: null };
		await importDocument(
			doc({
				actors: [actor('iw-x', { seatIstat: comuni[0]!, activeInAmbitoIds: [ambiti[0]!] })],
				networks: [network('iw-net')],
				memberships: [membership],
				partnerships: [partnership({ declaredMembers: [{ kind: 'aps', count: 3 }] })]
			}),
			stamp,
			validateDocument
		);
		const [first] = await one<{ createdAt: unknown }>(
			"MATCH (a:Actor {id: 'iw-x'}) RETURN toString(a.createdAt) AS createdAt"
		);
		await importDocument(
			doc({
				actors: [
					actor('iw-x', { seatIstat: comuni[1]!, activeInAmbitoIds: [ambiti[1]!] }),
					actor('iw-y', { seatIstat: comuni[1]! })
				],
				networks: [network('iw-net')],
				memberships: [membership, { ...membership, actorId: 'iw-y', since: '2025-01-01' }],
				// declaredMembers left out: kept as stored.
				partnerships: [partnership({ role: 'capofila' })]
			}),
			{ by: 'second', source: 'import:second' },
			validateDocument
		);
		const [x] = await one<Record<string, unknown>>(
			`MATCH (a:Actor {id: 'iw-x'})
			 RETURN a.version AS version, toString(a.createdAt) AS createdAt, a.createdBy AS createdBy, a.changedBy AS changedBy,
			   [(a)-[:SEATED_IN]->(c) | c.istat] AS seats, [(a)-[:ACTIVE_IN]->(m) | m.id] AS active,
			   [(a)-[m:MEMBER_OF]->(:Network {id: 'iw-net'}) | m.version] AS memberships`
		);
		expect(x).toEqual({
			version: 2,
			createdAt: first!.createdAt,
			createdBy: 'test',
			changedBy: 'second',
			seats: [comuni[1]],
			active: [ambiti[1]],
			memberships: [2]
		});
		const [y] = await one<Record<string, unknown>>(
			`MATCH (a:Actor {id: 'iw-y'})-[m:MEMBER_OF]->(:Network {id: 'iw-net'})
			 RETURN a.version AS version, m.version AS membership, m.since AS since, [(a)-[:SEATED_IN]->(c) | c.istat] AS seats`
		);
		expect(y).toEqual({ version: 1, membership: 1, since: '2025-01-01', seats: [comuni[1]] });
		const ptn = await one<Record<string, unknown>>(
			`MATCH (:Actor {id: 'iw-x'})-[r:PARTNER_IN {id: 'iw-ptn'}]->(:Project {id: $projectId})
			 RETURN r.version AS version, r.role AS role, r.createdBy AS createdBy, r.declaredMembersJson AS members`,
			{ projectId }
		);
		expect(ptn).toEqual([
			{
				version: 2,
				role: 'capofila',
				createdBy: 'test',
				members: JSON.stringify([{ kind: 'aps', count: 3 }])
			}
		]);
	});

	it('an updated relation stays the same relation while its ends stay; one that moves is recreated, history kept', async () => {
		const { projectId } = await places();
		const partnership = (over: Partial<PartnershipRecord>): PartnershipRecord => ({
			id: 'iw-mv-ptn',
			actorId: 'iw-mv-a',
			projectId,
			role: 'partner',
			since: null,
			until: null,
			commitments: [],
			declaredMembers: [{ kind: 'odv', count: 2 }],
			...over
		});
		const actors = [actor('iw-mv-a'), actor('iw-mv-b')];
		const write = (p: PartnershipRecord, by: string) =>
			importDocument(
				doc({ actors, partnerships: [p] }),
				{ by, source: 'import:mv' },
				validateDocument
			);
		const stored = () =>
			one<Record<string, unknown>>(
				`MATCH (a:Actor)-[r:PARTNER_IN {id: 'iw-mv-ptn'}]->(:Project {id: $projectId})
				 RETURN elementId(r) AS element, a.id AS actor, r.version AS version, r.role AS role,
				   r.notes AS notes, r.createdBy AS createdBy, r.changedBy AS changedBy, r.declaredMembersJson AS members`,
				{ projectId }
			);
		await write(partnership({ notes: 'prima' }), 'first');
		const [created] = await stored();
		// A concurrent look-up by id must never find it missing: the same relation, changed in place.
		await write(partnership({ role: 'capofila', declaredMembers: undefined }), 'second');
		const members = JSON.stringify([{ kind: 'odv', count: 2 }]);
		expect(await stored()).toEqual([
			{ ...created, version: 2, role: 'capofila', notes: null, changedBy: 'second', members }
		]);
		await write(partnership({ actorId: 'iw-mv-b', declaredMembers: undefined }), 'third');
		const moved = await stored();
		expect(moved).toEqual([
			{
				element: moved[0]!.element,
				actor: 'iw-mv-b',
				version: 3,
				role: 'partner',
				notes: null,
				createdBy: 'first',
				changedBy: 'third',
				members
			}
		]);
		expect(moved[0]!.element).not.toBe(created!.element);
	});
});
