import { COMMITMENT_FIELDS, finishCommitment, readCommitment } from './commitments';
import {
	ORGANISATION_NAME,
	actorKindColumn,
	comuneColumn,
	field,
	notesColumn,
	periodEndColumn,
	periodStartColumn,
	projectColumn,
	taxCodeColumn
} from '../columns';
import { parseText, parseYesNo, resolveRole } from '../values';
import { type RoleId } from '../../../../domain/roles';
import { partnershipIdFor } from '../ids';
import type { ImportRun } from '../import-run';
import { t, type RowScope } from '../row-scope';
import type { SheetKindDefinition } from './kind';

/** Who takes part in which project, and how: the row's own fields, before its resource. */
const PARTNER_FIELDS = {
	project: projectColumn('project', { required: true, distinctive: true }),
	actor: field({
		id: 'actor',
		label: { it: 'Ente partner', en: 'Partner organisation' },
		required: true,
		synonyms: [...ORGANISATION_NAME, 'Partner', 'Ente partner', 'Soggetto partner', 'Partner name'],
		parse: parseText
	}),
	actorTaxCode: taxCodeColumn('actorTaxCode', {
		label: { it: 'Codice fiscale dell’ente', en: 'Organisation tax code' }
	}),
	actorComune: comuneColumn('actorComune', {
		label: { it: 'Comune sede dell’ente', en: 'Organisation seat municipality' }
	}),
	actorKind: actorKindColumn('actorKind', {
		label: { it: 'Tipologia dell’ente', en: 'Organisation kind' }
	}),
	role: field<RoleId>({
		id: 'role',
		label: { it: 'Ruolo', en: 'Role' },
		synonyms: ['Ruolo', 'Ruolo nel partenariato', 'Ruolo nel progetto', 'Tipo partner', 'Role'],
		distinctive: true,
		parse: resolveRole
	}),
	capofila: field<boolean>({
		id: 'capofila',
		label: { it: 'Capofila (sì/no)', en: 'Lead partner (yes/no)' },
		synonyms: ['Capofila', 'Capofila (sì/no)', 'È capofila', 'Lead partner', 'Lead'],
		distinctive: true,
		parse: parseYesNo
	}),
	since: periodStartColumn('since'),
	until: periodEndColumn('until')
} as const;

export const PARTNERSHIP_FIELDS = {
	...PARTNER_FIELDS,
	...COMMITMENT_FIELDS,
	// "Note" / "Osservazioni" next to the resources is a remark on the partner, never a resource.
	notes: notesColumn('notes')
} as const;

export const partnershipsSheet: SheetKindDefinition = {
	id: 'partnerships',
	label: { it: 'Partenariati di progetto', en: 'Project partnerships' },
	sheetNames: ['Partner', 'Partenariato', 'Partenariati', 'Partners'],
	fields: Object.values(PARTNERSHIP_FIELDS),
	requiredOneOf: [],
	creates: { actors: true, projects: true },
	defaultsForMissingColumns: (mapped) =>
		mapped.has('role') || mapped.has('capofila')
			? []
			: [
					{
						field: 'role',
						message: t(
							'Non c’è una colonna "Ruolo" né "Capofila": tutti gli enti sono importati come "partner".',
							'There is no "Ruolo" (role) or "Capofila" column: every organisation is imported as "partner".'
						)
					}
				],
	readRow: readPartnershipRow
};

export function readPartnershipRow(scope: RowScope, run: ImportRun): void {
	// The partner's tax code, Comune and kind only help find or create it: bad ones are warnings.
	const row = scope.readAll(PARTNER_FIELDS, ['actorTaxCode', 'actorKind']);
	const { project: projectTitle, actor: actorName, actorTaxCode: taxCode, actorKind } = row;
	const { capofila, since, until } = row;
	let role: RoleId | null = row.role;
	const seatIstat = run.places.comune(scope, 'actorComune', null, 'warning');
	run.checkDateRange(scope, since, until);
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
	const commitment = readCommitment(scope);
	const notes = scope.read(PARTNERSHIP_FIELDS.notes);
	if (!projectTitle || !actorName || scope.hasError) return;
	const project = run.projectRef(scope, 'project', projectTitle);
	const actor = run.actorRef(scope, 'actor', actorName, { taxCode, seatIstat, kind: actorKind });
	if (!project || !actor || scope.hasError) return;
	role ??= 'partner';
	if (run.isRepeat(scope, JSON.stringify([project.id, actor.id, role, since, until, commitment])))
		return;

	const kindOfActor = run.actors.get(actor.id)?.kind ?? actorKind ?? 'altro';
	const commitments = commitment ? [finishCommitment(commitment, kindOfActor)] : [];
	const id = partnershipIdFor(project.id, actor.id);
	const previous = run.partnershipRecords.get(id);
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
			const other = run.capofilaByProject.get(project.id);
			if (other && other !== actor.id) {
				scope.report(
					'warning',
					'CONFLICT',
					'role',
					scope.columnOf('role') ?? scope.columnOf('capofila'),
					t(
						`Il progetto "${projectTitle}" ha già un capofila ("${run.actors.get(other)?.name ?? other}"): controlla i ruoli.`,
						`Project "${projectTitle}" already has a lead partner ("${run.actors.get(other)?.name ?? other}"): check the roles.`
					)
				);
			} else {
				run.capofilaByProject.set(project.id, actor.id);
			}
		}
		run.partnershipRecords.set(id, {
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
