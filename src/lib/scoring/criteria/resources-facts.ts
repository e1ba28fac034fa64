import { FUNDER_BY_ID, resourceOrigin, type ResourceOriginId } from '../../domain';
import { partnershipView } from '../partnership';
import type { PartnershipSnapshot } from '../types';

/** What the commitments say, read once per snapshot: values where known, presence always. */
export interface CommitmentFacts {
	/** Valued EUR per entity (partners' commitments; funders' and non-partners' excluded). */
	valuedByEntity: Map<string, number>;
	/** Entities (not funders) with at least one commitment, valued or not. */
	committingEntities: number;
	/** Partners' commitments without a usable value. */
	unvalued: number;
	unvaluedNote: string;
	valuedTotal: number;
	valuedPublic: number;
	valuedPrivate: number;
	/** Origins present among partners' commitments, valued or not. */
	origins: Set<ResourceOriginId>;
	/** Commitments continuing after the funding period, valued or not. */
	beyondFunding: number;
}

const valueOf = (amount: number | null): number | null =>
	amount !== null && Number.isFinite(amount) && amount >= 0 ? amount : null;

const cache = new WeakMap<PartnershipSnapshot, CommitmentFacts>();

export function commitmentFacts(snapshot: PartnershipSnapshot): CommitmentFacts {
	const cached = cache.get(snapshot);
	if (cached) return cached;
	const view = partnershipView(snapshot);
	const facts: CommitmentFacts = {
		valuedByEntity: new Map(),
		committingEntities: 0,
		unvalued: 0,
		unvaluedNote: '',
		valuedTotal: 0,
		valuedPublic: 0,
		valuedPrivate: 0,
		origins: new Set(),
		beyondFunding: 0
	};
	const committing = new Set<string>();
	for (const c of snapshot.commitments) {
		const entity = view.byActor.get(c.actorId);
		// Commitments of actors outside the partnership are stale rows; the funder's money is the grant.
		if (!entity || entity.engagement === 'funder') continue;
		const kind = entity.members.find((m) => m.actorId === c.actorId)?.kind ?? null;
		facts.origins.add(resourceOrigin(c.source, kind));
		if (c.beyondFunding) facts.beyondFunding += 1;
		committing.add(entity.key);
		const value = valueOf(c.amountEur);
		if (value === null) {
			facts.unvalued += 1;
			continue;
		}
		if (entity)
			facts.valuedByEntity.set(entity.key, (facts.valuedByEntity.get(entity.key) ?? 0) + value);
		facts.valuedTotal += value;
		if (c.source === 'public') facts.valuedPublic += value;
		else facts.valuedPrivate += value;
	}
	facts.committingEntities = committing.size;
	facts.unvaluedNote = `${facts.unvalued} impegni presenti ma non valorizzati in euro / ${facts.unvalued} commitments present but not valued in EUR`;
	cache.set(snapshot, facts);
	return facts;
}

/** The grant, awarded if known, else requested; null when not recorded. */
export function grantOf(snapshot: PartnershipSnapshot): number | null {
	const value = snapshot.project.grantAwardedEur ?? snapshot.project.grantRequestedEur ?? null;
	return value !== null && Number.isFinite(value) && value >= 0 ? value : null;
}

export function budgetOf(snapshot: PartnershipSnapshot): number | null {
	const value = snapshot.project.budgetEur ?? null;
	return value !== null && Number.isFinite(value) && value > 0 ? value : null;
}

/** Whether the funder's money is public (true), private (false) or unknown (null). */
export function funderIsPublic(snapshot: PartnershipSnapshot): boolean | null {
	const funder = snapshot.project.funder;
	return funder ? (FUNDER_BY_ID[funder]?.public ?? null) : null;
}
