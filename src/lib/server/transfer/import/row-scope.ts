import type { LocalizedText } from '../../../domain/registry';
import type { FieldDefinition } from './columns';
import type { ImportProblem, ImportProblemCode, ImportProblemSeverity } from './problems';

export interface Cell {
	column: string;
	raw: string;
}

export const t = (it: string, en: string): LocalizedText => ({ it, en });

/** A sheet kind's fields by name. */
type Fields = Readonly<Record<string, FieldDefinition<unknown>>>;

/** What `readAll` returns: each field's value, or null when empty or bad. */
export type FieldValues<F extends Fields> = {
	[K in keyof F]: F[K] extends FieldDefinition<infer T> ? T | null : never;
};

/** One row being read: its cells by field and the problems found so far. */
export class RowScope {
	readonly problems: ImportProblem[] = [];
	constructor(
		readonly row: number,
		private readonly cells: Map<string, Cell[]>,
		private readonly columnsOf: Map<string, string[]>
	) {}

	get hasError(): boolean {
		return this.problems.some((p) => p.severity === 'error');
	}

	report(
		severity: ImportProblemSeverity,
		code: ImportProblemCode,
		fieldId: string | null,
		column: string | null,
		message: LocalizedText
	) {
		this.problems.push({ row: this.row, column, field: fieldId, code, severity, message });
	}

	/** The header a field was read from (the first, when several columns feed it). */
	columnOf(fieldId: string): string | null {
		return this.cells.get(fieldId)?.[0]?.column ?? this.columnsOf.get(fieldId)?.[0] ?? null;
	}

	rawOf(fieldId: string): string | null {
		return this.cells.get(fieldId)?.[0]?.raw ?? null;
	}

	/**
	 * Reads a field: null when empty (an error if required). A bad value is an error, or with
	 * `badIs: 'warning'` a warning and null (for cells that only help, like a partner's tax code).
	 * With several columns the first valid value wins and the bad ones are warnings.
	 */
	read<T>(definition: FieldDefinition<T>, badIs: ImportProblemSeverity = 'error'): T | null {
		const cells = this.cells.get(definition.id) ?? [];
		if (cells.length === 0) {
			if (definition.required) {
				this.report(
					'error',
					'REQUIRED',
					definition.id,
					this.columnOf(definition.id),
					t(
						`Manca il valore di "${definition.label.it}", obbligatorio: compila la cella.`,
						`"${definition.label.en}" is required and empty: fill in the cell.`
					)
				);
			}
			return null;
		}
		const results = cells.map((cell) => ({ cell, parsed: definition.parse(cell.raw) }));
		const good = results.find((r) => r.parsed.ok);
		for (const { cell, parsed } of results) {
			if (parsed.ok) {
				if (parsed.warning && parsed === good?.parsed) {
					this.report(
						'warning',
						parsed.warning.code,
						definition.id,
						cell.column,
						parsed.warning.message
					);
				}
			} else {
				this.report(
					good ? 'warning' : badIs,
					parsed.code,
					definition.id,
					cell.column,
					parsed.message
				);
			}
		}
		return good?.parsed.ok ? good.parsed.value : null;
	}

	/**
	 * Reads every field of a sheet kind (or a group of its fields), in their declared order, as
	 * `read` does; the fields named in `helpOnly` only help find something (a partner's tax code or
	 * kind), so a bad value there is a warning.
	 */
	readAll<F extends Fields>(fields: F, helpOnly: ReadonlyArray<keyof F> = []): FieldValues<F> {
		const values: Partial<Record<keyof F, unknown>> = {};
		for (const key of Object.keys(fields) as Array<keyof F>) {
			values[key] = this.read(fields[key]!, helpOnly.includes(key) ? 'warning' : 'error');
		}
		return values as FieldValues<F>;
	}
}
