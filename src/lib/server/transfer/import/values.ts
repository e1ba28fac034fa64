import { ACTOR_KINDS, type ActorKindId } from '../../../domain/actor-kinds';
import { COLLABORATION_SOURCES, type CollaborationSourceId } from '../../../domain/collaboration';
import {
	COMMITMENT_TYPES,
	type CommitmentTypeId,
	type FundingSourceId
} from '../../../domain/commitments';
import { ROLE_BY_ID, ROLES, type RoleId } from '../../../domain/roles';
import { validateTaxCode } from '../../../domain/tax-code';
import { closest, foldText } from '../../../text';
import { fail, ok, okWithWarning, type Parsed } from './problems';

/**
 * Parsers for single cell values as Italian offices write them. Each takes a non-empty, trimmed
 * cell and says what it means, or why it cannot be read, in both languages.
 */

/** True when `phrase` (folded) occurs as whole words in `folded`. */
function hasPhrase(folded: string, phrase: string): boolean {
	return ` ${folded} `.includes(` ${phrase} `);
}

// ---------------------------------------------------------------------------------------------
// Numbers

/**
 * "1.234,50 €", "1234,5", "€ 1 234", "1,234.50", "-12": Italian first. A lone dot followed by
 * exactly three digits is a thousands separator ("1.500" is fifteen hundred, as an Italian reads
 * it); otherwise a lone separator is the decimal one. Returns null when it is not a number.
 */
