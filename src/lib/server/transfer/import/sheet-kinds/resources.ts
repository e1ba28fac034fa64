import { COMMITMENT_FIELDS, finishCommitment, readCommitment } from './commitments';
import { PARTNERSHIP_FIELDS } from './partnerships';
import { partnershipIdFor } from '../ids';
import type { ImportRun } from '../import-run';
import { t, type RowScope } from '../row-scope';
import type { SheetKindDefinition } from './kind';

/** "Risorse": one row per resource a partner commits, for a partner listed in "Partner". */
const { project, actor, actorTaxCode, actorComune, notes } = PARTNERSHIP_FIELDS;
const RESOURCE_FIELDS = {
	project,
	actor,
	actorTaxCode,
	actorComune,
	...COMMITMENT_FIELDS,
	notes
} as const;

export const resourcesSheet: SheetKindDefinition = {
	id: 'resources',
	label: {
		it: 'Risorse messe a disposizione dai partner',
		en: 'Resources the partners commit'
	},
	sheetNames: ['Risorse', 'Cofinanziamento', 'Cofinanziamenti', 'Resources'],
	fields: Object.values(RESOURCE_FIELDS),
	requiredOneOf: [],
	creates: { actors: false, projects: false },
	// Its columns are a partner sheet's without the role: "Partner" is the safer guess.
	byNameOnly: true,
	readRow: readResourceRow
};

/** A "Risorse" row: one more resource of a partner the "Partner" sheet lists. */
export function readResourceRow(scope: RowScope, run: ImportRun): void {
	const f = RESOURCE_FIELDS;
	const projectTitle = scope.read(f.project);
	const actorName = scope.read(f.actor);
	const taxCode = scope.read(f.actorTaxCode, 'warning');
	const seatIstat = run.places.comune(scope, 'actorComune', null, 'warning');
	const commitment = readCommitment(scope);
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
	const project = run.projectRef(scope, 'project', projectTitle);
	const actor = run.actorRef(scope, 'actor', actorName, { taxCode, seatIstat });
	if (!project || !actor || scope.hasError) return;
	const partnership = run.partnershipRecords.get(partnershipIdFor(project.id, actor.id));
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
	if (run.isRepeat(scope, JSON.stringify(['resource', partnership.id, commitment, notes]))) return;
	const kind = run.actors.get(actor.id)?.kind ?? 'altro';
	if (commitment) partnership.commitments.push(finishCommitment(commitment, kind));
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
