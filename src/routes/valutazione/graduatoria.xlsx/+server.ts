import ExcelJS from 'exceljs';
import { attachment, rankingForDownload } from '../ranking-download';
import type { RequestHandler } from './$types';

/** The ranking as one typed sheet: numbers stay numbers, header frozen and filterable. */
export const GET: RequestHandler = async (event) => {
	const { table, baseName } = await rankingForDownload(event);
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Trama';
	const sheet = workbook.addWorksheet('Graduatoria', { views: [{ state: 'frozen', ySplit: 1 }] });
	sheet.addRow(table.headers);
	for (const row of table.rows) sheet.addRow(row);
	sheet.getRow(1).font = { bold: true };
	sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
	table.headers.forEach(
		(h, i) => (sheet.getColumn(i + 1).width = Math.min(50, Math.max(10, h.length + 2)))
	);
	const buffer = await workbook.xlsx.writeBuffer();
	return attachment(
		new Uint8Array(buffer as ArrayBuffer),
		'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		`${baseName}.xlsx`
	);
};
