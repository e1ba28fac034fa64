import type { LocalizedText } from '../../../domain/registry';
import { IMPORT_LIMITS, megabytes, REQUEST_BODY_LIMIT_BYTES, type ImportLimits } from './limits';

export type ImportFileErrorCode =
	| 'EMPTY_FILE'
	| 'TOO_LARGE'
	| 'NOT_A_SPREADSHEET'
	| 'UNSUPPORTED_FORMAT'
	| 'NO_HEADER'
	// A stated limit (limits.ts) refused the file before or while reading it.
	| 'UNZIPPED_TOO_LARGE'
	| 'COMPRESSION_RATIO'
	| 'TOO_MANY_SHEETS'
	| 'TOO_MANY_CELLS'
	| 'TOO_MANY_ROWS'
	| 'TOO_MANY_COLUMNS'
	| 'READ_OUT_OF_MEMORY'
	| 'READ_TIMEOUT';

const OVER_A_LIMIT: ReadonlySet<ImportFileErrorCode> = new Set<ImportFileErrorCode>([
	'TOO_LARGE',
	'UNZIPPED_TOO_LARGE',
	'COMPRESSION_RATIO',
	'TOO_MANY_SHEETS',
	'TOO_MANY_CELLS',
	'TOO_MANY_ROWS',
	'TOO_MANY_COLUMNS',
	'READ_OUT_OF_MEMORY',
	'READ_TIMEOUT'
]);

export class ImportFileError extends Error {
	readonly code: ImportFileErrorCode;
	readonly userMessage: LocalizedText;
	constructor(code: ImportFileErrorCode, userMessage: LocalizedText) {
		super(userMessage.en);
		this.name = 'ImportFileError';
		this.code = code;
		this.userMessage = userMessage;
	}
	/** A file over a limit is "too large" (HTTP 413); nothing else about the request is wrong. */
	get overLimit(): boolean {
		return OVER_A_LIMIT.has(this.code);
	}
}

export const fileError = (code: ImportFileErrorCode, it: string, en: string) =>
	new ImportFileError(code, { it, en });

const count = (n: number) => new Intl.NumberFormat('it-IT').format(n);
const countEn = (n: number) => new Intl.NumberFormat('en-GB').format(n);
const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
/** Megabytes with one decimal: "21,0" in Italian, "21.0" in English. */
const mbOf = (bytes: number) => ({
	it: new Intl.NumberFormat('it-IT', oneDecimal).format(bytes / 1024 / 1024),
	en: new Intl.NumberFormat('en-GB', oneDecimal).format(bytes / 1024 / 1024)
});
const SPLIT = {
	it: 'Dividilo in più file o togli i fogli, le righe e le colonne che non servono.',
	en: 'Split it into several files or remove the sheets, rows and columns that are not needed.'
};

export function tooLargeError(fileName: string, bytes: number, limits: ImportLimits) {
	const mb = mbOf(bytes);
	return fileError(
		'TOO_LARGE',
		`Il file "${fileName}" pesa ${mb.it} MB, oltre il limite di ${megabytes(limits.fileBytes)}. ${SPLIT.it}`,
		`The file "${fileName}" is ${mb.en} MB, over the ${megabytes(limits.fileBytes)} limit. ${SPLIT.en}`
	);
}

/** Refuses a file over `limits.fileBytes`: every import (CSV, XLSX, JSON) calls this first. */
export function assertFileSize(
	fileName: string,
	bytes: number,
	limits: ImportLimits = IMPORT_LIMITS
): void {
	if (bytes > limits.fileBytes) throw tooLargeError(fileName, bytes, limits);
}

export function unzippedTooLargeError(fileName: string, bytes: number, limits: ImportLimits) {
	const mb = Math.ceil(bytes / 1024 / 1024);
	return fileError(
		'UNZIPPED_TOO_LARGE',
		`Il file "${fileName}" una volta decompresso occupa ${count(mb)} MB, oltre il limite di ${megabytes(limits.unzippedBytes)} per un file XLSX. ${SPLIT.it}`,
		`Once unzipped, the file "${fileName}" takes ${countEn(mb)} MB, over the ${megabytes(limits.unzippedBytes)} limit for an XLSX file. ${SPLIT.en}`
	);
}

