import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTx, writeTx } from '../../src/lib/server/db/driver';
import { closeDriver, connectTestDatabase, execute } from '../helpers/graphql';

beforeAll(connectTestDatabase);
afterAll(closeDriver);

const graphSize = () =>
	readTx(async (tx) => {
		const r = await tx.run(
			'MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships'
		);
		return r.records[0]!.toObject() as { nodes: number; relationships: number };
	});

const PLAN = `applied kind encoding rows importable errors warnings problems { row column code severity } counts`;
interface Plan {
	applied: boolean;
	kind: string;
	encoding: string | null;
	rows: number;
	importable: number;
	errors: number;
	problems: Array<{ row: number; column: string | null; code: string; severity: string }>;
	counts: string[];
}

async function run(
	op: 'previewSpreadsheetImport' | 'applySpreadsheetImport',
	bytes: Buffer | Uint8Array,
	fileName: string,
	extra: Record<string, unknown> = {}
) {
	return execute<Record<string, Plan>>(
		`mutation($i: SpreadsheetInput!) { ${op}(input: $i) { ${PLAN} } }`,
		{
			i: { fileBase64: Buffer.from(bytes).toString('base64'), fileName, ...extra }
		}
	);
}

const u = Date.now().toString(36);

describe('spreadsheet import against the real database', () => {
	it('bad files give a clear report and leave the database unchanged', async () => {
		const before = await graphSize();
		const cases: Array<[string, Buffer]> = [
			['vuoto.csv', Buffer.alloc(0)],
			['spazzatura.xlsx', Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7])],
			['binario.csv', Buffer.from('\u0000\u0001\u0002PK\u0003\u0004'.repeat(50), 'latin1')]
		];
		for (const [name, bytes] of cases) {
			const result = await run('applySpreadsheetImport', bytes, name);
			expect(result.errors?.[0]?.extensions?.code, name).toBe('BAD_INPUT');
			expect(result.errors?.[0]?.message, name).toMatch(/\//); // Italian / English
		}
		const withErrors = Buffer.from(
			`Denominazione;Tipologia;Comune sede;Codice fiscale\nAPS Buona ${u};APS;Crema;\nODV Cattiva ${u};ODV;Comune Che Non Esiste;\nCoop Tre ${u};Cooperativa sociale di tipo B;Crema;12345678901\n`,
			'latin1'
		);
		const preview = (await run('previewSpreadsheetImport', withErrors, 'enti.csv')).data!
			.previewSpreadsheetImport!;
		expect(
			preview.problems.filter((p) => p.severity === 'error').map((p) => [p.row, p.column, p.code])
		).toEqual([
			[3, 'Comune sede', 'UNKNOWN_COMUNE'],
			[4, 'Codice fiscale', 'BAD_TAX_CODE']
		]);
		const applied = await run('applySpreadsheetImport', withErrors, 'enti.csv');
		expect(applied.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
		expect(await graphSize()).toEqual(before);
	});

	it('imports 10,000 rows of actors in one transaction, and a second import of the same file duplicates nothing', async () => {
		const lines = ['Ragione sociale;Tipo ente;Comune;Note'];
		for (let i = 0; i < 10_000; i++)
			lines.push(`Associazione ${u} numero ${i};APS;${i % 2 ? 'Crema' : 'Offanengo'};riga ${i}`);
		const csv = Buffer.from(lines.join('\n'), 'utf8');
		const first = await run('applySpreadsheetImport', csv, 'diecimila.csv');
		expect(first.errors).toBeUndefined();
		expect(first.data!.applySpreadsheetImport!.importable).toBe(10_000);
		const count = () =>
			readTx(
				async (tx) =>
					(
						await tx.run('MATCH (a:Actor) WHERE a.name STARTS WITH $p RETURN count(a) AS n', {
							p: `Associazione ${u} `
						})
					).records[0]!.get('n') as number
			);
		expect(await count()).toBe(10_000);
		await run('applySpreadsheetImport', csv, 'diecimila.csv');
		expect(await count()).toBe(10_000);
		// Two imports of 10,000 rows: on a loaded 2-core machine more than the default minute.
	}, 180_000);

	it('reads XLSX partnerships with Italian headers and links them to existing actors and projects', async () => {
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('Partenariato');
		sheet.addRow([
			'Titolo progetto',
			'Ente',
			'Comune',
			'Ruolo',
			'Tipo risorsa',
			'Importo',
			'Fonte'
		]);
		sheet.addRow([
			`Progetto XLSX ${u}`,
			'Comune di Crema',
			'Crema',
			'Capofila',
			'Risorse economiche',
			12000,
			'Pubblica'
		]);
		sheet.addRow([
			`Progetto XLSX ${u}`,
			`Cooperativa XLSX ${u}`,
			'Crema',
			'Partner',
			'Ore di personale',
			200,
			'Privata'
		]);
		const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
		const result = await run('applySpreadsheetImport', bytes, 'partenariato.xlsx', {
			kind: 'partnerships'
		});
		expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
		const found = await execute<{
			projects: {
				edges: Array<{
					node: { title: string; partnerships: Array<{ role: string; actor: { id: string } }> };
				}>;
			};
		}>(`{ projects(first: 200) { edges { node { title partnerships { role actor { id } } } } } }`);
		const project = found
			.data!.projects.edges.map((e) => e.node)
			.find((p) => p.title === `Progetto XLSX ${u}`);
		expect(project?.partnerships.find((p) => p.role === 'capofila')?.actor.id).toBe(
			'comune-019035'
		);
		expect(project?.partnerships).toHaveLength(2);
	});

	it('imports the official territory mapping: a Comune gets its Ambito (Cremona, capoluogo of the Ambito cremonese)', async () => {
		const csv = Buffer.from(
			'Codice ISTAT;Comune;Ambito;ATS\n019036;Cremona;Ambito cremonese;ATS della Val Padana\n',
			'utf8'
		);
		const result = await run('applySpreadsheetImport', csv, 'territorio.csv', {
			kind: 'territory'
		});
		expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
		const ambito = await readTx(async (tx) =>
			(
				await tx.run('MATCH (:Comune {istat: "019036"})-[:IN]->(a:Ambito) RETURN a.id AS id')
			).records.map((r) => r.get('id'))
		);
		expect(ambito).toEqual(['ambito-ambito-cremonese']);
		// Other files count the Comuni with a known Ambito in the shared test database: put it back.
		await writeTx((tx) => tx.run('MATCH (:Comune {istat: "019036"})-[r:IN]->(:Ambito) DELETE r'));
	});
});
