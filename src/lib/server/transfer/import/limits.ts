/**
 * Every limit on imported files, in one place: the readers enforce these, the import page and the
 * README state them (the README's block is generated from `importLimitsMarkdown`, and a test
 * keeps the two equal). A welfare network's spreadsheet is a few thousand rows; the caps leave
 * room for ten times that and refuse what only an attack or a mistake would send.
 */
import { importFormatNames } from '../../../transfer/import-formats';

const MB = 1024 * 1024;

export interface ImportLimits {
	/** Any imported file as uploaded (IMPORT_FORMATS: CSV, XLSX or a Trama JSON document). */
	readonly fileBytes: number;
	/** XLSX: all the parts of the archive once unzipped. */
	readonly unzippedBytes: number;
	/** XLSX: unzipped / zipped size of any part, checked on parts larger than `ratioFromBytes`. */
	readonly compressionRatio: number;
	readonly ratioFromBytes: number;
	/** XLSX: worksheets in the workbook. */
	readonly sheets: number;
	/** CSV and XLSX, all sheets together (XLSX: every `<c>` element, empty ones too). */
	readonly cells: number;
	readonly rows: number;
	readonly columns: number;
	/**
	 * The reader runs in a worker thread with its own heap, so one file cannot exhaust the server's.
	 * A workbook at the cell limit (49,000 rows × 10 columns of real-looking text) parses within
	 * 256 MB: the limit leaves it twice that. The time is for a busy 2-core machine.
	 */
	readonly workerMemoryMb: number;
	readonly workerSeconds: number;
	/** Files read at the same time; more wait their turn. */
	readonly parallelReads: number;
}

export const IMPORT_LIMITS: ImportLimits = Object.freeze({
	fileBytes: 20 * MB,
	unzippedBytes: 100 * MB,
	compressionRatio: 100,
	ratioFromBytes: 1 * MB,
	sheets: 50,
	cells: 500_000,
	rows: 100_000,
	columns: 500,
	workerMemoryMb: 512,
	workerSeconds: 120,
	parallelReads: 2
});

/**
 * adapter-node's BODY_SIZE_LIMIT for the app (set by `trama start` and the test setup): a file at
 * the limit fits in one GraphQL request however it travels (base64 adds a third, a JSON document
 * escaped inside the request's JSON at most doubles), plus room for the query and the mapping.
 */
export const REQUEST_BODY_LIMIT_BYTES = 2 * IMPORT_LIMITS.fileBytes + MB;

const integer = (lang: 'it' | 'en', n: number) =>
	new Intl.NumberFormat(lang === 'it' ? 'it-IT' : 'en-GB').format(n);
export const megabytes = (bytes: number) => `${Math.round(bytes / MB)} MB`;

/** The limits in words, one line each, for the import page and the README. */
export function importLimitLines(
	lang: 'it' | 'en',
	limits: ImportLimits = IMPORT_LIMITS
): string[] {
	const n = (x: number) => integer(lang, x);
	return lang === 'it'
		? [
				`File (${importFormatNames('it')}): al massimo ${megabytes(limits.fileBytes)}.`,
				`Righe: al massimo ${n(limits.rows)}; colonne: al massimo ${n(limits.columns)}; celle (tutti i fogli insieme): al massimo ${n(limits.cells)}.`,
				`XLSX: al massimo ${n(limits.sheets)} fogli e ${megabytes(limits.unzippedBytes)} una volta decompresso; nessuna parte compressa più di ${n(limits.compressionRatio)} volte.`,
				`La lettura di un file può usare al massimo ${limits.workerMemoryMb} MB di memoria e ${limits.workerSeconds} secondi.`
			]
		: [
				`Files (${importFormatNames('en')}): at most ${megabytes(limits.fileBytes)}.`,
				`Rows: at most ${n(limits.rows)}; columns: at most ${n(limits.columns)}; cells (all sheets together): at most ${n(limits.cells)}.`,
				`XLSX: at most ${n(limits.sheets)} sheets and ${megabytes(limits.unzippedBytes)} once unzipped; no part compressed more than ${n(limits.compressionRatio)} times.`,
				`Reading one file may use at most ${limits.workerMemoryMb} MB of memory and ${limits.workerSeconds} seconds.`
			];
}

export const README_LIMITS_BEGIN =
	'<!-- import-limits:begin (generated from src/lib/server/transfer/import/limits.ts) -->';
export const README_LIMITS_END = '<!-- import-limits:end -->';

/** The README's block, between its markers: `npx tsx scripts/readme-import-limits.ts` writes it. */
export function importLimitsMarkdown(): string {
	const it = importLimitLines('it');
	const en = importLimitLines('en');
	return [
		README_LIMITS_BEGIN,
		...it.map((line, i) => `- ${line} *${en[i]}*`),
		README_LIMITS_END
	].join('\n');
}
