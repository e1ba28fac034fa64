import { validateDocument } from '../../domain/validation';
import { checkReferences, writeDocument } from '../network/document-queries';
import { writeTx, type WriteStamp } from '../db/driver';
import { readImportContext, writeTerritoryLinks } from './import-context-queries';
import { badInput, tooLarge, type FieldProblem } from '../errors';
import {
	applyMergeDecisions,
	buildWorkbookImport,
	detectSheetKind,
	sheetKindOfName,
	SHEET_KIND_IDS,
	findPossibleDuplicates,
	assertFileSize,
	ImportFileError,
	readTable,
	suggestMapping,
	type ColumnMapping,
	type DuplicatePair,
	type SheetKindId,
	type ImportResult,
	type ImportSheet,
	type MergeDecision,
	type TableSheet
} from './import';

export interface SpreadsheetRequest {
	bytes: Uint8Array;
	fileName: string;
	/** Which sheet; default the first. */
	sheet?: string | null;
	/** What the sheet holds; default detected from its headers. */
	kind?: string | null;
	/** header -> field id; default suggested from the headers. */
	mapping?: ColumnMapping | null;
	merges?: MergeDecision[];
}

export interface SpreadsheetPlan {
	sheets: string[];
	/** The (first) sheet read, its kind and its columns. */
	sheet: TableSheet;
	kind: SheetKindId;
	mapping: ColumnMapping;
	/** Every sheet read, in the order read: several when a workbook's sheets are named by kind. */
	parts: Array<{ sheet: TableSheet; kind: SheetKindId; mapping: ColumnMapping }>;
	result: ImportResult;
	duplicates: DuplicatePair[];
	encoding: string | null;
}

/** Reads, maps and validates a spreadsheet against the database's current names: writes nothing. */
export async function planSpreadsheetImport(request: SpreadsheetRequest): Promise<SpreadsheetPlan> {
	const table = await readTable(request.bytes, request.fileName).catch((error: unknown) => {
		throw refusedFile(error, 'file');
	});
	const parts = sheetsToRead(table.sheets, request);
	const context = await readImportContext();
	let result = buildWorkbookImport(
		parts.map((p): ImportSheet => ({ table: p.sheet, kind: p.kind, mapping: p.mapping })),
		context
	);
	if (request.merges?.length)
		result = { ...result, document: applyMergeDecisions(result.document, request.merges) };
	const duplicates = findPossibleDuplicates(result.document.actors, context.existingActors);
	const { sheet, kind, mapping } = parts[0]!;
	return {
		sheets: table.sheets.map((s) => s.name),
		sheet,
		kind,
		mapping,
		parts,
		result,
		duplicates,
		encoding: table.encoding ?? null
	};
}

/**
 * The sheets to read. An office workbook ("Progetti", "Partner", "Azioni", "Risorse", "Reti",
 * "Accordi"; or a Trama export) is read whole when its sheets are named by kind and no sheet, kind
 * or mapping was asked for: every named sheet, in the registry's order (projects before partners,
 * partners before resources), the others left out. Otherwise one sheet: the asked or the first,
 * its kind as asked, named or guessed from its headers.
 */
function sheetsToRead(sheets: TableSheet[], request: SpreadsheetRequest): SpreadsheetPlan['parts'] {
	const chosen = !request.sheet && !request.kind && !request.mapping;
	const named = chosen
		? sheets
				.map((sheet) => ({ sheet, kind: sheetKindOfName(sheet.name) }))
				.filter((p): p is { sheet: TableSheet; kind: SheetKindId } => p.kind !== null)
				.sort((a, b) => SHEET_KIND_IDS.indexOf(a.kind) - SHEET_KIND_IDS.indexOf(b.kind))
		: [];
	if (named.length > 0)
		return named.map((p) => ({ ...p, mapping: suggestMapping(p.sheet.headers, p.kind) }));
	const sheet = request.sheet ? sheets.find((s) => s.name === request.sheet) : sheets[0];
	if (!sheet) throw badInput([{ field: 'sheet', message: 'foglio non trovato / sheet not found' }]);
	const kind = (request.kind ??
		(request.sheet ? null : sheetKindOfName(sheet.name)) ??
		detectSheetKind(sheet.headers)) as SheetKindId | null;
	if (!kind || !(SHEET_KIND_IDS as readonly string[]).includes(kind))
		throw badInput([
			{
				field: 'kind',
				message:
					'non riconosco il contenuto del foglio: scegli il tipo di dati / cannot tell what the sheet holds: choose the kind'
			}
		]);
	return [{ sheet, kind, mapping: request.mapping ?? suggestMapping(sheet.headers, kind) }];
}

