import type { LocalizedText } from '../../../domain/registry';

/** What can be wrong with a cell, a column or a row of an imported sheet. */
export type ImportProblemCode =
	/** A required value is empty. */
	| 'REQUIRED'
	/** A value is not one the vocabulary knows (kind, role, resource type, yes/no…). */
	| 'UNKNOWN_VALUE'
	| 'BAD_TAX_CODE'
	/** A numeric tax code lost its leading zero(s) in the spreadsheet and was restored. */
	| 'TAX_CODE_FIXED'
	| 'UNKNOWN_COMUNE'
	| 'AMBIGUOUS_COMUNE'
	/** Both a Comune name and an ISTAT code were given and they disagree. */
	| 'COMUNE_MISMATCH'
	| 'UNKNOWN_TERRITORY'
	| 'AMBIGUOUS_TERRITORY'
	| 'BAD_DATE'
	/** The end date comes before the start date. */
	| 'BAD_DATE_RANGE'
	| 'BAD_NUMBER'
	/** A number outside the allowed range (e.g. intensity not in 1–5, negative amount). */
	| 'OUT_OF_RANGE'
	| 'UNKNOWN_COLUMN'
	| 'MISSING_COLUMN'
	| 'DUPLICATE_IN_FILE'
	| 'UNKNOWN_ACTOR'
	| 'AMBIGUOUS_ACTOR'
	/** An actor was found only by a similar name (legal-form words ignored): worth a check. */
	| 'SIMILAR_NAME'
	| 'UNKNOWN_PROJECT'
	| 'AMBIGUOUS_PROJECT'
	/** A new actor or project will be created from a name in the file. */
	| 'WILL_CREATE'
	/** Two cells or rows say different things about the same thing; the first one is kept. */
	| 'CONFLICT'
	/** A value was assumed because the file did not say (e.g. role "partner"). */
	| 'DEFAULT_USED'
	| 'NO_ROWS'
	/** A territorial body (Comune, Ambito, ATS…): reference data, found but never created. */
	| 'REFERENCE_DATA'
	/** A value written as offices write it (a role's synonym, a historical name) read as Trama's. */
	| 'MAPPED_VALUE'
	/** A row of totals ("Totale enti: 12"): skipped. */
	| 'TOTAL_ROW'
	/** A resource for an organisation that is not among the project's partners in the file. */
	| 'UNKNOWN_PARTNER';

export type ImportProblemSeverity = 'error' | 'warning';

export interface ImportProblem {
	/** 1-based spreadsheet row number including the header: data row i → i + 2 in a plain file. */
	row: number;
	/** The header as written in the file, or null for a problem about the whole row/sheet. */
	column: string | null;
	/** The target field id, when the problem is about one. */
	field: string | null;
	code: ImportProblemCode;
	/** Rows with an error are not imported; warnings are imported as described. */
	severity: ImportProblemSeverity;
	message: LocalizedText;
	/** The sheet, when a workbook's sheets are imported together. */
	sheet?: string;
}

/** The outcome of parsing one cell. */
export type Parsed<T> =
	| { ok: true; value: T; warning?: { code: ImportProblemCode; message: LocalizedText } }
	| { ok: false; code: ImportProblemCode; message: LocalizedText };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

export const fail = <T = never>(code: ImportProblemCode, it: string, en: string): Parsed<T> => ({
	ok: false,
	code,
	message: { it, en }
});

export const okWithWarning = <T>(
	value: T,
	code: ImportProblemCode,
	it: string,
	en: string
): Parsed<T> => ({ ok: true, value, warning: { code, message: { it, en } } });
