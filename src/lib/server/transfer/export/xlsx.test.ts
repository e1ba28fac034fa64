import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildTables } from './tables';
import { fixtureInput } from './test-support';
import { toXlsx } from './xlsx';

describe('toXlsx', async () => {
	const input = fixtureInput();
	const bytes = await toXlsx(input);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
	const tables = buildTables(input);

	it('is a zip with one sheet per CSV table, in the same order', () => {
		expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
		expect(workbook.worksheets.map((w) => w.name)).toEqual(tables.map((t) => t.name));
		expect(workbook.creator).toBe('Trama');
		expect(workbook.created.toISOString()).toBe(input.generatedAt);
	});

	it('reads back the same headers and rows, numbers as numbers', () => {
		for (const table of tables) {
			const sheet = workbook.getWorksheet(table.name)!;
			const width = table.headers.length;
			const read = (rowNumber: number) =>
				Array.from({ length: width }, (_, i) => {
					const value = sheet.getRow(rowNumber).getCell(i + 1).value;
					return value === undefined ? null : value;
				});
			expect(read(1)).toEqual(table.headers);
			expect(sheet.rowCount).toBe(table.rows.length + 1);
			table.rows.forEach((row, i) => expect(read(i + 2)).toEqual(row));
		}
		const p1 = workbook.getWorksheet('progetti')!.getRow(2);
		expect(p1.getCell(10).value).toBe(120000.5);
	});

	it('has a bold, frozen header row and sensible column widths', () => {
		for (const sheet of workbook.worksheets) {
			expect(sheet.getRow(1).font?.bold).toBe(true);
			expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
			for (let c = 1; c <= sheet.columnCount; c++) {
				const width = sheet.getColumn(c).width!;
				expect(width).toBeGreaterThanOrEqual(10);
				expect(width).toBeLessThanOrEqual(60);
			}
		}
		// "Denominazione" holds the longest name: wider than the header alone.
		const attori = workbook.getWorksheet('attori')!;
		expect(attori.getColumn(2).width).toBeGreaterThan('Denominazione'.length + 2);
	});
});
