import type { ActorKindId } from '../../../domain/actor-kinds';
import type { ActorRecord, PartnershipRecord, TramaDocument } from '../../../domain/model';
import { foldText } from '../../../text';

/**
 * Possible duplicates among imported actors and between them and the actors already in Trama.
 * Nothing is merged here without a decision: the office confirms each pair, then
 * `applyMergeDecisions` rewrites the imported document accordingly.
 */

export interface ExistingActorSummary {
	id: string;
	name: string;
	kind: ActorKindId | string;
	taxCode: string | null;
	seatIstat: string | null;
}

export type DuplicateReason = 'same_tax_code' | 'same_name_same_comune';

export interface DuplicatePair {
	/** The imported actor. */
	incomingId: string;
	/** The actor it may duplicate: an existing one, or another actor of the same file. */
	otherId: string;
	otherIsExisting: boolean;
	/** The strongest reason; a shared tax code beats a shared name. */
	reason: DuplicateReason;
}

/**
 * Legal-form and status words that say what an organisation is, not which one it is: the same
 * cooperative appears as "Il Sole soc. coop. sociale onlus" and "Cooperativa sociale Il Sole".
 * Longest first, as folded phrases.
 */
const LEGAL_FORM_PHRASES = [
	'societa cooperativa sociale a responsabilita limitata',
	'societa cooperativa sociale',
	'societa cooperativa',
	'cooperativa sociale',
	'coop sociale',
	'soc coop sociale',
	'soc coop soc',
	'soc coop',
	'coop soc',
	'impresa sociale',
	'a responsabilita limitata',
	'organizzazione di volontariato',
	'associazione di promozione sociale',
	'ente del terzo settore',
	'ente filantropico',
	'cooperativa',
	'coop',
	'onlus',
	'o n l u s',
	'ets',
	'e t s',
	'aps',
	'a p s',
	'odv',
	'o d v',
	'srl',
	's r l',
	'srls',
	'spa',
	's p a',
	'snc',
	's n c',
	'sas',
	's a s',
	'scs',
	's c s',
	'scrl',
	's c r l',
	'arl',
	'a r l',
	'soc'
];

/** A name reduced to what tells organisations apart (folded, legal forms removed). */
export function normalizeActorName(name: string): string {
	let folded = ` ${foldText(name)} `;
	for (const phrase of LEGAL_FORM_PHRASES) {
		folded = folded.split(` ${phrase} `).join(' ');
	}
	const normalized = folded.replace(/\s+/g, ' ').trim();
	// A name made only of legal-form words ("Cooperativa sociale") is kept whole.
	return normalized || foldText(name);
}

interface Candidate {
	id: string;
	taxCode: string | null;
	seatIstat: string | null;
	nameKey: string;
	existing: boolean;
}

/**
 * Pairs of possible duplicates: same tax code, or same normalised name in the same Comune.
 * Covers incoming vs existing and incoming vs incoming (each pair once). An incoming actor with
 * the id of an existing one is the same actor re-imported, not a duplicate of itself.
 */
