import { createHash } from 'node:crypto';
import { sectorOfKind, type ActorKindId } from '../../../domain/actor-kinds';
import { TERRITORIAL_KIND_IDS } from '../../../domain/model';
import { COMMITMENT_TYPE_BY_ID, type CommitmentTypeId } from '../../../domain/commitments';
import type { CollaborationSourceId } from '../../../domain/collaboration';
import {
	emptyDocument,
	type ActionRecord,
	type ActorRecord,
	type AgreementRecord,
	type CallRecord,
	type MembershipRecord,
	type NetworkRecord,
	type CollaborationRecord,
	type CommitmentRecord,
	type PartnershipRecord,
	type ProjectRecord,
	type TramaDocument
} from '../../../domain/model';
import type { LocalizedText } from '../../../domain/registry';
import type { RoleId } from '../../../domain/roles';
import { closest, foldText, slugify } from '../../../text';
import {
	ACTION_FIELDS,
	ACTOR_FIELDS,
	COLLABORATION_FIELDS,
	PARTNERSHIP_FIELDS,
	TERRITORY_FIELDS,
	type FieldDefinition
} from './columns';
import {
	SHEET_KINDS,
	type ColumnMapping,
	type SheetKindDefinition,
	type SheetKindId
} from './sheet-kinds';
import { normalizeActorName } from './duplicates';
import { namedBody, totalRowProblem, totalRowText, type NamedBody } from './office-rows';
import {
	AGREEMENT_FIELDS,
	NETWORK_FIELDS,
	PROJECT_SHEET_FIELDS,
	RESOURCE_FIELDS
} from './office-columns';
import { isPublicKind } from '../../../domain/actor-kinds';
import type { ImportProblem, ImportProblemCode, ImportProblemSeverity } from './problems';

/**
 * Turns one mapped sheet into a partial TramaDocument plus a list of problems, without I/O.
 *
 * Rows with an error are left out; rows with warnings are imported as the warning says. Ids of
 * new things are derived from their content (name + seat Comune, project title…), so importing
 * the same file twice yields the same ids and nothing is duplicated.
 */

export interface ImportTable {
	name?: string;
	headers: string[];
	rows: string[][];
	/** Spreadsheet row number of each data row (from `readTable`); default: header row + 1 + i. */
	rowNumbers?: number[];
	/** Spreadsheet row number of the header; default 1. */
	headerRow?: number;
}

export interface NamedRef {
	id: string;
	name: string;
}

export interface ImportContext {
	/** With the bodies each Comune belongs to, when known: how "ASL di X" or "Ufficio di Piano di X" is read. */
	comuni: Array<{
		istat: string;
		name: string;
		ambitoId?: string | null;
		atsId?: string | null;
		asstId?: string | null;
		provinceId?: string | null;
	}>;
	/** Province and Città metropolitana (ids `provincia-<sigla>`), named by their seat. */
	province?: NamedRef[];
	ambiti: NamedRef[];
	asst: NamedRef[];
	ats: NamedRef[];
	/** Distretti; when absent, ids follow the seed convention `distretto-<slug of name>`. */
	distretti?: NamedRef[];
	existingActors: Array<{
		id: string;
		name: string;
		kind: ActorKindId;
		taxCode: string | null;
		seatIstat: string | null;
	}>;
	existingProjects: Array<{ id: string; title: string }>;
	/** Networks and Accordi di Programma already in Trama, found by name. */
	existingNetworks?: NamedRef[];
	existingAgreements?: NamedRef[];
	/** Restricts what the sheet's kind may create; by default it creates what it allows. */
	allowCreate?: { actors?: boolean; projects?: boolean };
	/** Where collaborations without a "Fonte" column come from; default 'declared'. */
	collaborationSource?: CollaborationSourceId;
}

/** Territory is reference data, not part of a TramaDocument: the mapping comes back separately. */
export interface TerritoryLink {
	comuneIstat: string;
	ambitoId: string | null;
	distrettoId: string | null;
	asstId: string | null;
	atsId: string | null;
}

export interface ImportStats {
	/** Non-empty data rows. */
	rows: number;
	/** Rows imported (possibly with warnings). */
	imported: number;
	/** Rows left out because of errors. */
	skipped: number;
	emptyRows: number;
	errors: number;
	warnings: number;
	/** Actors / projects the import will create because the sheet names them and they are new. */
	created: { actors: number; projects: number };
	/** Distinct existing actors / projects the sheet refers to (or updates, for an actors sheet). */
	matched: { actors: number; projects: number };
	records: {
		actors: number;
		projects: number;
		partnerships: number;
		actions: number;
		collaborations: number;
		territoryLinks: number;
		networks: number;
		memberships: number;
		agreements: number;
	};
}

export interface ImportResult {
	document: TramaDocument;
	territory: TerritoryLink[];
	problems: ImportProblem[];
	stats: ImportStats;
}

// ---------------------------------------------------------------------------------------------
// Ids

const MAX_SLUG = 60;

function shortHash(...parts: string[]): string {
	return createHash('sha256').update(parts.join('\u0001')).digest('hex').slice(0, 12);
}

function slugOrHash(text: string): string {
	const slug = slugify(text).slice(0, MAX_SLUG).replace(/-+$/, '');
	return slug || shortHash(text);
}

/** `act-<slug of name>-<seat ISTAT>`: the same organisation in the same Comune gets the same id. */
export function actorIdFor(name: string, seatIstat: string | null): string {
	return `act-${slugOrHash(name)}-${seatIstat ?? 'nd'}`;
}

export function projectIdFor(title: string): string {
	return `prj-${slugOrHash(title)}`;
}

const partnershipIdFor = (projectId: string, actorId: string) =>
	`ptn-${shortHash(projectId, actorId)}`;
const actionIdFor = (projectId: string, title: string) =>
	`azn-${slugOrHash(title).slice(0, 40)}-${shortHash(projectId, foldText(title))}`;
const callIdFor = (title: string) => `call-${slugOrHash(title)}`;
const networkIdFor = (name: string) => `net-${slugOrHash(name)}`;
const agreementIdFor = (title: string) => `adp-${slugOrHash(title)}`;
/** The pair is unordered, so its id is too. */
const collaborationIdFor = (a: string, b: string) => `col-${shortHash(...[a, b].sort())}`;

// ---------------------------------------------------------------------------------------------
// Rows and problems

interface Cell {
	column: string;
	raw: string;
}

const t = (it: string, en: string): LocalizedText => ({ it, en });

/** One row being read: its cells by field and the problems found so far. */
class RowScope {
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
}

// ---------------------------------------------------------------------------------------------
// Name resolution against the context

type Resolution<T> =
	| { status: 'found'; value: T; warning?: LocalizedText }
	| { status: 'ambiguous'; candidates: string[] }
	| { status: 'missing'; suggestion?: string };

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

interface ComuneIndex {
	byIstat: Map<string, string>;
	byName: Map<string, string[]>;
}

/** "Comune di Cantù (CO)" → "cantu". */
function comuneKey(raw: string): string {
	return foldText(raw.replace(/\s*\([A-Za-z]{2}\)\s*$/, '')).replace(/^comune (di )?/, '');
}

function resolveComuneByName(index: ComuneIndex, raw: string): Resolution<string> {
	const key = comuneKey(raw);
	const matches = index.byName.get(key) ?? [];
	if (matches.length === 1) return { status: 'found', value: matches[0]! };
	if (matches.length > 1) return { status: 'ambiguous', candidates: matches };
	const suggestion = closest(
		key,
		[...index.byName.entries()].map(([k, istats]) => [k, index.byIstat.get(istats[0]!)!])
	);
	return { status: 'missing', suggestion };
}

/** ISTAT codes are six digits; a numeric spreadsheet column drops the leading zero. */
function normalizeIstat(raw: string): string | null {
	const digits = raw.replace(/\s/g, '').replace(/,0+$/, '');
	return /^\d{4,6}$/.test(digits) ? digits.padStart(6, '0') : null;
}

