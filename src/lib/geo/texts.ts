import { m } from '../paraglide/messages.js';
import type { TerritoryLevel } from './membership';

/** A territory level in words (legend, outlines' chooser). */
const LEVEL_NAMES: Record<TerritoryLevel, () => string> = {
	ambito: m.geoLevelAmbito,
	distretto: m.geoLevelDistretto,
	asst: m.geoLevelAsst,
	ats: m.geoLevelAts
};
export const levelName = (level: TerritoryLevel): string => LEVEL_NAMES[level]();