export function findPossibleDuplicates(
	incoming: readonly ActorRecord[],
	existing: readonly ExistingActorSummary[]
): DuplicatePair[] {
	const pairs: DuplicatePair[] = [];
	const seen = new Set<string>();
	const byTaxCode = new Map<string, Candidate[]>();
	const byNameSeat = new Map<string, Candidate[]>();
	const index = (candidate: Candidate) => {
		if (candidate.taxCode) push(byTaxCode, candidate.taxCode, candidate);
		if (candidate.seatIstat)
			push(byNameSeat, `${candidate.nameKey}|${candidate.seatIstat}`, candidate);
	};
	const toCandidate = (
		actor: Pick<ExistingActorSummary, 'id' | 'name' | 'taxCode' | 'seatIstat'>,
		isExisting: boolean
	): Candidate => ({
		id: actor.id,
		taxCode: actor.taxCode?.toUpperCase() ?? null,
		seatIstat: actor.seatIstat,
		nameKey: normalizeActorName(actor.name),
		existing: isExisting
	});

	for (const actor of existing) index(toCandidate(actor, true));
	for (const actor of incoming) {
		const candidate = toCandidate(actor, false);
		const matches: Array<[Candidate, DuplicateReason]> = [
			...(candidate.taxCode ? (byTaxCode.get(candidate.taxCode) ?? []) : []).map(
				(c) => [c, 'same_tax_code'] as [Candidate, DuplicateReason]
			),
			...(candidate.seatIstat
				? (byNameSeat.get(`${candidate.nameKey}|${candidate.seatIstat}`) ?? [])
				: []
			).map((c) => [c, 'same_name_same_comune'] as [Candidate, DuplicateReason])
		];
		for (const [other, reason] of matches) {
			if (other.id === candidate.id) continue;
			// Each pair once: by tax code (the stronger reason) if both apply, and not again when an
			// existing actor re-imported under its own id meets the same incoming duplicate.
			const key = [candidate.id, other.id].sort().join('\u0000');
			if (seen.has(key)) continue;
			seen.add(key);
			pairs.push({
				incomingId: candidate.id,
				otherId: other.id,
				otherIsExisting: other.existing,
				reason
			});
		}
		index(candidate);
	}
	return pairs;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

export interface MergeDecision {
	/** The imported actor that is a duplicate. */
	incomingId: string;
	/** The actor that stays: an existing one, or another actor of the document. */
	mergeIntoId: string;
}

/**
 * Applies confirmed merges to an imported document, without changing the input: the duplicate
 * actor is removed and every reference to it points to the actor it is merged into. When both are
 * in the document, missing fields of the kept actor are filled from the removed one. Merging into
 * an existing actor only drops the incoming record; updating the existing one is the caller's job.
 * Chains (a → b, b → c) are followed; a cycle is refused.
 */
export function applyMergeDecisions(
	document: TramaDocument,
	decisions: readonly MergeDecision[]
): TramaDocument {
	const target = new Map<string, string>();
	for (const { incomingId, mergeIntoId } of decisions) {
		if (incomingId !== mergeIntoId) target.set(incomingId, mergeIntoId);
	}
	const resolve = (id: string): string => {
		const visited = new Set<string>();
		let current = id;
		while (target.has(current)) {
			if (visited.has(current)) throw new Error(`Merge decisions form a cycle through ${id}`);
			visited.add(current);
			current = target.get(current)!;
		}
		return current;
	};

	// Fill the kept actors' gaps from the ones merged into them (document order decides ties).
	const kept = new Map<string, ActorRecord>();
	for (const actor of document.actors) {
		if (!target.has(actor.id)) kept.set(actor.id, structuredClone(actor));
	}
	for (const actor of document.actors) {
		if (!target.has(actor.id)) continue;
		const into = kept.get(resolve(actor.id));
		if (!into) continue;
		into.taxCode ??= actor.taxCode;
		into.seatIstat ??= actor.seatIstat;
		into.notes ??= actor.notes;
		if (into.kind === 'altro') into.kind = actor.kind;
		into.activeInAmbitoIds = unique([...into.activeInAmbitoIds, ...actor.activeInAmbitoIds]);
		into.tags = unique([...into.tags, ...actor.tags]);
	}
	const ids = (list: readonly string[]) => unique(list.map(resolve));

	// Two partnerships of the same actor in the same project become one, commitments combined.
	const partnerships = new Map<string, PartnershipRecord>();
	for (const p of document.partnerships) {
		const rewritten = { ...structuredClone(p), actorId: resolve(p.actorId) };
		const key = `${rewritten.projectId}\u0000${rewritten.actorId}`;
		const previous = partnerships.get(key);
		if (previous) previous.commitments.push(...rewritten.commitments);
		else partnerships.set(key, rewritten);
	}

	const collaborations = new Map<string, TramaDocument['collaborations'][number]>();
	for (const c of document.collaborations) {
		const a = resolve(c.actorAId);
		const b = resolve(c.actorBId);
		if (a === b) continue; // merged into a collaboration of an actor with itself
		const key = [a, b].sort().join('\u0000');
		if (!collaborations.has(key)) collaborations.set(key, { ...c, actorAId: a, actorBId: b });
	}

	const memberships = new Map<string, TramaDocument['memberships'][number]>();
	for (const m of document.memberships) {
		const actorId = resolve(m.actorId);
		const key = `${actorId}\u0000${m.networkId}`;
		if (!memberships.has(key)) memberships.set(key, { ...m, actorId });
	}

	return {
		...document,
		actors: [...kept.values()],
		actions: document.actions.map((a) => ({
			...a,
			responsibleActorIds: ids(a.responsibleActorIds)
		})),
		partnerships: [...partnerships.values()],
		memberships: [...memberships.values()],
		agreements: document.agreements.map((a) => ({
			...a,
			signatoryActorIds: ids(a.signatoryActorIds),
			adherentActorIds: ids(a.adherentActorIds)
		})),
		collaborations: [...collaborations.values()]
	};
}

function unique<T>(values: readonly T[]): T[] {
	return [...new Set(values)];
}
