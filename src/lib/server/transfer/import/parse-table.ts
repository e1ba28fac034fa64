import type ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import {
	fileError,
	tooManyCellsError,
	tooManyColumnsError,
	tooManyRowsError,
	type ImportFileErrorCode
} from './file-errors';
import { importFormatOf } from '../../../transfer/import-formats';
import type { ImportLimits } from './limits';

/**
 * The parse itself, run inside the worker thread (read-table.worker.ts) that read-table.ts starts:
 * sniffing the format, decoding text, finding the header row. See read-table.ts for the whole.
 */

export interface TableSheet {
	name: string;
	headers: string[];
	/** Data rows, each as long as `headers`; blank rows are left out. */
	rows: string[][];
	/** The spreadsheet row number (1-based) of each data row, for problem reports. */
	rowNumbers: number[];
	/** The spreadsheet row number of the header row (after any title rows). */
	headerRow: number;
}

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface ReadTableResult {
	sheets: TableSheet[];
	/** For text files only: the encoding the bytes were decoded with. */
	encoding?: TextEncodingName;
}

const SAVE_AS_HINT = {
	it: 'Apri il file nel foglio di calcolo e salvalo come "Cartella di lavoro di Excel (.xlsx)" o "CSV".',
	en: 'Open the file in your spreadsheet program and save it as "Excel Workbook (.xlsx)" or "CSV".'
};

/** What read-table.worker.ts posts back. */
export type WorkerAnswer =
	| { ok: true; result: ReadTableResult }
	| {
			ok: false;
			code?: ImportFileErrorCode;
			userMessage?: { it: string; en: string };
			message: string;
	  };

/** Which reader a file needs; refuses the formats that cannot be read, with a "save as" hint. */
export function sniffFormat(bytes: Uint8Array, fileName: string): 'workbook' | 'text' {
	if (bytes.length === 0) throw emptyFileError(fileName);
	const extension = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
	if (isZip(bytes)) {
		if (extension === 'ods') {
			throw fileError(
				'UNSUPPORTED_FORMAT',
				`Il file "${fileName}" è un foglio OpenDocument (.ods). ${SAVE_AS_HINT.it}`,
				`The file "${fileName}" is an OpenDocument spreadsheet (.ods). ${SAVE_AS_HINT.en}`
			);
		}
		return 'workbook';
	}
	if (isOleCompound(bytes)) {
		// The pre-2007 binary .xls format: exceljs cannot read it.
		throw fileError(
			'UNSUPPORTED_FORMAT',
			`Il file "${fileName}" è nel vecchio formato Excel 97-2003 (.xls), che non si può leggere. ${SAVE_AS_HINT.it}`,
			`The file "${fileName}" is in the old Excel 97-2003 format (.xls), which cannot be read. ${SAVE_AS_HINT.en}`
		);
	}
	if (importFormatOf(fileName)?.workbook) {
		// An .xlsx that is not a zip archive is damaged or something else renamed; a CSV saved
		// with the wrong extension is still worth reading, so only plain text gets through.
		if (looksBinary(bytes)) throw notSpreadsheetError(fileName);
	}
	return 'text';
}

/** The parse itself, in the calling thread: only read-table.worker.ts calls it. */
export async function parseTable(
	bytes: Uint8Array,
	fileName: string,
	limits: ImportLimits
): Promise<ReadTableResult> {
	const budget = new TableBudget(fileName, limits);
	return sniffFormat(bytes, fileName) === 'workbook'
		? { sheets: await readWorkbook(bytes, fileName, budget) }
		: readDelimitedText(bytes, fileName, budget);
}

/** Counts rows, columns and cells as a reader meets them, and stops the read past a limit. */
class TableBudget {
	private rows = 0;
	private cells = 0;
	constructor(
		private readonly fileName: string,
		private readonly limits: ImportLimits
	) {}
	/** A row of `width` columns holding `cells` cells. */
	add(width: number, cells = width): void {
		this.rows++;
		this.cells += cells;
		if (this.rows > this.limits.rows) throw tooManyRowsError(this.fileName, this.limits);
		if (width > this.limits.columns) throw tooManyColumnsError(this.fileName, width, this.limits);
		if (this.cells > this.limits.cells) throw tooManyCellsError(this.fileName, this.limits);
	}
}

function emptyFileError(fileName: string) {
	return fileError(
		'EMPTY_FILE',
		`Il file "${fileName}" è vuoto. Controlla di aver scelto il file giusto e che sia stato salvato.`,
		`The file "${fileName}" is empty. Check you picked the right file and that it was saved.`
	);
}

export function notSpreadsheetError(fileName: string) {
	return fileError(
		'NOT_A_SPREADSHEET',
		`Il file "${fileName}" non è un foglio di calcolo leggibile (CSV o XLSX): forse è danneggiato o è un altro tipo di file. ${SAVE_AS_HINT.it}`,
		`The file "${fileName}" is not a readable spreadsheet (CSV or XLSX): it may be damaged or another kind of file. ${SAVE_AS_HINT.en}`
	);
}

function isZip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function isOleCompound(bytes: Uint8Array): boolean {
	const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
	return magic.every((b, i) => bytes[i] === b);
}

