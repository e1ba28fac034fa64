import type { CommitmentRecord } from '../../../../domain/model';
import { COMMITMENT_FIELDS, finishCommitment, readCommitment } from './commitments';
import { PARTNERSHIP_FIELDS } from './partnerships';
import type { ImportRun } from '../import-run';
import { t, type RowScope } from '../row-scope';
import type { SheetKindDefinition } from './kind';

/** "Risorse": one row per resource a partner commits, for a partner listed in "Partner". */
const { project, actor, actorTaxCode, actorComune, notes } = PARTNERSHIP_FIELDS;
const PARTNER_FIELDS = { project, actor, actorTaxCode, actorComune } as const;
const RESOURCE_FIELDS = { ...PARTNER_FIELDS, ...COMMITMENT_FIELDS, notes } as const;

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
	const row = scope.readAll(PARTNER_FIELDS, ['actorTaxCode']);
	const { project: projectTitle, actor: actorName, actorTaxCode: taxCode } = row;
	const seatIstat = run.places.comune(scope, 'actorComune', null, 'warning');
	const commitment = readCommitment(scope);
	const notes = scope.read(RESOURCE_FIELDS.notes);
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
	if (!project) return;
	const actor = run.actorRef(scope, 'actor', actorName, {
		taxCode,
		seatIstat,
		unknown: () => unknownPartner(run, project.id, actorName, projectTitle)
	});
	if (!actor || scope.hasError) return;
	const partnership = run.partnershipOf(project.id, actor.id);
	if (!partnership) {
		const message = unknownPartner(run, project.id, actorName, projectTitle);
		scope.report('error', 'UNKNOWN_PARTNER', 'actor', scope.columnOf('actor'), message);
		return;
	}
	if (run.isRepeat(scope, JSON.stringify(['resource', partnership.id, commitment, notes]))) return;
	const kind = run.actors.get(actor.id)?.kind ?? 'altro';
	const resource = commitment ? finishCommitment(commitment, kind) : null;
	if (resource && run.isStoredPartnership(partnership)) {
		project.commit();
		actor.commit();
		// Importing the same sheet again adds nothing to what Trama already holds.
		if (partnership.commitments.some((c) => sameResource(c, resource))) {
			scope.report(
				'warning',
				'DUPLICATE_IN_FILE',
				'commitmentType',
				scope.columnOf('commitmentType'),
				t(
					`Questa risorsa di "${actorName}" è già registrata in Trama per "${projectTitle}": riga ignorata.`,
					`This resource of "${actorName}" is already recorded in Trama for "${projectTitle}": row ignored.`
				)
			);
			return;
		}
	}
	if (resource) partnership.commitments.push(resource);
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

/** Not a partner of the project (in this file or in Trama): the nearest partner's name, if any. */
function unknownPartner(run: ImportRun, projectId: string, name: string, projectTitle: string) {
	const hint = run.nearestPartner(projectId, name);
	return t(
		`"${name}" non è tra i partner di "${projectTitle}" (né in questo file né in Trama).${hint ? ` Forse cercavi "${hint}"?` : ''} Correggi il nome o aggiungilo nel foglio dei partner con il suo ruolo.`,
		`"${name}" is not among the partners of "${projectTitle}" (neither in this file nor in Trama).${hint ? ` Did you mean "${hint}"?` : ''} Fix the name or add it in the partner sheet with its role.`
	);
}

function sameResource(a: CommitmentRecord, b: CommitmentRecord): boolean {
	return (
		a.type === b.type &&
		a.amount === b.amount &&
		a.valueEur === b.valueEur &&
		a.source === b.source &&
		(a.description ?? null) === (b.description ?? null)
	);
}
