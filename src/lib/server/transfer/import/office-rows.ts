import { foldText } from '../../../text';
import type { ImportProblem } from './problems';

/**
 * What office lists carry besides their data, and how it is read: rows of totals, and the names
 * bodies had before the reforms (ASL before l.r. 23/2015) or go by in the office ("Ufficio di Piano
 * di Crema" for the Ambito, "Provincia di Cremona").
 */

/**
 * The text of a row of totals ("Totale enti: 12", "TOTALE | | 45.000"): a first cell starting
 * with "totale"/"total"/"tot." and nothing in the other cells but numbers; null for a data row.
 */
export function totalRowText(cells: readonly string[]): string | null {
	const filled = cells.map((c) => (c ?? '').trim()).filter((c) => c !== '');
	const first = filled[0];
	if (!first || !/^(totale|totali|total|tot)\b/.test(foldText(first))) return null;
	const rest = filled.slice(1);
	return rest.every((c) => /^[\d\s.,€%:-]+$/.test(c)) ? filled.join(' | ') : null;
}

export function totalRowProblem(row: number, text: string): ImportProblem {
	return {
		row,
		column: null,
		field: null,
		code: 'TOTAL_ROW',
		severity: 'warning',
		message: {
			it: `Riga di totale ("${text}"): non è un dato, viene saltata.`,
			en: `Row of totals ("${text}"): not data, skipped.`
		}
	};
}

/** A territorial body a name designates, and by which place. */
export interface NamedBody {
	body: 'ats' | 'asst' | 'ambito' | 'provincia';
	/**
	 * The place named after the body's word ("Crema" in "ASL di Crema"), then what else it may be
	 * read as ("Milano" for "Milano 1"), most literal first.
	 */
	places: string[];
	/** Whether the name is a historical one (an ASL), said as such in the warning. */
	historical: boolean;
}

const LINK = '(?:della provincia di |provincia di |della |dell |del |dei |di |d )?';
const ASL = new RegExp(`^(?:asl|azienda sanitaria locale) ${LINK}(.+)$`);
const PLAN_OFFICE = new RegExp(
	`^(?:ufficio di piano|ufficio del piano|piano di zona|udp)(?: dell ambito| ambito)? ${LINK}(.+)$`
);
const PROVINCE = new RegExp(`^(?:provincia|citta metropolitana) ${LINK}(.+)$`);

/**
 * The body a name designates by its form: "ASL di Crema" → the ATS of Crema (its ASST when the
 * row's kind is ASST), "Ufficio di Piano di Crema" / "Piano di Zona di Crema" → Crema's Ambito,
 * "Città metropolitana di Milano" → the province. Null when the name has none of these forms.
 */
export function namedBody(name: string, kind: string | null): NamedBody | null {
	const folded = foldText(name);
	const asl = folded.match(ASL);
	if (asl) {
		if (kind === 'asst') return { body: 'asst', places: [asl[1]!], historical: true };
		return { body: 'ats', places: aslPlaces(asl[1]!), historical: true };
	}
	const plan = folded.match(PLAN_OFFICE);
	if (plan) return { body: 'ambito', places: [plan[1]!], historical: false };
	const province = folded.match(PROVINCE);
	if (province) return { body: 'provincia', places: [province[1]!], historical: false };
	return null;
}

/** ASL whose name is not a Comune's, by the Comune of their seat (it lies in their ATS). */
const ASL_SEATS: Record<string, string> = {
	'vallecamonica sebino': 'breno',
	'valle camonica sebino': 'breno',
	vallecamonica: 'breno',
	'monza e brianza': 'monza'
};

/**
 * Where an ASL's ATS is found: its place; without the number of the Milan ASL ("Milano 1",
 * "Milano 2": parts of the province, all now in the ATS of Milan); by its seat. Only for the ATS:
 * an ASL became several ASST, and only a Comune's own name says which.
 */
function aslPlaces(place: string): string[] {
	const unnumbered = place.replace(/ \d+$/, '');
	const seat = ASL_SEATS[unnumbered];
	return [...new Set([place, unnumbered, ...(seat ? [seat] : [])])];
}
