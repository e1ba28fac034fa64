/** Lower-case ASCII without accents: "Sant'Angelo Lodigiano" -> "sant angelo lodigiano". */
export function foldText(value: string): string {
	return value
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** A stable identifier fragment from a name: "Ambito di Cantù-Mariano" -> "ambito-di-cantu-mariano". */
export function slugify(value: string): string {
	return foldText(value).replace(/ /g, '-');
}

/** Edit distance (insertions, deletions, substitutions) between two strings. */
export function levenshtein(a: string, b: string): number {
	if (a === b) return 0;
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
		}
		previous = current;
	}
	return previous[b.length]!;
}

/**
 * The closest name within a couple of typos (one per five letters, at least one), for a "forse
 * intendevi" hint: `candidates` are [folded key, name to show].
 */
export function closest(key: string, candidates: Iterable<[string, string]>): string | undefined {
	let best: { name: string; distance: number } | undefined;
	const limit = Math.max(1, Math.floor(key.length / 5));
	for (const [candidateKey, name] of candidates) {
		if (Math.abs(candidateKey.length - key.length) > limit) continue;
		const distance = levenshtein(key, candidateKey);
		if (distance <= limit && (!best || distance < best.distance)) best = { name, distance };
	}
	return best?.name;
}
