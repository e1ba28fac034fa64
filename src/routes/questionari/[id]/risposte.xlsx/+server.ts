import ExcelJS from 'exceljs';
import type { Table } from '$lib/server/transfer/export/tables';
import { addSheet } from '$lib/server/transfer/export/xlsx';
import { attachment } from '../../../valutazione/ranking-download';
import { answersForDownload } from '../answers-download';
import type { RequestHandler } from './$types';

/** Both tables of the answers, one sheet each, laid out as the network export's sheets. */
export const GET: RequestHandler = async (event) => {
	const { tables, baseName } = await answersForDownload(event);
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Trama';
	// addSheet reads name, headers and rows; its Table type names the network export's sheets.
	for (const table of tables) addSheet(workbook, table as unknown as Table);
	const buffer = await workbook.xlsx.writeBuffer();
	return attachment(
		new Uint8Array(buffer as ArrayBuffer),
		'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		`${baseName}.xlsx`
	);
};
