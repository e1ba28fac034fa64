import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { TramaDocument } from '../../src/lib/domain';
import { readTx, writeTx } from '../../src/lib/server/db/driver';
import { readDocument, territoryAround } from '../../src/lib/server/network/document-queries';
import { toXlsx } from '../../src/lib/server/transfer/export/xlsx';
import { closeDriver, connectTestDatabase, execute } from '../helpers/graphql';

beforeAll(connectTestDatabase);
afterAll(closeDriver);

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'trama-office-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const u = Date.now().toString(36);
const PROJECT = `Fare legami – Welfare di comunità nel Cremasco ${u}`;
const BORGO = `Cooperativa Sociale Il Borgo ${u}`;
const NETWORK = `Rete territoriale di conciliazione del Cremasco ${u}`;
const AGREEMENT = `AdP Piano di Zona 2021-2023 – Cremasco ${u}`;
const CALL = `Welfare in azione 2016 ${u}`;
const LINKED_NETWORK = `Alleanza per la conciliazione del Cremasco ${u}`;

/** An office workbook (sheets named as the office names them), written as Excel writes it. */
async function workbook(sheets: Record<string, string[][]>): Promise<Buffer> {
	const book = new ExcelJS.Workbook();
	for (const [name, rows] of Object.entries(sheets)) {
		const sheet = book.addWorksheet(name);
		for (const row of rows) sheet.addRow(row);
	}
	return Buffer.from(await book.xlsx.writeBuffer());
}

const OFFICE = {
	// The call's year is its own (2016), not the project's start (2017).
	Bandi: [
		['Titolo', 'Ente emittente', 'Anno'],
		[CALL, 'Fondazione Cariplo', '2016']
	],
	Progetti: [
		[
			'Titolo del progetto',
			'Bando',
			'Ente finanziatore',
			'Stato',
			'Data inizio',
			'Data fine',
			'Triennio',
			'Budget',
			'Ambiti destinatari'
		],
		[
			PROJECT,
			CALL,
			'Fondazione Cariplo',
			'Concluso',
			'01/03/2017',
			'28/02/2020',
			'2018-2020',
			'1.250.000,00',
			'Ufficio di Piano di Crema'
		],
		['Totale progetti: 1', '', '', '', '', '', '', '1.250.000,00', '']
	],
	Partner: [
		['Progetto', 'Ente', 'Tipologia', 'Comune', 'Ruolo', 'Note'],
		[PROJECT, 'Comune di Crema', 'Comune', 'Crema', 'Capofila', ''],
		[PROJECT, 'ASL di Crema', 'ASST', '', 'Co-promotore', ''],
		[PROJECT, 'Cremona', 'Comune', '', 'Comune coinvolto', ''],
		[PROJECT, BORGO, 'Cooperativa sociale di tipo A', 'Crema', 'Partner', 'Gestisce il portierato'],
		[
			PROJECT,
			`CSV Lombardia Sud ${u}`,
			'Centro servizi per il volontariato',
			'Cremona',
			'Sostenitore',
			''
		],
		['Totale enti: 5', '', '', '', '', '']
	],
	Azioni: [
		['Progetto', 'Azione', 'Responsabile'],
		[PROJECT, 'Portierato sociale di quartiere', BORGO]
	],
	Risorse: [
		['Progetto', 'Ente', 'Tipo risorsa', 'Importo', 'Fonte', 'Osservazioni'],
		[PROJECT, 'Comune di Crema', 'Risorse economiche', '50.000', 'Pubblica', ''],
		[PROJECT, BORGO, 'Ore di personale', '1.200', 'Privata', '']
	],
	Reti: [
		['Rete', 'Ambito', 'Ente', 'Tipologia', 'Comune', 'Reti collegate'],
		[NETWORK, 'Ufficio di Piano di Crema', 'Comune di Crema', 'Comune', 'Crema', LINKED_NETWORK],
		[NETWORK, '', BORGO, 'Cooperativa sociale di tipo A', 'Crema', ''],
		[LINKED_NETWORK, 'Ufficio di Piano di Crema', '', '', '', '']
	],
	Accordi: [
		['Accordo di Programma', 'Ambito', 'Data inizio', 'Data fine', 'Ente', 'Ruolo'],
		[
			AGREEMENT,
			'Ufficio di Piano di Crema',
			'01/01/2021',
			'31/12/2023',
			'Comune di Crema',
			'firmatario'
		],
		[AGREEMENT, '', '', '', BORGO, 'aderente']
	]
};

function trama(args: string[]): Promise<{ code: number | null; out: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [join(root, 'bin/trama.js'), ...args], {
			cwd: root,
			env: {
				...process.env,
				NEO4J_URI: inject('neo4jUri'),
				NEO4J_USER: 'neo4j',
				NEO4J_PASSWORD: ''
			}
		});
		let out = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (out += d));
		child.on('close', (code) => resolve({ code, out }));
	});
}

const countProjects = (title: string) =>
	readTx(async (tx) => {
		const r = await tx.run('MATCH (p:Project {title: $title}) RETURN count(p) AS n', { title });
		return Number(r.records[0]!.get('n'));
	});

