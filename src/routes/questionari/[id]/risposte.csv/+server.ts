import { tableToCsv } from '$lib/server/transfer/export/csv';
import type { Table } from '$lib/server/transfer/export/tables';
import { attachment } from '../../../valutazione/ranking-download';
import { answersForDownload } from '../answers-download';
import type { RequestHandler } from './$types';

/** The answers' first table (one row per answer) as Italian Excel opens it (export/csv.ts). */
export const GET: RequestHandler = async (event) => {
	const { tables, baseName } = await answersForDownload(event);
	// tableToCsv only reads headers and rows; the name types the network export's sheets.
	const csv = tableToCsv(tables[0] as unknown as Table);
	return attachment(csv, 'text/csv; charset=utf-8', `${baseName}.csv`);
};
