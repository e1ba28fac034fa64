/** What a page shows when something fails: one language, and words a person can act on. */
import { m } from '../paraglide/messages.js';
import { getLocale } from '../paraglide/runtime.js';
import type { Lang } from './locale';

// "input.roles: " before a pair, " (+2)" after it: they belong to both halves.
const FIELD_PREFIX = /^[\w.[\]-]+: /;
const MORE_SUFFIX = / \(\+\d+\)$/;

/**
 * BRIDGE until the server answers in one language per request: its messages are still
 * "italiano / English" pairs (several joined by "; "). This shows the current language's half of each;
 * a message without a pair is shown whole.
 */
export function serverMessageInCurrentLanguage(message: string, lang: Lang = getLocale()): string {
	return message
		.split('; ')
		.map((part) => {
			const prefix = FIELD_PREFIX.exec(part)?.[0] ?? '';
			const suffix = MORE_SUFFIX.exec(part)?.[0] ?? '';
			const pair = part.slice(prefix.length, part.length - suffix.length);
			const at = pair.indexOf(' / ');
			if (at < 0) return part;
			const half = lang === 'it' ? pair.slice(0, at) : pair.slice(at + ' / '.length);
			return `${prefix}${half.trim()}${suffix}`;
		})
		.join('; ');
}

/** A browser that cannot reach the server says "Failed to fetch" (Chrome), "NetworkError…", "Load failed". */
export function isNetworkFailure(error: unknown): boolean {
	return error instanceof TypeError && /fetch|network|load failed/i.test(error.message);
}

/** The text to show for a caught error: the network's absence in plain words, else the server's. */
export function errorText(error: unknown, lang: Lang = getLocale()): string {
	if (isNetworkFailure(error)) return m.networkDown({}, { locale: lang });
	if (error instanceof Error) return serverMessageInCurrentLanguage(error.message, lang);
	return serverMessageInCurrentLanguage(String(error), lang);
}
