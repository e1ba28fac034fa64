import type { ActorKindId } from '../../../domain/actor-kinds';
import type { LocalizedText } from '../../../domain/registry';
import { foldText, levenshtein } from '../../../text';
import type { Parsed } from './problems';
import { parseDateCell, parseLongText, parseTaxCode, parseText, resolveActorKind } from './values';

/**
 * What a column is, the columns several kinds of sheet share (each kind's own are in
 * `sheet-kinds/<kind>.ts`), and how a header is matched to a column. References to other things
 * (a Comune, an actor, a project, an Ambito) are parsed as plain names; the sheet's reader
 * resolves them with the import context.
 */

export interface FieldDefinition<T = unknown> {
	readonly id: string;
	readonly label: LocalizedText;
	/** The column must be present and every row must have a value. */
	readonly required: boolean;
	/** Headers offices use for it, Italian and English; matched after folding (see `headerKey`). */
	readonly synonyms: readonly string[];
	/** Several columns may fill it (e.g. "C.F." and "P.IVA"): the first valid value wins. */
	readonly multipleColumns?: boolean;
	/** A header typical of this kind of sheet, which weighs more when guessing the sheet's kind. */
	readonly distinctive?: boolean;
	/** Reads one non-empty, trimmed cell. */
	readonly parse: (raw: string) => Parsed<T>;
}

/** A column definition; optional unless it says `required: true`. */
export function field<T>(
	definition: Omit<FieldDefinition<T>, 'required'> & { required?: boolean }
): FieldDefinition<T> {
	return { ...definition, required: definition.required ?? false };
}

const dateStart = (raw: string) => parseDateCell(raw, 'start');
const dateEnd = (raw: string) => parseDateCell(raw, 'end');

// Shared synonym lists: the same column means the same thing in different sheets.
export const ORGANISATION_NAME = [
	'Denominazione',
	'Denominazione ente',
	'Denominazione sociale',
	'Ragione sociale',
	'Nome ente',
	'Nome organizzazione',
	'Ente',
	'Organizzazione',
	'Soggetto',
	'Nome',
	'Name',
	'Organisation',
	'Organization',
	'Organisation name'
];
export const TAX_CODE = [
	'Codice fiscale',
	'C.F.',
	'CF',
	'Cod. fisc.',
	'Cod. fiscale',
	'P.IVA',
	'P. IVA',
	'Partita IVA',
	'Codice fiscale / Partita IVA',
	'CF/P.IVA',
	'CF / PIVA',
	'Tax code',
	'Fiscal code',
	'VAT number',
	'VAT'
];
export const ACTOR_KIND = [
	'Tipologia',
	'Tipologia ente',
	'Tipo ente',
	'Tipo',
	'Forma giuridica',
	'Natura giuridica',
	'Categoria',
	'Tipo organizzazione',
	'Kind',
	'Type',
	'Legal form'
];
export const COMUNE = [
	'Comune',
	'Comune sede',
	'Comune sede legale',
	'Sede legale',
	'Sede',
	'Città',
	'Località',
	'Municipality',
	'Town',
	'City'
];
export const ISTAT = [
	'Codice ISTAT',
	'ISTAT',
	'Cod. ISTAT',
	'Codice ISTAT comune',
	'Codice comune',
	'ISTAT code'
];
export const PROJECT = [
	'Progetto',
	'Titolo progetto',
	'Titolo del progetto',
	'Nome progetto',
	'Project',
	'Project title'
];
export const SINCE = [
	'Dal',
	'Data inizio',
	'Inizio',
	'Data di inizio',
	'Data adesione',
	'Since',
	'Start',
	'Start date',
	'From'
];
export const UNTIL = [
	'Al',
	'Data fine',
	'Fine',
	'Data di fine',
	'Fino al',
	'Until',
	'End',
	'End date',
	'To'
];

const AMBITO = [
	'Ambito',
	'Ambito territoriale',
	'Ambito distrettuale',
	'Ufficio di Piano',
	'Piano di Zona'
];
/** A member of a network or a party to an agreement: an organisation's name, or these. */
export const MEMBER = [
	...ORGANISATION_NAME.filter((s) => s !== 'Denominazione'),
	'Membro',
	'Ente aderente'
];

// ---------------------------------------------------------------------------------------------
// Columns shared by sheets

/** What a sheet may add to a shared column: its own id and label, headers, weight. */
interface SheetColumn {
	label?: LocalizedText;
	synonyms?: readonly string[];
	required?: boolean;
	distinctive?: boolean;
}

/**
 * One definition per idea (a tax code, the date a period starts…): each sheet takes it under its
 * own field id, with the headers its offices add to the common ones.
 */
