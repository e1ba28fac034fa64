import type { ActorPayload, NotePayload, RatingPayload, RelationPayload } from './payloads';
import type {
	RoomContributionFragment,
	RoomEventFragment,
	RoomParticipantFragment,
	RoomWorkshopFragment
} from '../graphql/graphql';
import { computeTowers, type Tower } from './towers';

/** The workshop as the pages hold it: filled by a query, kept current by live events (queries.ts). */
export type RoomContribution = RoomContributionFragment;
export type RoomParticipant = RoomParticipantFragment;
export type RoomWorkshop = RoomWorkshopFragment;
export interface Room {
	workshop: RoomWorkshop | null;
	contributions: RoomContribution[];
	participants: RoomParticipant[];
}
export type RoomEvent = RoomEventFragment;

/** A room before its first read. */
export const emptyRoom = (): Room => ({ workshop: null, contributions: [], participants: [] });

/** A new room with the event applied (contributions and participants upserted by id). */
export function applyEvent(room: Room, event: RoomEvent): Room {
	const next = { ...room };
	if (event.workshop) next.workshop = { ...event.workshop };
	if (event.participant) {
		const p = event.participant;
		next.participants = [...room.participants.filter((x) => x.id !== p.id), p].sort(
			(a, b) => a.joinedAt - b.joinedAt
		);
	}
	if (event.contribution) {
		const c = event.contribution;
		const i = room.contributions.findIndex((x) => x.id === c.id);
		next.contributions =
			i >= 0 ? room.contributions.map((x, j) => (j === i ? c : x)) : [...room.contributions, c];
	}
	return next;
}

export interface RoomActor {
	ref: string;
	id: string;
	name: string;
	kind: string | null;
	/** the Comune of its seat, once the facilitator set it */
	seatIstat?: string | null;
	existing: boolean;
	status: string;
	by: string;
}
export interface RoomRelation {
	id: string;
	a: string;
	b: string;
	label: string | null;
	status: string;
	existing: boolean;
	by: string;
}

const parse = <T>(json: string): T | null => {
	try {
		return JSON.parse(json) as T;
	} catch {
		return null;
	}
};

/** Actors still standing (not merged away, not rejected), by their reference (client id). */
export function roomActors(room: Room, includeDropped = false): RoomActor[] {
	return room.contributions
		.filter(
			(c) =>
				c.type === 'actor' && (includeDropped || (c.status !== 'merged' && c.status !== 'rejected'))
		)
		.map((c) => {
			const p = parse<ActorPayload>(c.payloadJson);
			return {
				ref: c.clientId,
				id: c.id,
				name: p?.name ?? '?',
				kind: p?.kind ?? null,
				seatIstat: p?.seatIstat ?? null,
				existing: Boolean(p?.existingActorId),
				status: c.status,
				by: c.participantName
			};
		});
}

/** Where an actor reference ends up after merges. */
export function resolveRef(room: Room, ref: string): string {
	const byClient = new Map(room.contributions.map((c) => [c.clientId, c]));
	let current = ref;
	for (let i = 0; i < 20; i++) {
		const c = byClient.get(current);
		if (c?.status === 'merged' && c.mergedInto) current = c.mergedInto;
		else break;
	}
	return current;
}

export function roomRelations(room: Room): RoomRelation[] {
	return room.contributions
		.filter((c) => c.type === 'relation' && c.status !== 'rejected')
		.map((c) => {
			const p = parse<RelationPayload>(c.payloadJson);
			return {
				id: c.id,
				a: resolveRef(room, p?.a ?? ''),
				b: resolveRef(room, p?.b ?? ''),
				label: p?.label ?? null,
				status: c.status,
				existing: Boolean(p?.existing),
				by: c.participantName
			};
		});
}

export function roomTowers(room: Room): Tower[] {
	return computeTowers(
		room.contributions
			.filter((c) => c.type === 'rating' && c.status !== 'rejected')
			.map((c) => {
				const p = parse<RatingPayload>(c.payloadJson);
				return {
					participantId: c.participantId ?? '',
					actor: resolveRef(room, p?.actor ?? ''),
					value: p?.value ?? 0,
					at: c.at
				};
			})
	);
}

export function roomNotes(room: Room): Array<NotePayload & { id: string; by: string }> {
	return room.contributions
		.filter((c) => c.type === 'note' && c.status !== 'rejected')
		.map((c) => ({
			...(parse<NotePayload>(c.payloadJson) ?? { kind: 'note', text: '', actor: null }),
			id: c.id,
			by: c.participantName
		}));
}

/** Accent- and case-insensitive match, for search-as-you-type against duplicates. */
export function fold(s: string): string {
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

export function matchActors(actors: readonly RoomActor[], query: string, limit = 8): RoomActor[] {
	const q = fold(query);
	if (!q) return [];
	const words = q.split(' ');
	return actors.filter((a) => words.every((w) => fold(a.name).includes(w))).slice(0, limit);
}

/**
 * The actors the room rates for influence: those the facilitator chose, or by default those this
 * workshop added and those of the map a participant's relation brought into the discussion, not
 * every organisation pre-loaded.
 */
export function ratableActors(room: Room): RoomActor[] {
	const chosen = room.workshop?.ratedActors;
	if (chosen) {
		const set = new Set(chosen);
		return roomActors(room).filter((a) => set.has(a.ref));
	}
	return defaultRatableActors(room);
}

/** The default choice: added here, or tied by a participant's new relation. */
export function defaultRatableActors(room: Room): RoomActor[] {
	const discussed = new Set(
		roomRelations(room)
			.filter((r) => !r.existing)
			.flatMap((r) => [r.a, r.b])
	);
	return roomActors(room).filter((a) => !a.existing || discussed.has(a.ref));
}

/** The actor standing in the room under the same name (accents, case and spacing aside). */
export function sameNameActor(actors: readonly RoomActor[], name: string): RoomActor | null {
	const key = fold(name);
	return (key && actors.find((a) => fold(a.name) === key)) || null;
}
