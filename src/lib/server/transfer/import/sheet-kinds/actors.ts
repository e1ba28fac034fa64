import {
	ORGANISATION_NAME,
	actorKindColumn,
	comuneColumn,
	field,
	istatColumn,
	notesColumn,
	taxCodeColumn
} from '../columns';
import { parseList, parseText } from '../values';
import { type ActorRecord, TERRITORIAL_KIND_IDS } from '../../../../domain/model';
import { actorIdFor } from '../ids';
import { unique } from '../name-index';
import type { ImportRun } from '../import-run';
import { t, type RowScope } from '../row-scope';
import type { SheetKindDefinition } from './kind';

const ACTOR_FIELDS = {
	// Only an explicit Trama id (e.g. from a Trama export): an office's own "ID" column is usually
	// a row number, which must not become an actor id.
	id: field({
		id: 'id',
		label: { it: 'Identificativo Trama', en: 'Trama id' },
		synonyms: ['Id Trama', 'Trama id'],
		parse: parseText
	}),
	name: field({
		id: 'name',
		label: { it: 'Denominazione', en: 'Name' },
		required: true,
		synonyms: ORGANISATION_NAME,
		parse: parseText
	}),
	kind: actorKindColumn('kind', { distinctive: true }),
	taxCode: taxCodeColumn('taxCode'),
	seatComune: comuneColumn('seatComune'),
	seatIstat: istatColumn('seatIstat', {
		label: { it: 'Codice ISTAT del Comune sede', en: 'ISTAT code of the seat' }
	}),
	activeInAmbiti: field({
		id: 'activeInAmbiti',
		label: { it: 'Ambiti in cui opera', en: 'Ambiti where it works' },
		synonyms: [
			'Ambiti',
			'Ambito',
			'Ambito territoriale',
			'Ambiti di attività',
			'Ambito di intervento',
			'Active in'
		],
		parse: parseList
	}),
	tags: field({
		id: 'tags',
		label: { it: 'Etichette', en: 'Tags' },
		synonyms: ['Tag', 'Tags', 'Etichette', 'Parole chiave', 'Keywords'],
		parse: parseList
	}),
	notes: notesColumn('notes')
} as const;

export const actorsSheet: SheetKindDefinition = {
	id: 'actors',
	label: { it: 'Enti (attori della rete)', en: 'Organisations (network actors)' },
	sheetNames: ['Enti', 'Attori', 'Soggetti', 'Anagrafica enti', 'Organisations'],
	fields: Object.values(ACTOR_FIELDS),
	requiredOneOf: [],
	creates: { actors: false, projects: false },
	defaultsForMissingColumns: (mapped) =>
		mapped.has('kind')
			? []
			: [
					{
						field: 'kind',
						message: t(
							'Non c’è una colonna "Tipologia": gli enti sono importati come "Altro"; indica la tipologia per valutare l’ampiezza dei partenariati.',
							'There is no "Tipologia" (kind) column: organisations are imported as "Other"; give the kind so partnership breadth can be judged.'
						)
					}
				],
	readRow: readActorRow
};

export function readActorRow(scope: RowScope, run: ImportRun): void {
	const row = scope.readAll(ACTOR_FIELDS);
	const { name, taxCode, notes, id: explicitId } = row;
	let kind = row.kind;
	const seatIstat = run.places.comune(scope, 'seatComune', 'seatIstat', 'error');
	const ambiti = run.places.ambitoIds(scope, 'activeInAmbiti', row.activeInAmbiti ?? []);
	const tags = row.tags ?? [];
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
		if (run.columnsOf.has('kind')) {
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
	const previous = run.actorRecords.get(id);
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
		const firstRow = run.taxCodeRows.get(taxCode);
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
			run.taxCodeRows.set(taxCode, scope.row);
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
	run.actorRecords.set(id, record);
	run.actors.add(record);
	if (run.existingActorIds.has(id)) run.matchedActors.add(id);
}
