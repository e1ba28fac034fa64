/**
 * The files an import reads, beside the export's EXPORT_FORMATS (server/transfer/export/formats.ts):
 * the file pickers' `accept=`, the CLI's help and its choice of reader, the limits' wording and the
 * table reader's check of workbook extensions come from here. Adding a format is one object here
 * and its reader. No I/O: the pages, the server and the CLI all import it.
 */
export interface ImportFormat {
	/** What people call it, in messages and help. */
	name: string;
	/** File name extensions, lower case, without the dot. */
	extensions: readonly string[];
	/**
	 * `document`: a whole Trama JSON document, written as it is; `table`: a sheet of rows, read
	 * through the column mapping (server/transfer/import/).
	 */
	reads: 'document' | 'table';
	/** A zip archive (a workbook): checked for size and compression before anything parses it. */
	workbook?: true;
}

export const IMPORT_FORMATS: readonly ImportFormat[] = [
	// Delimited text from any spreadsheet or tool: the separator and the encoding are detected.
	{ name: 'CSV', extensions: ['csv', 'txt', 'tsv'], reads: 'table' },
	{ name: 'XLSX', extensions: ['xlsx', 'xlsm'], reads: 'table', workbook: true },
	{ name: 'JSON', extensions: ['json'], reads: 'document' }
];

const extensionOf = (fileName: string) => fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';

/** The format a file name says, if any. */
export const importFormatOf = (fileName: string): ImportFormat | undefined =>
	IMPORT_FORMATS.find((f) => f.extensions.includes(extensionOf(fileName)));

/** A file picker's `accept=` for what a reader reads, e.g. ".csv,.txt,.tsv,.xlsx,.xlsm". */
export const acceptFor = (reads: ImportFormat['reads']): string =>
	IMPORT_FORMATS.filter((f) => f.reads === reads)
		.flatMap((f) => f.extensions.map((e) => `.${e}`))
		.join(',');

/** The formats' names as a list in words: "CSV, XLSX o JSON" / "CSV, XLSX or JSON". */
export const importFormatNames = (lang: 'it' | 'en'): string =>
	new Intl.ListFormat(lang === 'it' ? 'it-IT' : 'en-GB', { type: 'disjunction' }).format(
		IMPORT_FORMATS.map((f) => f.name)
	);
