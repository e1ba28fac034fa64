import {
	ACTOR_KIND_BY_ID,
	COLLABORATION_SOURCE_BY_ID,
	COMMITMENT_TYPE_BY_ID,
	COMMITMENT_UNITS,
	FUNDING_SOURCES,
	POLICY_AREA_BY_ID,
	PROJECT_STATUS_LABELS,
	ROLE_BY_ID,
	SECTOR_BY_ID,
	sectorOfKind,
	type CommitmentRecord
} from '../../../domain';
import { commitmentValueEur, LIST_SEPARATOR, yesNo } from './labels';
import type { ExportInput } from './types';

/**
 * The document as tables, one per entity: the common ground of the CSV and XLSX exports, so both
 * carry the same sheets, headers and rows. Cells are typed (numbers stay numbers) and each format
 * writes them its own way (decimal comma in CSV, numeric cells in XLSX).
 *
 * Headers are Italian, the words the import side matches on; vocabulary values are written as
 * their Italian labels ("Cooperativa sociale di tipo A", "Capofila", "Ore di personale"), booleans
 * as "Sì"/"No", lists joined with "; ", dates as ISO YYYY-MM-DD. Ids travel alongside names so a
 * re-import links the same records even when a name was edited in the spreadsheet.
 *
 * Where the brief lists a table's headers, they come first and in that order; columns that carry
 * the rest of the record (e.g. the Ambiti an actor works in, a collaboration's id) follow them.
 */
export const TABLE_HEADERS = {
	attori: [
		'ID',
		'Denominazione',
		'Tipologia',
		'Settore',
		'Codice fiscale',
		'Comune sede',
		'Codice ISTAT',
		'Tag',
		'Note',
		'Fittizio',
		'Ambiti di attività',
		'ID ambiti di attività'
	],
	bandi: ['ID', 'Titolo', 'Ente emittente', 'Anno', 'Fittizio'],
	progetti: [
		'ID',
		'Titolo',
		'Bando',
		'ID bando',
		'Stato',
		'Dal',
		'Al',
		'Triennio',
		'Aree di policy',
		'Budget (EUR)',
		'Comuni destinatari',
		'Codici ISTAT destinatari',
		'Ambiti destinatari',
		'ID ambiti destinatari',
		'Fittizio',
		'Ente finanziatore'
	],
	azioni: [
		'ID',
		'Progetto',
		'ID progetto',
		'Azione',
		'Descrizione',
		'Enti responsabili',
		'ID enti responsabili'
	],
	partenariati: [
		'ID',
		'Progetto',
		'ID progetto',
		'Ente',
		'ID ente',
		'Ruolo',
		'Dal',
		'Al',
		'Tipo risorsa',
		'Quantità',
		'Valore (EUR)',
		'Fonte',
		'Oltre il finanziamento',
		'Unità',
		'Descrizione risorsa',
		'Note'
	],
	reti: [
		'ID',
		'Denominazione',
		'Descrizione',
		'Ambito',
		'ID ambito',
		'Reti collegate',
		'ID reti collegate',
		'Fittizio'
	],
	appartenenze: ['Ente', 'ID ente', 'Rete', 'ID rete', 'Dal', 'Al'],
	accordi: [
		'ID',
		'Titolo',
		'Ambito',
		'ID ambito',
		'Dal',
		'Al',
		'Firmatari',
		'ID firmatari',
		'Aderenti',
		'ID aderenti',
		'Fittizio'
	],
	collaborazioni: [
		'Ente A',
		'ID ente A',
		'Ente B',
		'ID ente B',
		'Dal',
		'Al',
		'Intensità',
		'Fiducia',
		'Valore',
		'Fonte',
		'ID'
	]
} as const satisfies Record<string, readonly string[]>;

export type TableName = keyof typeof TABLE_HEADERS;
export type Cell = string | number | null;

export interface Table {
	name: TableName;
	headers: readonly string[];
	rows: Cell[][];
}

const UNIT_LABEL = Object.fromEntries(COMMITMENT_UNITS.map((u) => [u.id, u.label.it]));
const FUNDING_SOURCE_LABEL = Object.fromEntries(FUNDING_SOURCES.map((s) => [s.id, s.label.it]));

const list = (values: readonly string[]): Cell =>
	values.length ? values.join(LIST_SEPARATOR) : null;

