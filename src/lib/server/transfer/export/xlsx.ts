import ExcelJS from 'exceljs';
import { buildTables, type Table } from './tables';
import type { ExportInput } from './types';

/**
 * Column widths in characters: room for a short code, never a wall of notes. The minimum is above
 * 9 on purpose: exceljs treats width 9 as its default and leaves such columns out of the file.
 */
const MIN_WIDTH = 10;
const MAX_WIDTH = 60;

/**
 * One workbook, one sheet per CSV table (same names, headers and rows). Cells are typed: numbers
 * are numeric so they sum and sort, text stays text (exceljs writes strings as shared strings,
 * never as formulas, so no injection guard is needed here, unlike CSV).
 */
export async function toXlsx(input: ExportInput): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Trama';
	workbook.title = input.title;
	// Fixed from the input, not the clock, so the workbook properties are reproducible.
	const when = new Date(input.generatedAt);
	if (!Number.isNaN(when.getTime())) {
		workbook.created = when;
		workbook.modified = when;
	}
	for (const table of buildTables(input)) addSheet(workbook, table);
	const buffer = await workbook.xlsx.writeBuffer();
	return new Uint8Array(buffer as ArrayBuffer);
}

/** One table as a sheet: bold frozen header with filters, widths from the contents. */
export function addSheet(workbook: ExcelJS.Workbook, table: Table): void {
	const sheet = workbook.addWorksheet(table.name, {
		views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }]
	});
	sheet.addRow([...table.headers]);
	for (const row of table.rows) sheet.addRow(row);
	const header = sheet.getRow(1);
	header.font = { bold: true };
	// Filters on the header: the first thing an evaluator does with a table of partners.
	if (table.headers.length > 0) {
		sheet.autoFilter = {
			from: { row: 1, column: 1 },
			to: { row: 1, column: table.headers.length }
		};
	}
	table.headers.forEach((title, i) => {
		const longest = table.rows.reduce((max, row) => {
			const cell = row[i];
			// Long text wraps in the reader's mind anyway; the first line decides the width.
			const text = cell === null || cell === undefined ? '' : String(cell).split('\n')[0]!;
			return Math.max(max, text.length);
		}, title.length);
		sheet.getColumn(i + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
	});
}
