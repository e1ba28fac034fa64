import ExcelJS from 'exceljs';
import { COMPLETION_HEADERS } from '../../geo/completion';

/**
 * The pre-filled spreadsheet as an XLSX: header frozen and filterable, ISTAT codes as text (a
 * spreadsheet would drop their leading zeros), a second sheet with the names an office may type.
 */
export async function completionWorkbook(
	rows: readonly string[][],
	choices: { ambiti: readonly string[]; distretti: readonly string[]; asst: readonly string[] }
): Promise<Uint8Array<ArrayBuffer>> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Trama';
	const sheet = workbook.addWorksheet('Territorio', { views: [{ state: 'frozen', ySplit: 1 }] });
	sheet.addRow([...COMPLETION_HEADERS]);
	for (const row of rows) sheet.addRow(row);
	sheet.getColumn(1).numFmt = '@';
	sheet.getRow(1).font = { bold: true };
	sheet.autoFilter = {
		from: { row: 1, column: 1 },
		to: { row: 1, column: COMPLETION_HEADERS.length }
	};
	[14, 30, 40, 40, 40].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
	const names = workbook.addWorksheet('Nomi validi');
	names.addRow(['Ambito', 'Distretto', 'ASST']);
	names.getRow(1).font = { bold: true };
	const n = Math.max(choices.ambiti.length, choices.distretti.length, choices.asst.length);
	for (let i = 0; i < n; i++)
		names.addRow([choices.ambiti[i] ?? '', choices.distretti[i] ?? '', choices.asst[i] ?? '']);
	return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
