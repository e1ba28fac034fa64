import type { LocalizedText } from '../../../../domain/registry';
import type { FieldDefinition } from '../columns';
import type { ImportRun } from '../import-run';
import type { ImportProblem } from '../problems';
import type { RowScope } from '../row-scope';

/**
 * What a sheet kind is: the names its sheet goes by, its columns (with the headers offices write),
 * what it may create and how one of its rows is read. One object per kind, in this folder.
 */

export const SHEET_KIND_IDS = [
	'actors',
	'calls',
	'projects',
	'partnerships',
	'actions',
	'resources',
	'networks',
	'agreements',
	'collaborations',
	'territory'
] as const;
export type SheetKindId = (typeof SHEET_KIND_IDS)[number];

/** Header → the field it fills, or null when it is ignored. */
export type ColumnMapping = Record<string, string | null>;

export interface SheetKindDefinition {
	readonly id: SheetKindId;
	readonly label: LocalizedText;
	/**
	 * Names a sheet of this kind goes by in an office workbook (and in Trama's own export), matched
	 * after folding: a workbook whose sheets carry them is read whole, each sheet as its kind.
	 */
	readonly sheetNames: readonly string[];
	readonly fields: readonly FieldDefinition[];
	/** At least one field of each group must be mapped and filled (besides `required` fields). */
	readonly requiredOneOf: ReadonlyArray<readonly string[]>;
	/** Whether actors / projects named in the sheet and not found may be created. */
	readonly creates: { readonly actors: boolean; readonly projects: boolean };
	/** Recognised by the sheet's name only, never guessed from headers (they look like another kind's). */
	readonly byNameOnly?: boolean;
	/** What the sheet will assume for a column it lacks (said once, as a warning on the header). */
	readonly defaultsForMissingColumns?: (
		mapped: ReadonlySet<string>
	) => Array<{ field: string; message: LocalizedText }>;
	/** After the sheet's rows: what can only be checked once they are all read. */
	readonly afterRows?: (run: ImportRun) => ImportProblem[];
	/** Reads one non-empty row into the run's records; problems go on the row's scope. */
	readonly readRow: (scope: RowScope, run: ImportRun) => void;
}
