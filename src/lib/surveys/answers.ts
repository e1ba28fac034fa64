import {
	CONTACT_FREQUENCIES,
	TRUST_ITEMS,
	VALUE_ITEMS,
	type CollaborationLevel,
	type ContactFrequency,
	type FourPoint,
	type TieAnswer,
	type TrustItem,
	type ValueItem
} from './types';

/**
 * What a respondent sends and how it is checked, shared by the respondent page (to know what is
 * missing) and the server (which decides). No I/O.
 */

/** Questions about the partnership as a whole: three statements rated 1–5, two open answers. */
export const PARTNERSHIP_LIKERT = ['goals', 'decisions', 'worth'] as const;
export const PARTNERSHIP_TEXT = ['achieved', 'obstacles'] as const;
export type PartnershipLikert = (typeof PARTNERSHIP_LIKERT)[number];
export type PartnershipText = (typeof PARTNERSHIP_TEXT)[number];

export interface PartnershipAnswer {
	goals: number | null;
	decisions: number | null;
	worth: number | null;
	achieved: string | null;
	obstacles: string | null;
}

/** An open answer's longest length (a volunteer's paragraph, not a report). */
export const MAX_TEXT = 2000;
/** Minutes a respondent is told it takes: about half a minute per organisation, plus the rest. */
export const minutesToAnswer = (organisations: number) =>
	Math.max(5, Math.ceil(3 + organisations * 0.5));

/** One tie as it arrives (GraphQL input: loose numbers and strings). */
export interface TieInput {
	toOrgId: string;
	level: number;
	frequency?: string | null;
	reliability?: number | null;
	openness?: number | null;
	mission?: number | null;
	influence?: number | null;
	resources?: number | null;
	involvement?: number | null;
}

export interface Problem {
	field: string;
	message: string;
}

/** Item names for the server's errors (the page's words are in messages/*.json). */
const ITEM_NAMES: Record<TrustItem | ValueItem, [it: string, en: string]> = {
	reliability: ['affidabilità', 'reliability'],
	openness: ['apertura al confronto', 'openness'],
	mission: ['condivisione della missione', 'shared mission'],
	influence: ['influenza', 'influence'],
	resources: ['risorse messe in comune', 'pooled resources'],
	involvement: ['livello di coinvolgimento', 'involvement']
};

const isFour = (n: unknown): n is FourPoint => n === 1 || n === 2 || n === 3 || n === 4;

/**
 * Checks one respondent's ties against the list of organisations they may rate (not themselves),
 * and turns them into stored answers. Trust and value are asked only when level ≥ 1: at level 0
 * they are dropped. Problems name the field and the organisation.
 */
export function checkTies(
	ties: readonly TieInput[],
	fromOrgId: string,
	names: ReadonlyMap<string, string>,
	prefix = 'input.ties'
): { answers: TieAnswer[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const answers: TieAnswer[] = [];
	const seen = new Set<string>();
	ties.forEach((t, i) => {
		const at = `${prefix}[${i}]`;
		const name = names.get(t.toOrgId);
		const who = name ? ` (${name})` : '';
		const before = problems.length;
		if (!name || t.toOrgId === fromOrgId) {
			problems.push({
				field: `${at}.toOrgId`,
				message: `l’ente "${t.toOrgId}" non è tra quelli di questa rilevazione / not an organisation of this survey`
			});
			return;
		}
		if (seen.has(t.toOrgId))
			problems.push({
				field: `${at}.toOrgId`,
				message: `${name} compare due volte / appears twice`
			});
		seen.add(t.toOrgId);
		if (!Number.isInteger(t.level) || t.level < 0 || t.level > 5)
			problems.push({
				field: `${at}.level`,
				message: `livello di collaborazione${who}: un numero da 0 a 5 / level: a number from 0 to 5`
			});
		const frequency = t.frequency ?? null;
		if (frequency !== null && !(CONTACT_FREQUENCIES as readonly string[]).includes(frequency))
			problems.push({
				field: `${at}.frequency`,
				message: `frequenza dei contatti${who}: uno tra ${CONTACT_FREQUENCIES.join(', ')} / frequency: one of ${CONTACT_FREQUENCIES.join(', ')}`
			});
		const items = <K extends TrustItem | ValueItem>(keys: readonly K[]) => {
			const out: Partial<Record<K, FourPoint>> = {};
			for (const k of keys) {
				const v = t[k];
				if (v == null) continue;
				if (!isFour(v))
					problems.push({
						field: `${at}.${k}`,
						message: `${ITEM_NAMES[k][0]}${who}: un numero da 1 a 4 / ${ITEM_NAMES[k][1]}: a number from 1 to 4`
					});
				else out[k] = v;
			}
			return out;
		};
		const trust = items(TRUST_ITEMS);
		const value = items(VALUE_ITEMS);
		if (problems.length > before) return;
		const level = t.level as CollaborationLevel;
		answers.push({
			fromOrgId,
			toOrgId: t.toOrgId,
			level,
			frequency: level === 0 ? null : (frequency as ContactFrequency | null),
			trust: level === 0 ? {} : trust,
			value: level === 0 ? {} : value
		});
	});
	return { answers, problems };
}

/** Checks the answers about the partnership as a whole (all optional). */
export function checkPartnership(
	input: Partial<Record<PartnershipLikert | PartnershipText, unknown>>,
	prefix = 'input.partnership'
): { answer: Partial<PartnershipAnswer>; problems: Problem[] } {
	const problems: Problem[] = [];
	const answer: Partial<PartnershipAnswer> = {};
	for (const k of PARTNERSHIP_LIKERT) {
		const v = input[k];
		if (v === undefined) continue;
		if (v !== null && !(Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 5))
			problems.push({
				field: `${prefix}.${k}`,
				message: 'un numero da 1 a 5 / a number from 1 to 5'
			});
		else answer[k] = v as number | null;
	}
	for (const k of PARTNERSHIP_TEXT) {
		const v = input[k];
		if (v === undefined) continue;
		const text = typeof v === 'string' ? v.trim() : null;
		if (text && text.length > MAX_TEXT)
			problems.push({
				field: `${prefix}.${k}`,
				message: `al massimo ${MAX_TEXT} caratteri / at most ${MAX_TEXT} characters`
			});
		else answer[k] = text || null;
	}
	return { answer, problems };
}
