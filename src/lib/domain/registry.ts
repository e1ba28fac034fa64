/** A text in the users' language (Italian) and in English. */
export interface LocalizedText {
	readonly it: string;
	readonly en: string;
}

/** The shape every registry entry shares: a stable English id and a bilingual label. */
export interface Definition<Id extends string = string> {
	readonly id: Id;
	readonly label: LocalizedText;
}

/**
 * Index a registry by id. Throws on a duplicate id, so a copy-paste slip in a registry fails at
 * import time rather than silently shadowing an entry.
 */
export function indexById<Id extends string, T extends { readonly id: Id }>(
	entries: readonly T[]
): Readonly<Record<Id, T>> {
	const byId = {} as Record<Id, T>;
	for (const entry of entries) {
		if (Object.prototype.hasOwnProperty.call(byId, entry.id)) {
			throw new Error(`Duplicate registry id: ${entry.id}`);
		}
		byId[entry.id] = entry;
	}
	return Object.freeze(byId);
}

/** A type guard built from a registry index, for ids that arrive as plain strings (DB, forms). */
export function isRegistryId<Id extends string>(
	byId: Readonly<Record<Id, unknown>>,
	value: unknown
): value is Id {
	return typeof value === 'string' && Object.prototype.hasOwnProperty.call(byId, value);
}

/**
 * A vocabulary's index by id and its guard: what every registry of the domain exports beside its
 * list, built in one place.
 */
export function vocabulary<Id extends string, T extends { readonly id: string }>(
	entries: readonly (T & { readonly id: Id })[]
): { byId: Readonly<Record<Id, T>>; is: (value: unknown) => value is Id } {
	const byId = indexById<Id, T & { readonly id: Id }>(entries);
	return { byId, is: (value: unknown): value is Id => isRegistryId(byId, value) };
}
