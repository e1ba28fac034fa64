import type { Lang } from '../i18n/locale';
import type { TerritoryLevel } from './membership';

/**
 * The geographic view's texts, Italian first. Kept in one object (same shape as the app's messages)
 * so they can move to the app's message catalogue as they are.
 */
export const GEO_TEXTS = {
	mapLabel: { it: 'Mappa geografica dei Comuni', en: 'Geographic map of the municipalities' },
	keyboardHelp: {
		it: 'Frecce: sposta; + e −: ingrandisci e riduci; 0: vista intera; Invio: seleziona il Comune al centro.',
		en: 'Arrows: pan; + and −: zoom in and out; 0: whole view; Enter: select the municipality in the centre.'
	},
	zoomIn: { it: 'Ingrandisci', en: 'Zoom in' },
	zoomOut: { it: 'Riduci', en: 'Zoom out' },
	zoomReset: { it: 'Vista intera', en: 'Whole view' },
	exportPng: { it: 'Scarica PNG', en: 'Download PNG' },
	exportSvg: { it: 'Scarica SVG', en: 'Download SVG' },
	legend: { it: 'Legenda', en: 'Legend' },
	noData: { it: 'Nessun dato', en: 'No data' },
	highlighted: { it: 'Evidenziato', en: 'Highlighted' },
	outlines: { it: 'Confini di', en: 'Boundaries of' },
	table: { it: 'Tabella dei Comuni', en: 'Table of municipalities' },
	tableFilter: { it: 'Filtra per nome', en: 'Filter by name' },
	comune: { it: 'Comune', en: 'Municipality' },
	value: { it: 'Valore', en: 'Value' },
	residents: { it: 'Residenti', en: 'Residents' },
	unknown: { it: 'non noto', en: 'unknown' },
	selected: { it: 'Selezionato', en: 'Selected' },
	none: { it: 'nessuno', en: 'none' },
	seatedHere: { it: 'con sede qui', en: 'seated here' },
	unplaced: { it: 'Senza sede nota', en: 'Without a known seat' },
	date: { it: 'Data', en: 'Date' },
	covered: { it: 'Coperto', en: 'Covered' },
	uncovered: { it: 'Non coperto', en: 'Not covered' },
	beyond: { it: 'Fuori dal territorio obiettivo', en: 'Outside the target territory' },
	coverage: { it: 'Copertura del territorio', en: 'Coverage of the territory' },
	ambito: { it: 'Ambito', en: 'Ambito' },
	distretto: { it: 'Distretto', en: 'District' },
	asst: { it: 'ASST', en: 'ASST' },
	ats: { it: 'ATS', en: 'ATS' }
} as const satisfies Record<string, Record<Lang, string>>;

export type GeoTextKey = keyof typeof GEO_TEXTS;
export const geoText = (lang: Lang, key: GeoTextKey): string => GEO_TEXTS[key][lang];
export const levelName = (lang: Lang, level: TerritoryLevel) => geoText(lang, level);
