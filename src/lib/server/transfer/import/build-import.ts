import { emptyDocument } from '../../../domain/model';
import type { LocalizedText } from '../../../domain/registry';
import type {
	ImportContext,
	ImportResult,
	ImportStats,
	ImportTable,
	TerritoryLink
} from './import-types';
import { ImportRun } from './import-run';
import { push } from './name-index';
import { totalRowProblem, totalRowText } from './office-rows';
import type { ImportProblem, ImportProblemCode, ImportProblemSeverity } from './problems';
import { RowScope, t, type Cell } from './row-scope';
import {
	SHEET_KINDS,
	type ColumnMapping,
	type SheetKindDefinition,
	type SheetKindId
} from './sheet-kinds';

/**
 * Turns mapped sheets into a partial TramaDocument plus a list of problems, without I/O: the
 * shared machinery (columns checked, rows split into cells, problems sorted, stats); each sheet
 * kind reads its own rows (`sheet-kinds/`).
 *
 * Rows with an error are left out; rows with warnings are imported as the warning says.
 */

export function buildImport(
	table: ImportTable,
	entityKind: SheetKindId,
	mapping: ColumnMapping,
	context: ImportContext
): ImportResult {
	return buildWorkbookImport([{ table, kind: entityKind, mapping }], context);
}

/** One sheet of a workbook with what it holds and how its columns map. */
export interface ImportSheet {
	table: ImportTable;
	kind: SheetKindId;
	mapping: ColumnMapping;
}

/**
 * Several sheets read as one import, in the order given: a later sheet finds what an earlier one
 * brings (the projects of "Progetti" for "Partner", the partners for "Risorse"), and the whole is
 * one document, written in one transaction. Problems name their sheet when there are several.
 */
export function buildWorkbookImport(
	sheets: readonly ImportSheet[],
	context: ImportContext
): ImportResult {
	const builder = new ImportBuilder(context);
	for (const sheet of sheets) builder.addSheet(sheet, sheets.length > 1);
	return builder.finish();
}

export class ImportBuilder {
	// The sheet being read (set by addSheet).
	private definition!: SheetKindDefinition;
	private table!: ImportTable;
	private mapping!: ColumnMapping;
	private headerRow = 1;
	/** Field id → the headers mapped to it, in file order. */
	private columnsOf = new Map<string, string[]>();
	private columnIndex = new Map<string, number>();
	/** This sheet's problems; sorted and moved to `problems` when the sheet is read. */
	private sheetProblems: ImportProblem[] = [];

	private readonly problems: ImportProblem[] = [];
	private readonly document = emptyDocument();
	private readonly territory: TerritoryLink[] = [];
	private readonly stats: ImportStats = {
		rows: 0,
		imported: 0,
		skipped: 0,
		emptyRows: 0,
		errors: 0,
		warnings: 0,
		created: { actors: 0, projects: 0 },
		matched: { actors: 0, projects: 0 },
		records: {
			actors: 0,
			projects: 0,
			partnerships: 0,
			actions: 0,
			collaborations: 0,
			territoryLinks: 0,
			networks: 0,
			memberships: 0,
			agreements: 0
		}
	};
	private readonly run: ImportRun;

	constructor(private readonly context: ImportContext) {
		this.run = new ImportRun(context);
	}

	addSheet({ table, kind, mapping }: ImportSheet, nameTheSheet: boolean): void {
		this.table = table;
		this.mapping = mapping;
		this.definition = SHEET_KINDS[kind];
		this.headerRow = table.headerRow ?? 1;
		this.columnsOf = new Map();
		this.columnIndex = new Map(table.headers.map((h, i) => [h, i]));
		this.sheetProblems = [];
		const stats = this.stats;
		let rows = 0;
		const usable = this.checkColumns();
		this.run.beginSheet(this.columnsOf, {
			actors: this.definition.creates.actors && this.context.allowCreate?.actors !== false,
			projects: this.definition.creates.projects && this.context.allowCreate?.projects !== false
		});
		if (usable) {
			this.table.rows.forEach((cells, i) => {
				const rowNumber = this.table.rowNumbers?.[i] ?? this.headerRow + 1 + i;
				if (cells.every((c) => (c ?? '').trim() === '')) {
					stats.emptyRows++;
					return;
				}
				const total = totalRowText(cells);
				if (total !== null) {
					this.sheetProblems.push(totalRowProblem(rowNumber, total));
					return;
				}
				stats.rows++;
				rows++;
				const scope = new RowScope(rowNumber, this.cellsOf(cells), this.columnsOf);
				this.definition.readRow(scope, this.run);
				this.sheetProblems.push(...scope.problems);
				if (scope.hasError) stats.skipped++;
				else stats.imported++;
			});
			this.sheetProblems.push(...(this.definition.afterRows?.(this.run) ?? []));
			if (rows === 0) {
				this.sheetProblem(
					'warning',
					'NO_ROWS',
					null,
					null,
					t(
						'Il foglio ha le intestazioni ma nessuna riga di dati: non c’è nulla da importare.',
						'The sheet has headers but no data rows: there is nothing to import.'
					)
				);
			}
		} else {
			rows = this.table.rows.filter((r) => r.some((c) => (c ?? '').trim() !== '')).length;
			stats.rows += rows;
			stats.skipped += rows;
		}
		const sheetName = nameTheSheet ? (table.name ?? null) : null;
		this.problems.push(
			...this.sheetProblems
				.sort(
					(a, b) =>
						a.row - b.row ||
						(a.column === null ? -1 : (this.columnIndex.get(a.column) ?? 0)) -
							(b.column === null ? -1 : (this.columnIndex.get(b.column) ?? 0))
				)
				.map((p) => (sheetName ? { ...p, sheet: sheetName } : p))
		);
	}