export function compressionRatioError(
	fileName: string,
	part: string,
	ratio: number,
	limits: ImportLimits
) {
	return fileError(
		'COMPRESSION_RATIO',
		`Il file "${fileName}" contiene una parte ("${part}") compressa ${count(Math.round(ratio))} volte, oltre il limite di ${count(limits.compressionRatio)}: un foglio di calcolo vero non si comprime così. Aprilo nel foglio di calcolo e salvalo di nuovo come .xlsx o come CSV.`,
		`The file "${fileName}" holds a part ("${part}") compressed ${countEn(Math.round(ratio))} times, over the limit of ${countEn(limits.compressionRatio)}: a real spreadsheet does not compress like that. Open it in your spreadsheet program and save it again as .xlsx or CSV.`
	);
}

export function tooManySheetsError(fileName: string, sheets: number, limits: ImportLimits) {
	return fileError(
		'TOO_MANY_SHEETS',
		`Il file "${fileName}" ha ${count(sheets)} fogli, oltre il limite di ${count(limits.sheets)}. Tieni solo i fogli da importare, o dividilo in più file.`,
		`The file "${fileName}" has ${countEn(sheets)} sheets, over the limit of ${countEn(limits.sheets)}. Keep only the sheets to import, or split it into several files.`
	);
}

export function tooManyCellsError(fileName: string, limits: ImportLimits) {
	return fileError(
		'TOO_MANY_CELLS',
		`Il file "${fileName}" ha più di ${count(limits.cells)} celle (tutti i fogli insieme), oltre il limite. ${SPLIT.it}`,
		`The file "${fileName}" has more than ${countEn(limits.cells)} cells (all sheets together), over the limit. ${SPLIT.en}`
	);
}

export function tooManyRowsError(fileName: string, limits: ImportLimits) {
	return fileError(
		'TOO_MANY_ROWS',
		`Il file "${fileName}" ha più di ${count(limits.rows)} righe, oltre il limite. Dividilo in più file.`,
		`The file "${fileName}" has more than ${countEn(limits.rows)} rows, over the limit. Split it into several files.`
	);
}

export function tooManyColumnsError(fileName: string, columns: number, limits: ImportLimits) {
	return fileError(
		'TOO_MANY_COLUMNS',
		`Il file "${fileName}" ha ${count(columns)} colonne, oltre il limite di ${count(limits.columns)}. Togli le colonne che non servono (anche quelle vuote ma con un separatore o un formato).`,
		`The file "${fileName}" has ${countEn(columns)} columns, over the limit of ${countEn(limits.columns)}. Remove the columns that are not needed (empty ones with a separator or a format too).`
	);
}

export function readOutOfMemoryError(fileName: string, limits: ImportLimits) {
	return fileError(
		'READ_OUT_OF_MEMORY',
		`La lettura del file "${fileName}" ha superato il limite di ${limits.workerMemoryMb} MB di memoria: il file è troppo grande o complesso. ${SPLIT.it} Un CSV occupa meno memoria.`,
		`Reading the file "${fileName}" went over the ${limits.workerMemoryMb} MB memory limit: the file is too large or complex. ${SPLIT.en} A CSV takes less memory.`
	);
}

export function readTimeoutError(fileName: string, limits: ImportLimits) {
	return fileError(
		'READ_TIMEOUT',
		`La lettura del file "${fileName}" ha superato il limite di ${count(limits.workerSeconds)} secondi: il file è troppo grande o complesso. ${SPLIT.it}`,
		`Reading the file "${fileName}" went over the ${countEn(limits.workerSeconds)} second limit: the file is too large or complex. ${SPLIT.en}`
	);
}

/** A request body over REQUEST_BODY_LIMIT_BYTES (checked by the /graphql route before reading it). */
export function requestTooLargeMessage(bytes: number, limits: ImportLimits = IMPORT_LIMITS) {
	const mb = mbOf(bytes);
	return {
		it: `La richiesta pesa ${mb.it} MB, oltre il limite di ${megabytes(REQUEST_BODY_LIMIT_BYTES)}: un file da importare può pesare al massimo ${megabytes(limits.fileBytes)}. ${SPLIT.it}`,
		en: `The request is ${mb.en} MB, over the ${megabytes(REQUEST_BODY_LIMIT_BYTES)} limit: a file to import may be at most ${megabytes(limits.fileBytes)}. ${SPLIT.en}`
	};
}
