import { ROLE_BY_ID, ACTOR_KIND_BY_ID, isRoleId, isActorKindId } from '../domain';
import { formatNumber, formatScore } from '../i18n/format';
import { localized, type Lang } from '../i18n/locale';
import { m } from '../paraglide/messages.js';
import { getLocale } from '../paraglide/runtime.js';

export const roleLabel = (role: string, lang: Lang = getLocale()) =>
	isRoleId(role) ? localized(ROLE_BY_ID[role].label, lang) : role;
export const kindLabel = (kind: string, lang: Lang = getLocale()) =>
	isActorKindId(kind) ? localized(ACTOR_KIND_BY_ID[kind].label, lang) : kind;

/** A criterion's input value is JSON ("3", "[\"terzo_settore\"]", "0.5"): shown plainly ("0,5"). */
export function formatInput(json: string, lang: Lang = getLocale()): string {
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch {
		return json;
	}
	if (typeof value === 'number') return formatNumber(value, 4, lang);
	if (Array.isArray(value)) return value.map(String).join(', ') || '–';
	if (typeof value === 'boolean')
		return value ? m.yes({}, { locale: lang }) : m.no({}, { locale: lang });
	if (value === null) return '–';
	return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Who did something, by name; an id that is no longer a user (deleted, the CLI) is said so. */
export const personName = (name: string | null | undefined, lang: Lang = getLocale()) =>
	name || m.evalFormerUser({}, { locale: lang });

/** Names of the audit actions. */
const AUDIT_ACTIONS: Record<string, (inputs: object, options: { locale: Lang }) => string> = {
	adjust: m.auditAdjust,
	clear_adjustment: m.auditClearAdjustment,
	notes: m.auditNotes,
	finalize: m.auditFinalize,
	reopen: m.auditReopen
};
export const auditActionLabel = (action: string, lang: Lang = getLocale()) =>
	AUDIT_ACTIONS[action]?.({}, { locale: lang }) ?? action;

const STATUS_LABELS: Record<string, (inputs: object, options: { locale: Lang }) => string> = {
	draft: m.statusDraft,
	final: m.statusFinal
};
export const statusLabel = (status: string, lang: Lang = getLocale()) =>
	STATUS_LABELS[status]?.({}, { locale: lang }) ?? status;

/**
 * An audit trail value as the server records it ("33.9", "n.v.", "draft", "final (33.9)", a note):
 * statuses in words and numbers the current language's way ("Definitiva (33,9)").
 */
export function auditValue(value: string | null, lang: Lang = getLocale()): string {
	if (value === null) return '';
	if (value === 'n.v.') return formatScore(null, lang);
	if (/^-?\d+(\.\d+)?$/.test(value)) return formatScore(Number(value), lang);
	const status = /^(draft|final)(?: \((.+)\))?$/.exec(value);
	if (!status) return value;
	const label = statusLabel(status[1]!, lang);
	return status[2] === undefined ? label : `${label} (${auditValue(status[2], lang)})`;
}

/** A change of score with its sign, one decimal: "+2,5", "−1". */
export const signedScore = (delta: number, lang: Lang = getLocale()) =>
	`${delta >= 0 ? '+' : '−'}${formatNumber(Math.abs(delta), 1, lang)}`;
