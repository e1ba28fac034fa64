import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import {
	compressionRatioError,
	ImportFileError,
	tooManyCellsError,
	tooManyRowsError,
	tooManySheetsError,
	unzippedTooLargeError
} from './file-errors';
import type { ImportLimits } from './limits';

/**
 * Looks inside an XLSX (a zip archive) before anything parses it, so a "zip bomb" is refused at
 * the cost of reading it, not of unzipping it. First the central directory alone (no inflating):
 * the declared unzipped size, the number of worksheets, each part's compression ratio. Then every
 * part is inflated as a stream and thrown away, chunk by chunk: yauzl stops a part that inflates
 * past the size it declared (jszip, under exceljs, would inflate it all before noticing), and the
 * worksheets' `<c>` and `<row>` elements are counted, stopping at the first cell over the limit.
 *
 * yauzl rather than jszip (already here, under exceljs): jszip reads the directory without
 * inflating, but keeps the sizes in private fields and inflates a part only whole.
 */
export async function checkWorkbookArchive(
	bytes: Uint8Array,
	fileName: string,
	limits: ImportLimits
): Promise<void> {
	const zip = await openZip(bytes);
	try {
		const entries = await readDirectory(zip);
		checkDirectory(entries, fileName, limits);
		const counter = new ElementCounter();
		for (const entry of entries) {
			const isSheet = WORKSHEET.test(entry.fileName);
			await drain(zip, entry, (chunk) => {
				if (!isSheet) return;
				counter.feed(chunk);
				if (counter.cells > limits.cells) throw tooManyCellsError(fileName, limits);
				if (counter.rows > limits.rows) throw tooManyRowsError(fileName, limits);
			});
		}
	} catch (error) {
		if (error instanceof ImportFileError) throw error;
		throw new ZipReadError(error);
	} finally {
		zip.close();
	}
}

/** yauzl refused the archive (damaged, or a part larger than it declares). */
export class ZipReadError extends Error {
	constructor(readonly reason: unknown) {
		super(`unreadable zip: ${reason instanceof Error ? reason.message : String(reason)}`);
		this.name = 'ZipReadError';
	}
}

/** The worksheets exceljs reads: one part each under xl/worksheets/. */
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;

function checkDirectory(entries: Entry[], fileName: string, limits: ImportLimits): void {
	const unzipped = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
	if (unzipped > limits.unzippedBytes) throw unzippedTooLargeError(fileName, unzipped, limits);
	const sheets = entries.filter((e) => WORKSHEET.test(e.fileName)).length;
	if (sheets > limits.sheets) throw tooManySheetsError(fileName, sheets, limits);
	for (const entry of entries) {
		if (entry.uncompressedSize <= limits.ratioFromBytes) continue;
		const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
		if (ratio > limits.compressionRatio)
			throw compressionRatioError(fileName, entry.fileName, ratio, limits);
	}
}

function openZip(bytes: Uint8Array): Promise<ZipFile> {
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	return new Promise((resolve, reject) =>
		yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (error, zip) =>
			error ? reject(new ZipReadError(error)) : resolve(zip)
		)
	);
}

function readDirectory(zip: ZipFile): Promise<Entry[]> {
	return new Promise((resolve, reject) => {
		const entries: Entry[] = [];
		zip.on('entry', (entry: Entry) => {
			if (!entry.fileName.endsWith('/')) entries.push(entry);
			zip.readEntry();
		});
		zip.once('end', () => resolve(entries));
		zip.once('error', reject);
		zip.readEntry();
	});
}

/** Inflates one part chunk by chunk (nothing kept); `onChunk` may throw to stop early. */
function drain(zip: ZipFile, entry: Entry, onChunk: (chunk: Buffer) => void): Promise<void> {
	return new Promise((resolve, reject) => {
		zip.openReadStream(entry, (error, stream: Readable) => {
			if (error) return reject(error);
			stream.on('data', (chunk: Buffer) => {
				try {
					onChunk(chunk);
				} catch (stop) {
					stream.destroy();
					reject(stop);
				}
			});
			stream.once('error', reject);
			stream.once('end', resolve);
		});
	});
}

const LT = 0x3c;
/** Bytes that end an element's name: space, tab, newline, carriage return, '>' and '/'. */
const NAME_END = new Set([0x20, 0x09, 0x0a, 0x0d, 0x3e, 0x2f]);

/**
 * Counts `<c …>` (cells) and `<row …>` elements in XML arriving in chunks, jumping from one '<'
 * to the next; a name cut by a chunk's end is carried over to the next chunk.
 */
export class ElementCounter {
	cells = 0;
	rows = 0;
	/** The start of a name cut by the previous chunk's end. */
	private pending: string | null = null;

	feed(chunk: Uint8Array): void {
		let from = 0;
		if (this.pending !== null) {
			from = this.readName(chunk, 0, this.pending);
			if (from < 0) return;
		}
		for (let lt = chunk.indexOf(LT, from); lt >= 0; lt = chunk.indexOf(LT, lt + 1)) {
			if (this.readName(chunk, lt + 1, '') < 0) return;
		}
	}

	/** Reads a name from `at` (only its first 4 bytes matter); -1 when the chunk ends inside it. */
	private readName(chunk: Uint8Array, at: number, begun: string): number {
		let name = begun;
		while (at < chunk.length && name.length < 4 && !NAME_END.has(chunk[at]!))
			name += String.fromCharCode(chunk[at++]!);
		if (at === chunk.length && name.length < 4) {
			this.pending = name;
			return -1;
		}
		this.pending = null;
		if (name === 'c') this.cells++;
		else if (name === 'row') this.rows++;
		return at;
	}
}
