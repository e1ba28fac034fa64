import { COLLABORATION_FIELDS } from '../columns';
import { collaborationIdFor } from '../ids';
import type { ImportRun } from '../import-run';
import { t, type RowScope } from '../row-scope';
import type { SheetKindDefinition } from './kind';

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
	const f = COLLABORATION_FIELDS;
	const nameA = scope.read(f.actorA);
	const nameB = scope.read(f.actorB);
	const since = scope.read(f.since);
	const until = scope.read(f.until);
	run.checkDateRange(scope, since, until);
	const strength = scope.read(f.strength);
	const trust = scope.read(f.trust);
	const value = scope.read(f.value);
	const source = scope.read(f.source) ?? run.context.collaborationSource ?? 'declared';
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
