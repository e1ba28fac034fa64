import { type ActorKindId, sectorOfKind } from '../../../../domain/actor-kinds';
import { COMMITMENT_TYPE_BY_ID, type CommitmentTypeId } from '../../../../domain/commitments';
import { type CommitmentRecord } from '../../../../domain/model';
import { type RoleId } from '../../../../domain/roles';
import { PARTNERSHIP_FIELDS } from '../columns';
import { partnershipIdFor } from '../ids';
import type { ImportRun } from '../import-run';
import { t, type RowScope } from '../row-scope';
import type { SheetKindDefinition } from './kind';

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
	const f = PARTNERSHIP_FIELDS;
	const projectTitle = scope.read(f.project);
	const actorName = scope.read(f.actor);
	// The partner's tax code, Comune and kind only help find or create it: bad ones are warnings.
	const taxCode = scope.read(f.actorTaxCode, 'warning');
	const seatIstat = run.places.comune(scope, 'actorComune', null, 'warning');
	const actorKind = scope.read(f.actorKind, 'warning');
	let role: RoleId | null = scope.read(f.role);
	const capofila = scope.read(f.capofila);
	const since = scope.read(f.since);
	const until = scope.read(f.until);
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
	const notes = scope.read(f.notes);
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

/** The commitment a partnership row declares, if it declares one. */
export function readCommitment(scope: RowScope) {
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

export function finishCommitment(
	c: NonNullable<ReturnType<typeof readCommitment>>,
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
