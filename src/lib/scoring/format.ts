/** Wording helpers for suggestions and formulas, in Italian and English. */
import type { LocalizedText } from '../domain';

export type Lang = keyof LocalizedText;

const NUMBER_LOCALE: Record<Lang, string> = { it: 'it-IT', en: 'en-GB' };

// Building an Intl.NumberFormat costs far more than formatting with one: keep one per language and precision.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, digits: number): Intl.NumberFormat {
	const key = `${lang}:${digits}`;
	let format = formatters.get(key);
	if (!format) {
		// Italian CLDR leaves 4-digit numbers ungrouped ("9460 €"); offices write "9.460 €".
		format = new Intl.NumberFormat(NUMBER_LOCALE[lang], {
			maximumFractionDigits: digits,
			useGrouping: 'always'
		});
		formatters.set(key, format);
	}
	return format;
}

export function formatInteger(value: number, lang: Lang): string {
	return formatter(lang, 0).format(value);
}

export function formatNumber(value: number, lang: Lang, digits = 2): string {
	return formatter(lang, digits).format(value);
}

/** "A, B e C" / "A, B and C", cut after `max` names: "A, B e altri 3" / "A, B and 3 more". */
export function listNames(names: readonly string[], lang: Lang, max = 5): string {
	const and = lang === 'it' ? ' e ' : ' and ';
	if (names.length <= max) {
		if (names.length <= 1) return names.join('');
		return `${names.slice(0, -1).join(', ')}${and}${names[names.length - 1]}`;
	}
	const rest = names.length - max;
	const more = lang === 'it' ? `altri ${rest}` : `${rest} more`;
	return `${names.slice(0, max).join(', ')}${and}${more}`;
}

/** Build a LocalizedText from one template function applied to both languages. */
export function bilingual(make: (lang: Lang) => string): LocalizedText {
	return { it: make('it'), en: make('en') };
}