/** NUL bytes or many control characters never occur in a text spreadsheet (UTF-16 aside). */
function looksBinary(bytes: Uint8Array): boolean {
	const sample = bytes.subarray(0, 64 * 1024);
	let control = 0;
	for (const b of sample) {
		if (b === 0) return true;
		if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
	}
	return control > sample.length * 0.01;
}

// ---------------------------------------------------------------------------------------------
// Text (CSV and friends)

function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } | null {
	// Excel's "Unicode text" export is UTF-16 with a BOM; it must be checked before the NUL test.
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
	}
	if (looksBinary(bytes)) return null;
	const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	try {
		// `fatal` makes invalid UTF-8 throw instead of producing U+FFFD, which is how a
		// Windows-1252 file ("Societ\xe0") is told apart: its accented bytes are invalid UTF-8.
		const text = new TextDecoder('utf-8', { fatal: true }).decode(
			hasBom ? bytes.subarray(3) : bytes
		);
		return { text, encoding: 'utf-8' };
	} catch {
		return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' };
	}
}

const DELIMITERS = [';', ',', '\t', '|'] as const;

/**
 * The delimiter that splits the first lines into the most consistent number (> 1) of fields.
 * Papa's own guess prefers `,` too readily for Italian files, where `,` is the decimal separator
 * inside `;`-separated rows.
 */
export function detectDelimiter(text: string): string {
	const sample = text.slice(0, 64 * 1024);
	let best: { delimiter: string; score: number } = { delimiter: ',', score: -1 };
	for (const delimiter of DELIMITERS) {
		const parsed = Papa.parse<string[]>(sample, { delimiter, preview: 30, skipEmptyLines: true });
		const counts = parsed.data.map((row) => row.length);
		if (counts.length === 0) continue;
		const frequency = new Map<number, number>();
		for (const count of counts) frequency.set(count, (frequency.get(count) ?? 0) + 1);
		const [mode, modeCount] = [...frequency.entries()].sort(
			(a, b) => b[1] - a[1] || b[0] - a[0]
		)[0]!;
		if (mode < 2) continue;
		// Consistency first, then more fields; a small bonus breaks ties in DELIMITERS order.
		const score = (modeCount / counts.length) * 1000 + Math.min(mode, 100);
		if (score > best.score) best = { delimiter, score };
	}
	return best.delimiter;
}

function readDelimitedText(
	bytes: Uint8Array,
	fileName: string,
	budget: TableBudget
): ReadTableResult {
	const decoded = decodeText(bytes);
	if (!decoded) throw notSpreadsheetError(fileName);
	let text = decoded.text.replace(/^\uFEFF/, '');
	if (text.trim() === '') throw emptyFileError(fileName);

	// Excel writes (and honours) a first line "sep=;" naming the delimiter.
	let delimiter: string | null = null;
	const sepLine = text.match(/^sep=(.)\r?\n/i);
	if (sepLine) {
		delimiter = sepLine[1]!;
		text = text.slice(sepLine[0].length);
	}
	delimiter ??= detectDelimiter(text);
	const sheetName = fileName.replace(/\.[^.]+$/, '') || fileName;
	// Papa's records are the spreadsheet's rows (a quoted multi-line cell stays one row), so the
	// record index + 1 is the row number the user sees when opening the file in Excel. One record
	// at a time, so a file over the limits stops at the first row too many.
	const rows: RawRow[] = [];
	Papa.parse<string[]>(text, {
		delimiter,
		skipEmptyLines: false,
		step: ({ data: cells }) => {
			budget.add(cells.length);
			rows.push({ number: rows.length + 1, cells });
		}
	});
	// Only separators (";;;" lines) is as empty as no bytes at all.
	if (rows.every((r) => r.cells.every((c) => c.trim() === ''))) throw emptyFileError(fileName);
	const sheet = toSheet(sheetName, rows);
	if (!sheet) throw noHeaderError(fileName);
	return { sheets: [sheet], encoding: decoded.encoding };
}

// ---------------------------------------------------------------------------------------------
// XLSX

async function readWorkbook(
	bytes: Uint8Array,
	fileName: string,
	budget: TableBudget
): Promise<TableSheet[]> {
	// Loaded here, not at the top: a worker reading a CSV starts without exceljs's half second.
	const { default: Excel } = await import('exceljs');
	const workbook = new Excel.Workbook();
	try {
		await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
	} catch {
		throw notSpreadsheetError(fileName);
	}
	const sheets: TableSheet[] = [];
	const withoutHeader: string[] = [];
	let anyContent = false;
	workbook.eachSheet((worksheet) => {
		const rows: RawRow[] = [];
		worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
			const cells: string[] = [];
			let filled = 0;
			row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
				cells[colNumber - 1] = cellToString(cell.value);
				filled++;
			});
			budget.add(cells.length, filled);
			rows.push({ number: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
		});
		if (rows.some((r) => r.cells.some((c) => c.trim() !== ''))) anyContent = true;
		else return;
		const sheet = toSheet(worksheet.name, rows);
		if (sheet) sheets.push(sheet);
		else withoutHeader.push(worksheet.name);
	});
	if (!anyContent) throw emptyFileError(fileName);
	if (sheets.length === 0) throw noHeaderError(`${fileName} (${withoutHeader.join(', ')})`);
	return sheets;
}

