import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
	columnLetter,
	detectDelimiter,
	ImportFileError,
	readTable,
	type ImportFileErrorCode
} from './read-table';
import { IMPORT_LIMITS } from './limits';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function expectFileError(promise: Promise<unknown>, code: ImportFileErrorCode) {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ImportFileError);
	const fileError = error as ImportFileError;
	expect(fileError.code).toBe(code);
	// The message tells the user what to do, in both languages.
	expect(fileError.userMessage.it.length).toBeGreaterThan(20);
	expect(fileError.userMessage.en.length).toBeGreaterThan(20);
	return fileError;
}

describe('readTable: CSV', () => {
	it('reads an Italian Excel export: ";" and Windows-1252 accents', async () => {
		const bytes = iconv.encode(
			'Denominazione;Tipologia;Comune;Importo\r\n' +
				'Società Cooperativa Il Sole;Cooperativa sociale di tipo A;Cantù;1.234,50\r\n' +
				'Associazione Perché No;APS;Sant\'Angelo Lodigiano;"12,00"\r\n',
			'win1252'
		);
		// A sanity check that the fixture really is not UTF-8.
		expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
		const result = await readTable(bytes, 'enti.csv');
		expect(result.encoding).toBe('windows-1252');
		expect(result.sheets).toEqual([
			{
				name: 'enti',
				headers: ['Denominazione', 'Tipologia', 'Comune', 'Importo'],
				rows: [
					['Società Cooperativa Il Sole', 'Cooperativa sociale di tipo A', 'Cantù', '1.234,50'],
					['Associazione Perché No', 'APS', "Sant'Angelo Lodigiano", '12,00']
				],
				rowNumbers: [2, 3],
				headerRow: 1
			}
		]);
	});

	it('reads UTF-8 with a BOM and without', async () => {
		const text = 'Comune,Ambito\nCantù,"Ambito di Cantù-Mariano Comense"\n';
		for (const bytes of [utf8('\uFEFF' + text), utf8(text)]) {
			const result = await readTable(bytes, 'territorio.csv');
			expect(result.encoding).toBe('utf-8');
			expect(result.sheets[0]!.headers).toEqual(['Comune', 'Ambito']);
			expect(result.sheets[0]!.rows).toEqual([['Cantù', 'Ambito di Cantù-Mariano Comense']]);
		}
	});

	it('reads Excel "Unicode text" (UTF-16 with BOM, tab-separated)', async () => {
		const bytes = new Uint8Array([
			0xff,
			0xfe,
			...iconv.encode('Ente\tComune\r\nCoop Società\tCantù\r\n', 'utf-16le')
		]);
		const result = await readTable(bytes, 'enti.txt');
		expect(result.encoding).toBe('utf-16le');
		expect(result.sheets[0]!.rows).toEqual([['Coop Società', 'Cantù']]);
	});

	it.each([
		[';', 'a;b;c\n1,5;2;3\n4;5,5;6\n'],
		[',', 'a,b,c\n"1,5",2,3\n4,"5;5",6\n'],
		['\t', 'a\tb\tc\n1\t2\t3\n'],
		['|', 'a|b|c\n1|2|3\n']
	])('detects the delimiter %j', (delimiter, text) => {
		expect(detectDelimiter(text)).toBe(delimiter);
	});

	it('honours a "sep=" line, skips title rows and blank rows, and keeps row numbers', async () => {
		const text = [
			'sep=;',
			'Elenco enti del Terzo Settore - aggiornato 2024',
			'',
			'Denominazione;Comune;Note',
			'Coop A;Crema;"riga su',
			'due linee"',
			';;',
			'Coop B;Lecco;'
		].join('\n');
		const [sheet] = (await readTable(utf8(text), 'enti.csv')).sheets;
		expect(sheet!.headerRow).toBe(3);
		expect(sheet!.headers).toEqual(['Denominazione', 'Comune', 'Note']);
		expect(sheet!.rows).toEqual([
			['Coop A', 'Crema', 'riga su\ndue linee'],
			['Coop B', 'Lecco', '']
		]);
		// After the sep= line, rows count from the title (1); the blank row 5 is skipped.
		expect(sheet!.rowNumbers).toEqual([4, 6]);
	});

	it('names blank headers after their column and numbers repeated ones', async () => {
		const [sheet] = (await readTable(utf8('Nome;;Note;Note\na;b;c;d\n'), 'x.csv')).sheets;
		expect(sheet!.headers).toEqual(['Nome', 'Colonna B', 'Note', 'Note (2)']);
		expect(columnLetter(0)).toBe('A');
		expect(columnLetter(27)).toBe('AB');
	});
});

