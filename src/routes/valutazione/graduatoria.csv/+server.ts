import { tableToCsv } from '$lib/server/transfer/export/csv';
import type { Table } from '$lib/server/transfer/export/tables';
import { attachment, rankingForDownload } from '../ranking-download';
import type { RequestHandler } from './$types';

/** The ranking as Italian Excel opens it: `;`, UTF-8 BOM, decimal comma (export/csv.ts). */
export const GET: RequestHandler = async (event) => {
	const { table, baseName } = await rankingForDownload(event);
	// tableToCsv only reads headers and rows; the name types the network export's sheets.
	const csv = tableToCsv({ name: 'progetti', ...table } as unknown as Table);
	return attachment(csv, 'text/csv; charset=utf-8', `${baseName}.csv`);
};
