import { ROLES, type RoleId } from '../domain';
import type { Partner, PartnershipSnapshot } from './types';

const ROLE_RANK: Record<RoleId, number> = Object.fromEntries(
	ROLES.map((role, index) => [role.id, index])
) as Record<RoleId, number>;

const SEP = '\u0000';

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A list from data that may carry null where a list is expected (Cypher turns `[] + null` into null). */
function list<T>(value: readonly T[] | null | undefined): T[] {
	return Array.isArray(value) ? value.filter((item) => item !== null && item !== undefined) : [];
}

function uniqueSorted(values: readonly string[] | null | undefined): string[] {
	return [...new Set(list(values))].sort(compareStrings);
}

/** A field as `Array.prototype.join` writes it into a key (null and undefined as ''). */
const asKeyField = (value: unknown): string => (value == null ? '' : String(value));

/**
 * Sort by a key covering every field, so that equal keys mean equal items. `lead` is the key's
 * first field as `join` writes it: two leads that differ before either ends order the two keys as
 * the keys themselves would, so a key is built only when leads are equal or one is a prefix of the
 * other. A regional ranking sorts ~900,000 candidates, nearly all told apart by their id alone.
 */
function sortedBy<T>(
	items: readonly T[],
	fullKey: (item: T) => string,
	lead: (item: T) => string = () => ''
): T[] {
	const leads = items.map(lead);
	const keys: (string | undefined)[] = [];
	const keyOf = (i: number) => (keys[i] ??= fullKey(items[i]!));
	// Positions are sorted, not items: the comparator then reads arrays, not each list's own fields.
	return items
		.map((_, i) => i)
		.sort((i, j) => {
			const x = leads[i]!;
			const y = leads[j]!;
			if (x !== y && (x.length === y.length || (!x.startsWith(y) && !y.startsWith(x))))
				return x < y ? -1 : 1;
			return compareStrings(keyOf(i), keyOf(j));
		})
		.map((i) => items[i]!);
}

/** Keep the first item per identity key, after a total order: the choice never depends on input order. */
function firstPer<T>(sorted: readonly T[], identity: (item: T) => string): T[] {
	const seen = new Set<string>();
	return sorted.filter((item) => {
		const id = identity(item);
		if (seen.has(id)) return false;
		seen.add(id);
		return true;
	});
}

const amountKey = (value: number | null) =>
	value !== null && Number.isFinite(value) ? value.toFixed(6).padStart(24, '0') : String(value);

/** Optional lists are copied only when present, so that old snapshots keep their canonical form. */
function optionalSorted<T>(
	value: readonly T[] | null | undefined,
	map: (item: T) => T,
	key: (item: T) => string
): { present: boolean; items: T[] } {
	if (value === undefined) return { present: false, items: [] };
	return { present: true, items: sortedBy(list(value).map(map), key) };
}

/**
 * The same snapshot in a canonical order, with duplicates merged and null lists read as empty: the
 * result of scoring must not depend on the order the database returned rows in, down to
 * floating-point sums and to which of two conflicting duplicate rows is kept. A partner listed twice
 * keeps its most engaged role, the union of its Ambiti and ATS and of its declared members.
 */
