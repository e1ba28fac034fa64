import { ROLES, type RoleId } from '../domain';
import type { Partner, PartnershipSnapshot } from './types';

const ROLE_RANK: Record<RoleId, number> = Object.fromEntries(
	ROLES.map((role, index) => [role.id, index])
) as Record<RoleId, number>;

const SEP = '\u0000';

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function uniqueSorted(values: readonly string[]): string[] {
	return [...new Set(values)].sort(compareStrings);
}

/** Sort by a key covering every field, so that equal keys mean equal items. */
function sortedBy<T>(items: readonly T[], fullKey: (item: T) => string): T[] {
	return items
		.map((item) => ({ item, key: fullKey(item) }))
		.sort((a, b) => compareStrings(a.key, b.key))
		.map(({ item }) => item);
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

const amountKey = (value: number) =>
	Number.isFinite(value) ? value.toFixed(6).padStart(24, '0') : String(value);

/**
 * The same snapshot in a canonical order, with duplicates merged: the result of scoring must not
 * depend on the order the database returned rows in, down to floating-point sums and to which of
 * two conflicting duplicate rows is kept. A partner listed twice keeps its most engaged role and
 * the union of its Ambiti and ATS.
 */
export function canonicalSnapshot(snapshot: PartnershipSnapshot): PartnershipSnapshot {
	const partnerRows = sortedBy(snapshot.partners, (p) =>
		[p.actorId, ROLE_RANK[p.role], p.kind, p.seatComune ?? '', p.name].join(SEP)
	);
	const partners = firstPer(partnerRows, (p) => p.actorId).map((p): Partner => {
		const rows = partnerRows.filter((row) => row.actorId === p.actorId);
		return {
			...p,
			ambitoIds: uniqueSorted(rows.flatMap((row) => row.ambitoIds)),
			atsIds: uniqueSorted(rows.flatMap((row) => row.atsIds))
		};
	});

	const comuni = firstPer(
		sortedBy(snapshot.territory.comuni, (c) =>
			[c.istat, c.name, c.population ?? '', c.ambitoId ?? '', c.atsId ?? ''].join(SEP)
		),
		(c) => c.istat
	);

	const externalTies = firstPer(
		sortedBy(snapshot.externalTies, (t) => [t.partnerId, t.otherActorId, t.otherKind].join(SEP)),
		(t) => t.partnerId + SEP + t.otherActorId
	);

	const candidates = firstPer(
		sortedBy(snapshot.candidates ?? [], (c) =>
			[c.actorId, c.kind, c.seatComune ?? '', c.name].join(SEP)
		),
		(c) => c.actorId
	);

	const networks = firstPer(
		sortedBy(
			snapshot.networks.map((n) => ({ ...n, memberActorIds: uniqueSorted(n.memberActorIds) })),
			(n) => [n.id, n.name, n.externalMemberCount, n.memberActorIds.join(',')].join(SEP)
		),
		(n) => n.id
	);

	return {
		project: { ...snapshot.project },
		partners,
		commitments: sortedBy(snapshot.commitments, (c) =>
			[c.actorId, c.type, c.source, c.beyondFunding, amountKey(c.amountEur)].join(SEP)
		),
		actions: sortedBy(
			snapshot.actions.map((a) => ({
				...a,
				responsibleActorIds: uniqueSorted(a.responsibleActorIds)
			})),
			(a) => [a.id, a.title, a.responsibleActorIds.join(',')].join(SEP)
		),
		territory: { comuni },
		priorCollaborations: sortedBy(
			snapshot.priorCollaborations.map((c) => (c.a <= c.b ? { ...c } : { ...c, a: c.b, b: c.a })),
			(c) => [c.a, c.b, c.since, c.until ?? '', c.source, c.strength ?? ''].join(SEP)
		),
		networks,
		externalTies,
		candidates
	};
}
