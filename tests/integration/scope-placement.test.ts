import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTx, writeTx } from '../../src/lib/server/db/driver';
import { loadMigrations } from '../../src/lib/server/db/migrate';
import type { Viewer } from '../../src/lib/server/auth/policy';
import { closeDriver, connectTestDatabase, execute, ok, testViewer } from '../helpers/graphql';

/**
 * Issue 13, item 2: an Ufficio di Piano of Ambito X added its own actor to a network of Ambito Y
 * (allowed, because the actor is in X); the network then counted as X's, and X renamed it, removed
 * Y's members and deleted it. A network, agreement or project is placed by its own Ambito; what is
 * attached to it (members, signatories, partners) widens nothing, through the API or an import.
 */
const u = `scope${Date.now().toString(36)}`;
let X = { id: '', istat: '', comune: '' };
let Y = { id: '', istat: '', comune: '' };
let officeX: Viewer;
let officeY: Viewer;
const admin = testViewer();

const ids = {
	actorX: `${u}-actor-x`,
	actorX2: `${u}-actor-x2`,
	actorY: `${u}-actor-y`,
	network: `${u}-network-y`,
	agreement: `${u}-agreement-y`,
	project: `${u}-project-y`
};

async function refused(query: string, variables: Record<string, unknown>, viewer: Viewer) {
	const result = await execute(query, variables, viewer);
	return result.errors?.[0]?.extensions?.code;
}

/** A CSV sent to the spreadsheet import (preview or apply) as some viewer. */
const spreadsheet = (csv: string, kind: string) => (op: string, viewer: Viewer) =>
	execute<Record<string, { errors: number; rows: number }>>(
		`mutation($i: SpreadsheetInput!) { ${op}(input: $i) { errors rows } }`,
		{ i: { fileBase64: Buffer.from(csv).toString('base64'), fileName: `${kind}.csv`, kind } },
		viewer
	);

const networkNow = () =>
	readTx(async (tx) => {
		const r = await tx.run(
			`MATCH (n:Network {id: $id}) RETURN n.name AS name, n.version AS version,
			   [(n)-[:FOR]->(x:Ambito) | x.id] AS ambiti, [(a)-[:MEMBER_OF]->(n) | a.id] AS members`,
			{ id: ids.network }
		);
		const row = r.records[0]?.toObject() as
			{ name: string; version: number; ambiti: string[]; members: string[] } | undefined;
		return row ? { ...row, members: [...row.members].sort() } : null;
	});

beforeAll(async () => {
	await connectTestDatabase();
	const picked = await readTx(async (tx) => {
		const r = await tx.run(
			`MATCH (c:Comune)-[:IN]->(a:Ambito) WITH a, min(c.istat) AS istat ORDER BY a.id LIMIT 2
			 MATCH (c:Comune {istat: istat}) RETURN a.id AS id, istat, c.name AS comune`
		);
		return r.records.map((x) => x.toObject() as { id: string; istat: string; comune: string });
	});
	[X, Y] = [picked[0]!, picked[1]!];
	officeX = testViewer({ id: `${u}-udp-x`, roles: ['ufficio_di_piano'], ambitoIds: [X.id] });
	officeY = testViewer({ id: `${u}-udp-y`, roles: ['ufficio_di_piano'], ambitoIds: [Y.id] });
	const actor = (id: string, name: string, istat: string) => ({
		id,
		name,
		kind: 'odv',
		seatIstat: istat
	});
	await ok(
		`mutation($a: ActorInput!, $b: ActorInput!, $c: ActorInput!) {
		   a: createActor(input: $a) { id } b: createActor(input: $b) { id } c: createActor(input: $c) { id } }`,
		{
			a: actor(ids.actorX, `ODV Ics ${u}`, X.istat),
			b: actor(ids.actorX2, `ODV Ics due ${u}`, X.istat),
			c: actor(ids.actorY, `ODV Ipsilon ${u}`, Y.istat)
		},
		admin
	);
});

afterAll(async () => {
	await writeTx((tx) => tx.run(`MATCH (n) WHERE n.id STARTS WITH $u DETACH DELETE n`, { u }));
	await closeDriver();
});