describe('readTable: XLSX', () => {
	async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
		const workbook = new ExcelJS.Workbook();
		build(workbook);
		return new Uint8Array(await workbook.xlsx.writeBuffer());
	}

	it('round-trips every sheet: strings, numbers, dates, booleans, formulas, rich text', async () => {
		const headers = [
			'Denominazione',
			'Comune',
			'Codice ISTAT',
			'Importo',
			'Dal',
			'Capofila',
			'Totale'
		];
		const bytes = await workbookBytes((wb) => {
			const actors = wb.addWorksheet('Enti');
			actors.addRow(['Elenco enti 2024']); // a title row above the header
			actors.addRow(headers);
			actors.addRow([
				'Società Cooperativa Il Sole',
				'Cantù',
				13041,
				1234.5,
				new Date(Date.UTC(2023, 11, 31)),
				true,
				{ formula: 'D3*2', result: 2469 }
			]);
			actors.addRow([]);
			actors.addRow([
				{ richText: [{ text: 'Parrocchia ' }, { font: { bold: true }, text: 'San Paolo' }] },
				'Crema',
				'019035',
				0.1,
				'31/12/2023',
				false,
				null
			]);
			const territory = wb.addWorksheet('Territorio');
			territory.addRow(['Comune', 'Ambito']);
			territory.addRow(['Crema', 'Ambito distrettuale Cremasco']);
			wb.addWorksheet('Vuoto');
		});
		const result = await readTable(bytes, 'rete.xlsx');
		expect(result.encoding).toBeUndefined();
		expect(result.sheets.map((s) => s.name)).toEqual(['Enti', 'Territorio']);
		const [enti, territorio] = result.sheets;
		expect(enti!.headerRow).toBe(2);
		expect(enti!.headers).toEqual(headers);
		expect(enti!.rows).toEqual([
			['Società Cooperativa Il Sole', 'Cantù', '13041', '1234,5', '2023-12-31', 'sì', '2469'],
			['Parrocchia San Paolo', 'Crema', '019035', '0,1', '31/12/2023', 'no', '']
		]);
		expect(enti!.rowNumbers).toEqual([3, 5]);
		expect(territorio!.rows).toEqual([['Crema', 'Ambito distrettuale Cremasco']]);
	});

	it('a workbook with only empty sheets is an empty file', async () => {
		const bytes = await workbookBytes((wb) => wb.addWorksheet('Foglio1'));
		await expectFileError(readTable(bytes, 'vuoto.xlsx'), 'EMPTY_FILE');
	});

	it('a workbook whose sheets hold only numbers has no header', async () => {
		const bytes = await workbookBytes((wb) => {
			const sheet = wb.addWorksheet('Dati');
			sheet.addRow([1, 2, 3]);
			sheet.addRow([4, 5, 6]);
		});
		const error = await expectFileError(readTable(bytes, 'numeri.xlsx'), 'NO_HEADER');
		expect(error.userMessage.it).toContain('Dati');
	});

	it('a damaged zip is not a spreadsheet', async () => {
		const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
		await expectFileError(readTable(bytes, 'rotto.xlsx'), 'NOT_A_SPREADSHEET');
	});
});

describe('readTable: files that cannot be read', () => {
	it('an empty file, or one with only blanks', async () => {
		await expectFileError(readTable(new Uint8Array(), 'enti.csv'), 'EMPTY_FILE');
		await expectFileError(readTable(utf8('\uFEFF \r\n;;\r\n'), 'enti.csv'), 'EMPTY_FILE');
		await expectFileError(readTable(utf8('   \n\n'), 'enti.csv'), 'EMPTY_FILE');
	});

	it('binary junk', async () => {
		const junk = new Uint8Array(2048).map((_, i) => (i * 7919) % 256);
		await expectFileError(readTable(junk, 'enti.csv'), 'NOT_A_SPREADSHEET');
		await expectFileError(
			readTable(utf8('%PDF-1.7\n\0\0\0binary'), 'enti.xlsx'),
			'NOT_A_SPREADSHEET'
		);
	});

	it('the old .xls format and OpenDocument are refused with a "save as" hint', async () => {
		const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
		const error = await expectFileError(readTable(ole, 'enti.xls'), 'UNSUPPORTED_FORMAT');
		expect(error.userMessage.it).toContain('.xlsx');
		const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);
		await expectFileError(readTable(zip, 'enti.ods'), 'UNSUPPORTED_FORMAT');
	});

	it('a file of data without a header row', async () => {
		await expectFileError(
			readTable(utf8('12;2023-01-01;45\n13;2023-02-01;46\n'), 'dati.csv'),
			'NO_HEADER'
		);
	});

	it('a file over the size limit', async () => {
		const big = new Uint8Array(IMPORT_LIMITS.fileBytes + 1);
		const error = await expectFileError(readTable(big, 'enorme.csv'), 'TOO_LARGE');
		expect(error.userMessage.it).toContain('20 MB');
	});

	it('a CSV saved with an .xlsx name is still read', async () => {
		const result = await readTable(utf8('Comune;Ambito\nCrema;Cremasco\n'), 'territorio.xlsx');
		expect(result.sheets[0]!.rows).toEqual([['Crema', 'Cremasco']]);
	});
});
