import { ROLE_BY_ID, ACTOR_KIND_BY_ID, isRoleId, isActorKindId } from '../domain';
import type { Lang } from '../i18n';

const locale = (lang: Lang) => (lang === 'it' ? 'it-IT' : 'en-GB');

/** Scores with one decimal ("65,2"); a criterion without data is "n.v." (non valutabile), never 0. */
export function formatScore(lang: Lang, value: number | null | undefined): string {
	if (value === null || value === undefined || !Number.isFinite(value))
		return lang === 'it' ? 'n.v.' : 'n.a.';
	return new Intl.NumberFormat(locale(lang), {
		minimumFractionDigits: 1,
		maximumFractionDigits: 1
	}).format(value);
}

export function formatEur(lang: Lang, value: number): string {
	return new Intl.NumberFormat(locale(lang), {
		style: 'currency',
		currency: 'EUR',
		maximumFractionDigits: 0,
		useGrouping: 'always'
	}).format(value);
}

/** "2025-03-04T10:20:00Z" → "04/03/2025 11:20" (Europe/Rome: the evaluators' clock). */
export function formatDateTime(lang: Lang, iso: string | null): string {
	if (!iso) return '–';
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return new Intl.DateTimeFormat(locale(lang), {
		dateStyle: 'short',
		timeStyle: 'short',
		timeZone: 'Europe/Rome'
	}).format(date);
}

export const roleLabel = (lang: Lang, role: string) =>
	isRoleId(role) ? ROLE_BY_ID[role].label[lang] : role;
export const kindLabel = (lang: Lang, kind: string) =>
	isActorKindId(kind) ? ACTOR_KIND_BY_ID[kind].label[lang] : kind;

/** A criterion's input value is JSON ("3", "[\"terzo_settore\"]", "0.5"): shown plainly. */
export function formatInput(lang: Lang, json: string): string {
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch {
		return json;
	}
	if (typeof value === 'number')
		return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 4 }).format(value);
	if (Array.isArray(value)) return value.map(String).join(', ') || '–';
	if (typeof value === 'boolean') return value ? (lang === 'it' ? 'sì' : 'yes') : 'no';
	if (value === null) return '–';
	return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Names of the audit actions, Italian first. */
export const AUDIT_ACTIONS: Record<string, Record<Lang, string>> = {
	adjust: { it: 'Correzione del punteggio', en: 'Score adjusted' },
	clear_adjustment: { it: 'Correzione annullata', en: 'Adjustment cleared' },
	notes: { it: 'Note', en: 'Notes' },
	finalize: { it: 'Valutazione definitiva', en: 'Finalised' },
	reopen: { it: 'Riaperta in bozza', en: 'Reopened as draft' }
};
export const auditActionLabel = (lang: Lang, action: string) =>
	AUDIT_ACTIONS[action]?.[lang] ?? action;

export const STATUS_LABELS: Record<string, Record<Lang, string>> = {
	draft: { it: 'Bozza', en: 'Draft' },
	final: { it: 'Definitiva', en: 'Final' }
};
export const statusLabel = (lang: Lang, status: string) => STATUS_LABELS[status]?.[lang] ?? status;