export function parseItalianNumber(raw: string): number | null {
	let s = raw
		.replace(/[\s\u00a0\u202f']/g, '')
		.replace(/€|euro|eur/gi, '')
		.trim();
	let negative = false;
	if (/^\(.*\)$/.test(s)) {
		// Accounting style: (1.234,00) is negative.
		negative = true;
		s = s.slice(1, -1);
	}
	if (s.startsWith('-') || s.startsWith('−')) {
		negative = !negative;
		s = s.slice(1);
	} else if (s.startsWith('+')) {
		s = s.slice(1);
	}
	if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;

	const lastComma = s.lastIndexOf(',');
	const lastDot = s.lastIndexOf('.');
	let normalized: string;
	if (lastComma >= 0 && lastDot >= 0) {
		// Both present: the later one is the decimal separator, the other groups thousands.
		const [thousands, decimal] = lastComma > lastDot ? ['.', ','] : [',', '.'];
		const [intPart, fraction, ...rest] = s.split(decimal);
		if (rest.length > 0 || fraction === undefined || fraction.includes(thousands)) return null;
		if (!isGrouped(intPart!, thousands) && intPart!.includes(thousands)) return null;
		normalized = `${intPart!.split(thousands).join('')}.${fraction}`;
	} else if (lastComma >= 0 || lastDot >= 0) {
		const separator = lastComma >= 0 ? ',' : '.';
		const parts = s.split(separator);
		if (parts.length > 2 || (separator === '.' && isGrouped(s, '.'))) {
			if (!isGrouped(s, separator)) return null;
			normalized = parts.join('');
		} else {
			normalized = `${parts[0] || '0'}.${parts[1]}`;
		}
	} else {
		normalized = s;
	}
	if (normalized.endsWith('.')) normalized = normalized.slice(0, -1);
	const value = Number(normalized);
	if (!Number.isFinite(value)) return null;
	return negative ? -value : value;
}

/** "1.234.567": groups of three after a first group of 1–3 digits not starting with 0. */
function isGrouped(s: string, separator: string): boolean {
	const sep = separator === '.' ? '\\.' : separator;
	return new RegExp(`^[1-9]\\d{0,2}(${sep}\\d{3})+$`).test(s);
}

export function parseAmount(raw: string): Parsed<number> {
	const value = parseItalianNumber(raw);
	if (value === null) {
		return fail(
			'BAD_NUMBER',
			`"${raw}" non è un numero. Scrivi ad esempio 1.234,50 (senza testo).`,
			`"${raw}" is not a number. Write e.g. 1.234,50 (no text).`
		);
	}
	if (value < 0) {
		return fail(
			'OUT_OF_RANGE',
			`L'importo ${raw} è negativo: un impegno non può essere negativo.`,
			`The amount ${raw} is negative: a commitment cannot be negative.`
		);
	}
	return ok(value);
}

const SCALE_WORDS: Record<string, number> = {
	'molto bassa': 1,
	'molto basso': 1,
	'very low': 1,
	bassa: 2,
	basso: 2,
	low: 2,
	media: 3,
	medio: 3,
	medium: 3,
	alta: 4,
	alto: 4,
	high: 4,
	'molto alta': 5,
	'molto alto': 5,
	'very high': 5
};

/** Intensity and trust are 1–5; workshops also write "4/5" or "alta". */
export function parseScale(raw: string): Parsed<number> {
	const folded = foldText(raw);
	const word = SCALE_WORDS[folded];
	if (word !== undefined) return ok(word);
	const fraction = raw.match(/^\s*(\d+(?:[.,]\d+)?)\s*\/\s*5\s*$/);
	const value = parseItalianNumber(fraction ? fraction[1]! : raw);
	if (value === null) {
		return fail(
			'BAD_NUMBER',
			`"${raw}" non è un valore da 1 a 5.`,
			`"${raw}" is not a value from 1 to 5.`
		);
	}
	if (value < 1 || value > 5) {
		return fail(
			'OUT_OF_RANGE',
			`${raw} è fuori scala: usa un valore da 1 (minimo) a 5 (massimo).`,
			`${raw} is out of range: use a value from 1 (lowest) to 5 (highest).`
		);
	}
	return ok(Math.round(value));
}

// ---------------------------------------------------------------------------------------------
// Dates

// prettier-ignore
const MONTHS: Record<string, number> = {
	gennaio: 1, gen: 1, january: 1, jan: 1,
	febbraio: 2, feb: 2, february: 2,
	marzo: 3, mar: 3, march: 3,
	aprile: 4, apr: 4, april: 4,
	maggio: 5, mag: 5, may: 5,
	giugno: 6, giu: 6, june: 6, jun: 6,
	luglio: 7, lug: 7, july: 7, jul: 7,
	agosto: 8, ago: 8, august: 8, aug: 8,
	settembre: 9, set: 9, september: 9, sep: 9,
	ottobre: 10, ott: 10, october: 10, oct: 10,
	novembre: 11, nov: 11, november: 11,
	dicembre: 12, dic: 12, december: 12, dec: 12
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isoIfValid(year: number, month: number, day: number): string | null {
	if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCMonth() !== month - 1) return null; // 31/02 rolls over
	return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const lastDayOfMonth = (year: number, month: number) =>
	new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Two-digit years: offices mean this century unless it is clearly the past one. */
const fullYear = (y: number, digits: number) => (digits > 2 ? y : y < 70 ? 2000 + y : 1900 + y);

/** Excel's day 0 is 1899-12-30 (it counts a 29/02/1900 that never was). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * "31/12/2023", "31-12-23", "31.12.2023", "2023-12-31", "31 dicembre 2023", an Excel serial
 * (45291), and partial dates: "2023" and "12/2023" are read as the first day of the period for a
 * start (`bound: 'start'`) and the last day for an end, so "Al: 2023" means until 31/12/2023.
 */
export function parseDate(raw: string, bound: 'start' | 'end' = 'start'): string | null {
	const s = raw.trim();
	let m: RegExpMatchArray | null;
	if ((m = s.match(/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/))) {
		return isoIfValid(Number(m[1]), Number(m[2]), Number(m[3]));
	}
	if ((m = s.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+[\d:.]+)?$/))) {
		return isoIfValid(fullYear(Number(m[3]), m[3]!.length), Number(m[2]), Number(m[1]));
	}
	if ((m = s.match(/^(\d{4})\/(\d{1,2})\/(\d{1,2})$/))) {
		return isoIfValid(Number(m[1]), Number(m[2]), Number(m[3]));
	}
	if ((m = s.match(/^(\d{4})$/))) {
		const year = Number(m[1]);
		return bound === 'start' ? isoIfValid(year, 1, 1) : isoIfValid(year, 12, 31);
	}
	if ((m = s.match(/^(\d{1,2})[/.-](\d{4})$/))) {
		const [month, year] = [Number(m[1]), Number(m[2])];
		if (month < 1 || month > 12) return null;
		return isoIfValid(year, month, bound === 'start' ? 1 : lastDayOfMonth(year, month));
	}
	const words = foldText(s).split(' ');
	if (
		words.length === 3 &&
		MONTHS[words[1]!] &&
		/^\d{1,2}$/.test(words[0]!) &&
		/^\d{4}$/.test(words[2]!)
	) {
		return isoIfValid(Number(words[2]), MONTHS[words[1]!]!, Number(words[0]));
	}
	if (words.length === 2 && MONTHS[words[0]!] && /^\d{4}$/.test(words[1]!)) {
		const [month, year] = [MONTHS[words[0]!]!, Number(words[1])];
		return isoIfValid(year, month, bound === 'start' ? 1 : lastDayOfMonth(year, month));
	}
	// Excel serial numbers: a date column that lost its format, or a CSV written from one.
	// Only 5-digit values (1927–2173) are taken, so that a year or an amount is never a date.
	if ((m = s.match(/^(\d{5})(?:[.,]\d+)?$/))) {
		const date = new Date(EXCEL_EPOCH_MS + Number(m[1]) * 86_400_000);
		return date.toISOString().slice(0, 10);
	}
	return null;
}

export function parseDateCell(raw: string, bound: 'start' | 'end'): Parsed<string> {
	const iso = parseDate(raw, bound);
	if (iso) return ok(iso);
	return fail(
		'BAD_DATE',
		`"${raw}" non è una data valida. Scrivi ad esempio 31/12/2023.`,
		`"${raw}" is not a valid date. Write e.g. 31/12/2023.`
	);
}

// ---------------------------------------------------------------------------------------------
// Yes / no

const YES = new Set(['si', 's', 'yes', 'y', 'x', '1', 'true', 'vero', 'ok', 'capofila']);
const NO = new Set(['no', 'n', '0', 'false', 'falso', 'nessuno']);

export function parseYesNo(raw: string): Parsed<boolean> {
	const folded = foldText(raw);
	// "✓" folds to nothing; a tick is a yes.
	if (YES.has(folded) || (folded === '' && /[✓✔☑]/.test(raw))) return ok(true);
	if (NO.has(folded) || folded === '') return ok(false);
	return fail(
		'UNKNOWN_VALUE',
		`"${raw}" non è un sì/no. Scrivi "sì" oppure "no".`,
		`"${raw}" is not a yes/no. Write "sì" or "no".`
	);
}

// ---------------------------------------------------------------------------------------------
// Actor kinds

// Checked before the cooperative rule: "Confcooperative" or "CSV" are neither a cooperative nor an ODV.
// prettier-ignore
const CSV_PHRASES = ['csv', 'centro servizi per il volontariato', 'centro di servizio per il volontariato', 'centro servizi volontariato', 'centro di servizio volontariato'];
// prettier-ignore
const REPRESENTATIVE_PHRASES = ['associazione di rappresentanza', 'organizzazione di rappresentanza', 'confcooperative', 'federsolidarieta', 'legacoop', 'agci', 'confartigianato', 'cna', 'coldiretti', 'confagricoltura'];

/**
 * Phrases (folded) that name a kind, most specific first: the first rule with a matching phrase
 * wins, so "fondazione di comunità" is found before "fondazione" and "consorzio di cooperative"
 * before "cooperativa".
 */
// prettier-ignore
const KIND_RULES: ReadonlyArray<readonly [ActorKindId, readonly string[]]> = [
	['consorzio_pubblico', ['consorzio pubblico', 'consorzio di comuni', 'consorzio dei comuni', 'consorzio tra comuni', 'consorzio intercomunale']],
	['camera_commercio', ['camera di commercio', 'cciaa', 'camera commercio', 'chamber of commerce']],
	['prefettura', ['prefettura', 'ufficio territoriale del governo', 'utg', 'prefecture']],
	['aler', ['aler', 'azienda lombarda per l edilizia residenziale', 'azienda lombarda edilizia residenziale', 'edilizia residenziale pubblica']],
	['comunita_montana', ['comunita montana', 'comunita montane']],
	['unione_comuni', ['unione di comuni', 'unione dei comuni', 'unione comuni', 'unione comunale']],
	['citta_metropolitana', ['citta metropolitana', 'metropolitan city']],
	['consorzio_cooperative', ['consorzio di cooperative', 'consorzio cooperative', 'consorzio coop', 'consorzio di cooperative sociali']],
	['forum_terzo_settore', ['forum del terzo settore', 'forum terzo settore', 'forum 3 settore']],
	['rete_associativa', ['rete associativa', 'reti associative']],
	['fondazione_comunita', ['fondazione di comunita', 'fondazione comunitaria', 'fondazione della comunita', 'community foundation']],
	['fondazione_bancaria', ['fondazione bancaria', 'fondazione di origine bancaria', 'banking foundation']],
	['impresa_sociale', ['impresa sociale', 'social enterprise']],
	['odv', ['odv', 'o d v', 'organizzazione di volontariato', 'associazione di volontariato', 'volontariato', 'voluntary organisation']],
	['aps', ['aps', 'a p s', 'associazione di promozione sociale', 'promozione sociale']],
	['rete_conciliazione', ['rete di conciliazione', 'rete territoriale di conciliazione', 'rete conciliazione', 'alleanza locale di conciliazione', 'alleanza di conciliazione', 'alleanza locale', 'conciliazione']],
	['rete_territoriale', ['rete territoriale', 'tavolo territoriale', 'tavolo tematico', 'tavolo', 'rete', 'network', 'round table']],
	['associazione_famiglie', ['associazione di famiglie', 'associazione famiglie', 'associazione delle famiglie', 'associazione genitori', 'famiglie']],
	['organizzazione_sindacale', ['organizzazione sindacale', 'sindacato', 'sindacati', 'sindacale', 'cgil', 'cisl', 'uil', 'trade union']],
	['associazione_datoriale', ['associazione datoriale', 'associazione di categoria', 'associazione imprenditoriale', 'confcommercio', 'confindustria', 'confesercenti', 'assolombarda', 'employers association']],
	['ente_religioso', ['ente religioso', 'ente ecclesiastico', 'parrocchia', 'parrocchie', 'oratorio', 'diocesi', 'caritas', 'congregazione', 'istituto religioso']],
	['casa_di_comunita', ['casa di comunita', 'casa della comunita', 'cdc']],
	['ente_sociosanitario_privato', ['ente gestore', 'ente sociosanitario', 'ente socio sanitario', 'unita d offerta sociosanitaria', 'rsa', 'rsd', 'cdi', 'cdd', 'consultorio', 'accreditato']],
	['azienda_speciale', ['azienda speciale', 'azienda speciale consortile', 'asc', 'asp', 'azienda servizi alla persona', 'azienda di servizi alla persona', 'consorzio servizi sociali']],
	['ambito', ['ambito', 'ambito territoriale', 'ufficio di piano', 'udp', 'piano di zona']],
	['distretto', ['distretto', 'distretto sociosanitario', 'distretto socio sanitario']],
	['asst', ['asst', 'azienda socio sanitaria territoriale']],
	['ats', ['ats', 'agenzia di tutela della salute', 'asl', 'azienda sanitaria locale']],
	['regione', ['regione', 'regione lombardia']],
	['provincia', ['provincia', 'citta metropolitana']],
	['comune', ['comune', 'comuni', 'amministrazione comunale', 'municipality']],
	['centro_impiego', ['centro per l impiego', 'centro impiego', 'centri per l impiego', 'cpi']],
	['centro_formazione', ['centro di formazione professionale', 'centro di formazione', 'ente di formazione', 'formazione professionale', 'cfp', 'ente accreditato formazione']],
	['universita', ['universita', 'ateneo', 'politecnico', 'centro di ricerca', 'istituto di ricerca', 'university']],
	['scuola', ['scuola', 'istituto comprensivo', 'istituto scolastico', 'istituto di istruzione', 'istituto superiore', 'liceo', 'ic', 'iis', 'cpia', 'school']],
	['gruppo_informale', ['gruppo informale', 'gruppo di cittadini', 'comitato di cittadini', 'comitato', 'cittadini', 'informal group']],
	['fondazione', ['fondazione', 'foundation']],
	['impresa', ['impresa', 'azienda', 'ditta', 'societa', 'srl', 's r l', 'spa', 's p a', 'snc', 's n c', 'sas', 'company', 'business']],
	['altro', ['altro', 'altri', 'other']]
];

const LABEL_TO_KIND = new Map<string, ActorKindId>(
	ACTOR_KINDS.flatMap((k) => [
		[foldText(k.id), k.id] as const,
		[foldText(k.label.it), k.id] as const,
		[foldText(k.label.en), k.id] as const
	])
);

const isCooperative = (f: string) =>
	/\b(cooperativa|cooperative|coop|soc coop|scs|s c s|social cooperative)\b/.test(f);

/**
 * "Cooperativa sociale di tipo A", "coop. soc. B", "ODV", "Associazione di promozione sociale",
 * "Sindacato", "Parrocchia"… to an actor-kind id.
 */
export function resolveActorKind(raw: string): Parsed<ActorKindId> {
	const folded = foldText(raw);
	const exact = LABEL_TO_KIND.get(folded);
	if (exact) return ok(exact);

	if (REPRESENTATIVE_PHRASES.some((phrase) => hasPhrase(folded, phrase)))
		return ok('associazione_rappresentanza');
	if (CSV_PHRASES.some((phrase) => hasPhrase(folded, phrase))) return ok('csv');
	if (isCooperative(folded) && !hasPhrase(folded, 'consorzio')) {
		// "a r l" (a responsabilità limitata) is not the letter A of the type.
		const f = folded.replace(/\ba r ?l\b/g, ' ').replace(/\s+/g, ' ');
		const typeB = /\b(b|tipo b|inserimento lavorativo)\b/.test(f);
		const typeA = /\b(a|tipo a)\b/.test(f);
		const social = /\b(sociale|sociali|soc|scs|s c s|social)\b/.test(f) || typeA || typeB;
		if (typeA && typeB) {
			return okWithWarning(
				'cooperativa_sociale_a',
				'DEFAULT_USED',
				`"${raw}": cooperativa di tipo A e B (plurima), registrata come tipo A.`,
				`"${raw}": type A and B (mixed) cooperative, recorded as type A.`
			);
		}
		if (typeB) return ok('cooperativa_sociale_b');
		if (typeA) return ok('cooperativa_sociale_a');
		if (social) {
			return okWithWarning(
				'cooperativa_sociale_a',
				'DEFAULT_USED',
				`"${raw}": non dice se è di tipo A o B; registrata come tipo A (servizi). Correggi se è di tipo B (inserimento lavorativo).`,
				`"${raw}": does not say type A or B; recorded as type A (services). Correct it if it is type B (work integration).`
			);
		}
		// A cooperative that is not a social one is a business.
		return ok('impresa');
	}

	for (const [kind, phrases] of KIND_RULES) {
		if (phrases.some((phrase) => hasPhrase(folded, phrase))) return ok(kind);
	}
	if (hasPhrase(folded, 'associazione') || hasPhrase(folded, 'ets') || hasPhrase(folded, 'onlus')) {
		return okWithWarning(
			'altro',
			'UNKNOWN_VALUE',
			`"${raw}" non basta a capire il tipo di ente (ODV, APS, associazione di famiglie…): registrato come "Altro", correggilo dopo l'importazione.`,
			`"${raw}" is not enough to tell the kind (ODV, APS, families' association…): recorded as "Other", correct it after the import.`
		);
	}
	return okWithWarning(
		'altro',
		'UNKNOWN_VALUE',
		`Tipologia "${raw}" sconosciuta: registrata come "Altro". Usa una delle tipologie dell'elenco (es. "Cooperativa sociale di tipo A", "ODV", "APS", "Comune").`,
		`Unknown kind "${raw}": recorded as "Other". Use one of the listed kinds (e.g. "Cooperativa sociale di tipo A", "ODV", "APS", "Comune").`
	);
}

// ---------------------------------------------------------------------------------------------
// Roles, resources, sources

// prettier-ignore
const ROLE_PHRASES: ReadonlyArray<readonly [RoleId, readonly string[]]> = [
	['capofila', ['capofila', 'capo fila', 'ente capofila', 'soggetto capofila', 'lead', 'lead partner', 'leader', 'coordinatore']],
	['co_promotore', ['co promotore', 'copromotore', 'co promotrice', 'ente co promotore', 'co promoter']],
	['promotore', ['promotore', 'promotrice', 'ente promotore', 'soggetto promotore', 'promoter']],
	['ente_finanziatore', ['ente finanziatore', 'finanziatore', 'finanziatrice', 'soggetto finanziatore', 'ente erogatore', 'funder']],
	['comune_coinvolto', ['comune coinvolto', 'comuni coinvolti', 'comune interessato', 'comune del territorio']],
	['membro', ['membro', 'membri', 'membro della rete', 'socio della rete', 'componente della rete', 'network member']],
	['sostenitore', ['sostenitore', 'sostenitrice', 'sostenitori', 'sostegno', 'lettera di sostegno', 'supporter', 'sponsor']],
	['aderente', ['aderente', 'aderenti', 'adesione', 'ente aderente', 'rete', 'associato', 'adhering', 'member']],
	['partner', ['partner', 'partners', 'partner di progetto', 'partner effettivo', 'partner operativo', 'partner attuatore', 'attuatore', 'co progettista']]
];

const ROLE_LABELS = new Map<string, RoleId>(
	ROLES.flatMap((r) => [
		[r.id, r.id] as const,
		[foldText(r.id), r.id] as const,
		[foldText(r.label.it), r.id] as const,
		[foldText(r.label.en), r.id] as const
	])
);

const ROLE_HINTS: Array<[string, string]> = [
	...ROLES.map((r) => [foldText(r.label.it), r.label.it.toLowerCase()] as [string, string]),
	...ROLE_PHRASES.flatMap(([id, phrases]) =>
		phrases.map((p) => [p, ROLE_BY_ID[id].label.it.toLowerCase()] as [string, string])
	)
];

/**
 * "capofila", "Partner", "co-promotore", "membro della rete", "Capofila: sì" (and "Capofila: no",
 * which means partner). A role read from a phrase rather than its name is said as a warning; an
 * unknown one is an error with the closest role, never a silent guess.
 */
export function resolveRole(raw: string): Parsed<RoleId> {
	const folded = foldText(raw);
	const exact = ROLE_LABELS.get(folded);
	if (exact) return ok(exact);
	const flag = folded.match(/^(capofila|capo fila|lead partner|lead)\s+(.+)$/);
	if (flag) {
		const yes = parseYesNo(flag[2]!);
		if (yes.ok) return ok(yes.value ? 'capofila' : 'partner');
	}
	for (const [role, phrases] of ROLE_PHRASES) {
		if (phrases.some((phrase) => hasPhrase(folded, phrase))) {
			const label = ROLE_BY_ID[role].label;
			return okWithWarning(
				role,
				'MAPPED_VALUE',
				`Ruolo "${raw}" letto come "${label.it}".`,
				`Role "${raw}" read as "${label.en}".`
			);
		}
	}
	const hint = closest(folded, ROLE_HINTS);
	const known = ROLES.map((r) => `"${r.label.it.toLowerCase()}"`).join(', ');
	return fail(
		'UNKNOWN_VALUE',
		`Ruolo "${raw}" sconosciuto.${hint ? ` Forse intendevi "${hint}"?` : ''} Ruoli possibili: ${known}.`,
		`Unknown role "${raw}".${hint ? ` Did you mean "${hint}"?` : ''} Possible roles: ${known}.`
	);
}

// prettier-ignore
const COMMITMENT_PHRASES: ReadonlyArray<readonly [CommitmentTypeId, readonly string[]]> = [
	['staff_hours', ['ore', 'ore di personale', 'personale', 'ore personale', 'risorse umane', 'operatori', 'volontari', 'staff', 'hours', 'staff hours']],
	['spaces', ['spazi', 'spazio', 'locali', 'sede', 'sedi', 'strutture', 'immobile', 'immobili', 'premises', 'spaces']],
	['in_kind', ['in natura', 'beni', 'servizi', 'beni e servizi', 'materiali', 'attrezzature', 'valorizzazione', 'in kind']],
	['money', ['denaro', 'risorse economiche', 'economiche', 'economica', 'euro', 'eur', 'cofinanziamento', 'finanziamento', 'contributo', 'monetaria', 'monetarie', 'risorse finanziarie', 'finanziaria', 'money', 'cash']]
];

const COMMITMENT_LABELS = new Map<string, CommitmentTypeId>(
	COMMITMENT_TYPES.flatMap((c) => [
		[c.id, c.id] as const,
		[foldText(c.id), c.id] as const,
		[foldText(c.label.it), c.id] as const,
		[foldText(c.label.en), c.id] as const
	])
);

export function resolveCommitmentType(raw: string): Parsed<CommitmentTypeId> {
	const folded = foldText(raw);
	const exact = COMMITMENT_LABELS.get(folded);
	if (exact) return ok(exact);
	for (const [type, phrases] of COMMITMENT_PHRASES) {
		if (phrases.some((phrase) => hasPhrase(folded, phrase))) return ok(type);
	}
	return fail(
		'UNKNOWN_VALUE',
		`Tipo di risorsa "${raw}" sconosciuto. Usa "risorse economiche", "ore di personale", "spazi" o "beni e servizi in natura".`,
		`Unknown resource type "${raw}". Use "risorse economiche" (money), "ore di personale" (staff hours), "spazi" (premises) or "beni e servizi in natura" (in kind).`
	);
}

export function resolveFundingSource(raw: string): Parsed<FundingSourceId> {
	const folded = foldText(raw);
	if (
		/\b(pubblica|pubblico|pubbliche|public|comune|regione|fsr|fnps|pnrr|statale|ministero)\b/.test(
			folded
		)
	) {
		return ok('public');
	}
	if (
		/\b(privata|privato|private|terzo settore|third sector|propria|proprie|fondazione|autofinanziamento)\b/.test(
			folded
		)
	) {
		return ok('private');
	}
	return fail(
		'UNKNOWN_VALUE',
		`Fonte "${raw}" sconosciuta. Scrivi "pubblica" o "privata".`,
		`Unknown source "${raw}". Write "pubblica" (public) or "privata" (private).`
	);
}

// prettier-ignore
const COLLABORATION_PHRASES: ReadonlyArray<readonly [CollaborationSourceId, readonly string[]]> = [
	['survey', ['questionario', 'indagine', 'survey', 'sondaggio']],
	['workshop', ['laboratorio', 'workshop', 'focus group', 'incontro', 'tavolo']],
	['shared_project', ['progetto condiviso', 'progetto comune', 'progetto precedente', 'shared project']],
	['declared', ['dichiarata', 'dichiarato', 'dichiarazione', 'candidatura', 'declared']]
];

export function resolveCollaborationSource(raw: string): Parsed<CollaborationSourceId> {
	const folded = foldText(raw);
	for (const source of COLLABORATION_SOURCES) {
		if (
			folded === source.id ||
			folded === foldText(source.label.it) ||
			folded === foldText(source.label.en)
		) {
			return ok(source.id);
		}
	}
	for (const [source, phrases] of COLLABORATION_PHRASES) {
		if (phrases.some((phrase) => hasPhrase(folded, phrase))) return ok(source);
	}
	return fail(
		'UNKNOWN_VALUE',
		`Fonte "${raw}" sconosciuta. Usa "dichiarata", "questionario", "laboratorio" o "progetto condiviso".`,
		`Unknown source "${raw}". Use "dichiarata" (declared), "questionario" (survey), "laboratorio" (workshop) or "progetto condiviso" (shared project).`
	);
}

// ---------------------------------------------------------------------------------------------
// Tax codes and plain text

/**
 * A checksum-valid tax code. A 9–10 digit value is usually a partita IVA whose leading zeros the
 * spreadsheet dropped (the column was numeric): restored, with a warning, when the result is valid.
 */
export function parseTaxCode(raw: string): Parsed<string> {
	const result = validateTaxCode(raw);
	if (result.ok) return ok(result.normalized);
	const digits = raw.replace(/[\s.]/g, '');
	if (/^\d{9,10}$/.test(digits)) {
		const padded = validateTaxCode(digits.padStart(11, '0'));
		if (padded.ok) {
			return okWithWarning(
				padded.normalized,
				'TAX_CODE_FIXED',
				`"${raw}" ha perso gli zeri iniziali nel foglio di calcolo: letto come ${padded.normalized}. Formatta la colonna come testo.`,
				`"${raw}" lost its leading zeros in the spreadsheet: read as ${padded.normalized}. Format the column as text.`
			);
		}
	}
	return {
		ok: false,
		code: 'BAD_TAX_CODE',
		message: {
			it: `Codice fiscale "${raw}" non valido: ${result.reason.it}`,
			en: `Invalid tax code "${raw}": ${result.reason.en}`
		}
	};
}

export function parseText(raw: string): Parsed<string> {
	return ok(raw.replace(/\s+/g, ' ').trim());
}

/** Multi-line notes keep their line breaks. */
export function parseLongText(raw: string): Parsed<string> {
	return ok(raw.replace(/\r\n?/g, '\n').trim());
}

/**
 * Several values in one cell ("Comune di Crema; Coop. Sole"). Commas are not separators: they
 * occur inside names ("Cooperativa Sole, Onlus"); see `splitNamesLeniently` for that case.
 */
export function parseList(raw: string): Parsed<string[]> {
	return ok(
		raw
			.split(/[;\n|]+/)
			.map((part) => part.replace(/\s+/g, ' ').trim())
			.filter((part) => part !== '')
	);
}