export function buildTables(input: ExportInput): Table[] {
	const { document: doc, territory } = input;
	const nameOf = (records: ReadonlyArray<{ id: string; name?: string; title?: string }>) => {
		const names = new Map(records.map((r) => [r.id, r.name ?? r.title ?? '']));
		// An unknown id keeps its id column and an empty name: the import reports it, we don't hide it.
		return (id: string | null): Cell => (id === null ? null : (names.get(id) ?? null));
	};
	// Comuni, Ambiti, ATS, ASST… are actors too (reference data, not in the document): a partner,
	// signatory or member that is one is named from the territory, as the import finds it again.
	const actorName = nameOf([
		...doc.actors,
		...territory.nodes.map((n) => ({
			id: n.id,
			name: n.kind === 'comune' ? `Comune di ${n.name}` : n.name
		}))
	]);
	const projectName = nameOf(doc.projects);
	const networkName = nameOf(doc.networks);
	const callName = nameOf(doc.calls);
	const territoryName = nameOf(territory.nodes);
	const comuneName = new Map(
		territory.nodes.filter((t) => t.kind === 'comune' && t.istat).map((t) => [t.istat!, t.name])
	);
	// A reference is two columns: the name people read and the id the import finds it again by.
	type Lookup = (id: string | null) => Cell;
	const ref = (id: string | null, lookup: Lookup): Cell[] => [lookup(id), id];
	const refs = (ids: readonly string[], lookup: Lookup): Cell[] => [
		list(ids.map((id) => String(lookup(id) ?? ''))),
		list(ids)
	];

	const attori = doc.actors.map((a): Cell[] => {
		const sector = sectorOfKind(a.kind);
		return [
			a.id,
			a.name,
			ACTOR_KIND_BY_ID[a.kind].label.it,
			sector === null ? null : SECTOR_BY_ID[sector].label.it,
			a.taxCode,
			a.seatIstat ? (comuneName.get(a.seatIstat) ?? null) : null,
			a.seatIstat,
			list(a.tags),
			a.notes,
			yesNo(a.fictional),
			...refs(a.activeInAmbitoIds, territoryName)
		];
	});

	const bandi = doc.calls.map((c): Cell[] => [c.id, c.title, c.issuer, c.year, yesNo(c.fictional)]);

	const progetti = doc.projects.map((p): Cell[] => [
		p.id,
		p.title,
		...ref(p.callId, callName),
		PROJECT_STATUS_LABELS[p.status].it,
		p.start,
		p.end,
		p.triennio,
		list(p.policyAreas.map((area) => POLICY_AREA_BY_ID[area].label.it)),
		p.budgetEur,
		list(p.targetComuniIstat.map((istat) => comuneName.get(istat) ?? '')),
		list(p.targetComuniIstat),
		...refs(p.targetAmbitoIds, territoryName),
		yesNo(p.fictional),
		p.callId ? (doc.calls.find((c) => c.id === p.callId)?.issuer ?? null) : null
	]);

	const azioni = doc.actions.map((a): Cell[] => [
		a.id,
		...ref(a.projectId, projectName),
		a.title,
		a.description,
		...refs(a.responsibleActorIds, actorName)
	]);

	// One row per commitment, the partnership's columns repeated: every amount gets its own typed
	// cell that a pivot table can sum. A partnership without commitments still gets one row (with
	// empty resource columns) so that no partner disappears. "ID" is the partnership's id, so the
	// rows of one partnership share it.
	const partenariati = doc.partnerships.flatMap((p): Cell[][] => {
		const head: Cell[] = [
			p.id,
			...ref(p.projectId, projectName),
			...ref(p.actorId, actorName),
			ROLE_BY_ID[p.role].label.it,
			p.since,
			p.until
		];
		const notes = p.notes ?? null;
		if (p.commitments.length === 0)
			return [[...head, null, null, null, null, null, null, null, notes]];
		return p.commitments.map((c) => [...head, ...commitmentCells(c), notes]);
	});

	const reti = doc.networks.map((n): Cell[] => [
		n.id,
		n.name,
		n.description,
		...ref(n.ambitoId, territoryName),
		...refs(n.linkedNetworkIds, networkName),
		yesNo(n.fictional)
	]);

	const appartenenze = doc.memberships.map((m): Cell[] => [
		...ref(m.actorId, actorName),
		...ref(m.networkId, networkName),
		m.since,
		m.until
	]);

	const accordi = doc.agreements.map((a): Cell[] => [
		a.id,
		a.title,
		...ref(a.ambitoId, territoryName),
		a.start,
		a.end,
		...refs(a.signatoryActorIds, actorName),
		...refs(a.adherentActorIds, actorName),
		yesNo(a.fictional)
	]);

	const collaborazioni = doc.collaborations.map((c): Cell[] => [
		...ref(c.actorAId, actorName),
		...ref(c.actorBId, actorName),
		c.since,
		c.until,
		c.strength,
		c.trust,
		c.value,
		COLLABORATION_SOURCE_BY_ID[c.source].label.it,
		c.id
	]);

	const rows: Record<TableName, Cell[][]> = {
		attori,
		bandi,
		progetti,
		azioni,
		partenariati,
		reti,
		appartenenze,
		accordi,
		collaborazioni
	};
	return (Object.keys(TABLE_HEADERS) as TableName[]).map((name) => ({
		name,
		headers: TABLE_HEADERS[name],
		rows: rows[name]
	}));
}

function commitmentCells(c: CommitmentRecord): Cell[] {
	const type = COMMITMENT_TYPE_BY_ID[c.type];
	return [
		type.label.it,
		c.amount,
		commitmentValueEur(c),
		FUNDING_SOURCE_LABEL[c.source] ?? c.source,
		yesNo(c.beyondFunding),
		UNIT_LABEL[type.unit] ?? type.unit,
		c.description
	];
}
