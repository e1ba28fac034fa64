/** The survey's figures in words and numbers of the current language (results and comparison views). */
import { formatNumber } from '../i18n/format';
import { m } from '../paraglide/messages.js';
import type { CollaborationLevel } from './types';

const LEVEL_LABELS: Record<CollaborationLevel, () => string> = {
	0: m.surveyLevel0,
	1: m.surveyLevel1,
	2: m.surveyLevel2,
	3: m.surveyLevel3,
	4: m.surveyLevel4,
	5: m.surveyLevel5
};

/** The level's name on the scale of Frey et al. (2006): 2 → "cooperazione". */
export const levelLabel = (level: CollaborationLevel): string => LEVEL_LABELS[level]();

/** A 0–100 figure as "56 su 100"; a missing one says why: hidden (too few raters) or not given. */
export function formatFigure(value: number | null, withheld = false): string {
	if (value !== null) return m.surveyOutOf100({ value: formatNumber(value, 0) });
	return withheld ? m.surveyWithheldShort() : m.surveyNotGiven();
}

/** A change of a 0–100 figure in whole points, signed ("+12", "-3", "0"); "–" when a side is missing. */
export function formatChange(before: number | null, after: number | null): string {
	if (before === null || after === null) return '–';
	// `|| 0` turns a rounded -0 into 0: Intl would write "-0".
	const change = Math.round(after - before) || 0;
	return `${change > 0 ? '+' : ''}${formatNumber(change, 0)}`;
}
