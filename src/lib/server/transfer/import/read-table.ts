import {
	assertFileSize,
	ImportFileError,
	readOutOfMemoryError,
	readTimeoutError,
	type ImportFileErrorCode
} from './file-errors';
import { IMPORT_LIMITS, type ImportLimits } from './limits';
import { Gate, runInWorker, WorkerLimitError } from './worker-run';
import { checkWorkbookArchive, ZipReadError } from './zip-check';
import {
	notSpreadsheetError,
	sniffFormat,
	type ReadTableResult,
	type WorkerAnswer
} from './parse-table';

/**
 * Reading the spreadsheets offices actually have: CSV exported by Excel (Italian Excel writes `;`
 * and Windows-1252), CSV from other tools (`,`, tab, `|`, UTF-8 with or without BOM), and XLSX
 * workbooks with several sheets, title rows above the header and blank rows in between.
 *
 * Everything comes out as strings, so the rest of the import has one kind of input. Numbers from
 * XLSX are written with a decimal comma and dates as ISO `YYYY-MM-DD`, matching what the field
 * parsers expect from an Italian spreadsheet (see `parseItalianNumber`).
 *
 * Every file is held to the limits of limits.ts: its size first, an XLSX's archive next (before
 * anything unzips it, see zip-check.ts), then the parse runs in a worker thread with its own heap
 * and deadline, counting rows, columns and cells as they come.
 */

export { ImportFileError, type ImportFileErrorCode };
export {
	columnLetter,
	detectDelimiter,
	parseTable,
	type ReadTableResult,
	type TableSheet,
	type TextEncodingName
} from './parse-table';

const reads = new Gate(IMPORT_LIMITS.parallelReads);

/**
 * Reads an uploaded table within `limits`: refuses a file over them with an ImportFileError (a
 * clear message naming the limit), and never lets the parse take the process down.
 */
export async function readTable(
	bytes: Uint8Array,
	fileName: string,
	limits: ImportLimits = IMPORT_LIMITS
): Promise<ReadTableResult> {
	assertFileSize(fileName, bytes.length, limits);
	if (sniffFormat(bytes, fileName) === 'workbook') {
		try {
			await checkWorkbookArchive(bytes, fileName, limits);
		} catch (error) {
			throw error instanceof ZipReadError ? notSpreadsheetError(fileName) : error;
		}
	}
	return reads.run(() => parseInWorker(bytes, fileName, limits));
}

async function parseInWorker(
	bytes: Uint8Array,
	fileName: string,
	limits: ImportLimits
): Promise<ReadTableResult> {
	// The module's own URL, from wherever the build put it (a dynamic import is its own chunk).
	const { TABLE_WORKER_URL, TABLE_WORKER_TASK } = await import('./read-table.worker');
	const copy = bytes.slice(); // the worker takes the copy's memory, the caller keeps its bytes
	let answer: WorkerAnswer;
	try {
		answer = await runInWorker<WorkerAnswer>(
			TABLE_WORKER_URL,
			{ task: TABLE_WORKER_TASK, bytes: copy, fileName, limits: { ...limits } },
			[copy.buffer],
			{ memoryMb: limits.workerMemoryMb, seconds: limits.workerSeconds }
		);
	} catch (error) {
		if (error instanceof WorkerLimitError)
			throw error.limit === 'memory'
				? readOutOfMemoryError(fileName, limits)
				: readTimeoutError(fileName, limits);
		throw error;
	}
	if (answer.ok) return answer.result;
	if (answer.code && answer.userMessage) throw new ImportFileError(answer.code, answer.userMessage);
	throw new Error(answer.message);
}
