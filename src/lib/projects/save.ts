import { GraphQLRequestError, gql, type Operation, type VariablesArg } from '../graphql-client';
import { errorText, serverMessageInCurrentLanguage } from '../i18n/errors';
import { m } from '../paraglide/messages';

/** What a section shows after a save: saved, a stale version, or errors by field and overall. */
export interface SaveOutcome {
	status: 'idle' | 'saving' | 'saved' | 'conflict' | 'error';
	/** Problems by field path without the "input." prefix, e.g. "coDesign.date", "indicators[0].name". */
	fields: Record<string, string>;
	message: string | null;
}

export const idle = (): SaveOutcome => ({ status: 'idle', fields: {}, message: null });

/** A list with one row swapped for its saved version (same id, same place). */
export const replaceById = <T extends { id: string }>(list: readonly T[], saved: T): T[] =>
	list.map((row) => (row.id === saved.id ? saved : row));

/**
 * Runs a save and turns its failure into what the section shows: a stale version is a conflict
 * (reload to see the other change), a refusal names its fields in the current language. A row of
 * a list (a partner, an action, an agreement) gives its name: its conflict names that row.
 */
export async function attempt<T>(
	save: () => Promise<T>,
	row?: string
): Promise<{ outcome: SaveOutcome; value: T | null }> {
	try {
		return {
			outcome: { status: 'saved', fields: {}, message: m.dossierSaved() },
			value: await save()
		};
	} catch (e) {
		if (e instanceof GraphQLRequestError && e.codes.includes('CONFLICT'))
			return {
				outcome: {
					status: 'conflict',
					fields: {},
					message: row === undefined ? m.dossierConflict() : m.dossierRowConflict({ name: row })
				},
				value: null
			};
		const fields: Record<string, string> = {};
		if (e instanceof GraphQLRequestError)
			for (const p of e.problems)
				fields[p.field.replace(/^input\./, '')] ??= serverMessageInCurrentLanguage(p.message);
		const message = Object.keys(fields).length ? m.dossierFixFields() : errorText(e);
		return { outcome: { status: 'error', fields, message }, value: null };
	}
}

/**
 * The usual save of a section or row: shows "saving", runs `attempt`, shows its outcome, and gives
 * back the saved value (null when refused). `show` sets the component's own outcome state.
 */
export async function saveShowing<T>(
	show: (outcome: SaveOutcome) => void,
	save: () => Promise<T>,
	row?: string
): Promise<T | null> {
	show({ ...idle(), status: 'saving' });
	const { outcome, value } = await attempt(save, row);
	show(outcome);
	return value;
}

/**
 * Saves a change to one record the dossier edits in place (a project's section, a network, an
 * agreement, an action): the input is the record's id and the version its form was loaded at, with
 * `changes`, so that a save over someone else's newer one comes back as a conflict.
 */
export function saveVersioned<
	Result,
	Variables extends { input: { id: string | number; expectedVersion: number } }
>(
	show: (outcome: SaveOutcome) => void,
	mutation: Operation<Result, Variables>,
	record: { id: string; version: number },
	changes: NoInfer<Omit<Variables['input'], 'id' | 'expectedVersion'>>,
	row?: string
): Promise<Result | null> {
	const input = { id: record.id, expectedVersion: record.version, ...changes };
	const variables = [{ input }] as unknown as VariablesArg<Variables>;
	return saveShowing(show, () => gql(fetch, mutation, ...variables), row);
}

/** "12,5" or "12.5" → 12.5; blank → null; anything else → NaN (the server names the field). */
export function parseAmount(raw: string | number | null | undefined): number | null {
	if (raw === null || raw === undefined) return null;
	const text = String(raw)
		.trim()
		.replace(/\./g, (dot, i, s: string) =>
			// A dot followed by exactly three digits and more dots or the end is a thousands separator.
			/^\.\d{3}(\.|,|$)/.test(s.slice(i)) ? '' : dot
		);
	if (!text) return null;
	return Number(text.replace(',', '.'));
}

export const blankToNull = (value: string | null | undefined) =>
	value?.trim() ? value.trim() : null;

/** The amounts that are not numbers, each named with the message to show next to it. */
export function invalidAmounts(raw: Record<string, string | number | null | undefined>) {
	const fields: Record<string, string> = {};
	for (const [key, value] of Object.entries(raw))
		if (Number.isNaN(parseAmount(value))) fields[key] = m.dossierNotANumber();
	return fields;
}
