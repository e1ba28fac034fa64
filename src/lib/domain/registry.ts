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
