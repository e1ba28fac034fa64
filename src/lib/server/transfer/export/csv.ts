import Papa from 'papaparse';
import { buildTables, type Cell, type Table } from './tables';
import type { ExportInput } from './types';

/**
 * CSV the way Italian Excel opens it with a double click: `;` as delimiter (Excel in it-IT reads
 * `,` as the decimal separator), a UTF-8 BOM (without it Excel decodes as Windows-1252 and
 * "Società" becomes "SocietÃ "), CRLF line ends, numbers with a decimal comma and no grouping.
 * The import side (import/read-table.ts, import/values.ts) reads exactly this back.
 */
export const CSV_DELIMITER = ';';
export const CSV_BOM = '\uFEFF';

export interface CsvFile {
	name: string;
	content: string;
}

export function toCsvFiles(input: ExportInput): CsvFile[] {
	return buildTables(input).map((table) => ({
		name: `${table.name}.csv`,
		content: tableToCsv(table)
	}));
}

/**
 * Columns of codes whose leading zeros matter (ISTAT 013041, tax code 00743110157): always
 * quoted, so LibreOffice keeps them as text when "Formatta i campi tra virgolette come testo"
 * is ticked in its import dialog (docs/exports.md). Excel ignores quotes: use the XLSX there.
 */
export const CSV_CODE_COLUMNS: ReadonlySet<string> = new Set([
	'Codice fiscale',
	'Codice ISTAT',
	'Codici ISTAT destinatari'
]);

export function tableToCsv(table: Table): string {
	const body = Papa.unparse(
		{ fields: [...table.headers], data: table.rows.map((row) => row.map(csvCell)) },
		{
			delimiter: CSV_DELIMITER,
			newline: '\r\n',
			quotes: table.headers.map((h) => CSV_CODE_COLUMNS.has(h)),
			header: true
		}
	);
	return `${CSV_BOM}${body}\r\n`;
}

/** "1234.5" → "1234,5": 15 significant digits drop float noise, en-US form never uses exponents. */
export function formatItalianNumber(value: number): string {
	if (!Number.isFinite(value)) return '';
	return Number(value.toPrecision(15))
		.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
		.replace('.', ',');
}

/**
 * Text that starts with = + - @ (or a tab/CR) is run as a formula when Excel opens a CSV ("CSV
 * injection"); names and notes are typed by many hands, so such text is prefixed with an
 * apostrophe, which Excel shows as text. Numbers are formatted by us and never prefixed.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(cell: Cell): string {
	if (cell === null) return '';
	if (typeof cell === 'number') return formatItalianNumber(cell);
	return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