/** Words that do not tell territorial bodies apart ("Ambito distrettuale di X" = "X"). */
// prettier-ignore
const TERRITORY_NOISE = new Set([
	'ambito', 'ambiti', 'territoriale', 'distrettuale', 'sociale', 'piano', 'zona',
	'distretto', 'sociosanitario', 'socio', 'sanitario', 'ats', 'asst', 'agenzia', 'tutela',
	'salute', 'azienda', 'di', 'del', 'della', 'dell', 'dei', 'delle', 'n'
]);

const territoryCore = (raw: string) =>
	foldText(raw)
		.split(' ')
		.filter((w) => w && !TERRITORY_NOISE.has(w))
		.join(' ');

class NamedIndex {
	private readonly exact = new Map<string, string[]>();
	private readonly core = new Map<string, string[]>();
	constructor(private readonly entries: readonly NamedRef[]) {
		for (const entry of entries) {
			push(this.exact, foldText(entry.name), entry.id);
			push(this.exact, foldText(entry.id), entry.id);
			// "ats-030321" is also found as "030321".
			const suffix = entry.id.replace(/^[a-z]+-/, '');
			if (suffix !== entry.id) push(this.exact, foldText(suffix), entry.id);
			push(this.core, territoryCore(entry.name), entry.id);
		}
	}

	resolve(raw: string): Resolution<string> {
		const exact = unique(this.exact.get(foldText(raw)) ?? []);
		if (exact.length === 1) return { status: 'found', value: exact[0]! };
		const core = territoryCore(raw);
		if (core === '') return { status: 'missing' };
		const byCore = unique(this.core.get(core) ?? []);
		if (byCore.length === 1) return { status: 'found', value: byCore[0]! };
		if (byCore.length > 1) return { status: 'ambiguous', candidates: byCore };
		// "Cremasco" in "Ambito distrettuale Cremasco": all the cell's words in a single name.
		const words = core.split(' ');
		const containing = this.entries.filter((e) => {
			const nameWords = new Set(territoryCore(e.name).split(' '));
			return words.every((w) => nameWords.has(w));
		});
		if (containing.length === 1) return { status: 'found', value: containing[0]!.id };
		if (containing.length > 1)
			return { status: 'ambiguous', candidates: containing.map((e) => e.id) };
		return {
			status: 'missing',
			suggestion: closest(
				core,
				this.entries.map((e) => [territoryCore(e.name), e.name])
			)
		};
	}

	nameOf(id: string): string {
		return this.entries.find((e) => e.id === id)?.name ?? id;
	}
}

interface KnownActor {
	id: string;
	name: string;
	kind: ActorKindId;
	taxCode: string | null;
	seatIstat: string | null;
}

/** Existing actors and those this import creates, found by tax code or name. */
class ActorIndex {
	private readonly byId = new Map<string, KnownActor>();
	private readonly byTaxCode = new Map<string, string[]>();
	private readonly byName = new Map<string, string[]>();
	private readonly byNormalizedName = new Map<string, string[]>();

	add(actor: KnownActor) {
		if (this.byId.has(actor.id)) return;
		this.byId.set(actor.id, actor);
		if (actor.taxCode) push(this.byTaxCode, actor.taxCode.toUpperCase(), actor.id);
		push(this.byName, foldText(actor.name), actor.id);
		push(this.byNormalizedName, normalizeActorName(actor.name), actor.id);
	}

	get(id: string): KnownActor | undefined {
		return this.byId.get(id);
	}

	/**
	 * By tax code first, then exact name, then similar name (legal forms ignored). A Comune, when
	 * given, narrows homonyms and rules out an actor seated elsewhere.
	 */
	resolve(name: string, taxCode: string | null, seatIstat: string | null): Resolution<string> {
		if (taxCode) {
			const ids = this.byTaxCode.get(taxCode) ?? [];
			if (ids.length >= 1) return { status: 'found', value: ids[0]! };
		}
		const fits = (id: string) => {
			const seat = this.byId.get(id)!.seatIstat;
			return !seatIstat || !seat || seat === seatIstat;
		};
		const pick = (ids: string[]): Resolution<string> | null => {
			const fitting = unique(ids).filter(fits);
			if (fitting.length === 1) return { status: 'found', value: fitting[0]! };
			if (fitting.length > 1) {
				const sameSeat = seatIstat
					? fitting.filter((id) => this.byId.get(id)!.seatIstat === seatIstat)
					: [];
				if (sameSeat.length === 1) return { status: 'found', value: sameSeat[0]! };
				return { status: 'ambiguous', candidates: fitting };
			}
			return null;
		};
		const exact = pick(this.byName.get(foldText(name)) ?? []);
		if (exact) return exact;
		const similar = pick(this.byNormalizedName.get(normalizeActorName(name)) ?? []);
		if (similar?.status === 'found') {
			const found = this.byId.get(similar.value)!;
			return {
				status: 'found',
				value: similar.value,
				warning: t(
					`"${name}" è stato riconosciuto come "${found.name}" (nome simile): controlla che sia lo stesso ente.`,
					`"${name}" was matched to "${found.name}" (similar name): check it is the same organisation.`
				)
			};
		}
		return similar ?? { status: 'missing' };
	}
}

function unique<T>(values: readonly T[]): T[] {
	return [...new Set(values)];
}

