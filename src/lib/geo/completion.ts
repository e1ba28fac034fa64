import { byName } from '$lib/territory';
import type { ComuneInfo } from './membership';

/**
 * "Completa il territorio": what each Comune lacks and the spreadsheet an office fills in. The
 * headers are the territory import's own (transfer/import/columns.ts), so the file goes back in as
 * it is; names, not ids, so a person can read and type them.
 */
export const COMPLETION_HEADERS = [
	'Codice ISTAT',
	'Comune',
	'Ambito',
	'Distretto',
	'ASST'
] as const;

export type CompletionClass = 'complete' | 'partial' | 'missing';
export const COMPLETION_CLASSES: readonly CompletionClass[] = ['complete', 'partial', 'missing'];
/** Okabe–Ito: blue complete, orange partial, vermilion nothing known. */
export const COMPLETION_COLOURS: Readonly<Record<CompletionClass, string>> = {
	complete: '#0072B2',
	partial: '#E69F00',
	missing: '#D55E00'
};

/** Complete: Ambito, Distretto and ASST known; missing: none of them; partial otherwise. */
export function completionOf(
	c: Pick<ComuneInfo, 'ambito' | 'distretto' | 'asst'>
): CompletionClass {
	const known = [c.ambito, c.distretto, c.asst].filter(Boolean).length;
	return known === 3 ? 'complete' : known === 0 ? 'missing' : 'partial';
}

/** One row per Comune that lacks something, pre-filled with what is known, by name. */
export function completionRows(places: readonly ComuneInfo[]): string[][] {
	return places
		.filter((c) => completionOf(c) !== 'complete')
		.sort(byNameThen((c) => c.istat))
		.map((c) => [
			c.istat,
			c.name,
			c.ambito?.name ?? '',
			c.distretto?.name ?? '',
			c.asst?.name ?? ''
		]);
}

/** By name as an Italian reader sorts them (Cantello, Cantù, Canzo), then by code for namesakes. */
const byNameThen =
	<T extends { name: string }>(code: (x: T) => string) =>
	(a: T, b: T) =>
		byName(a, b) || code(a).localeCompare(code(b));

interface Gaps {
	comuniWithoutAmbito: ReadonlyArray<{ istat: string; name: string }>;
	ambitiWithoutComuni: ReadonlyArray<{ id: string; name: string }>;
	caseWithoutComune: ReadonlyArray<{ id: string; name: string }>;
}

/** The lists of what is missing, by name (the database gives them in its own order). */
export function gapsByName<G extends Gaps>(gaps: G): G {
	return {
		...gaps,
		comuniWithoutAmbito: [...gaps.comuniWithoutAmbito].sort(byNameThen((c) => c.istat)),
		ambitiWithoutComuni: [...gaps.ambitiWithoutComuni].sort(byNameThen((a) => a.id)),
		caseWithoutComune: [...gaps.caseWithoutComune].sort(byNameThen((h) => h.id))
	};
}
