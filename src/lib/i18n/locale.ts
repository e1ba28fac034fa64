/**
 * The language of the current request (server) or page (browser), as Paraglide resolves it: the
 * `lang` cookie that /lingua sets, else Italian. UI texts are message functions (`m.key()` from
 * $lib/paraglide/messages); vocabularies kept as data ({ it, en }) go through `localized`.
 */
import type { LocalizedText } from '../domain/registry';
import { getLocale, locales, type Locale } from '../paraglide/runtime.js';

export type Lang = Locale;
/** A message function without inputs (`m.mapSaved`), passed where the text is chosen elsewhere. */
export type Message = () => string;
export const LANGS: readonly Lang[] = locales;
export const currentLang = (): Lang => getLocale();

/** The current language's half of a bilingual text from a registry or a scorecard. */
export function localized(text: LocalizedText, lang?: Lang): string;
export function localized(text: LocalizedText | undefined, lang?: Lang): string | undefined;
export function localized(text: LocalizedText | undefined, lang: Lang = getLocale()) {
	return text?.[lang];
}

/** For a form value or a query parameter: English only when asked for, else Italian. */
export const parseLang = (value: string | null | undefined): Lang => (value === 'en' ? 'en' : 'it');
