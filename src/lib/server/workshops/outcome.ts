import { createHash } from 'node:crypto';
import { isActorKindId, type ActorKindId } from '../../domain/actor-kinds';
import { emptyDocument, type TramaDocument } from '../../domain/model';
import type { ActorPayload, RelationPayload } from '../../workshops/payloads';
import { roomNotes, roomTowers, type Room } from '../../workshops/room';
import type { ContributionRecord, WorkshopRecord } from './workshop-queries';

/**
 * What a reviewed workshop leaves behind: the map's new actors and collaborations (a TramaDocument)
 * and the room's own record of them — influence towers, goals, notes — keyed by map ids.
 */

const shortHash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

/**
 * The map id an actor reference (a contribution's client id) ends up as: merged ones follow their
 * target, accepted ones are the existing actor or a new id derived from the workshop and client id
 * (the same review always gives the same ids); rejected or unknown ones give null.
 */
export function actorIdResolver(
	workshop: WorkshopRecord,
	contributions: readonly ContributionRecord[]
): (clientId: string) => string | null {
	const byClient = new Map(contributions.map((c) => [c.clientId, c]));
	const actorIds = new Map<string, string | null>();
	const resolve = (clientId: string, depth = 0): string | null => {
		if (actorIds.has(clientId)) return actorIds.get(clientId)!;
		const c = byClient.get(clientId);
		let id: string | null = null;
		if (c && c.type === 'actor' && depth < 20) {
			if (c.status === 'merged' && c.mergedInto) id = resolve(c.mergedInto, depth + 1);
			else if (c.status === 'accepted') {
				const p = JSON.parse(c.payloadJson) as ActorPayload;
				id = p.existingActorId ?? `actor-lab-${shortHash(`${workshop.id}:${c.clientId}`)}`;
			}
		}
		actorIds.set(clientId, id);
		return id;
	};
	return (clientId) => resolve(clientId);
}

/**
 * The reviewed result as a TramaDocument: accepted new actors (merged ones folded into their
 * target) and accepted relations between actors that survive.
 */
export function reviewedDocument(
	workshop: WorkshopRecord,
	contributions: readonly ContributionRecord[]
): TramaDocument {
	const doc = emptyDocument();
	const resolve = actorIdResolver(workshop, contributions);
	for (const c of contributions) {
		if (c.type !== 'actor' || c.status !== 'accepted') continue;
		const p = JSON.parse(c.payloadJson) as ActorPayload;
		if (p.existingActorId) continue;
		const kind: ActorKindId = p.kind && isActorKindId(p.kind) ? p.kind : 'altro';
		doc.actors.push({
			id: resolve(c.clientId)!,
			name: p.name,
			kind,
			taxCode: null,
			seatIstat: p.seatIstat ?? null,
			activeInAmbitoIds: [workshop.ambitoId],
			tags: ['laboratorio'],
			notes: `Aggiunto da ${c.participantName || 'facilitatore'}`,
			fictional: false
		});
	}
	const pairs = new Set<string>();
	for (const c of contributions) {
		if (c.type !== 'relation' || c.status !== 'accepted') continue;
		const p = JSON.parse(c.payloadJson) as RelationPayload;
		if (p.existing) continue;
		const a = resolve(p.a);
		const b = resolve(p.b);
		if (!a || !b || a === b) continue;
		const pair = [a, b].sort().join('~');
		if (pairs.has(pair)) continue;
		pairs.add(pair);
		doc.collaborations.push({
			id: `collab-lab-${shortHash(`${workshop.id}:${pair}`)}`,
			actorAId: a,
			actorBId: b,
			since: null,
			until: null,
			strength: p.strength,
			trust: null,
			value: p.label,
			source: 'workshop'
		});
	}
	return doc;
}

/** Where committed data came from: the workshop (name and code), how many took part, the day. */
export function provenance(
	workshop: WorkshopRecord,
	participants: number,
	at = Date.now()
): string {
	return `laboratorio ${workshop.name} (${workshop.code}), ${participants} partecipanti, ${new Date(at).toISOString().slice(0, 10)}`;
}

