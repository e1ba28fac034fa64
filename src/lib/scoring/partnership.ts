import { ROLE_BY_ID, type ActorKindId, type EngagementLevel } from '../domain';
import type { Partner, PartnershipSnapshot } from './types';

/**
 * The partnership as the criteria read it: partners grouped by legal entity (a Comune and the Ambito
 * it leads, an ASST and its Distretti and Case di Comunità count once), each entity with how engaged
 * it is by role and by what it does.
 */
export interface Entity {
	/** The legal entity's id: `legalEntityId` of its members, or the partner's own id. */
	key: string;
	name: string;
	members: Partner[];
	engagement: EngagementLevel;
	/** Lead or operating: the partnership's core. */
	core: boolean;
	/** Responsible for at least one action. */
	hasAction: boolean;
	/** Commits resources (valued or not). */
	hasCommitment: boolean;
	/** Declared composition of members that joined as a whole, merged per kind. */
	declaredMembers: ReadonlyMap<ActorKindId, number>;
}

export interface PartnershipView {
	/** Every entity, ordered by key. */
	entities: Entity[];
	core: Entity[];
	byActor: ReadonlyMap<string, Entity>;
}

const LEVEL_RANK: Record<EngagementLevel, number> = {
	lead: 0,
	operating: 1,
	signing: 2,
	funder: 3
};

export const isCoreLevel = (level: EngagementLevel) => level === 'lead' || level === 'operating';

/**
 * What a partner's role says, corrected by what it does: an adherent or supporter responsible for
 * an action or committing resources is operating; a funder becomes operating only by an action (its
 * money is the grant).
 */
export function partnerEngagement(
	partner: Pick<Partner, 'role'>,
	hasAction: boolean,
	hasCommitment: boolean
): EngagementLevel {
	const byRole = ROLE_BY_ID[partner.role]?.engagement ?? 'signing';
	if (isCoreLevel(byRole)) return byRole;
	if (hasAction) return 'operating';
	if (byRole === 'signing' && hasCommitment) return 'operating';
	return byRole;
}

/** Follow legalEntityId through the partners (a Casa di Comunità → its Distretto → its ASST). */
function legalKeys(partners: readonly Partner[]): Map<string, string> {
	const parent = new Map(partners.map((p) => [p.actorId, p.legalEntityId ?? null]));
	const keys = new Map<string, string>();
	for (const p of partners) {
		let key = p.actorId;
		const seen = new Set([key]);
		let next = parent.get(key) ?? null;
		while (next !== null && !seen.has(next)) {
			key = next;
			seen.add(key);
			next = parent.get(key) ?? null;
		}
		keys.set(p.actorId, key);
	}
	return keys;
}

const cache = new WeakMap<PartnershipSnapshot, PartnershipView>();

/** The view of a (canonical) snapshot; computed once per snapshot object. */
export function partnershipView(snapshot: PartnershipSnapshot): PartnershipView {
	const cached = cache.get(snapshot);
	if (cached) return cached;

	const withAction = new Set(snapshot.actions.flatMap((a) => a.responsibleActorIds));
	const withCommitment = new Set(snapshot.commitments.map((c) => c.actorId));
	const keys = legalKeys(snapshot.partners);
	const groups = new Map<string, Partner[]>();
	for (const partner of snapshot.partners) {
		const key = keys.get(partner.actorId) ?? partner.actorId;
		groups.set(key, [...(groups.get(key) ?? []), partner]);
	}

	const entities: Entity[] = [...groups.entries()]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([key, members]) => {
			const levels = members.map((m) =>
				partnerEngagement(m, withAction.has(m.actorId), withCommitment.has(m.actorId))
			);
			const engagement = levels.reduce((best, level) =>
				LEVEL_RANK[level] < LEVEL_RANK[best] ? level : best
			);
			const declared = new Map<ActorKindId, number>();
			for (const member of members.flatMap((m) => m.declaredMembers ?? [])) {
				const count = Number.isFinite(member.count) ? Math.max(0, member.count) : 0;
				declared.set(member.kind, (declared.get(member.kind) ?? 0) + count);
			}
			const main = members.find((m) => m.actorId === key) ?? members[0]!;
			return {
				key,
				name: main.name,
				members,
				engagement,
				core: isCoreLevel(engagement),
				hasAction: members.some((m) => withAction.has(m.actorId)),
				hasCommitment: members.some((m) => withCommitment.has(m.actorId)),
				declaredMembers: declared
			};
		});

	const byActor = new Map<string, Entity>();
	for (const entity of entities) for (const m of entity.members) byActor.set(m.actorId, entity);
	const view = { entities, core: entities.filter((e) => e.core), byActor };
	cache.set(snapshot, view);
	return view;
}

/** Whether an entity acts in the project: responsible for an action or committing resources. */
export const acts = (entity: Entity) => entity.hasAction || entity.hasCommitment;

/**
 * Signers count for `signerWeight` (≤ 1/3) of the gap between the core alone and everyone: the
 * subscore is (1 − s)·f(core) + s·f(all). For a measure that grows with each partner and grows less
 * the more partners there are (a count with diminishing returns, a share of territory covered,
 * distinct sectors), a signer then adds at most s times what an operating partner of the same kind
 * would add.
 */
export function withSigners(
	view: PartnershipView,
	signerWeight: number,
	measure: (entities: readonly Entity[]) => number
): number {
	const core = measure(view.core);
	if (view.core.length === view.entities.length) return core;
	return (1 - signerWeight) * core + signerWeight * measure(view.entities);
}

export function describeEntity(entity: Entity): string {
	return entity.members.length > 1
		? `${entity.name} (${entity.members
				.filter((m) => m.name !== entity.name)
				.map((m) => m.name)
				.join(', ')})`
		: entity.name;
}
