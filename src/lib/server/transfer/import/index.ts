/**
 * Spreadsheet import, pure part: read a file, map its columns, build a partial TramaDocument with
 * problems, find possible duplicates. The database side (context in, document out) is elsewhere.
 */
export { readTable, ImportFileError } from './read-table';
export {
	IMPORT_LIMITS,
	REQUEST_BODY_LIMIT_BYTES,
	importLimitLines,
	type ImportLimits
} from './limits';
export { assertFileSize } from './file-errors';
export type {
	ReadTableResult,
	TableSheet,
	ImportFileErrorCode,
	TextEncodingName
} from './read-table';
export {
	SHEET_KINDS,
	SHEET_KIND_IDS,
	suggestMapping,
	detectSheetKind,
	scoreSheetKinds,
	fieldById,
	sheetKindOfName
} from './sheet-kinds';
export type { ColumnMapping, SheetKindId, SheetKindDefinition } from './sheet-kinds';
export type { FieldDefinition } from './columns';
export { buildImport, buildWorkbookImport, type ImportSheet } from './build-import';
export { actorIdFor, projectIdFor } from './ids';
export type {
	ImportContext,
	ImportResult,
	ImportStats,
	ImportTable,
	TerritoryLink,
	NamedRef
} from './import-types';
export type { ImportProblem, ImportProblemCode, ImportProblemSeverity } from './problems';
export { findPossibleDuplicates, applyMergeDecisions, normalizeActorName } from './duplicates';
export type {
	DuplicatePair,
	DuplicateReason,
	MergeDecision,
	ExistingActorSummary
} from './duplicates';