	finish(): ImportResult {
		const stats = this.stats;
		this.document.actors = [...this.run.actorRecords.values()];
		this.document.projects = [...this.run.projectRecords.values()];
		this.document.partnerships = [...this.run.partnershipRecords.values()];
		this.document.actions = [...this.run.actionRecords.values()];
		this.document.collaborations = [...this.run.collaborationRecords.values()];
		this.document.calls = [...this.run.callRecords.values()];
		this.document.networks = [...this.run.networkRecords.values()];
		this.document.memberships = [...this.run.membershipRecords.values()];
		this.document.agreements = [...this.run.agreementRecords.values()];
		this.territory.push(...this.run.territoryByIstat.values());

		const created = (ids: Iterable<string>, existing: Set<string>) =>
			[...ids].filter((id) => !existing.has(id)).length;
		stats.created.actors = created(this.run.createdFromNames, this.run.existingActorIds);
		stats.created.projects = created(this.run.projectRecords.keys(), this.run.existingProjectIds);
		stats.matched.actors = this.run.matchedActors.size;
		stats.matched.projects = this.run.matchedProjects.size;
		stats.records = {
			actors: this.document.actors.length,
			projects: this.document.projects.length,
			partnerships: this.document.partnerships.length,
			actions: this.document.actions.length,
			collaborations: this.document.collaborations.length,
			territoryLinks: this.territory.length,
			networks: this.document.networks.length,
			memberships: this.document.memberships.length,
			agreements: this.document.agreements.length
		};
		const problems = this.problems;
		stats.errors = problems.filter((p) => p.severity === 'error').length;
		stats.warnings = problems.length - stats.errors;
		return { document: this.document, territory: this.territory, problems, stats };
	}

	private sheetProblem(
		severity: ImportProblemSeverity,
		code: ImportProblemCode,
		column: string | null,
		fieldId: string | null,
		message: LocalizedText
	) {
		this.sheetProblems.push({
			row: this.headerRow,
			column,
			field: fieldId,
			code,
			severity,
			message
		});
	}

	/** Column-level checks. False when a required column is missing, so no row can be read. */
	private checkColumns(): boolean {
		const fieldIds = new Set(this.definition.fields.map((f) => f.id));
		for (const header of this.table.headers) {
			const fieldId = this.mapping[header] ?? null;
			if (fieldId && fieldIds.has(fieldId)) {
				push(this.columnsOf, fieldId, header);
				continue;
			}
			const hasData = this.table.rows.some(
				(r) => (r[this.columnIndex.get(header)!] ?? '').trim() !== ''
			);
			if (!hasData) continue; // an empty spare column says nothing
			this.sheetProblem(
				'warning',
				'UNKNOWN_COLUMN',
				header,
				null,
				t(
					`La colonna "${header}" non corrisponde a nessun dato di "${this.definition.label.it}" e viene ignorata. Se contiene dati utili, abbinala a un campo.`,
					`Column "${header}" matches no field of "${this.definition.label.en}" and is ignored. If it holds useful data, map it to a field.`
				)
			);
		}
		let usable = true;
		for (const f of this.definition.fields) {
			if (f.required && !this.columnsOf.has(f.id)) {
				usable = false;
				this.sheetProblem(
					'error',
					'MISSING_COLUMN',
					null,
					f.id,
					t(
						`Manca la colonna obbligatoria "${f.label.it}" (es. "${f.synonyms[0] ?? f.label.it}"): aggiungila al file o abbina una colonna esistente.`,
						`The required column "${f.label.en}" (e.g. "${f.synonyms[0] ?? f.label.en}") is missing: add it to the file or map an existing column to it.`
					)
				);
			}
		}
		for (const group of this.definition.requiredOneOf) {
			if (group.some((id) => this.columnsOf.has(id))) continue;
			usable = false;
			const labels = group.map((id) => this.definition.fields.find((f) => f.id === id)!.label);
			this.sheetProblem(
				'error',
				'MISSING_COLUMN',
				null,
				group[0]!,
				t(
					`Serve almeno una di queste colonne: ${labels.map((l) => `"${l.it}"`).join(', ')}.`,
					`At least one of these columns is needed: ${labels.map((l) => `"${l.en}"`).join(', ')}.`
				)
			);
		}
		if (usable) {
			const mapped = new Set(this.columnsOf.keys());
			for (const { field, message } of this.definition.defaultsForMissingColumns?.(mapped) ?? [])
				this.sheetProblem('warning', 'DEFAULT_USED', null, field, message);
		}
		return usable;
	}

	private cellsOf(cells: string[]): Map<string, Cell[]> {
		const byField = new Map<string, Cell[]>();
		for (const [fieldId, headers] of this.columnsOf) {
			for (const column of headers) {
				const raw = (cells[this.columnIndex.get(column)!] ?? '').trim();
				if (raw !== '') push(byField, fieldId, { column, raw });
			}
		}
		return byField;
	}
}