/** One map actor as the workshop saw it: added, tied by a new relation, and/or rated. */
export interface OutcomeActor {
	actorId: string;
	added: boolean;
	tied: boolean;
	/** The influence tower: mean of each participant's last rating (1–5), null when unrated. */
	influence: number | null;
	ratingCount: number;
	/** How many rated 1, 2, 3, 4, 5. */
	histogram: number[];
	disagreement: boolean;
}
export interface OutcomeNote {
	id: string;
	kind: 'goal' | 'note';
	text: string;
	by: string;
	at: number;
	actorId: string | null;
}
export interface WorkshopOutcome {
	actors: OutcomeActor[];
	notes: OutcomeNote[];
}

/** The room's contributions as the pages' Room (its towers and notes are computed one way). */
const roomOf = (contributions: readonly ContributionRecord[]): Room => ({
	workshop: null,
	participants: [],
	contributions: [...contributions]
});

/**
 * Towers, goals and notes keyed by map ids. Ratings and notes are not reviewed one by one: all but
 * rejected ones count; a rating of an actor that does not reach the map is dropped.
 */
export function workshopOutcome(
	workshop: WorkshopRecord,
	contributions: readonly ContributionRecord[],
	doc: TramaDocument = reviewedDocument(workshop, contributions)
): WorkshopOutcome {
	const resolve = actorIdResolver(workshop, contributions);
	const byId = new Map<string, OutcomeActor>();
	const entry = (actorId: string) => {
		let a = byId.get(actorId);
		if (!a) {
			a = {
				actorId,
				added: false,
				tied: false,
				influence: null,
				ratingCount: 0,
				histogram: [0, 0, 0, 0, 0],
				disagreement: false
			};
			byId.set(actorId, a);
		}
		return a;
	};
	for (const a of doc.actors) entry(a.id).added = true;
	for (const c of doc.collaborations) {
		entry(c.actorAId).tied = true;
		entry(c.actorBId).tied = true;
	}
	const room = roomOf(contributions);
	for (const t of roomTowers(room)) {
		const id = resolve(t.actor);
		if (!id) continue;
		Object.assign(entry(id), {
			influence: t.mean,
			ratingCount: t.count,
			histogram: [...t.histogram],
			disagreement: t.disagreement
		});
	}
	const notes = roomNotes(room)
		.filter((n) => n.text)
		.map((n) => {
			const c = contributions.find((x) => x.id === n.id)!;
			return {
				id: n.id,
				kind: n.kind,
				text: n.text,
				by: n.by,
				at: c.at,
				actorId: n.actor ? resolve(n.actor) : null
			};
		});
	return { actors: [...byId.values()], notes };
}

/** A pair the facilitator may merge before the commit: the source goes into the target. */
export interface DuplicateCandidate {
	sourceId: string;
	targetId: string;
	seatIstat: string;
}

/**
 * Near-duplicates among the actors standing in the room: the same Comune and the same name once
 * legal forms, case and accents are set aside (normalizeActorName), or one name's words all found
 * in the other's ("Caritas" and "Caritas Cremasca" in Crema). Same names in different Comuni are
 * different organisations. At least one of the two is new (two actors of the map are not merged
 * here); the target is the one on the map, else the earlier.
 */
export function duplicateCandidates(
	contributions: readonly ContributionRecord[],
	normalize: (name: string) => string
): DuplicateCandidate[] {
	const standing = contributions
		.filter((c) => c.type === 'actor' && (c.status === 'pending' || c.status === 'accepted'))
		.map((c) => {
			const p = JSON.parse(c.payloadJson) as ActorPayload;
			return { c, p, words: new Set(normalize(p.name).split(' ').filter(Boolean)) };
		})
		.filter((x) => x.p.seatIstat && x.words.size);
	const out: DuplicateCandidate[] = [];
	for (const [i, x] of standing.entries())
		for (const y of standing.slice(i + 1)) {
			if (x.p.seatIstat !== y.p.seatIstat) continue;
			if (x.p.existingActorId && y.p.existingActorId) continue;
			const [small, large] = x.words.size <= y.words.size ? [x, y] : [y, x];
			if (![...small.words].every((w) => large.words.has(w))) continue;
			const [target, source] =
				y.p.existingActorId || (!x.p.existingActorId && y.c.at < x.c.at) ? [y, x] : [x, y];
			out.push({ sourceId: source.c.id, targetId: target.c.id, seatIstat: x.p.seatIstat! });
		}
	return out;
}
