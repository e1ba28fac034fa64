import { type CollaborationSourceId } from '../../../../domain/collaboration';
import { field, periodEndColumn, periodStartColumn } from '../columns';
import { parseLongText, parseScale, parseText, resolveCollaborationSource } from '../values';
import { collaborationIdFor } from '../ids';
import type { ImportRun } from '../import-run';
import { t, type RowScope } from '../row-scope';
import type { SheetKindDefinition } from './kind';

const COLLABORATION_FIELDS = {
	actorA: field({
		id: 'actorA',
		label: { it: 'Ente A', en: 'Actor A' },
		required: true,
		synonyms: [
			'Ente A',
			'Soggetto A',
			'Attore A',
			'Organizzazione A',
			'Ente',
			'Actor A',
			'Organisation A'
		],
		distinctive: true,
		parse: parseText
	}),
	actorB: field({
		id: 'actorB',
		label: { it: 'Ente B', en: 'Actor B' },
		required: true,
		synonyms: [
			'Ente B',
			'Soggetto B',
			'Attore B',
			'Organizzazione B',
			'Collabora con',
			'Con',
			'Partner',
			'Actor B',
			'Organisation B',
			'With'
		],
		distinctive: true,
		parse: parseText
	}),
	since: periodStartColumn('since', { synonyms: ['Da quando', 'Anno inizio', 'Collaborano dal'] }),
	until: periodEndColumn('until'),
	strength: field<number>({
		id: 'strength',
		label: { it: 'Intensità (1-5)', en: 'Strength (1-5)' },
		synonyms: [
			'Intensità',
			'Intensità collaborazione',
			'Forza',
			'Forza del legame',
			'Frequenza',
			'Strength',
			'Intensity'
		],
		distinctive: true,
		parse: parseScale
	}),
	trust: field<number>({
		id: 'trust',
		label: { it: 'Fiducia (1-5)', en: 'Trust (1-5)' },
		synonyms: ['Fiducia', 'Livello di fiducia', 'Grado di fiducia', 'Trust'],
		distinctive: true,
		parse: parseScale
	}),
	value: field({
		id: 'value',
		label: { it: 'Valore della collaborazione', en: 'Value of the collaboration' },
		synonyms: [
			'Valore',
			'Valore aggiunto',
			'Cosa porta',
			'Contenuto',
			'Oggetto collaborazione',
			'Value'
		],
		parse: parseLongText
	}),
	source: field<CollaborationSourceId>({
		id: 'source',
		label: { it: 'Fonte', en: 'Source' },
		synonyms: ['Fonte', 'Origine', 'Rilevazione', 'Source'],
		parse: resolveCollaborationSource
	})
} as const;

export const collaborationsSheet: SheetKindDefinition = {
	id: 'collaborations',
	label: { it: 'Collaborazioni tra enti', en: 'Collaborations between organisations' },
	sheetNames: ['Collaborazioni', 'Collaborations'],
	fields: Object.values(COLLABORATION_FIELDS),
	requiredOneOf: [],
	creates: { actors: true, projects: false },
	readRow: readCollaborationRow
};

export function readCollaborationRow(scope: RowScope, run: ImportRun): void {
	const row = scope.readAll(COLLABORATION_FIELDS);
	const { actorA: nameA, actorB: nameB, since, until, strength, trust, value } = row;
	run.checkDateRange(scope, since, until);
	const source = row.source ?? run.context.collaborationSource ?? 'declared';
	if (!nameA || !nameB || scope.hasError) return;
	const a = run.actorRef(scope, 'actorA', nameA);
	const b = run.actorRef(scope, 'actorB', nameB);
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
	const previous = run.collaborationRecords.get(id);
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
	run.collaborationRecords.set(id, {
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