/** ISO date, with the time only when there is one (exceljs gives dates as UTC instants). */
function dateToIso(date: Date): string {
	if (Number.isNaN(date.getTime())) return '';
	const iso = date.toISOString();
	return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** A number as an Italian spreadsheet would show it without grouping: decimal comma. */
function numberToString(value: number): string {
	if (!Number.isFinite(value)) return '';
	// 15 significant digits drop floating noise from formulas (0.1 + 0.2) that nobody typed;
	// the en-US form never uses exponents or grouping, so only its decimal point needs changing.
	return Number(value.toPrecision(15))
		.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
		.replace('.', ',');
}

function cellToString(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number') return numberToString(value);
	if (typeof value === 'boolean') return value ? 'sì' : 'no';
	if (value instanceof Date) return dateToIso(value);
	if ('richText' in value)
		return value.richText
			.map((part) => part.text)
			.join('')
			.trim();
	if ('hyperlink' in value) {
		const text: unknown = value.text;
		if (typeof text === 'string') return text.trim();
		if (text && typeof text === 'object' && 'richText' in text) {
			return cellToString(text as ExcelJS.CellRichTextValue);
		}
		return value.hyperlink;
	}
	if ('formula' in value || 'sharedFormula' in value) {
		const result = value.result;
		if (result === undefined || (typeof result === 'object' && 'error' in result)) return '';
		return cellToString(result);
	}
	// Error cells (#N/A, #REF!…) carry no value to import.
	return '';
}

// ---------------------------------------------------------------------------------------------
// Header detection, shared by both formats

interface RawRow {
	number: number;
	cells: string[];
}

/** How many rows to look through for the header, past titles like "Elenco enti 2024". */
const HEADER_SEARCH_ROWS = 10;

const looksLikeValue = (cell: string) =>
	/^[-+]?[\d.,\s€%]+$/.test(cell) || /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/.test(cell);

function noHeaderError(fileName: string) {
	return fileError(
		'NO_HEADER',
		`Nel file "${fileName}" non si trova la riga di intestazione. La prima riga deve contenere i nomi delle colonne (es. "Denominazione", "Comune", "Codice fiscale"): aggiungila e riprova.`,
		`No header row was found in "${fileName}". The first row must hold the column names (e.g. "Denominazione", "Comune", "Codice fiscale"): add it and try again.`
	);
}

/**
 * Finds the header (the first row, among the first few, that is at least half as wide as the
 * table and is made of names rather than values), drops blank rows and pads every row to the
 * header width. Returns null when no such row exists.
 */
function toSheet(name: string, rawRows: RawRow[]): TableSheet | null {
	const rows = rawRows
		.map((r) => ({ number: r.number, cells: r.cells.map((c) => c.trim()) }))
		.filter((r) => r.cells.some((c) => c !== ''));
	if (rows.length === 0) return null;
	const filled = (r: RawRow) => r.cells.filter((c) => c !== '').length;
	const widest = Math.max(...rows.slice(0, HEADER_SEARCH_ROWS).map(filled));

	let headerIndex = -1;
	for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
		const row = rows[i]!;
		const nonEmpty = row.cells.filter((c) => c !== '');
		if (nonEmpty.length * 2 < widest || (widest > 1 && nonEmpty.length < 2)) continue;
		// A row of values (numbers, dates) is data, meaning the file has no header at all.
		if (nonEmpty.filter(looksLikeValue).length * 2 > nonEmpty.length) return null;
		headerIndex = i;
		break;
	}
	if (headerIndex < 0) return null;
	const headerRow = rows[headerIndex]!;
	const dataRows = rows.slice(headerIndex + 1);

	// Width: the last column holding anything, in the header or in the data.
	let width = lastFilled(headerRow.cells);
	for (const r of dataRows) width = Math.max(width, lastFilled(r.cells));

	const headers = uniqueHeaders(Array.from({ length: width }, (_, i) => headerRow.cells[i] ?? ''));
	return {
		name,
		headers,
		rows: dataRows.map((r) => Array.from({ length: width }, (_, i) => r.cells[i] ?? '')),
		rowNumbers: dataRows.map((r) => r.number),
		headerRow: headerRow.number
	};
}

function lastFilled(cells: string[]): number {
	for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== '') return i + 1;
	return 0;
}

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
	let letters = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
		letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
	}
	return letters;
}

/**
 * Headers key the column mapping, so they must be unique and non-empty: a blank header becomes
 * "Colonna C" and a repeated one "Note (2)".
 */
function uniqueHeaders(raw: string[]): string[] {
	const seen = new Map<string, number>();
	return raw.map((header, i) => {
		const base = header.replace(/\s+/g, ' ').trim() || `Colonna ${columnLetter(i)}`;
		const count = (seen.get(base) ?? 0) + 1;
		seen.set(base, count);
		return count === 1 ? base : `${base} (${count})`;
	});
}
