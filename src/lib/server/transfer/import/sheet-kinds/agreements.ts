import { MEMBER, actorKindColumn, ambitoColumn, comuneColumn, field } from '../columns';
import { PROJECT_PERIOD } from './projects';
import { type Parsed, fail, ok } from '../problems';
import { parseList, parseText } from '../values';
import { type ActorKindId, isPublicKind } from '../../../../domain/actor-kinds';
import { foldText } from '../../../../text';
import { agreementIdFor } from '../ids';
import { unique } from '../name-index';
import type { ImportRun } from '../import-run';
import type { RowScope } from '../row-scope';
import type { SheetKindDefinition } from './kind';

/**
 * "Accordi": one row per Accordo di Programma with its signatories and adherents as lists (as the
 * export writes it), or one row per party with its role in the agreement.
 */
const AGREEMENT_FIELDS = {
	title: field({
		id: 'title',
		label: { it: 'Accordo di Programma', en: 'Programme agreement' },
		required: true,
		synonyms: ['Accordo', 'Accordo di Programma', 'Titolo', 'Titolo accordo', 'Agreement'],
		distinctive: true,
		parse: parseText
	}),
	ambito: ambitoColumn('ambito'),
	...PROJECT_PERIOD,
	signatories: field({
		id: 'signatories',
		label: { it: 'Firmatari', en: 'Signatories' },
		synonyms: ['Firmatari', 'Enti firmatari', 'Sottoscrittori', 'Signatories'],
		distinctive: true,
		parse: parseList
	}),
	adherents: field({
		id: 'adherents',
		label: { it: 'Aderenti', en: 'Adherents' },
		synonyms: ['Aderenti', 'Enti aderenti', 'Adherents'],
		parse: parseList
	}),
	party: field({
		id: 'party',
		label: { it: 'Ente', en: 'Organisation' },
		synonyms: MEMBER,
		parse: parseText
	}),
	memberKind: actorKindColumn('memberKind', {
		label: { it: 'Tipologia del membro', en: 'Member kind' }
	}),
	actorComune: comuneColumn('actorComune', {
		label: { it: 'Comune sede dell’ente', en: 'Organisation seat municipality' }
	}),
	partyRole: field({
		id: 'partyRole',
		label: { it: 'Ruolo nell’accordo', en: 'Role in the agreement' },
		synonyms: ['Ruolo', 'Ruolo nell accordo', 'Firmatario / aderente', 'Role'],
		parse: parseAgreementRole
	})
} as const;

/** "firmatario", "sottoscrittore" → signatory; "aderente" → adherent. */
export function parseAgreementRole(raw: string): Parsed<'signatory' | 'adherent'> {
	const f = foldText(raw);
	if (/^(firmatari[oa]?|sottoscrittore|sottoscrittrice|signatory|ente firmatario)$/.test(f))
		return ok('signatory');
	if (/^(aderente|aderenti|adesione|adherent|ente aderente)$/.test(f)) return ok('adherent');
	return fail(
		'UNKNOWN_VALUE',
		`Ruolo nell'accordo "${raw}" sconosciuto: usa "firmatario" o "aderente".`,
		`Unknown role in the agreement "${raw}": use "firmatario" (signatory) or "aderente" (adherent).`
	);
}

export const agreementsSheet: SheetKindDefinition = {
	id: 'agreements',
	label: { it: 'Accordi di Programma', en: 'Programme agreements (Accordi di Programma)' },
	sheetNames: ['Accordi', 'Accordo di Programma', 'Accordi di Programma', 'Agreements'],
	fields: Object.values(AGREEMENT_FIELDS),
	requiredOneOf: [],
	creates: { actors: true, projects: false },
	readRow: readAgreementRow
};

/**
 * An "Accordi" row: an Accordo di Programma with its signatories and adherents as lists, or one
 * party per row with its role ("firmatario" / "aderente"; public bodies sign when it is blank).
 */
export function readAgreementRow(scope: RowScope, run: ImportRun): void {
	const row = scope.readAll(AGREEMENT_FIELDS, ['memberKind']);
	const { title, ambito: ambitoName, start, end, party, memberKind: partyKind, partyRole } = row;
	run.checkDateRange(scope, start, end, 'end');
	const signatoryNames = row.signatories ?? [];
	const adherentNames = row.adherents ?? [];
	const seatIstat = run.places.comune(scope, 'actorComune', null, 'warning');
	const ambitoId = ambitoName
		? (run.places.ambitoIds(scope, 'ambito', [ambitoName])[0] ?? null)
		: null;
	if (!title || scope.hasError) return;
	const refs = (fieldId: string, names: string[]) =>
		run.splitKnownNames(names).map((n) => run.actorRef(scope, fieldId, n));
	const signatories = refs('signatories', signatoryNames);
	const adherents = refs('adherents', adherentNames);
	const partyRef = party
		? run.actorRef(scope, 'party', party, { seatIstat, kind: partyKind })
		: null;
	if (scope.hasError) return;
	if (partyRef) {
		const kind = run.actors.get(partyRef.id)?.kind ?? partyKind ?? 'altro';
		const signs =
			partyRole === 'signatory' || (partyRole === null && isPublicKind(kind as ActorKindId));
		(signs ? signatories : adherents).push(partyRef);
	}
	const existing = (run.context.existingAgreements ?? []).find(
		(a) => foldText(a.name) === foldText(title)
	);
	const id = existing?.id ?? agreementIdFor(title);
	const ids = (list: typeof signatories) =>
		list.filter((r): r is NonNullable<typeof r> => r !== null).map((r) => r.id);
	const record = run.agreementRecords.get(id);
	if (record) {
		record.ambitoId ??= ambitoId;
		record.start ??= start;
		record.end ??= end;
		record.signatoryActorIds = unique([...record.signatoryActorIds, ...ids(signatories)]);
		record.adherentActorIds = unique([...record.adherentActorIds, ...ids(adherents)]);
	} else {
		run.agreementRecords.set(id, {
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
