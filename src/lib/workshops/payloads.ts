/**
 * What each kind of workshop contribution carries (shared by the pages and the server). Actors are
 * referred to by the client id of the contribution that added them, so an edit made offline can
 * point at an actor that is not acknowledged yet.
 */
export interface ActorPayload {
	name: string;
	kind: string | null;
	/** Set when the actor is already on the map (seeded, or picked from the search). */
	existingActorId: string | null;
	/**
	 * The Comune of its seat (ISTAT): given by the participant, set by the facilitator when
	 * classifying, or from the map. Same-name actors with different seats are kept apart.
	 */
	seatIstat?: string | null;
}
export interface RelationPayload {
	a: string;
	b: string;
	label: string | null;
	/** 1–5 */
	strength: number | null;
	/** True for a collaboration already on the map (seeded). */
	existing?: boolean;
}
export interface RatingPayload {
	actor: string;
	/** 1–5 */
	value: number;
}
export interface NotePayload {
	kind: 'goal' | 'note';
	text: string;
	/** Optionally about one actor. */
	actor: string | null;
}
export interface PayloadByType {
	actor: ActorPayload;
	relation: RelationPayload;
	rating: RatingPayload;
	note: NotePayload;
}
export type ContributionKind = keyof PayloadByType;

const text = (v: unknown, max: number): string | null =>
	typeof v === 'string' && v.trim() && v.trim().length <= max ? v.trim() : null;
const optText = (v: unknown, max: number): string | null =>
	v == null || v === '' ? null : text(v, max);
const rating = (v: unknown): number | null =>
	typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5 ? v : null;
const istat = (v: unknown): string | null =>
	typeof v === 'string' && /^\d{6}$/.test(v.trim()) ? v.trim() : null;
const ref = (v: unknown): string | null =>
	typeof v === 'string' && /^[A-Za-z0-9:_.-]{1,200}$/.test(v) ? v : null;

/** The payload checked and normalised, or an error message (bilingual). */
export function parsePayload<K extends ContributionKind>(
	type: K,
	json: string
): { ok: true; value: PayloadByType[K] } | { ok: false; error: string } {
	let raw: Record<string, unknown>;
	try {
		const parsed: unknown = JSON.parse(json);
		if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error();
		raw = parsed as Record<string, unknown>;
	} catch {
		return { ok: false, error: 'Contenuto non valido / invalid payload' };
	}
	const fail = (what: string) => ({ ok: false as const, error: `${what} non valido / invalid` });
	switch (type) {
		case 'actor': {
			const name = text(raw.name, 200);
			if (!name) return fail('Nome / name');
			const seatGiven = raw.seatIstat != null && raw.seatIstat !== '';
			const seatIstat = seatGiven ? istat(raw.seatIstat) : null;
			if (seatGiven && !seatIstat) return fail('Comune / seatIstat');
			const value: ActorPayload = {
				name,
				kind: optText(raw.kind, 60),
				existingActorId: optText(raw.existingActorId, 200),
				...(seatIstat ? { seatIstat } : {})
			};
			return { ok: true, value: value as PayloadByType[K] };
		}
		case 'relation': {
			const a = ref(raw.a);
			const b = ref(raw.b);
			if (!a || !b || a === b) return fail('Relazione / relation');
			const strength = raw.strength == null ? null : rating(raw.strength);
			if (raw.strength != null && strength === null) return fail('Intensità / strength');
			const value: RelationPayload = {
				a,
				b,
				label: optText(raw.label, 200),
				strength,
				...(raw.existing === true ? { existing: true } : {})
			};
			return { ok: true, value: value as PayloadByType[K] };
		}
		case 'rating': {
			const actor = ref(raw.actor);
			const v = rating(raw.value);
			if (!actor || v === null) return fail('Valutazione / rating');
			return { ok: true, value: { actor, value: v } as PayloadByType[K] };
		}
		case 'note': {
			const t = text(raw.text, 2000);
			if (!t) return fail('Nota / note');
			const value: NotePayload = {
				kind: raw.kind === 'goal' ? 'goal' : 'note',
				text: t,
				actor: raw.actor == null ? null : ref(raw.actor)
			};
			return { ok: true, value: value as PayloadByType[K] };
		}
	}
	return fail('Tipo / type');
}

/** Actors referred to by a contribution (to check they exist in the workshop). */
export function referencedActors(type: ContributionKind, payload: unknown): string[] {
	const p = payload as Record<string, unknown>;
	if (type === 'relation') return [String(p.a), String(p.b)];
	if (type === 'rating') return [String(p.actor)];
	if (type === 'note' && p.actor) return [String(p.actor)];
	return [];
}
