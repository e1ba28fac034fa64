import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ImportFileError, type ImportFileErrorCode } from './file-errors';
import { IMPORT_LIMITS } from './limits';
import { readTable } from './read-table';
import { csvOf, xlsxBomb, xlsxManyCells, xlsxManySheets } from './test-support';
import { ElementCounter } from './zip-check';

async function refusal(
	read: Promise<unknown>,
	code: ImportFileErrorCode
): Promise<ImportFileError> {
	const error = await read.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ImportFileError);
	expect((error as ImportFileError).code).toBe(code);
	expect((error as ImportFileError).overLimit).toBe(true);
	return error as ImportFileError;
}

async function goodWorkbook(rows: number): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Enti');
	sheet.addRow(['Denominazione', 'Comune', 'Note']);
	for (let i = 0; i < rows; i++) sheet.addRow([`Associazione ${i}`, 'Crema', `nota ${i}`]);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Limits with a worker that could not parse anything: a refusal that still names the archive's
 * limit came before any parse (without the archive check, the worker would die of memory).
 */
const BEFORE_PARSING = { ...IMPORT_LIMITS, workerMemoryMb: 2 };

// The bombs are built in memory (up to 500,000 cells): under a loaded machine that took 20 s and more.
describe('readTable refuses spreadsheet bombs, naming the limit', { timeout: 60_000 }, () => {
	it('the 5 MB XLSX that unzips to 4.7 GB is refused from its zip directory', async () => {
		const bomb = xlsxBomb();
		expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
		const error = await refusal(
			readTable(bomb, 'bomba.xlsx', BEFORE_PARSING),
			'UNZIPPED_TOO_LARGE'
		);
		expect(error.userMessage.it).toContain('oltre il limite di 100 MB');
	});

	it('a bomb that lies about its sizes is stopped while inflating, as a damaged file', async () => {
		const error = await readTable(
			xlsxBomb({ sheets: 1, mibPerSheet: 50, lie: true }),
			'b.xlsx',
			BEFORE_PARSING
		).then(
			() => null,
			(e: unknown) => e as ImportFileError
		);
		expect(error?.code).toBe('NOT_A_SPREADSHEET');
	});

	it('a part compressed over 100 to 1 (under the size limit) is refused', async () => {
		const error = await refusal(
			readTable(xlsxBomb({ sheets: 1, mibPerSheet: 5 }), 'compresso.xlsx', BEFORE_PARSING),
			'COMPRESSION_RATIO'
		);
		expect(error.userMessage.it).toContain('xl/worksheets/sheet1.xml');
		expect(error.userMessage.it).toContain('oltre il limite di 100');
	});

	it('a workbook with more sheets than the limit', async () => {
		const error = await refusal(
			readTable(xlsxManySheets(51), 'fogli.xlsx', BEFORE_PARSING),
			'TOO_MANY_SHEETS'
		);
		expect(error.userMessage.it).toContain('51 fogli, oltre il limite di 50');
		// At the limit it is read.
		const read = await readTable(xlsxManySheets(50), 'fogli.xlsx');
		expect(read.sheets).toHaveLength(50);
	});

	it('a workbook with more cells than the limit, counted before parsing', async () => {
		const error = await refusal(
			readTable(xlsxManyCells(50_100, 10), 'celle.xlsx', BEFORE_PARSING),
			'TOO_MANY_CELLS'
		);
		expect(error.userMessage.it).toContain('più di 500.000 celle');
	});

	it('CSV: too many columns, rows or cells', async () => {
		let error = await refusal(readTable(csvOf(2, 501), 'larga.csv'), 'TOO_MANY_COLUMNS');
		expect(error.userMessage.it).toContain('501 colonne, oltre il limite di 500');
		error = await refusal(readTable(csvOf(100_000, 2), 'lunga.csv'), 'TOO_MANY_ROWS');
		expect(error.userMessage.it).toContain('più di 100.000 righe');
		error = await refusal(readTable(csvOf(1_100, 480), 'celle.csv'), 'TOO_MANY_CELLS');
		expect(error.userMessage.it).toContain('più di 500.000 celle');
		// Just under every limit, it is read whole.
		const read = await readTable(csvOf(99_999, 2), 'lunga.csv');
		expect(read.sheets[0]!.rows).toHaveLength(99_999);
	}, 60_000);
});

describe('the parse runs in a worker with its own limits', () => {
	it('a worker over its memory limit is an error for that file, and the next file is read', async () => {
		const bytes = await goodWorkbook(20_000);
		const error = await refusal(
			readTable(bytes, 'enti.xlsx', { ...IMPORT_LIMITS, workerMemoryMb: 8 }),
			'READ_OUT_OF_MEMORY'
		);
		expect(error.userMessage.it).toContain('limite di 8 MB di memoria');
		const read = await readTable(bytes, 'enti.xlsx');
		expect(read.sheets[0]!.rows).toHaveLength(20_000);
	}, 60_000);

	it('a worker over its time limit is stopped', async () => {
		const error = await refusal(
			readTable(await goodWorkbook(10), 'enti.xlsx', { ...IMPORT_LIMITS, workerSeconds: 0.001 }),
			'READ_TIMEOUT'
		);
		expect(error.userMessage.it).toContain('limite di 0,001 secondi');
	});
});

describe('ElementCounter', () => {
	it('counts cells and rows however the XML is cut into chunks', () => {
		const xml = Buffer.from(
			'<row r="1"><c r="A1"/><c r="B1" t="s"><v>0</v></c><cols/><col/><cfRule/></row><row>\n<c\n></c></row><rows/>'
		);
		for (let size = 1; size <= xml.length; size++) {
			const counter = new ElementCounter();
			for (let at = 0; at < xml.length; at += size) counter.feed(xml.subarray(at, at + size));
			expect([counter.cells, counter.rows], `chunks of ${size}`).toEqual([3, 2]);
		}
	});
});