/** The part of the database's document this test's records make up. */
async function ourDocument(): Promise<TramaDocument> {
	const doc = await readTx((tx) => readDocument(tx));
	const mine = (text: string) => text.endsWith(u);
	const projects = doc.projects.filter((p) => mine(p.title));
	const projectIds = new Set(projects.map((p) => p.id));
	const actors = doc.actors.filter((a) => mine(a.name));
	const networks = doc.networks.filter((n) => mine(n.name));
	const networkIds = new Set(networks.map((n) => n.id));
	const callIds = new Set(projects.map((p) => p.callId));
	return {
		...doc,
		actors,
		calls: doc.calls.filter((c) => callIds.has(c.id)),
		projects,
		actions: doc.actions.filter((a) => projectIds.has(a.projectId)),
		partnerships: doc.partnerships.filter((p) => projectIds.has(p.projectId)),
		networks,
		memberships: doc.memberships.filter((m) => networkIds.has(m.networkId)),
		agreements: doc.agreements.filter((g) => mine(g.title)),
		collaborations: []
	};
}

async function importFile(bytes: Buffer, fileName: string) {
	const r = await execute<{ applySpreadsheetImport: { errors: number; readSheets: string[] } }>(
		`mutation($i: SpreadsheetInput!) { applySpreadsheetImport(input: $i) { errors readSheets } }`,
		{ i: { fileBase64: bytes.toString('base64'), fileName } }
	);
	expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
	return r.data!.applySpreadsheetImport;
}

describe('office spreadsheets against the real database', () => {
	it('`npx trama import FILE --dry-run` exits non-zero when the file has errors, zero when it has none', async () => {
		const bad = join(dir, 'partner-con-errori.xlsx');
		writeFileSync(
			bad,
			await workbook({
				...OFFICE,
				Partner: [
					OFFICE.Partner[0]!,
					[PROJECT, 'Comune di Crema', 'Comune', 'Crema', 'Capofla', '']
				]
			})
		);
		const failed = await trama(['import', bad, '--dry-run']);
		expect(failed.code, failed.out).not.toBe(0);
		expect(failed.out).toContain('foglio "Partner", riga/row 2, "Ruolo"');
		expect(failed.out).toContain('Forse intendevi "capofila"?');

		const good = join(dir, 'progetto-cremasco.xlsx');
		writeFileSync(good, await workbook(OFFICE));
		const passed = await trama(['import', good, '--dry-run']);
		expect(passed.code, passed.out).toBe(0);
		expect(passed.out).toContain('Riga di totale ("Totale enti: 5")');
		expect(await countProjects(PROJECT)).toBe(0); // a dry run writes nothing
	});

	it('imports a whole office workbook in one transaction; export → wipe → import gives the same records', async () => {
		const first = await importFile(await workbook(OFFICE), 'progetto-cremasco.xlsx');
		expect(first.readSheets).toEqual([
			'Bandi',
			'Progetti',
			'Partner',
			'Azioni',
			'Risorse',
			'Reti',
			'Accordi'
		]);
		const imported = await ourDocument();
		expect(imported.projects).toHaveLength(1);
		expect(imported.partnerships).toHaveLength(5);
		expect(imported.partnerships.find((p) => p.role === 'co_promotore')?.actorId).toMatch(/^asst-/);
		expect(imported.memberships).toHaveLength(2);
		expect(imported.agreements[0]!.signatoryActorIds).toEqual(['comune-019035']);
		expect(imported.calls).toMatchObject([
			{ title: CALL, issuer: 'Fondazione Cariplo', year: 2016 }
		]);
		const linked = imported.networks.find((n) => n.name === LINKED_NETWORK)!;
		expect(imported.networks.find((n) => n.name === NETWORK)?.linkedNetworkIds).toEqual([
			linked.id
		]);

		// Export these records as the XLSX export writes them (names, not only ids).
		const exported = await readTx(async (tx) =>
			toXlsx({
				document: imported,
				territory: await territoryAround(tx, imported),
				generatedAt: '2026-12-05T00:00:00.000Z',
				title: 'prova'
			})
		);
		await writeTx(async (tx) => {
			await tx.run(`MATCH (n) WHERE n.id IN $ids DETACH DELETE n`, {
				ids: [
					...imported.projects.map((p) => p.id),
					...imported.actions.map((a) => a.id),
					...imported.calls.map((c) => c.id),
					...imported.actors.map((a) => a.id),
					...imported.networks.map((n) => n.id),
					...imported.agreements.map((g) => g.id)
				]
			});
		});
		expect(await countProjects(PROJECT)).toBe(0);

		const again = await importFile(Buffer.from(exported), 'trama-export.xlsx');
		expect(again.errors).toBe(0);
		expect(await ourDocument()).toEqual(imported);
	});

	it('a Risorse sheet alone adds to a partner already in the database, once', async () => {
		const sheet = {
			Risorse: [
				['Progetto', 'Ente', 'Tipo risorsa', 'Importo', 'Fonte'],
				[PROJECT, BORGO, 'Spazi e strutture', '12', 'Privata']
			]
		};
		const borgoResources = async () => {
			const doc = await ourDocument();
			const borgo = doc.actors.find((a) => a.name === BORGO)!;
			return doc.partnerships.find((p) => p.actorId === borgo.id)!;
		};
		const before = await borgoResources();
		expect((await importFile(await workbook(sheet), 'risorse.xlsx')).errors).toBe(0);
		const after = await borgoResources();
		expect(after.role).toBe(before.role);
		expect(after.notes).toBe(before.notes);
		expect(after.commitments).toEqual([
			...before.commitments,
			expect.objectContaining({ type: 'spaces', amount: 12, source: 'private' })
		]);
		expect((await importFile(await workbook(sheet), 'risorse.xlsx')).errors).toBe(0);
		expect((await borgoResources()).commitments).toHaveLength(after.commitments.length);
	});
});
