/** Numbers as the current language writes them, through Intl: "1.502", "0,5", "9.460 €" in Italian. */
import { m } from '../paraglide/messages.js';
import { getLocale } from '../paraglide/runtime.js';
import type { Lang } from './locale';

const INTL_LOCALE: Record<Lang, string> = { it: 'it-IT', en: 'en-GB' };

// Building an Intl.NumberFormat costs far more than using one: keep one per language and style.
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, style: string, options: Intl.NumberFormatOptions) {
	const key = `${lang}:${style}`;
	let format = formats.get(key);
	if (!format) {
		// Italian CLDR leaves 4-digit numbers ungrouped ("1502"); offices write "1.502".
		format = new Intl.NumberFormat(INTL_LOCALE[lang], { useGrouping: 'always', ...options });
		formats.set(key, format);
	}
	return format;
}

/** Up to `digits` decimals (none shown when they are zero): 1502 → "1.502", 0.5 → "0,5". */
export function formatNumber(value: number, digits = 3, lang: Lang = getLocale()): string {
	return numberFormat(lang, `n${digits}`, { maximumFractionDigits: digits }).format(value);
}

/** `part` of `whole` as a percentage with at most one decimal; "–" when there is no whole. */
export function formatPercent(part: number, whole: number, lang: Lang = getLocale()): string {
	if (whole === 0) return '–';
	return numberFormat(lang, 'percent', { style: 'percent', maximumFractionDigits: 1 }).format(
		part / whole
	);
}

/** Whole euros: 9460 → "9.460 €" (Italian), "€9,460" (English). */
export function formatEur(value: number, lang: Lang = getLocale()): string {
	return numberFormat(lang, 'eur', {
		style: 'currency',
		currency: 'EUR',
		maximumFractionDigits: 0
	}).format(value);
}

/** Scores with one decimal ("65,2"); a criterion without data is "n.v." (non valutabile), never 0. */
export function formatScore(value: number | null | undefined, lang: Lang = getLocale()): string {
	if (value === null || value === undefined || !Number.isFinite(value))
		return m.scoreNotAssessed({}, { locale: lang });
	return numberFormat(lang, 'score', {
		minimumFractionDigits: 1,
		maximumFractionDigits: 1
	}).format(value);
}

/**
 * A calendar day ("2026-03-04") as the app's language writes it — "4 mar 2026", long "4 marzo 2026" —
 * never the browser's: a phone set to English showed "Mar 4, 2026" on an Italian page.
 */
export function formatDate(
	iso: string,
	style: 'medium' | 'long' = 'medium',
	lang: Lang = getLocale()
): string {
	return new Intl.DateTimeFormat(INTL_LOCALE[lang], { dateStyle: style, timeZone: 'UTC' }).format(
		new Date(`${iso.slice(0, 10)}T00:00:00Z`)
	);
}

/** "2025-03-04T10:20:00Z" → "04/03/2025 11:20" (Europe/Rome: the evaluators' clock). */
export function formatDateTime(iso: string | null, lang: Lang = getLocale()): string {
	if (!iso) return '–';
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return new Intl.DateTimeFormat(INTL_LOCALE[lang], {
		dateStyle: 'short',
		timeStyle: 'short',
		timeZone: 'Europe/Rome'
	}).format(date);
}