/**
 * Applies a planned import: refuses when any row has an error (nothing half-written), otherwise
 * writes the document and the territory links in ONE transaction.
 */
export async function applySpreadsheetImport(
	request: SpreadsheetRequest,
	by: string
): Promise<SpreadsheetPlan> {
	const plan = await planSpreadsheetImport(request);
	const errors = plan.result.problems.filter((p) => p.severity === 'error');
	if (errors.length)
		throw badInput(
			errors.map((p) => ({
				field: `${p.sheet ? `foglio "${p.sheet}", ` : ''}riga ${p.row}${p.column ? `, colonna "${p.column}"` : ''}`,
				message: `${p.message.it} / ${p.message.en}`
			}))
		);
	const docProblems = validateDocument(plan.result.document);
	if (docProblems.length) throw badInput(docProblems);
	const stamp: WriteStamp = { by, source: `import:${request.fileName.slice(0, 200)}` };
	await writeTx(async (tx) => {
		const refProblems = await checkReferences(tx, plan.result.document);
		if (refProblems.length) throw badInput(refProblems);
		await writeDocument(tx, plan.result.document, stamp);
		await writeTerritoryLinks(tx, plan.result.territory, stamp.source);
	});
	return plan;
}

/** A file the import refuses becomes a client error: 413 when over a limit, else a plain one. */
export function refusedFile(error: unknown, field: string): unknown {
	if (!(error instanceof ImportFileError)) return error;
	const problems: FieldProblem[] = [
		{ field, message: `${error.userMessage.it} / ${error.userMessage.en}` }
	];
	return error.overLimit ? tooLarge(problems) : badInput(problems);
}

/**
 * A Trama JSON document is held to the same file limit, in UTF-8 bytes as the file has them;
 * checked before anything parses it (the authorization rule reads the document too).
 */
export function assertDocumentSize(json: string, fileName = 'documento.json'): void {
	try {
		assertFileSize(fileName, Buffer.byteLength(json, 'utf8'));
	} catch (error) {
		throw refusedFile(error, 'input.json');
	}
}

/** One request object per operation, so the authorization rule and the resolver read the file once. */
const plans = new WeakMap<object, Promise<SpreadsheetPlan>>();
export function spreadsheetRequestOf(input: {
	fileBase64: string;
	fileName: string;
	sheet?: string | null;
	kind?: string | null;
	mapping?: ReadonlyArray<{ header: string; field?: string | null }> | null;
	merges?: ReadonlyArray<{ incomingId: string; mergeIntoId: string }> | null;
}): SpreadsheetRequest {
	try {
		// Checked on the base64 text's length, before decoding allocates anything.
		assertFileSize(input.fileName, Math.floor((input.fileBase64.length * 3) / 4));
	} catch (error) {
		throw refusedFile(error, 'input.fileBase64');
	}
	return {
		bytes: new Uint8Array(Buffer.from(input.fileBase64, 'base64')),
		fileName: input.fileName.slice(0, 200),
		sheet: input.sheet ?? null,
		kind: input.kind ?? null,
		mapping: input.mapping?.length
			? Object.fromEntries(input.mapping.map((m) => [m.header, m.field ?? null]))
			: null,
		merges: input.merges ? [...input.merges] : []
	};
}
export function plannedImport(
	input: Parameters<typeof spreadsheetRequestOf>[0]
): Promise<SpreadsheetPlan> {
	let plan = plans.get(input);
	if (!plan) plans.set(input, (plan = planSpreadsheetImport(spreadsheetRequestOf(input))));
	return plan;
}