describe('a network is placed by its own Ambito, never by its members', () => {
	it('an office creates a network without naming an Ambito: it is that office’s', async () => {
		const created = await ok<{ createNetwork: { ambitoId: string | null } }>(
			`mutation($i: NetworkInput!) { createNetwork(input: $i) { ambitoId } }`,
			{ i: { id: ids.network, name: 'Tavolo anziani Y' } },
			officeY
		);
		expect(created.createNetwork.ambitoId).toBe(Y.id);
		await ok(
			`mutation($i: MembershipInput!) { createMembership(input: $i) { version } }`,
			{ i: { actorId: ids.actorY, networkId: ids.network } },
			officeY
		);
	});

	it('the office of X may not add its own actor to Y’s network', async () => {
		expect(
			await refused(
				`mutation($i: MembershipInput!) { createMembership(input: $i) { version } }`,
				{ i: { actorId: ids.actorX, networkId: ids.network } },
				officeX
			)
		).toBe('FORBIDDEN');
		expect((await networkNow())?.members).toEqual([ids.actorY]);
	});

	it('with X’s actor a member, X may neither rename Y’s network, nor remove Y’s members, nor delete it', async () => {
		// A member from another Ambito, as Y's office (or an administrator) may well add.
		await ok(
			`mutation($i: MembershipInput!) { createMembership(input: $i) { version } }`,
			{ i: { actorId: ids.actorX, networkId: ids.network } },
			admin
		);
		const before = await networkNow();
		expect(before?.ambiti).toEqual([Y.id]);
		const rename = `mutation($i: UpdateNetworkInput!) { updateNetwork(input: $i) { name } }`;
		for (const ambitoId of [Y.id, X.id, null])
			expect(
				await refused(
					rename,
					{ i: { id: ids.network, name: 'Presa', ambitoId, expectedVersion: before!.version } },
					officeX
				),
				`rename with ambitoId ${ambitoId}`
			).toBe('FORBIDDEN');
		expect(
			await refused(
				`mutation($a: String!, $n: String!) { deleteMembership(actorId: $a, networkId: $n) }`,
				{ a: ids.actorY, n: ids.network },
				officeX
			)
		).toBe('FORBIDDEN');
		expect(
			await refused(
				`mutation($i: UpdateMembershipInput!) { updateMembership(input: $i) { version } }`,
				{
					i: {
						actorId: ids.actorY,
						networkId: ids.network,
						until: '2020-01-01',
						expectedVersion: 1
					}
				},
				officeX
			)
		).toBe('FORBIDDEN');
		expect(
			await refused(`mutation($id: ID!) { deleteNetwork(id: $id) }`, { id: ids.network }, officeX)
		).toBe('FORBIDDEN');
		expect(await networkNow()).toEqual(before);
		// Y's office still keeps it.
		const renamed = await ok<{ updateNetwork: { name: string } }>(
			rename,
			{
				i: {
					id: ids.network,
					name: 'Tavolo anziani',
					ambitoId: Y.id,
					expectedVersion: before!.version
				}
			},
			officeY
		);
		expect(renamed.updateNetwork.name).toBe('Tavolo anziani');
	});

	it('the same through an import: a membership, then the network replaced, are refused and nothing is written', async () => {
		const before = await networkNow();
		const importAs = (document: Record<string, unknown>) =>
			refused(
				`mutation($i: ImportDocumentInput!) { importDocument(input: $i) { applied } }`,
				{ i: { json: JSON.stringify({ format: 'trama/1', ...document }) } },
				officeX
			);
		expect(
			await importAs({ memberships: [{ actorId: ids.actorX2, networkId: ids.network }] })
		).toBe('FORBIDDEN');
		for (const ambitoId of [X.id, Y.id, null])
			expect(
				await importAs({
					networks: [
						{
							id: ids.network,
							name: 'Presa',
							description: null,
							ambitoId,
							linkedNetworkIds: [],
							fictional: false
						}
					]
				}),
				`network replaced with ambitoId ${ambitoId}`
			).toBe('FORBIDDEN');
		expect(await networkNow()).toEqual(before);
	});

	it('networks stored before get the Ambito most of their members are in (migration 009)', async () => {
		const migration = (await loadMigrations()).find((m) => m.id.startsWith('009_'))!;
		const legacy = `${u}-legacy`;
		await writeTx((tx) =>
			tx.run(
				`MATCH (x:Actor {id: $ax}), (y:Actor {id: $ay}), (x2:Actor {id: $ax2})
				 CREATE (n:Network {id: $legacy, name: 'Vecchia rete'}), (e:Network {id: $legacy + '-empty', name: 'Vuota'})
				 CREATE (x)-[:MEMBER_OF]->(n), (x2)-[:MEMBER_OF]->(n), (y)-[:MEMBER_OF]->(n)`,
				{ ax: ids.actorX, ax2: ids.actorX2, ay: ids.actorY, legacy }
			)
		);
		for (const statement of migration.statements) await writeTx((tx) => tx.run(statement));
		const anchored = await readTx(async (tx) =>
			(
				await tx.run(
					`MATCH (n:Network) WHERE n.id STARTS WITH $legacy RETURN n.id AS id, [(n)-[:FOR]->(x) | x.id] AS ambiti ORDER BY id`,
					{ legacy }
				)
			).records.map((r) => r.toObject())
		);
		expect(anchored).toEqual([
			{ id: legacy, ambiti: [X.id] },
			{ id: `${legacy}-empty`, ambiti: [] }
		]);
		// Applied again, it changes nothing (anchored networks are left alone).
		for (const statement of migration.statements) await writeTx((tx) => tx.run(statement));
		expect((await networkNow())?.ambiti).toEqual([Y.id]);
	});
});