function sharedColumn<T>(
	idea: Pick<FieldDefinition<T>, 'label' | 'synonyms' | 'parse' | 'multipleColumns'>
) {
	return (id: string, sheet: SheetColumn = {}): FieldDefinition<T> => ({
		id,
		label: sheet.label ?? idea.label,
		required: sheet.required ?? false,
		synonyms: [...idea.synonyms, ...(sheet.synonyms ?? [])],
		...(idea.multipleColumns ? { multipleColumns: true } : {}),
		...(sheet.distinctive ? { distinctive: true } : {}),
		parse: idea.parse
	});
}

export const periodStartColumn = sharedColumn({
	label: { it: 'Dal', en: 'Since' },
	synonyms: SINCE,
	parse: dateStart
});
export const periodEndColumn = sharedColumn({
	label: { it: 'Al', en: 'Until' },
	synonyms: UNTIL,
	parse: dateEnd
});
export const taxCodeColumn = sharedColumn({
	label: { it: 'Codice fiscale / Partita IVA', en: 'Tax code / VAT number' },
	synonyms: TAX_CODE,
	multipleColumns: true,
	parse: parseTaxCode
});
export const actorKindColumn = sharedColumn<ActorKindId>({
	label: { it: 'Tipologia', en: 'Kind' },
	synonyms: ACTOR_KIND,
	parse: resolveActorKind
});
export const comuneColumn = sharedColumn({
	label: { it: 'Comune sede', en: 'Seat municipality' },
	synonyms: COMUNE,
	parse: parseText
});
export const istatColumn = sharedColumn({
	label: { it: 'Codice ISTAT', en: 'ISTAT code' },
	synonyms: ISTAT,
	parse: parseText
});
export const projectColumn = sharedColumn({
	label: { it: 'Progetto', en: 'Project' },
	synonyms: PROJECT,
	parse: parseText
});
export const ambitoColumn = sharedColumn({
	label: { it: 'Ambito', en: 'Ambito' },
	synonyms: AMBITO,
	parse: parseText
});
/** "Note" / "Osservazioni": a remark kept as a note, never read as a resource. */
export const notesColumn = sharedColumn({
	label: { it: 'Note', en: 'Notes' },
	synonyms: ['Note', 'Annotazioni', 'Osservazioni', 'Commenti', 'Notes', 'Comments'],
	multipleColumns: true,
	parse: parseLongText
});

// ---------------------------------------------------------------------------------------------
// Header matching

/** Words that carry no meaning in a header ("Data di inizio" = "Data inizio"). */
// prettier-ignore
const STOP_WORDS = new Set([
	'd', 'di', 'del', 'della', 'dello', 'dei', 'degli', 'delle', 'dell',
	'il', 'lo', 'la', 'gli', 'le', 'l', 'ed', 'per', 'nr', 'the', 'of'
]);

/** Accents, case and punctuation do not matter: "C.F." → "c f", "Intensità" → "intensita". */
export function headerKey(header: string): string {
	return foldText(header);
}

const tokensOf = (key: string) => key.split(' ').filter((t) => t !== '' && !STOP_WORDS.has(t));

/**
 * How well a header matches a synonym, 0–1:
 * 1 for the same words (or the same letters: "C.F." = "CF", "P. IVA" = "PIVA");
 * 0.7–0.95 when the header contains the synonym's words ("Comune sede legale" ⊇ "sede legale"),
 * more the larger the share of the header they cover; up to 0.75 for a near spelling
 * ("Denominazone"), so typos never beat a real match.
 */
export function headerMatchScore(header: string, synonym: string): number {
	const h = headerKey(header);
	const s = headerKey(synonym);
	if (h === '' || s === '') return 0;
	if (h === s || h.replace(/ /g, '') === s.replace(/ /g, '')) return 1;
	const ht = tokensOf(h);
	const st = tokensOf(s);
	if (ht.length > 0 && st.length > 0) {
		const headerSet = new Set(ht);
		if (st.every((t) => headerSet.has(t))) {
			return st.length === headerSet.size ? 0.95 : 0.7 + 0.25 * (st.length / headerSet.size);
		}
	}
	const hc = h.replace(/ /g, '');
	const sc = s.replace(/ /g, '');
	// Short words carry the meaning in "Ente A" / "Ente B" or "Soggetto A" / "Soggetto B":
	// a typo is only assumed in long words, never in a short one.
	const shortWords = (key: string) => key.split(' ').filter((w) => w.length <= 3);
	const sameShortWords =
		shortWords(h).every((w) => s.split(' ').includes(w)) &&
		shortWords(s).every((w) => h.split(' ').includes(w));
	if (sameShortWords && hc.length >= 5 && sc.length >= 5) {
		const similarity = 1 - levenshtein(hc, sc) / Math.max(hc.length, sc.length);
		if (similarity >= 0.8) return 0.75 * similarity;
	}
	return 0;
}
