import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTx } from '../../src/lib/server/db/driver';
import { completionRows } from '../../src/lib/geo/completion';
import type { ComuneInfo } from '../../src/lib/geo/membership';
import { completionWorkbook } from '../../src/lib/server/territory/completion-workbook';
import { closeDriver, connectTestDatabase, execute, ok } from '../helpers/graphql';

/**
 * "Completa il territorio" end to end on the real territory: the pre-filled sheet goes back through
 * the territory import as it is (dry run: no error, nothing written); a completed row fills the gap;
 * a sheet with one bad name writes nothing at all.
 */
const FILE = 'completa-territorio-test.xlsx';
const CREMASCO = 'Ambito distrettuale Cremasco';
const UNIT = '{ id name }';
const PLACES = `{ territory { places { istat name population ambito ${UNIT} distretto ${UNIT} asst ${UNIT} ats ${UNIT} }
	gaps { comuniWithoutAmbito { istat } } } }`;
type Territory = {
	territory: { places: ComuneInfo[]; gaps: { comuniWithoutAmbito: Array<{ istat: string }> } };
};
let places: ComuneInfo[];
let rows: string[][];

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const sheet = (r: string[][]) => completionWorkbook(r, { ambiti: [], distretti: [], asst: [] });
const PLAN = `applied rows importable errors problems { row column severity message { it } }`;
const importSheet = (mode: 'preview' | 'apply', bytes: Uint8Array) =>
	execute<
		Record<
			string,
			{
				applied: boolean;
				rows: number;
				errors: number;
				problems: Array<{ row: number; column: string | null }>;
			}
		>
	>(
		`mutation ($input: SpreadsheetInput!) { ${mode}SpreadsheetImport(input: $input) { ${PLAN} } }`,
		{ input: { fileBase64: base64(bytes), fileName: FILE, kind: 'territory' } }
	);

beforeAll(async () => {
	await connectTestDatabase();
	places = (await ok<Territory>(PLACES)).territory.places;
	rows = completionRows(places);
});
afterAll(async () => {
	await writeTx((tx) =>
		tx.run(`MATCH (:Comune)-[r]->() WHERE r.basis = $basis DELETE r`, { basis: `import:${FILE}` })
	);
	await closeDriver();
});

describe('completing the territory with the pre-filled sheet', () => {
	it('lists every incomplete Comune, pre-filled with the names known', async () => {
		const incomplete = places.filter((c) => !c.ambito || !c.distretto || !c.asst);
		expect(rows).toHaveLength(incomplete.length);
		const bytes = await sheet(rows);
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
		const first = book.worksheets[0]!;
		expect((first.getRow(1).values as unknown[]).slice(1)).toEqual([
			'Codice ISTAT',
			'Comune',
			'Ambito',
			'Distretto',
			'ASST'
		]);
		expect(first.rowCount).toBe(rows.length + 1);
		// ISTAT codes stay text, leading zeros and all
		expect(first.getCell(2, 1).value).toBe(rows[0]![0]);
	});

	it('goes back through the territory import as it is: a dry run with no error writes nothing', async () => {
		const r = await importSheet('preview', await sheet(rows));
		expect(r.errors).toBeUndefined();
		const plan = r.data!.previewSpreadsheetImport!;
		expect(plan.applied).toBe(false);
		expect(plan.rows).toBe(rows.length);
		expect(plan.errors).toBe(0);
		const after = (await ok<Territory>(PLACES)).territory;
		expect(after.gaps.comuniWithoutAmbito.length).toBe(places.filter((c) => !c.ambito).length);
	});

	it('writes nothing when one row names an unknown Ambito (all or nothing)', async () => {
		const [a, b] = rows.filter((r) => r[2] === '');
		const bad = [
			[a![0]!, a![1]!, CREMASCO, a![3]!, a![4]!],
			[b![0]!, b![1]!, 'Ambito che non esiste', b![3]!, b![4]!]
		];
		const preview = (await importSheet('preview', await sheet(bad))).data!
			.previewSpreadsheetImport!;
		expect(preview.errors).toBeGreaterThan(0);
		expect(preview.problems.some((p) => p.row === 3 && p.column === 'Ambito')).toBe(true);
		const apply = await importSheet('apply', await sheet(bad));
		expect(apply.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
		const after = (await ok<Territory>(PLACES)).territory;
		expect(after.gaps.comuniWithoutAmbito.map((c) => c.istat)).toContain(a![0]);
	});

	it('fills the gap once the completed row is applied', async () => {
		const row = rows.find((r) => r[2] === '')!;
		const done = [[row[0]!, row[1]!, CREMASCO, row[3]!, row[4]!]];
		const r = await importSheet('apply', await sheet(done));
		expect(r.errors).toBeUndefined();
		expect(r.data!.applySpreadsheetImport!.applied).toBe(true);
		const after = (await ok<Territory>(PLACES)).territory;
		expect(after.gaps.comuniWithoutAmbito.map((c) => c.istat)).not.toContain(row[0]);
		expect(after.places.find((c) => c.istat === row[0])!.ambito?.name).toBe(CREMASCO);
		expect(after.gaps.comuniWithoutAmbito.length).toBe(places.filter((c) => !c.ambito).length - 1);
	});
});