describe('agreements and projects too: signatories and partners from another Ambito widen nothing', () => {
	it('X’s actor signs Y’s agreement and partners in Y’s project: X may still not change either', async () => {
		await ok(
			`mutation($g: AgreementInput!, $p: ProjectInput!, $pt: PartnershipInput!) {
			   createAgreement(input: $g) { id } createProject(input: $p) { id } createPartnership(input: $pt) { id } }`,
			{
				g: {
					id: ids.agreement,
					title: 'Accordo Y',
					ambitoId: Y.id,
					signatoryActorIds: [ids.actorX]
				},
				p: { id: ids.project, title: `Progetto Y ${u}`, targetAmbitoIds: [Y.id] },
				pt: { id: `${u}-ptn`, actorId: ids.actorX, projectId: ids.project, role: 'partner' }
			},
			admin
		);
		const attempts: Array<[string, Record<string, unknown>]> = [
			[
				`mutation($i: UpdateAgreementInput!) { updateAgreement(input: $i) { id } }`,
				{ i: { id: ids.agreement, title: 'Preso', ambitoId: Y.id, expectedVersion: 1 } }
			],
			[`mutation { deleteAgreement(id: "${ids.agreement}") }`, {}],
			[
				`mutation($i: UpdateProjectInput!) { updateProject(input: $i) { id } }`,
				{ i: { id: ids.project, title: 'Preso', targetAmbitoIds: [Y.id], expectedVersion: 1 } }
			],
			[`mutation { deleteProject(id: "${ids.project}") }`, {}],
			[
				`mutation($i: ActionInput!) { createAction(input: $i) { id } }`,
				{ i: { projectId: ids.project, title: 'Azione' } }
			]
		];
		for (const [query, variables] of attempts)
			expect(await refused(query, variables, officeX), query).toBe('FORBIDDEN');
	});

	it('a partnership spreadsheet into Y’s project is refused to X’s office, though X’s actor is a partner', async () => {
		const csv = `Titolo progetto,Ente,Comune,Ruolo\nProgetto Y ${u},ODV Ics ${u},${X.comune},Capofila\n`;
		const sheet = spreadsheet(csv, 'partnerships');
		const result = await sheet('applySpreadsheetImport', officeX);
		expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
		// The sheet itself is sound and names Y's project: Y's office may import it.
		const preview = await sheet('previewSpreadsheetImport', officeY);
		expect(preview.errors).toBeUndefined();
		expect(preview.data?.previewSpreadsheetImport?.errors).toBe(0);
	});

	it('an office may not re-link a Comune of Y into X (it would take every actor seated there)', async () => {
		const sheet = spreadsheet(
			`Comune,Codice ISTAT,Ambito\n${Y.comune},${Y.istat},${X.id}\n`,
			'territory'
		);
		// A sound sheet (an administrator's preview finds no error)…
		const preview = await sheet('previewSpreadsheetImport', admin);
		expect(preview.data?.previewSpreadsheetImport).toEqual({ errors: 0, rows: 1 });
		// …that X's office may not apply.
		const result = await sheet('applySpreadsheetImport', officeX);
		expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
		const ambito = await readTx(async (tx) =>
			(
				await tx.run(`MATCH (:Comune {istat: $istat})-[:IN]->(a:Ambito) RETURN a.id AS id`, {
					istat: Y.istat
				})
			).records.map((r) => r.get('id') as string)
		);
		expect(ambito).toEqual([Y.id]);
	});
});
