/** Italian first, English second: every UI string exists in both. */
export type Lang = 'it' | 'en';
export const LANGS: readonly Lang[] = ['it', 'en'];

export function parseLang(value: string | null | undefined): Lang {
	return value === 'en' ? 'en' : 'it';
}

const messages = {
	appTagline: {
		it: 'La rete del welfare locale lombardo e la qualità dei partenariati',
		en: "Lombardy's local welfare network and the quality of partnerships"
	},
	territoryTitle: { it: 'Il territorio', en: 'The territory' },
	territoryIntro: {
		it: 'Dati di riferimento reali (ISTAT, ANPR, Ministero della Salute e fonti citate). Dove un dato manca, lo diciamo.',
		en: 'Real reference data (ISTAT, ANPR, Ministry of Health and the cited sources). Where a value is missing, we say so.'
	},
	comuni: { it: 'Comuni', en: 'Comuni (municipalities)' },
	population: { it: 'Residenti', en: 'Residents' },
	withAmbito: { it: 'con Ambito noto', en: 'with a known Ambito' },
	withAts: { it: 'con ATS nota', en: 'with a known ATS' },
	withAsst: { it: 'con ASST nota', en: 'with a known ASST' },
	withDistretto: { it: 'con Distretto noto', en: 'with a known Distretto' },
	withPopulation: { it: 'con popolazione', en: 'with population' },
	ambiti: { it: 'Ambiti territoriali', en: 'Social Ambiti' },
	ambitiListed: { it: 'con Comuni elencati', en: 'with listed Comuni' },
	ats: { it: 'ATS', en: 'ATS (health agencies)' },
	asst: { it: 'ASST', en: 'ASST (health trusts)' },
	distretti: { it: 'Distretti', en: 'Districts' },
	caseDiComunita: { it: 'Case di Comunità', en: 'Community health houses' },
	province: { it: 'Province', en: 'Provinces' },
	of: { it: 'su', en: 'of' },
	tree: { it: 'ATS, ASST e Ambiti', en: 'ATS, ASST and Ambiti' },
	comuniKnown: { it: 'Comuni noti', en: 'known Comuni' },
	stated: { it: 'dichiarati', en: 'stated' },
	ambitiWithoutAts: { it: 'Ambiti senza ATS indicata', en: 'Ambiti without a stated ATS' },
	noAmbiti: { it: 'Nessun Ambito noto', en: 'No known Ambito' },
	database: { it: 'Database', en: 'Database' },
	sources: { it: 'Fonti e lacune dei dati', en: 'Data sources and gaps' },
	switchLang: { it: 'English', en: 'Italiano' },
	errorTitle: { it: 'Qualcosa non ha funzionato', en: 'Something went wrong' },
	errorNext: {
		it: 'Riprova tra poco. Se il problema continua, controlla che il database sia avviato (npx trama db:status).',
		en: 'Try again shortly. If it persists, check the database is running (npx trama db:status).'
	}
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof messages;

export function translate(lang: Lang, key: MessageKey): string {
	return messages[key][lang];
}

export function formatNumber(lang: Lang, value: number): string {
	// Italian CLDR leaves 4-digit numbers ungrouped ("1502"); offices write "1.502".
	return new Intl.NumberFormat(lang === 'it' ? 'it-IT' : 'en-GB', { useGrouping: 'always' }).format(
		value
	);
}

export function formatPercent(lang: Lang, part: number, whole: number): string {
	if (whole === 0) return '–';
	return new Intl.NumberFormat(lang === 'it' ? 'it-IT' : 'en-GB', {
		style: 'percent',
		maximumFractionDigits: 1
	}).format(part / whole);
}