// ---------------------------------------------------------------------------------------------
// The import

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
	private kind!: SheetKindId;
	private mapping!: ColumnMapping;
	private headerRow = 1;
	private canCreate = { actors: false, projects: false };
	/** Field id → the headers mapped to it, in file order. */
	private columnsOf = new Map<string, string[]>();
	private columnIndex = new Map<string, number>();
	/** Row signatures seen in the sheet, to tell exact repeats from rows that add something. */
	private rowSignatures = new Map<string, number>();
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

	private readonly comuni: ComuneIndex = { byIstat: new Map(), byName: new Map() };
	private readonly ambiti: NamedIndex;
	private readonly asst: NamedIndex;
	private readonly ats: NamedIndex;
	private readonly distretti: NamedIndex | null;
	private readonly province: NamedIndex;
	/** The bodies each Comune belongs to (context.comuni), by ISTAT code. */
	private readonly bodiesOfComune = new Map<string, ImportContext['comuni'][number]>();
	private readonly actors = new ActorIndex();
	private readonly existingActorIds: Set<string>;
	private readonly projectsByTitle = new Map<string, string[]>();
	private readonly existingProjectIds: Set<string>;
	/** Actors created from a name in a sheet (not from an actors sheet's own rows). */
	private readonly createdFromNames = new Set<string>();

	/** Records by id, in first-seen order, so later rows can merge into them. */
	private readonly actorRecords = new Map<string, ActorRecord>();
	private readonly projectRecords = new Map<string, ProjectRecord>();
	private readonly partnershipRecords = new Map<string, PartnershipRecord>();
	private readonly actionRecords = new Map<string, ActionRecord>();
	private readonly collaborationRecords = new Map<string, CollaborationRecord>();
	private readonly callRecords = new Map<string, CallRecord>();
	private readonly networkRecords = new Map<string, NetworkRecord>();
	private readonly membershipRecords = new Map<string, MembershipRecord>();
	private readonly agreementRecords = new Map<string, AgreementRecord>();
	private readonly territoryByIstat = new Map<string, TerritoryLink>();
	private readonly matchedActors = new Set<string>();
	private readonly matchedProjects = new Set<string>();
	private readonly capofilaByProject = new Map<string, string>();
	/** The ATS each Ambito was first seen in, and on which Comune's row. */
	private readonly atsOfAmbito = new Map<string, { atsId: string; comuneIstat: string }>();
	/** Rows whose taxCode was already used by another row of the file. */
	private readonly taxCodeRows = new Map<string, number>();

	constructor(private readonly context: ImportContext) {
		for (const c of context.comuni) {
			const istat = normalizeIstat(c.istat) ?? c.istat;
			this.comuni.byIstat.set(istat, c.name);
			push(this.comuni.byName, comuneKey(c.name), istat);
			this.bodiesOfComune.set(istat, c);
		}
		this.province = new NamedIndex(context.province ?? []);
		this.ambiti = new NamedIndex(context.ambiti);
		this.asst = new NamedIndex(context.asst);
		this.ats = new NamedIndex(context.ats);
		this.distretti = context.distretti ? new NamedIndex(context.distretti) : null;
		for (const a of context.existingActors) {
			this.actors.add({ ...a, taxCode: a.taxCode?.toUpperCase() ?? null });
		}
		// Territorial bodies are actors too (reference data, ids as in the territory seed): a
		// partner named "Comune di Crema" or "ASST di Crema" is found, never created.
		for (const c of context.comuni) {
			const istat = normalizeIstat(c.istat) ?? c.istat;
			const territorial = { kind: 'comune' as const, taxCode: null, seatIstat: istat };
			this.actors.add({ id: `comune-${istat}`, name: `Comune di ${c.name}`, ...territorial });
		}
		const bodies: Array<[NamedRef[] | undefined, ActorKindId]> = [
			[context.ambiti, 'ambito'],
			[context.asst, 'asst'],
			[context.ats, 'ats'],
			[context.distretti, 'distretto']
		];
		for (const [list, kind] of bodies) {
			for (const b of list ?? []) {
				this.actors.add({ id: b.id, name: b.name, kind, taxCode: null, seatIstat: null });
			}
		}
		this.existingActorIds = new Set([
			...context.existingActors.map((a) => a.id),
			...(context.province ?? []).map((p) => p.id),
			...context.comuni.map((c) => `comune-${normalizeIstat(c.istat) ?? c.istat}`),
			...bodies.flatMap(([list]) => (list ?? []).map((b) => b.id))
		]);
		for (const p of context.existingProjects) push(this.projectsByTitle, foldText(p.title), p.id);
		this.existingProjectIds = new Set(context.existingProjects.map((p) => p.id));
	}

	addSheet({ table, kind, mapping }: ImportSheet, nameTheSheet: boolean): void {
		this.table = table;
		this.kind = kind;
		this.mapping = mapping;
		this.definition = SHEET_KINDS[kind];
		this.headerRow = table.headerRow ?? 1;
		this.columnsOf = new Map();
		this.columnIndex = new Map(table.headers.map((h, i) => [h, i]));
		this.rowSignatures = new Map();
		this.sheetProblems = [];
		this.canCreate = {
			actors: this.definition.creates.actors && this.context.allowCreate?.actors !== false,
			projects: this.definition.creates.projects && this.context.allowCreate?.projects !== false
		};
		const stats = this.stats;
		let rows = 0;
		const usable = this.checkColumns();
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
				this.readRow(scope);
				this.sheetProblems.push(...scope.problems);
				if (scope.hasError) stats.skipped++;
				else stats.imported++;
			});
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
		this.document.actors = [...this.actorRecords.values()];
		this.document.projects = [...this.projectRecords.values()];
		this.document.partnerships = [...this.partnershipRecords.values()];
		this.document.actions = [...this.actionRecords.values()];
		this.document.collaborations = [...this.collaborationRecords.values()];
		this.document.calls = [...this.callRecords.values()];
		this.document.networks = [...this.networkRecords.values()];
		this.document.memberships = [...this.membershipRecords.values()];
		this.document.agreements = [...this.agreementRecords.values()];
		this.territory.push(...this.territoryByIstat.values());

		const created = (ids: Iterable<string>, existing: Set<string>) =>
			[...ids].filter((id) => !existing.has(id)).length;
		stats.created.actors = created(this.createdFromNames, this.existingActorIds);
		stats.created.projects = created(this.projectRecords.keys(), this.existingProjectIds);
		stats.matched.actors = this.matchedActors.size;
		stats.matched.projects = this.matchedProjects.size;
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
		if (
			usable &&
			this.kind === 'partnerships' &&
			!this.columnsOf.has('role') &&
			!this.columnsOf.has('capofila')
		) {
			this.sheetProblem(
				'warning',
				'DEFAULT_USED',
				null,
				'role',
				t(
					'Non c’è una colonna "Ruolo" né "Capofila": tutti gli enti sono importati come "partner".',
					'There is no "Ruolo" (role) or "Capofila" column: every organisation is imported as "partner".'
				)
			);
		}
		if (usable && this.kind === 'actors' && !this.columnsOf.has('kind')) {
			this.sheetProblem(
				'warning',
				'DEFAULT_USED',
				null,
				'kind',
				t(
					'Non c’è una colonna "Tipologia": gli enti sono importati come "Altro"; indica la tipologia per valutare l’ampiezza dei partenariati.',
					'There is no "Tipologia" (kind) column: organisations are imported as "Other"; give the kind so partnership breadth can be judged.'
				)
			);
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

	private readRow(scope: RowScope) {
		switch (this.kind) {
			case 'actors':
				return this.readActor(scope);
			case 'partnerships':
				return this.readPartnership(scope);
			case 'actions':
				return this.readAction(scope);
			case 'collaborations':
				return this.readCollaboration(scope);
			case 'territory':
				return this.readTerritory(scope);
			case 'projects':
				return this.readProject(scope);
			case 'resources':
				return this.readResource(scope);
			case 'networks':
				return this.readNetwork(scope);
			case 'agreements':
				return this.readAgreement(scope);
		}
	}

	/** A repeated row adds nothing: warn once and skip it. */
	private isRepeat(scope: RowScope, signature: string): boolean {
		const first = this.rowSignatures.get(signature);
		if (first === undefined) {
			this.rowSignatures.set(signature, scope.row);
			return false;
		}
		scope.report(
			'warning',
			'DUPLICATE_IN_FILE',
			null,
			null,
			t(`La riga ripete la riga ${first}: ignorata.`, `This row repeats row ${first}: ignored.`)
		);
		return true;
	}

	// ----- Comuni and territory ---------------------------------------------------------------

	/** The ISTAT code of a Comune given by name and/or code; null (with a problem) if not found. */
	private comune(
		scope: RowScope,
		nameField: string | null,
		istatField: string | null,
		severity: ImportProblemSeverity
	): string | null {
		const rawName = nameField ? scope.rawOf(nameField) : null;
		const rawIstat = istatField ? scope.rawOf(istatField) : null;
		let fromIstat: string | null = null;
		if (rawIstat && istatField) {
			const istat = normalizeIstat(rawIstat);
			if (istat && this.comuni.byIstat.has(istat)) {
				fromIstat = istat;
			} else {
				scope.report(
					severity,
					'UNKNOWN_COMUNE',
					istatField,
					scope.columnOf(istatField),
					t(
						`Il codice ISTAT "${rawIstat}" non corrisponde a nessun Comune lombardo. Controlla il codice (6 cifre, es. 013041) o lascia la cella vuota se il Comune è fuori regione.`,
						`ISTAT code "${rawIstat}" matches no Comune in Lombardy. Check the code (6 digits, e.g. 013041) or leave the cell empty if the Comune is outside the region.`
					)
				);
				if (!rawName) return null;
			}
		}
		if (!rawName || !nameField) return fromIstat;
		const byName = resolveComuneByName(this.comuni, rawName);
		if (fromIstat) {
			if (byName.status !== 'found' || byName.value !== fromIstat) {
				const ambiguousOk = byName.status === 'ambiguous' && byName.candidates.includes(fromIstat);
				if (!ambiguousOk) {
					scope.report(
						'warning',
						'COMUNE_MISMATCH',
						nameField,
						scope.columnOf(nameField),
						t(
							`Il Comune "${rawName}" non corrisponde al codice ISTAT ${fromIstat} (${this.comuni.byIstat.get(fromIstat)}): vale il codice ISTAT.`,
							`Comune "${rawName}" does not match ISTAT code ${fromIstat} (${this.comuni.byIstat.get(fromIstat)}): the ISTAT code is used.`
						)
					);
				}
			}
			return fromIstat;
		}
		const column = scope.columnOf(nameField);
		switch (byName.status) {
			case 'found':
				return byName.value;
			case 'ambiguous':
				scope.report(
					severity,
					'AMBIGUOUS_COMUNE',
					nameField,
					column,
					t(
						`In Lombardia ci sono più Comuni chiamati "${rawName}" (ISTAT ${byName.candidates.join(', ')}): aggiungi la colonna "Codice ISTAT" per distinguerli.`,
						`There are several Comuni called "${rawName}" in Lombardy (ISTAT ${byName.candidates.join(', ')}): add a "Codice ISTAT" column to tell them apart.`
					)
				);
				return null;
			case 'missing': {
				const hint = byName.suggestion;
				scope.report(
					severity,
					'UNKNOWN_COMUNE',
					nameField,
					column,
					t(
						`Comune "${rawName}" non trovato tra i Comuni lombardi.${hint ? ` Forse intendevi "${hint}"?` : ''} Correggi il nome, usa il codice ISTAT, o lascia la cella vuota se il Comune è fuori regione.`,
						`Comune "${rawName}" was not found among Lombardy's Comuni.${hint ? ` Did you mean "${hint}"?` : ''} Fix the name, use the ISTAT code, or leave the cell empty if the Comune is outside the region.`
					)
				);
				return null;
			}
		}
	}

	private territoryRef(
		scope: RowScope,
		fieldId: string,
		raw: string,
		index: NamedIndex,
		what: LocalizedText,
		severity: ImportProblemSeverity
	): string | null {
		const resolved = index.resolve(raw);
		const column = scope.columnOf(fieldId);
		if (resolved.status === 'found') return resolved.value;
		if (resolved.status === 'ambiguous') {
			const names = resolved.candidates.map((id) => `"${index.nameOf(id)}"`).join(', ');
			scope.report(
				severity,
				'AMBIGUOUS_TERRITORY',
				fieldId,
				column,
				t(
					`"${raw}" può indicare più ${what.it}: ${names}. Scrivi il nome completo.`,
					`"${raw}" could mean several ${what.en}: ${names}. Write the full name.`
				)
			);
		} else {
			const hint = resolved.suggestion;
			scope.report(
				severity,
				'UNKNOWN_TERRITORY',
				fieldId,
				column,
				t(
					`${what.it} "${raw}" non trovato.${hint ? ` Forse intendevi "${hint}"?` : ''} Usa il nome ufficiale.`,
					`${what.en} "${raw}" not found.${hint ? ` Did you mean "${hint}"?` : ''} Use the official name.`
				)
			);
		}
		return null;
	}

	private ambitoIds(scope: RowScope, fieldId: string, names: string[]): string[] {
		const ids: string[] = [];
		for (const name of names) {
			// "Ufficio di Piano di Crema" / "Piano di Zona di Crema": the Ambito of that Comune.
			const office = namedBody(name, 'ambito');
			const byOffice = office?.body === 'ambito' ? this.bodyOfPlace(office) : null;
			if (byOffice) {
				const label = this.bodyName(byOffice);
				scope.report(
					'warning',
					'MAPPED_VALUE',
					fieldId,
					scope.columnOf(fieldId),
					t(`"${name}" letto come "${label}".`, `"${name}" read as "${label}".`)
				);
				ids.push(byOffice);
				continue;
			}
			const id = this.territoryRef(
				scope,
				fieldId,
				name,
				this.ambiti,
				t('Ambito', 'Ambito'),
				'warning'
			);
			if (id) ids.push(id);
		}
		return unique(ids);
	}

	// ----- Actors and projects by name --------------------------------------------------------

	/**
	 * The id of the actor a row names, creating it when the sheet's kind allows. The new actor is
	 * registered only if the row has no error, so a bad row leaves nothing behind.
	 */
	private actorRef(
		scope: RowScope,
		fieldId: string,
		name: string,
		details: { taxCode?: string | null; seatIstat?: string | null; kind?: ActorKindId | null } = {}
	): { id: string; commit: () => void } | null {
		const taxCode = details.taxCode ?? null;
		const seatIstat = details.seatIstat ?? null;
		const resolved = this.actors.resolve(name, taxCode, seatIstat);
		const column = scope.columnOf(fieldId);
		if (resolved.status === 'found') {
			if (resolved.warning)
				scope.report('warning', 'SIMILAR_NAME', fieldId, column, resolved.warning);
			const id = resolved.value;
			return {
				id,
				commit: () => {
					if (this.existingActorIds.has(id)) this.matchedActors.add(id);
				}
			};
		}
		if (resolved.status === 'ambiguous') {
			const names = resolved.candidates.map((id) => this.actors.get(id)?.name ?? id);
			scope.report(
				'error',
				'AMBIGUOUS_ACTOR',
				fieldId,
				column,
				t(
					`"${name}" può indicare più enti (${names.join('; ')}): aggiungi il codice fiscale o il Comune sede per distinguerli.`,
					`"${name}" could be several organisations (${names.join('; ')}): add the tax code or the seat Comune to tell them apart.`
				)
			);
			return null;
		}
		const territorial = this.territorialActor(scope, fieldId, name, details.kind ?? null);
		if (territorial) {
			return {
				id: territorial,
				commit: () => this.matchedActors.add(territorial)
			};
		}
		if (details.kind && TERRITORIAL_KIND_IDS.includes(details.kind)) {
			scope.report(
				'error',
				'REFERENCE_DATA',
				fieldId,
				column,
				t(
					`"${name}" è un ente territoriale che non si trova tra i dati di riferimento: usa il nome ufficiale (es. "Comune di Crema", "ASST di Crema").`,
					`"${name}" is a territorial body not found in the reference data: use its official name (e.g. "Comune di Crema", "ASST di Crema").`
				)
			);
			return null;
		}
		if (!this.canCreate.actors) {
			scope.report(
				'error',
				'UNKNOWN_ACTOR',
				fieldId,
				column,
				t(
					`Ente "${name}" non trovato: importa prima l'elenco degli enti o correggi il nome.`,
					`Organisation "${name}" not found: import the list of organisations first or fix the name.`
				)
			);
			return null;
		}
		const kind = details.kind ?? 'altro';
		const record: ActorRecord = {
			id: actorIdFor(name, seatIstat),
			name,
			kind,
			taxCode,
			seatIstat,
			activeInAmbitoIds: [],
			tags: [],
			notes: null,
			fictional: false
		};
		scope.report(
			'warning',
			'WILL_CREATE',
			fieldId,
			column,
			t(
				`L'ente "${name}" non è ancora in Trama e verrà creato${kind === 'altro' ? ' con tipologia "Altro": indicane la tipologia dopo l’importazione' : ''}.`,
				`Organisation "${name}" is not in Trama yet and will be created${kind === 'altro' ? ' with kind "Other": set its kind after the import' : ''}.`
			)
		);
		return {
			id: record.id,
			commit: () => {
				if (this.actorRecords.has(record.id)) return;
				this.actorRecords.set(record.id, record);
				this.createdFromNames.add(record.id);
				this.actors.add(record);
			}
		};
	}

	/**
	 * The id of a territorial body named in a cell ("Comune di Cantù", "ATS Val Padana", "Ambito
	 * Cremasco", "ASL di Crema", "Ufficio di Piano di Crema", "Crema" of kind Comune), recognised by
	 * its kind or by the form of its name; null if it is not one. A name read as another (a
	 * historical or office name, a bare Comune) is said as a warning naming both.
	 */
	private territorialActor(
		scope: RowScope,
		fieldId: string,
		name: string,
		kind: ActorKindId | null
	): string | null {
		const folded = foldText(name);
		const is = (k: ActorKindId, pattern: RegExp) => kind === k || (!kind && pattern.test(folded));
		const found = (r: Resolution<string>) => (r.status === 'found' ? r.value : null);
		const mapped = (id: string, it: string, en: string) => {
			scope.report('warning', 'MAPPED_VALUE', fieldId, scope.columnOf(fieldId), t(it, en));
			return id;
		};
		const named = namedBody(name, kind);
		if (named) {
			const id = this.bodyOfPlace(named);
			if (!id) return null;
			const label = this.bodyName(id);
			return named.historical
				? mapped(
						id,
						`"${name}" è un nome storico (le ASL sono diventate ATS e ASST con la l.r. 23/2015): letto come "${label}". Se intendevi ${named.body === 'ats' ? 'l’ASST, indica la tipologia "ASST"' : 'l’ATS, indica la tipologia "ATS"'}.`,
						`"${name}" is a historical name (the ASL became ATS and ASST with l.r. 23/2015): read as "${label}". If you meant ${named.body === 'ats' ? 'the ASST, set the kind "ASST"' : 'the ATS, set the kind "ATS"'}.`
					)
				: mapped(id, `"${name}" letto come "${label}".`, `"${name}" read as "${label}".`);
		}
		if (is('comune', /^comune /)) {
			const istat = found(resolveComuneByName(this.comuni, name));
			if (!istat) return null;
			const id = `comune-${istat}`;
			if (/^comune /.test(folded)) return id;
			const label = `Comune di ${this.comuni.byIstat.get(istat)}`;
			return mapped(
				id,
				`"${name}" letto come "${label}" (la tipologia è Comune).`,
				`"${name}" read as "${label}" (the kind is Comune).`
			);
		}
		if (is('ambito', /^ambito /)) return found(this.ambiti.resolve(name));
		if (is('asst', /^asst /)) return found(this.asst.resolve(name));
		if (is('ats', /^ats /)) return found(this.ats.resolve(name));
		if (is('distretto', /^distretto /) && this.distretti)
			return found(this.distretti.resolve(name));
		if (is('regione', /^regione lombardia$/)) return 'regione-lombardia';
		if (kind === 'provincia' || kind === 'citta_metropolitana')
			return found(this.province.resolve(name));
		return null;
	}

	/** The body of a place: through the Comune of that name, else by the body's own name. */
	private bodyOfPlace({ body, place }: NamedBody): string | null {
		const istat = resolveComuneByName(this.comuni, place);
		if (istat.status === 'found') {
			const of = this.bodiesOfComune.get(istat.value);
			const id = {
				ats: of?.atsId,
				asst: of?.asstId,
				ambito: of?.ambitoId,
				provincia: of?.provinceId
			}[body];
			if (id) return id;
		}
		const index = { ats: this.ats, asst: this.asst, ambito: this.ambiti, provincia: this.province }[
			body
		];
		const byName = index.resolve(place);
		return byName.status === 'found' ? byName.value : null;
	}

	private bodyName(id: string): string {
		return this.actors.get(id)?.name ?? this.province.nameOf(id);
	}

	private projectRef(
		scope: RowScope,
		fieldId: string,
		title: string
	): { id: string; commit: () => void } | null {
		const column = scope.columnOf(fieldId);
		const byId =
			this.existingProjectIds.has(title) || this.projectRecords.has(title) ? [title] : [];
		const ids = unique([...byId, ...(this.projectsByTitle.get(foldText(title)) ?? [])]);
		if (ids.length === 1) {
			const id = ids[0]!;
			return {
				id,
				commit: () => {
					if (this.existingProjectIds.has(id)) this.matchedProjects.add(id);
				}
			};
		}
		if (ids.length > 1) {
			scope.report(
				'error',
				'AMBIGUOUS_PROJECT',
				fieldId,
				column,
				t(
					`Ci sono più progetti intitolati "${title}": rinominali in Trama o usa l'identificativo del progetto.`,
					`There are several projects called "${title}": rename them in Trama or use the project id.`
				)
			);
			return null;
		}
		if (!this.canCreate.projects) {
			scope.report(
				'error',
				'UNKNOWN_PROJECT',
				fieldId,
				column,
				t(
					`Progetto "${title}" non trovato: crealo prima in Trama o correggi il titolo.`,
					`Project "${title}" not found: create it in Trama first or fix the title.`
				)
			);
			return null;
		}
		const id = projectIdFor(title);
		if (!this.projectRecords.has(id)) {
			scope.report(
				'warning',
				'WILL_CREATE',
				fieldId,
				column,
				t(
					`Il progetto "${title}" non è ancora in Trama e verrà creato come bozza: completane i dati dopo l'importazione.`,
					`Project "${title}" is not in Trama yet and will be created as a draft: complete it after the import.`
				)
			);
		}
		return {
			id,
			commit: () => {
				if (this.projectRecords.has(id)) return;
				this.projectRecords.set(id, {
					id,
					title,
					callId: null,
					start: null,
					end: null,
					triennio: null,
					policyAreas: [],
					budgetEur: null,
					targetComuniIstat: [],
					targetAmbitoIds: [],
					status: 'draft',
					fictional: false
				});
				push(this.projectsByTitle, foldText(title), id);
			}
		};
	}

	private checkDateRange(
		scope: RowScope,
		since: string | null,
		until: string | null,
		untilField = 'until'
	) {
		if (since && until && until < since) {
			scope.report(
				'error',
				'BAD_DATE_RANGE',
				untilField,
				scope.columnOf(untilField),
				t(
					`La data di fine (${until}) è precedente a quella di inizio (${since}).`,
					`The end date (${until}) is before the start date (${since}).`
				)
			);
		}
	}

	// ----- One reader per kind of sheet -------------------------------------------------------

	/** A "Progetti" row: the project as the office describes it (the sheet is the truth for it). */
	private readProject(scope: RowScope) {
		const f = PROJECT_SHEET_FIELDS;
		const title = scope.read(f.title);
		const callTitle = scope.read(f.call);
		const funder = scope.read(f.funder);
		const status = scope.read(f.status);
		const start = scope.read(f.start);
		const end = scope.read(f.end);
		this.checkDateRange(scope, start, end, 'end');
		const triennio = scope.read(f.triennio);
		const policyAreas = scope.read(f.policyAreas) ?? [];
		const budget = scope.read(f.budget);
		const comuni = (scope.read(f.targetComuni) ?? []).map((name) =>
			this.comuneOfName(scope, 'targetComuni', name)
		);
		const ambiti = this.ambitoIds(scope, 'targetAmbiti', scope.read(f.targetAmbiti) ?? []);
		if (!title || scope.hasError) return;
		const known = this.projectsByTitle.get(foldText(title)) ?? [];
		const id = known.length === 1 ? known[0]! : projectIdFor(title);
		// One row per project: a second row with its title adds nothing and is said so.
		if (this.isRepeat(scope, JSON.stringify(['project', id]))) return;
		let callId: string | null = null;
		if (callTitle) {
			callId = callIdFor(callTitle);
			if (!this.callRecords.has(callId))
				this.callRecords.set(callId, {
					id: callId,
					title: callTitle,
					issuer: funder,
					year: start ? Number(start.slice(0, 4)) : null,
					fictional: false
				});
		}
		this.projectRecords.set(id, {
			id,
			title,
			callId,
			start,
			end,
			triennio,
			policyAreas: unique(policyAreas),
			budgetEur: budget,
			targetComuniIstat: unique(comuni.filter((c): c is string => c !== null)),
			targetAmbitoIds: ambiti,
			status: status ?? 'draft',
			fictional: false
		});
		if (known.length === 0) push(this.projectsByTitle, foldText(title), id);
		if (this.existingProjectIds.has(id)) this.matchedProjects.add(id);
	}

	/** A Comune in a list cell, by name or ISTAT code; null (with an error) if not found. */
	private comuneOfName(scope: RowScope, fieldId: string, raw: string): string | null {
		const istat = normalizeIstat(raw);
		if (istat && this.comuni.byIstat.has(istat)) return istat;
		const found = resolveComuneByName(this.comuni, raw);
		if (found.status === 'found') return found.value;
		const hint = found.status === 'missing' ? found.suggestion : undefined;
		scope.report(
			'error',
			found.status === 'ambiguous' ? 'AMBIGUOUS_COMUNE' : 'UNKNOWN_COMUNE',
			fieldId,
			scope.columnOf(fieldId),
			t(
				`Comune "${raw}" ${found.status === 'ambiguous' ? 'ambiguo: scrivi il codice ISTAT' : 'non trovato tra i Comuni lombardi'}.${hint ? ` Forse intendevi "${hint}"?` : ''}`,
				`Comune "${raw}" ${found.status === 'ambiguous' ? 'is ambiguous: write its ISTAT code' : 'not found among Lombardy’s Comuni'}.${hint ? ` Did you mean "${hint}"?` : ''}`
			)
		);
		return null;
	}

	/** A "Risorse" row: one more resource of a partner the "Partner" sheet lists. */
	private readResource(scope: RowScope) {
		const f = RESOURCE_FIELDS;
		const projectTitle = scope.read(f.project);
		const actorName = scope.read(f.actor);
		const taxCode = scope.read(f.actorTaxCode, 'warning');
		const seatIstat = this.comune(scope, 'actorComune', null, 'warning');
		const commitment = this.readCommitment(scope);
		const notes = scope.read(f.notes);
		if (!projectTitle || !actorName || scope.hasError) return;
		if (!commitment && !notes) {
			scope.report(
				'error',
				'REQUIRED',
				'commitmentType',
				scope.columnOf('commitmentType'),
				t(
					'La riga non indica nessuna risorsa: compila "Tipo risorsa" e "Importo".',
					'The row declares no resource: fill in "Tipo risorsa" and "Importo".'
				)
			);
			return;
		}
		const project = this.projectRef(scope, 'project', projectTitle);
		const actor = this.actorRef(scope, 'actor', actorName, { taxCode, seatIstat });
		if (!project || !actor || scope.hasError) return;
		const partnership = this.partnershipRecords.get(partnershipIdFor(project.id, actor.id));
		if (!partnership) {
			scope.report(
				'error',
				'UNKNOWN_PARTNER',
				'actor',
				scope.columnOf('actor'),
				t(
					`"${actorName}" non è tra i partner di "${projectTitle}" nel foglio dei partner di questo file: aggiungilo lì con il suo ruolo.`,
					`"${actorName}" is not among the partners of "${projectTitle}" in this file's partner sheet: add it there with its role.`
				)
			);
			return;
		}
		if (this.isRepeat(scope, JSON.stringify(['resource', partnership.id, commitment, notes])))
			return;
		const kind = this.actors.get(actor.id)?.kind ?? 'altro';
		if (commitment) partnership.commitments.push(this.finishCommitment(commitment, kind));
		else
			scope.report(
				'warning',
				'DEFAULT_USED',
				'notes',
				scope.columnOf('notes'),
				t(
					'La riga ha solo una nota: è tenuta come nota del partner, non come risorsa.',
					'The row only has a note: it is kept as a note on the partner, not as a resource.'
				)
			);
		if (notes) partnership.notes = partnership.notes ? `${partnership.notes}\n${notes}` : notes;
	}

	/** A "Reti" row: a network (created when new) and, when the row names one, a member. */
	private readNetwork(scope: RowScope) {
		const f = NETWORK_FIELDS;
		const name = scope.read(f.network);
		const description = scope.read(f.description);
		const ambitoName = scope.read(f.ambito);
		const member = scope.read(f.member);
		const taxCode = scope.read(f.taxCode, 'warning');
		const seatIstat = this.comune(scope, 'actorComune', null, 'warning');
		const kind = scope.read(f.memberKind, 'warning');
		const since = scope.read(f.since);
		const until = scope.read(f.until);
		this.checkDateRange(scope, since, until);
		const ambitoId = ambitoName ? (this.ambitoIds(scope, 'ambito', [ambitoName])[0] ?? null) : null;
		if (!name || scope.hasError) return;
		const existing = (this.context.existingNetworks ?? []).find(
			(n) => foldText(n.name) === foldText(name)
		);
		const networkId = existing?.id ?? networkIdFor(name);
		const actor = member
			? this.actorRef(scope, 'member', member, { taxCode, seatIstat, kind })
			: null;
		if (scope.hasError) return;
		// An existing network keeps what it has (description, links): the sheet adds members to it.
		if (!existing) {
			const record = this.networkRecords.get(networkId);
			if (record) {
				record.description ??= description;
				record.ambitoId ??= ambitoId;
			} else {
				this.networkRecords.set(networkId, {
					id: networkId,
					name,
					description,
					ambitoId,
					linkedNetworkIds: [],
					fictional: false
				});
			}
		}
		if (actor) {
			const key = `${actor.id}|${networkId}`;
			if (!this.membershipRecords.has(key))
				this.membershipRecords.set(key, { actorId: actor.id, networkId, since, until });
			actor.commit();
		}
	}

	/**
	 * An "Accordi" row: an Accordo di Programma with its signatories and adherents as lists, or one
	 * party per row with its role ("firmatario" / "aderente"; public bodies sign when it is blank).
	 */
	private readAgreement(scope: RowScope) {
		const f = AGREEMENT_FIELDS;
		const title = scope.read(f.title);
		const ambitoName = scope.read(f.ambito);
		const start = scope.read(f.start);
		const end = scope.read(f.end);
		this.checkDateRange(scope, start, end, 'end');
		const signatoryNames = scope.read(f.signatories) ?? [];
		const adherentNames = scope.read(f.adherents) ?? [];
		const party = scope.read(f.party);
		const partyKind = scope.read(f.memberKind, 'warning');
		const seatIstat = this.comune(scope, 'actorComune', null, 'warning');
		const partyRole = scope.read(f.partyRole);
		const ambitoId = ambitoName ? (this.ambitoIds(scope, 'ambito', [ambitoName])[0] ?? null) : null;
		if (!title || scope.hasError) return;
		const refs = (fieldId: string, names: string[]) =>
			this.splitKnownNames(names).map((n) => this.actorRef(scope, fieldId, n));
		const signatories = refs('signatories', signatoryNames);
		const adherents = refs('adherents', adherentNames);
		const partyRef = party
			? this.actorRef(scope, 'party', party, { seatIstat, kind: partyKind })
			: null;
		if (scope.hasError) return;
		if (partyRef) {
			const kind = this.actors.get(partyRef.id)?.kind ?? partyKind ?? 'altro';
			const signs =
				partyRole === 'signatory' || (partyRole === null && isPublicKind(kind as ActorKindId));
			(signs ? signatories : adherents).push(partyRef);
		}
		const existing = (this.context.existingAgreements ?? []).find(
			(a) => foldText(a.name) === foldText(title)
		);
		const id = existing?.id ?? agreementIdFor(title);
		const ids = (list: typeof signatories) =>
			list.filter((r): r is NonNullable<typeof r> => r !== null).map((r) => r.id);
		const record = this.agreementRecords.get(id);
		if (record) {
			record.ambitoId ??= ambitoId;
			record.start ??= start;
			record.end ??= end;
			record.signatoryActorIds = unique([...record.signatoryActorIds, ...ids(signatories)]);
			record.adherentActorIds = unique([...record.adherentActorIds, ...ids(adherents)]);
		} else {
			this.agreementRecords.set(id, {
				id,
				title,
				ambitoId,
				start,
				end,
				signatoryActorIds: unique(ids(signatories)),
				adherentActorIds: unique(ids(adherents)),
				fictional: false
			});
		}
		for (const r of [...signatories, ...adherents]) r?.commit();
	}

	private readActor(scope: RowScope) {
		const f = ACTOR_FIELDS;
		const name = scope.read(f.name);
		let kind = scope.read(f.kind);
		const taxCode = scope.read(f.taxCode);
		const seatIstat = this.comune(scope, 'seatComune', 'seatIstat', 'error');
		const ambiti = this.ambitoIds(scope, 'activeInAmbiti', scope.read(f.activeInAmbiti) ?? []);
		const tags = scope.read(f.tags) ?? [];
		const notes = scope.read(f.notes);
		const explicitId = scope.read(f.id);
		if (!name || scope.hasError) return;
		if (kind && TERRITORIAL_KIND_IDS.includes(kind)) {
			// Comuni, Ambiti, ATS… are loaded from official sources; a list of "enti" often includes
			// them, and that is fine: they are already in Trama.
			scope.report(
				'warning',
				'REFERENCE_DATA',
				'kind',
				scope.columnOf('kind'),
				t(
					`"${name}" è un ente territoriale (${kind}): è già in Trama come dato di riferimento, la riga non viene importata.`,
					`"${name}" is a territorial body (${kind}): it is already in Trama as reference data, the row is not imported.`
				)
			);
			return;
		}
		if (!kind) {
			kind = 'altro';
			if (this.columnsOf.has('kind')) {
				scope.report(
					'warning',
					'DEFAULT_USED',
					'kind',
					scope.columnOf('kind'),
					t(
						'Tipologia mancante: l’ente è importato come "Altro".',
						'Kind missing: the organisation is imported as "Other".'
					)
				);
			}
		}
		const id = explicitId ?? actorIdFor(name, seatIstat);
		const previous = this.actorRecords.get(id);
		if (previous) {
			scope.report(
				'warning',
				'DUPLICATE_IN_FILE',
				'name',
				scope.columnOf('name'),
				t(
					`"${name}" compare già in una riga precedente con lo stesso Comune: questa riga è ignorata.`,
					`"${name}" already appears in an earlier row with the same Comune: this row is ignored.`
				)
			);
			return;
		}
		if (taxCode) {
			const firstRow = this.taxCodeRows.get(taxCode);
			if (firstRow !== undefined) {
				scope.report(
					'warning',
					'DUPLICATE_IN_FILE',
					'taxCode',
					scope.columnOf('taxCode'),
					t(
						`Il codice fiscale ${taxCode} è già alla riga ${firstRow}: forse è lo stesso ente scritto in due modi. Verrà proposto di unirli.`,
						`Tax code ${taxCode} is already on row ${firstRow}: maybe the same organisation written two ways. Merging them will be proposed.`
					)
				);
			} else {
				this.taxCodeRows.set(taxCode, scope.row);
			}
		}
		const record: ActorRecord = {
			id,
			name,
			kind,
			taxCode,
			seatIstat,
			activeInAmbitoIds: ambiti,
			tags: unique(tags),
			notes,
			fictional: false
		};
		this.actorRecords.set(id, record);
		this.actors.add(record);
		if (this.existingActorIds.has(id)) this.matchedActors.add(id);
	}

	private readPartnership(scope: RowScope) {
		const f = PARTNERSHIP_FIELDS;
		const projectTitle = scope.read(f.project);
		const actorName = scope.read(f.actor);
		// The partner's tax code, Comune and kind only help find or create it: bad ones are warnings.
		const taxCode = scope.read(f.actorTaxCode, 'warning');
		const seatIstat = this.comune(scope, 'actorComune', null, 'warning');
		const actorKind = scope.read(f.actorKind, 'warning');
		let role: RoleId | null = scope.read(f.role);
		const capofila = scope.read(f.capofila);
		const since = scope.read(f.since);
		const until = scope.read(f.until);
		this.checkDateRange(scope, since, until);
		if (capofila === true) {
			if (role && role !== 'capofila') {
				scope.report(
					'warning',
					'CONFLICT',
					'capofila',
					scope.columnOf('capofila'),
					t(
						`La colonna Capofila dice "sì" ma il ruolo è "${role}": vale capofila.`,
						`The Capofila column says "yes" but the role is "${role}": capofila is used.`
					)
				);
			}
			role = 'capofila';
		}
		const commitment = this.readCommitment(scope);
		const notes = scope.read(f.notes);
		if (!projectTitle || !actorName || scope.hasError) return;
		const project = this.projectRef(scope, 'project', projectTitle);
		const actor = this.actorRef(scope, 'actor', actorName, { taxCode, seatIstat, kind: actorKind });
		if (!project || !actor || scope.hasError) return;
		role ??= 'partner';
		if (
			this.isRepeat(scope, JSON.stringify([project.id, actor.id, role, since, until, commitment]))
		)
			return;

		const kindOfActor = this.actors.get(actor.id)?.kind ?? actorKind ?? 'altro';
		const commitments = commitment ? [this.finishCommitment(commitment, kindOfActor)] : [];
		const id = partnershipIdFor(project.id, actor.id);
		const previous = this.partnershipRecords.get(id);
		if (previous) {
			// Several rows for one partner: one per resource it commits.
			if (previous.role !== role) {
				scope.report(
					'warning',
					'CONFLICT',
					'role',
					scope.columnOf('role') ?? scope.columnOf('capofila'),
					t(
						`Per "${actorName}" in "${projectTitle}" una riga precedente indica il ruolo "${previous.role}": resta quello.`,
						`An earlier row gives "${actorName}" the role "${previous.role}" in "${projectTitle}": that one is kept.`
					)
				);
			}
			previous.since ??= since;
			previous.until ??= until;
			previous.commitments.push(...commitments);
			// The export repeats a partner's note on each of its resource rows: kept once.
			if (notes && !(previous.notes ?? '').split('\n').includes(notes))
				previous.notes = previous.notes ? `${previous.notes}\n${notes}` : notes;
		} else {
			if (role === 'capofila') {
				const other = this.capofilaByProject.get(project.id);
				if (other && other !== actor.id) {
					scope.report(
						'warning',
						'CONFLICT',
						'role',
						scope.columnOf('role') ?? scope.columnOf('capofila'),
						t(
							`Il progetto "${projectTitle}" ha già un capofila ("${this.actors.get(other)?.name ?? other}"): controlla i ruoli.`,
							`Project "${projectTitle}" already has a lead partner ("${this.actors.get(other)?.name ?? other}"): check the roles.`
						)
					);
				} else {
					this.capofilaByProject.set(project.id, actor.id);
				}
			}
			this.partnershipRecords.set(id, {
				id,
				actorId: actor.id,
				projectId: project.id,
				role,
				since,
				until,
				...(notes ? { notes } : {}),
				commitments
			});
		}
		project.commit();
		actor.commit();
	}

	/** The commitment a partnership row declares, if it declares one. */
	private readCommitment(scope: RowScope) {
		const f = PARTNERSHIP_FIELDS;
		const declared = [
			'commitmentType',
			'amount',
			'valueEur',
			'fundingSource',
			'beyondFunding',
			'commitmentDescription'
		].some((id) => scope.rawOf(id) !== null);
		if (!declared) return null;
		const type: CommitmentTypeId = scope.read(f.commitmentType) ?? 'money';
		let amount = scope.read(f.amount);
		const valueEur = scope.read(f.valueEur);
		const source = scope.read(f.fundingSource);
		const beyondFunding = scope.read(f.beyondFunding) ?? false;
		const description = scope.read(f.commitmentDescription);
		const inEur = COMMITMENT_TYPE_BY_ID[type].unit === 'eur';
		if (amount === null && inEur && valueEur !== null) amount = valueEur;
		if (amount === null && !scope.hasError) {
			scope.report(
				'error',
				'REQUIRED',
				'amount',
				scope.columnOf('amount'),
				t(
					`La riga indica una risorsa ("${COMMITMENT_TYPE_BY_ID[type].label.it}") ma non la quantità: compila "Importo" (o "Ore", "Quantità").`,
					`The row declares a resource ("${COMMITMENT_TYPE_BY_ID[type].label.en}") but not how much: fill in "Importo" (amount).`
				)
			);
		}
		return { type, amount: amount ?? 0, valueEur, source, beyondFunding, description };
	}

	private finishCommitment(
		c: NonNullable<ReturnType<ImportBuilder['readCommitment']>>,
		kind: ActorKindId
	): CommitmentRecord {
		const sector = sectorOfKind(kind);
		// Without a "Fonte" column, public bodies commit public resources and everyone else private.
		const source =
			c.source ??
			(sector === 'public_institutional' || sector === 'socio_sanitary' ? 'public' : 'private');
		const inEur = COMMITMENT_TYPE_BY_ID[c.type].unit === 'eur';
		return {
			type: c.type,
			amount: c.amount,
			valueEur: c.valueEur ?? (inEur ? c.amount : null),
			source,
			beyondFunding: c.beyondFunding,
			description: c.description
		};
	}

	private readAction(scope: RowScope) {
		const f = ACTION_FIELDS;
		const projectTitle = scope.read(f.project);
		const title = scope.read(f.title);
		const description = scope.read(f.description);
		const responsibleNames = scope.read(f.responsible) ?? [];
		if (!projectTitle || !title || responsibleNames.length === 0 || scope.hasError) return;
		const project = this.projectRef(scope, 'project', projectTitle);
		if (!project) return;
		const responsible = this.splitKnownNames(responsibleNames)
			.map((name) => this.actorRef(scope, 'responsible', name))
			.filter((r): r is NonNullable<typeof r> => r !== null);
		if (scope.hasError) return;
		if (
			this.isRepeat(
				scope,
				JSON.stringify([project.id, foldText(title), description, responsible.map((r) => r.id)])
			)
		)
			return;

		const id = actionIdFor(project.id, title);
		const previous = this.actionRecords.get(id);
		if (previous) {
			// One row per responsible actor is a common layout: collect them on one action.
			previous.responsibleActorIds = unique([
				...previous.responsibleActorIds,
				...responsible.map((r) => r.id)
			]);
			if (description && previous.description && description !== previous.description) {
				scope.report(
					'warning',
					'CONFLICT',
					'description',
					scope.columnOf('description'),
					t(
						`L'azione "${title}" ha già una descrizione diversa in una riga precedente: resta quella.`,
						`Action "${title}" already has a different description in an earlier row: that one is kept.`
					)
				);
			}
			previous.description ??= description;
		} else {
			this.actionRecords.set(id, {
				id,
				projectId: project.id,
				title,
				description,
				responsibleActorIds: unique(responsible.map((r) => r.id))
			});
		}
		project.commit();
		for (const r of responsible) r.commit();
	}

	/**
	 * Commas are not list separators (they occur in names), but "Comune di Crema, Coop. Sole" is
	 * common: a part with commas is split only when every piece is a known actor.
	 */
	private splitKnownNames(names: string[]): string[] {
		return names.flatMap((name) => {
			if (!name.includes(',')) return [name];
			if (this.actors.resolve(name, null, null).status === 'found') return [name];
			const pieces = name
				.split(',')
				.map((p) => p.trim())
				.filter(Boolean);
			const allKnown = pieces.every((p) => this.actors.resolve(p, null, null).status === 'found');
			return allKnown ? pieces : [name];
		});
	}

	private readCollaboration(scope: RowScope) {
		const f = COLLABORATION_FIELDS;
		const nameA = scope.read(f.actorA);
		const nameB = scope.read(f.actorB);
		const since = scope.read(f.since);
		const until = scope.read(f.until);
		this.checkDateRange(scope, since, until);
		const strength = scope.read(f.strength);
		const trust = scope.read(f.trust);
		const value = scope.read(f.value);
		const source = scope.read(f.source) ?? this.context.collaborationSource ?? 'declared';
		if (!nameA || !nameB || scope.hasError) return;
		const a = this.actorRef(scope, 'actorA', nameA);
		const b = this.actorRef(scope, 'actorB', nameB);
		if (!a || !b) return;
		if (a.id === b.id) {
			scope.report(
				'error',
				'UNKNOWN_VALUE',
				'actorB',
				scope.columnOf('actorB'),
				t(
					`"${nameA}" e "${nameB}" sono lo stesso ente: una collaborazione lega due enti diversi.`,
					`"${nameA}" and "${nameB}" are the same organisation: a collaboration links two different ones.`
				)
			);
		}
		if (scope.hasError) return;
		const id = collaborationIdFor(a.id, b.id);
		const previous = this.collaborationRecords.get(id);
		if (previous) {
			scope.report(
				'warning',
				'DUPLICATE_IN_FILE',
				'actorB',
				scope.columnOf('actorB'),
				t(
					`La collaborazione tra "${nameA}" e "${nameB}" è già in una riga precedente: vale quella.`,
					`The collaboration between "${nameA}" and "${nameB}" is already in an earlier row: that one is kept.`
				)
			);
			return;
		}
		this.collaborationRecords.set(id, {
			id,
			actorAId: a.id,
			actorBId: b.id,
			since,
			until,
			strength,
			trust,
			value,
			source
		});
		a.commit();
		b.commit();
	}

	private readTerritory(scope: RowScope) {
		const f = TERRITORY_FIELDS;
		if (!scope.rawOf('comune') && !scope.rawOf('istat')) {
			scope.report(
				'error',
				'REQUIRED',
				'comune',
				scope.columnOf('comune') ?? scope.columnOf('istat'),
				t('Manca il Comune (nome o codice ISTAT).', 'The Comune (name or ISTAT code) is missing.')
			);
			return;
		}
		const istat = this.comune(
			scope,
			this.columnsOf.has('comune') ? 'comune' : null,
			this.columnsOf.has('istat') ? 'istat' : null,
			'error'
		);
		const ref = (
			fieldId: string,
			definition: FieldDefinition<string>,
			index: NamedIndex | null,
			what: LocalizedText,
			prefix: string
		) => {
			const raw = scope.read(definition);
			if (!raw) return null;
			// Without a list of Distretti, ids follow the seed's convention.
			if (!index) return `${prefix}-${slugify(raw)}`;
			return this.territoryRef(scope, fieldId, raw, index, what, 'error');
		};
		const link: TerritoryLink = {
			comuneIstat: istat ?? '',
			ambitoId: ref('ambito', f.ambito, this.ambiti, t('Ambito', 'Ambito'), 'ambito'),
			distrettoId: ref(
				'distretto',
				f.distretto,
				this.distretti,
				t('Distretto', 'District'),
				'distretto'
			),
			asstId: ref('asst', f.asst, this.asst, t('ASST', 'ASST'), 'asst'),
			atsId: ref('ats', f.ats, this.ats, t('ATS', 'ATS'), 'ats')
		};
		if (!istat || scope.hasError) return;
		const previous = this.territoryByIstat.get(istat);
		if (previous) {
			const same = JSON.stringify(previous) === JSON.stringify(link);
			scope.report(
				'warning',
				same ? 'DUPLICATE_IN_FILE' : 'CONFLICT',
				'comune',
				scope.columnOf('comune') ?? scope.columnOf('istat'),
				same
					? t(
							'Il Comune è già in una riga precedente: riga ignorata.',
							'The Comune is already in an earlier row: row ignored.'
						)
					: t(
							'Il Comune è già in una riga precedente con un’appartenenza diversa: vale la prima.',
							'The Comune is already in an earlier row with a different assignment: the first one is kept.'
						)
			);
			return;
		}
		// An Ambito lies in one ATS: a file saying otherwise has a slip somewhere.
		if (link.ambitoId && link.atsId) {
			const other = this.atsOfAmbito.get(link.ambitoId);
			if (!other) {
				this.atsOfAmbito.set(link.ambitoId, { atsId: link.atsId, comuneIstat: istat });
			} else if (other.atsId !== link.atsId) {
				scope.report(
					'warning',
					'CONFLICT',
					'ats',
					scope.columnOf('ats'),
					t(
						`L'Ambito è già assegnato a un'altra ATS (${this.ats.nameOf(other.atsId)}) alla riga del Comune ${other.comuneIstat}: controlla.`,
						`The Ambito is already assigned to another ATS (${this.ats.nameOf(other.atsId)}) on the row of Comune ${other.comuneIstat}: please check.`
					)
				);
			}
		}
		this.territoryByIstat.set(istat, link);
	}
}
