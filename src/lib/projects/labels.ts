import { isRegistryId, PROJECT_STATUS_LABELS } from '../domain';
import type { LocalizedText } from '../domain/registry';
import { localized, type Lang } from '../i18n/locale';

/** A project status in the domain's word for it; an unknown id is shown as it is. */
export const projectStatusLabel = (status: string, lang?: Lang) =>
	isRegistryId(PROJECT_STATUS_LABELS, status)
		? localized(PROJECT_STATUS_LABELS[status], lang)
		: status;

/** Population of a target: the Comuni of the selected Ambiti and the Comuni chosen one by one, counted once. */
export function targetPopulation(
	ambiti: ReadonlyArray<{ comuni: ReadonlyArray<{ istat: string; population?: number | null }> }>,
	comuni: ReadonlyArray<{ istat: string; population?: number | null }>
): { comuni: number; population: number; missing: number } {
	const seen = new Map<string, number | null>();
	for (const c of [...ambiti.flatMap((a) => a.comuni), ...comuni])
		seen.set(c.istat, c.population ?? null);
	let population = 0;
	let missing = 0;
	for (const value of seen.values()) {
		if (value === null) missing++;
		else population += value;
	}
	return { comuni: seen.size, population, missing };
}

/** A Comune as the pickers offer it: "Crema (019035)" (two Comuni may share a name). */
export const comuneOption = (c: { istat: string; name: string }) => `${c.name} (${c.istat})`;

/** The Comune a picker's text names: its option text, or its bare name. */
export function findComune<C extends { istat: string; name: string }>(
	comuni: readonly C[],
	text: string
): C | undefined {
	const t = text.trim();
	return comuni.find((c) => comuneOption(c) === t || c.name === t);
}

/** A registry's entry (a policy area, a LEPS, a phase) as a box to tick, in the current language. */
export const choice = (entry: { id: string; label: LocalizedText }) => ({
	value: entry.id,
	label: localized(entry.label)
});

/** A partner as a box to tick: its actor, by name. */
export const partnerChoice = (p: { actor: { id: string; name: string } }) => ({
	value: p.actor.id,
	label: p.actor.name
});
