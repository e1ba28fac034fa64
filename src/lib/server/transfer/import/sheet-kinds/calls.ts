import { field } from '../columns';
import { callIdFor } from '../ids';
import type { ImportRun } from '../import-run';
import { fail, ok, type Parsed } from '../problems';
import type { RowScope } from '../row-scope';
import { parseText } from '../values';
import type { SheetKindDefinition } from './kind';

/** A call's year: four digits ("2016", "2016,0" as a numeric cell writes it). */
export function parseYear(raw: string): Parsed<number> {
	const year = raw.replace(/[.,]0+$/, '').trim();
	if (/^(19|20)\d\d$/.test(year)) return ok(Number(year));
	return fail(
		'BAD_NUMBER',
		`Anno "${raw}" non valido: scrivi l'anno con quattro cifre (es. 2024).`,
		`Year "${raw}" is not valid: write it with four digits (e.g. 2024).`
	);
}

const CALL_FIELDS = {
	title: field({
		id: 'title',
		label: { it: 'Bando', en: 'Call' },
		required: true,
		synonyms: ['Titolo', 'Bando', 'Titolo bando', 'Avviso', 'Title', 'Call'],
		parse: parseText
	}),
	issuer: field({
		id: 'issuer',
		label: { it: 'Ente emittente', en: 'Issuer' },
		synonyms: ['Ente emittente', 'Ente finanziatore', 'Finanziatore', 'Issuer', 'Funder'],
		parse: parseText
	}),
	year: field({
		id: 'year',
		label: { it: 'Anno', en: 'Year' },
		synonyms: ['Anno', 'Anno bando', 'Year'],
		parse: parseYear
	})
} as const;

/** "Bandi": the calls projects answer (as the export writes them), read before the projects. */
export const callsSheet: SheetKindDefinition = {
	id: 'calls',
	label: { it: 'Bandi', en: 'Calls' },
	sheetNames: ['Bandi', 'Bando', 'Avvisi', 'Calls'],
	fields: Object.values(CALL_FIELDS),
	requiredOneOf: [],
	creates: { actors: false, projects: false },
	// Its headers ("Titolo", "Ente finanziatore") are a project sheet's too.
	byNameOnly: true,
	readRow: readCallRow
};

/** The sheet is the truth for a call: what it says replaces what a project row implied. */
export function readCallRow(scope: RowScope, run: ImportRun): void {
	const { title, issuer, year } = scope.readAll(CALL_FIELDS);
	if (!title || scope.hasError) return;
	const id = callIdFor(title);
	if (run.isRepeat(scope, JSON.stringify(['call', id]))) return;
	run.callRecords.set(id, { id, title, issuer, year, fictional: false });
}