export function canonicalSnapshot(snapshot: PartnershipSnapshot): PartnershipSnapshot {
	const partnerRows = sortedBy(
		list(snapshot.partners),
		(p) =>
			[p.actorId, ROLE_RANK[p.role] ?? ROLES.length, p.kind, p.seatComune ?? '', p.name].join(SEP),
		(p) => asKeyField(p.actorId)
	);
	const partners = firstPer(partnerRows, (p) => p.actorId).map((p): Partner => {
		const rows = partnerRows.filter((row) => row.actorId === p.actorId);
		const merged: Partner = {
			...p,
			ambitoIds: uniqueSorted(rows.flatMap((row) => list(row.ambitoIds))),
			atsIds: uniqueSorted(rows.flatMap((row) => list(row.atsIds)))
		};
		const legal = rows.map((row) => row.legalEntityId).find((id) => id != null);
		if (legal !== undefined) merged.legalEntityId = legal;
		if (rows.some((row) => row.declaredMembers !== undefined)) {
			const counts = new Map<string, number>();
			for (const member of rows.flatMap((row) => list(row.declaredMembers))) {
				const count = Number.isFinite(member.count) ? Math.max(0, member.count) : 0;
				counts.set(member.kind, Math.max(counts.get(member.kind) ?? 0, count));
			}
			merged.declaredMembers = [...counts.entries()]
				.sort(([a], [b]) => compareStrings(a, b))
				.map(([kind, count]) => ({ kind: kind as Partner['kind'], count }));
		}
		return merged;
	});

	const territory = snapshot.territory ?? { comuni: [] };
	const comuni = firstPer(
		sortedBy(
			list(territory.comuni),
			(c) => [c.istat, c.name, c.population ?? '', c.ambitoId ?? '', c.atsId ?? ''].join(SEP),
			(c) => asKeyField(c.istat)
		),
		(c) => c.istat
	);
	const ambiti =
		territory.ambiti === undefined
			? undefined
			: firstPer(
					sortedBy(list(territory.ambiti), (a) => [a.id, a.atsId ?? '', a.name].join(SEP)),
					(a) => a.id
				);

	const externalTies = firstPer(
		sortedBy(
			list(snapshot.externalTies),
			(t) => [t.partnerId, t.otherActorId, t.otherKind, t.since ?? '', t.until ?? ''].join(SEP),
			(t) => asKeyField(t.partnerId)
		),
		(t) => t.partnerId + SEP + t.otherActorId
	);

	const candidates = firstPer(
		sortedBy(
			list(snapshot.candidates),
			(c) => [c.actorId, c.kind, c.seatComune ?? '', c.name].join(SEP),
			(c) => asKeyField(c.actorId)
		),
		(c) => c.actorId
	);

	const networks = firstPer(
		sortedBy(
			list(snapshot.networks).map((n) => {
				const network = { ...n, memberActorIds: uniqueSorted(n.memberActorIds) };
				if (n.memberships !== undefined) {
					network.memberships = sortedBy(list(n.memberships), (m) =>
						[m.actorId, m.since ?? '', m.until ?? ''].join(SEP)
					);
				}
				return network;
			}),
			(n) => [n.id, n.name, n.externalMemberCount, n.memberActorIds.join(',')].join(SEP),
			(n) => asKeyField(n.id)
		),
		(n) => n.id
	);

	const sharedHistory = optionalSorted(
		snapshot.sharedHistory,
		(h) => ({ ...h, actorIds: uniqueSorted(h.actorIds) }),
		(h) => [h.kind, h.since ?? '', h.until ?? '', h.actorIds.join(','), h.label ?? ''].join(SEP)
	);

	const result: PartnershipSnapshot = {
		project: { ...snapshot.project },
		partners,
		commitments: sortedBy(
			list(snapshot.commitments),
			(c) => [c.actorId, c.type, c.source, c.beyondFunding, amountKey(c.amountEur)].join(SEP),
			(c) => asKeyField(c.actorId)
		),
		actions: sortedBy(
			list(snapshot.actions).map((a) => {
				const action = { ...a, responsibleActorIds: uniqueSorted(a.responsibleActorIds) };
				if (a.phases !== undefined) action.phases = uniqueSorted(a.phases) as typeof a.phases;
				return action;
			}),
			(a) => [a.id, a.title, a.responsibleActorIds.join(','), (a.phases ?? []).join(',')].join(SEP),
			(a) => asKeyField(a.id)
		),
		territory: ambiti === undefined ? { comuni } : { comuni, ambiti },
		priorCollaborations: sortedBy(
			list(snapshot.priorCollaborations).map((c) =>
				c.a <= c.b ? { ...c } : { ...c, a: c.b, b: c.a }
			),
			(c) =>
				[c.a, c.b, c.since, c.until ?? '', c.source, c.strength ?? '', c.level ?? ''].join(SEP),
			(c) => asKeyField(c.a)
		),
		networks,
		externalTies,
		candidates
	};
	if (sharedHistory.present) result.sharedHistory = sharedHistory.items;
	return result;
}
