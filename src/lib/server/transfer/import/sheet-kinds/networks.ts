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
import { parseLongText, parseText } from '../values';
import { foldText } from '../../../../text';
import { networkIdFor } from '../ids';
import type { ImportRun } from '../import-run';
import type { RowScope } from '../row-scope';
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
	until: periodEndColumn('until')
} as const;

export const networksSheet: SheetKindDefinition = {
	id: 'networks',
	label: { it: 'Reti e loro membri', en: 'Networks and their members' },
	sheetNames: ['Reti', 'Rete', 'Appartenenze', 'Membri delle reti', 'Networks'],
	fields: Object.values(NETWORK_FIELDS),
	requiredOneOf: [],
	creates: { actors: true, projects: false },
	readRow: readNetworkRow
};

/** A "Reti" row: a network (created when new) and, when the row names one, a member. */
export function readNetworkRow(scope: RowScope, run: ImportRun): void {
	const f = NETWORK_FIELDS;
	const name = scope.read(f.network);
	const description = scope.read(f.description);
	const ambitoName = scope.read(f.ambito);
	const member = scope.read(f.member);
	const taxCode = scope.read(f.taxCode, 'warning');
	const seatIstat = run.places.comune(scope, 'actorComune', null, 'warning');
	const kind = scope.read(f.memberKind, 'warning');
	const since = scope.read(f.since);
	const until = scope.read(f.until);
	run.checkDateRange(scope, since, until);
	const ambitoId = ambitoName
		? (run.places.ambitoIds(scope, 'ambito', [ambitoName])[0] ?? null)
		: null;
	if (!name || scope.hasError) return;
	const existing = (run.context.existingNetworks ?? []).find(
		(n) => foldText(n.name) === foldText(name)
	);
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
	}
	if (actor) {
		const key = `${actor.id}|${networkId}`;
		if (!run.membershipRecords.has(key))
			run.membershipRecords.set(key, { actorId: actor.id, networkId, since, until });
		actor.commit();
	}
}
