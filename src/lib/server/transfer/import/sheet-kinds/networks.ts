import {
	MEMBER,
	actorKindColumn,
	ambitoColumn,
	comuneColumn,
	field,
	periodEndColumn,
	periodStartColumn,
	taxCodeColumn
} from '../columns';
import { parseList, parseLongText, parseText } from '../values';
import type { ImportProblem } from '../problems';
import { foldText } from '../../../../text';
import { networkIdFor } from '../ids';
import type { ImportRun } from '../import-run';
import { t, type RowScope } from '../row-scope';
import type { SheetKindDefinition } from './kind';

/** "Reti": one row per network, or one per member (the network's name repeated). */
const NETWORK_FIELDS = {
	network: field({
		id: 'network',
		label: { it: 'Rete', en: 'Network' },
		required: true,
		synonyms: ['Rete', 'Nome rete', 'Denominazione rete', 'Denominazione', 'Network'],
		distinctive: true,
		parse: parseText
	}),
	description: field({
		id: 'description',
		label: { it: 'Descrizione', en: 'Description' },
		synonyms: ['Descrizione', 'Tipo di rete', 'Description'],
		parse: parseLongText
	}),
	ambito: ambitoColumn('ambito', {
		label: { it: 'Ambito che la cura', en: 'Ambito that keeps it' }
	}),
	member: field({
		id: 'member',
		label: { it: 'Ente membro', en: 'Member organisation' },
		synonyms: MEMBER,
		parse: parseText
	}),
	taxCode: taxCodeColumn('taxCode'),
	actorComune: comuneColumn('actorComune', {
		label: { it: 'Comune sede dell’ente', en: 'Organisation seat municipality' }
	}),
	memberKind: actorKindColumn('memberKind', {
		label: { it: 'Tipologia del membro', en: 'Member kind' }
	}),
	since: periodStartColumn('since'),
	until: periodEndColumn('until'),
	linked: field({
		id: 'linked',
		label: { it: 'Reti collegate', en: 'Linked networks' },
		synonyms: ['Reti collegate', 'Collegata a', 'Collegamenti', 'Linked networks'],
		parse: parseList
	})
} as const;

export const networksSheet: SheetKindDefinition = {
	id: 'networks',
	label: { it: 'Reti e loro membri', en: 'Networks and their members' },
	sheetNames: ['Reti', 'Rete', 'Appartenenze', 'Membri delle reti', 'Networks'],
	fields: Object.values(NETWORK_FIELDS),
	requiredOneOf: [],
	creates: { actors: true, projects: false },
	readRow: readNetworkRow,
	afterRows: dropUnknownLinks
};

/** Links to networks named in a row, checked once the sheet is read (a link may point ahead). */
const pendingLinks = new WeakMap<
	ImportRun,
	Array<{ row: number; column: string | null; from: string; to: string; name: string }>
>();

/** A "Reti" row: a network (created when new) and, when the row names one, a member. */
export function readNetworkRow(scope: RowScope, run: ImportRun): void {
	const row = scope.readAll(NETWORK_FIELDS, ['taxCode', 'memberKind']);
	const { network: name, description, ambito: ambitoName, member, taxCode, since, until } = row;
	const kind = row.memberKind;
	const seatIstat = run.places.comune(scope, 'actorComune', null, 'warning');
	run.checkDateRange(scope, since, until);
	const linked = row.linked ?? [];
	const ambitoId = ambitoName
		? (run.places.ambitoIds(scope, 'ambito', [ambitoName])[0] ?? null)
		: null;
	if (!name || scope.hasError) return;
	const existing = existingNetwork(run, name);
	const networkId = existing?.id ?? networkIdFor(name);
	const actor = member ? run.actorRef(scope, 'member', member, { taxCode, seatIstat, kind }) : null;
	if (scope.hasError) return;
	// An existing network keeps what it has (description, links): the sheet adds members to it.
	if (!existing) {
		const record = run.networkRecords.get(networkId);
		if (record) {
			record.description ??= description;
			record.ambitoId ??= ambitoId;
		} else {
			run.networkRecords.set(networkId, {
				id: networkId,
				name,
				description,
				ambitoId,
				linkedNetworkIds: [],
				fictional: false
			});
		}
		const pending = pendingLinks.get(run) ?? [];
		pendingLinks.set(run, pending);
		for (const other of linked) {
			const to = networkIdOfName(run, other);
			if (to !== networkId)
				pending.push({
					row: scope.row,
					column: scope.columnOf('linked'),
					from: networkId,
					to,
					name: other
				});
		}
	}
	if (actor) {
		const key = `${actor.id}|${networkId}`;
		if (!run.membershipRecords.has(key))
			run.membershipRecords.set(key, { actorId: actor.id, networkId, since, until });
		actor.commit();
	}
}

const existingNetwork = (run: ImportRun, name: string) =>
	(run.context.existingNetworks ?? []).find((n) => foldText(n.name) === foldText(name));

const networkIdOfName = (run: ImportRun, name: string) =>
	existingNetwork(run, name)?.id ?? networkIdFor(name);

/** Links to networks neither in Trama nor in the sheet are left out, said on their row. */
function dropUnknownLinks(run: ImportRun): ImportProblem[] {
	const problems: ImportProblem[] = [];
	const known = new Set((run.context.existingNetworks ?? []).map((n) => n.id));
	for (const link of pendingLinks.get(run) ?? []) {
		const record = run.networkRecords.get(link.from)!;
		if (known.has(link.to) || run.networkRecords.has(link.to)) {
			if (!record.linkedNetworkIds.includes(link.to)) record.linkedNetworkIds.push(link.to);
			continue;
		}
		problems.push({
			row: link.row,
			column: link.column,
			field: 'linked',
			code: 'UNKNOWN_VALUE',
			severity: 'warning',
			message: t(
				`Rete collegata "${link.name}" non trovata né in Trama né nel foglio: il collegamento è ignorato.`,
				`Linked network "${link.name}" found neither in Trama nor in the sheet: the link is ignored.`
			)
		});
	}
	pendingLinks.delete(run);
	return problems;
}
