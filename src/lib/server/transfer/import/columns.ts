import type { ActorKindId } from '../../../domain/actor-kinds';
import type { CollaborationSourceId } from '../../../domain/collaboration';
import type { CommitmentTypeId, FundingSourceId } from '../../../domain/commitments';
import type { LocalizedText } from '../../../domain/registry';
import type { RoleId } from '../../../domain/roles';
import { foldText, levenshtein } from '../../../text';
import type { Parsed } from './problems';
import {
	parseAmount,
	parseDateCell,
	parseList,
	parseLongText,
	parseScale,
	parseTaxCode,
	parseText,
	parseYesNo,
	resolveActorKind,
	resolveCollaborationSource,
	resolveCommitmentType,
	resolveFundingSource,
	resolveRole
} from './values';

/**
 * What can be imported from a sheet, which fields each kind of sheet fills, and the headers
 * offices actually write for them. References to other things (a Comune, an actor, a project, an
 * Ambito) are parsed here as plain names; `buildImport` resolves them with the import context.
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

export function field<T>(definition: FieldDefinition<T>): FieldDefinition<T> {
	return definition;
}

export const dateStart = (raw: string) => parseDateCell(raw, 'start');
export const dateEnd = (raw: string) => parseDateCell(raw, 'end');

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

export const ACTOR_FIELDS = {
	// Only an explicit Trama id (e.g. from a Trama export): an office's own "ID" column is usually
	// a row number, which must not become an actor id.
	id: field({
		id: 'id',
		label: { it: 'Identificativo Trama', en: 'Trama id' },
		required: false,
		synonyms: ['Id Trama', 'Trama id'],
		parse: parseText
	}),
	name: field({
		id: 'name',
		label: { it: 'Denominazione', en: 'Name' },
		required: true,
		synonyms: ORGANISATION_NAME,
		parse: parseText
	}),
	kind: field<ActorKindId>({
		id: 'kind',
		label: { it: 'Tipologia', en: 'Kind' },
		required: false,
		synonyms: ACTOR_KIND,
		distinctive: true,
		parse: resolveActorKind
	}),
	taxCode: field({
		id: 'taxCode',
		label: { it: 'Codice fiscale / Partita IVA', en: 'Tax code / VAT number' },
		required: false,
		synonyms: TAX_CODE,
		multipleColumns: true,
		parse: parseTaxCode
	}),
	seatComune: field({
		id: 'seatComune',
		label: { it: 'Comune sede', en: 'Seat municipality' },
		required: false,
		synonyms: COMUNE,
		parse: parseText
	}),
	seatIstat: field({
		id: 'seatIstat',
		label: { it: 'Codice ISTAT del Comune sede', en: 'ISTAT code of the seat' },
		required: false,
		synonyms: ISTAT,
		parse: parseText
	}),
	activeInAmbiti: field({
		id: 'activeInAmbiti',
		label: { it: 'Ambiti in cui opera', en: 'Ambiti where it works' },
		required: false,
		synonyms: [
			'Ambiti',
			'Ambito',
			'Ambito territoriale',
			'Ambiti di attività',
			'Ambito di intervento',
			'Active in'
		],
		parse: parseList
	}),
	tags: field({
		id: 'tags',
		label: { it: 'Etichette', en: 'Tags' },
		required: false,
		synonyms: ['Tag', 'Tags', 'Etichette', 'Parole chiave', 'Keywords'],
		parse: parseList
	}),
	notes: field({
		id: 'notes',
		label: { it: 'Note', en: 'Notes' },
		required: false,
		synonyms: ['Note', 'Annotazioni', 'Osservazioni', 'Commenti', 'Notes', 'Comments'],
		multipleColumns: true,
		parse: parseLongText
	})
} as const;

export const PARTNERSHIP_FIELDS = {
	project: field({
		id: 'project',
		label: { it: 'Progetto', en: 'Project' },
		required: true,
		synonyms: PROJECT,
		distinctive: true,
		parse: parseText
	}),
	actor: field({
		id: 'actor',
		label: { it: 'Ente partner', en: 'Partner organisation' },
		required: true,
		synonyms: [...ORGANISATION_NAME, 'Partner', 'Ente partner', 'Soggetto partner', 'Partner name'],
		parse: parseText
	}),
	actorTaxCode: field({
		id: 'actorTaxCode',
		label: { it: 'Codice fiscale dell’ente', en: 'Organisation tax code' },
		required: false,
		synonyms: TAX_CODE,
		multipleColumns: true,
		parse: parseTaxCode
	}),
	actorComune: field({
		id: 'actorComune',
		label: { it: 'Comune sede dell’ente', en: 'Organisation seat municipality' },
		required: false,
		synonyms: COMUNE,
		parse: parseText
	}),
	actorKind: field<ActorKindId>({
		id: 'actorKind',
		label: { it: 'Tipologia dell’ente', en: 'Organisation kind' },
		required: false,
		synonyms: ACTOR_KIND,
		parse: resolveActorKind
	}),
	role: field<RoleId>({
		id: 'role',
		label: { it: 'Ruolo', en: 'Role' },
		required: false,
		synonyms: ['Ruolo', 'Ruolo nel partenariato', 'Ruolo nel progetto', 'Tipo partner', 'Role'],
		distinctive: true,
		parse: resolveRole
	}),
	capofila: field<boolean>({
		id: 'capofila',
		label: { it: 'Capofila (sì/no)', en: 'Lead partner (yes/no)' },
		required: false,
		synonyms: ['Capofila', 'Capofila (sì/no)', 'È capofila', 'Lead partner', 'Lead'],
		distinctive: true,
		parse: parseYesNo
	}),
	since: field({
		id: 'since',
		label: { it: 'Dal', en: 'Since' },
		required: false,
		synonyms: SINCE,
		parse: dateStart
	}),
	until: field({
		id: 'until',
		label: { it: 'Al', en: 'Until' },
		required: false,
		synonyms: UNTIL,
		parse: dateEnd
	}),
	commitmentType: field<CommitmentTypeId>({
		id: 'commitmentType',
		label: { it: 'Tipo risorsa', en: 'Resource type' },
		required: false,
		synonyms: [
			'Tipo risorsa',
			'Tipologia risorsa',
			'Tipo di risorsa',
			'Tipo impegno',
			'Tipo apporto',
			'Risorsa',
			'Apporto',
			'Resource type',
			'Commitment type'
		],
		distinctive: true,
		parse: resolveCommitmentType
	}),
	amount: field<number>({
		id: 'amount',
		label: { it: 'Importo / quantità', en: 'Amount / quantity' },
		required: false,
		synonyms: [
			'Importo',
			'Importo (€)',
			'Importo euro',
			'Quantità',
			'Ore',
			'Cofinanziamento',
			'Amount',
			'Quantity'
		],
		distinctive: true,
		parse: parseAmount
	}),
	valueEur: field<number>({
		id: 'valueEur',
		label: { it: 'Valore (€)', en: 'Value (EUR)' },
		required: false,
		synonyms: [
			'Valore',
			'Valore (€)',
			'Valore economico',
			'Valorizzazione',
			'Valore in euro',
			'Value',
			'Value EUR'
		],
		parse: parseAmount
	}),
	fundingSource: field<FundingSourceId>({
		id: 'fundingSource',
		label: { it: 'Fonte (pubblica/privata)', en: 'Source (public/private)' },
		required: false,
		synonyms: [
			'Fonte',
			'Fonte finanziamento',
			'Fonte di finanziamento',
			'Origine risorse',
			'Natura risorsa',
			'Source',
			'Funding source'
		],
		parse: resolveFundingSource
	}),
	beyondFunding: field<boolean>({
		id: 'beyondFunding',
		label: { it: 'Oltre il finanziamento', en: 'Beyond funding' },
		required: false,
		synonyms: [
			'Oltre il finanziamento',
			'Sostenibilità',
			'Continua dopo il progetto',
			'Beyond funding'
		],
		parse: parseYesNo
	}),
	commitmentDescription: field({
		id: 'commitmentDescription',
		label: { it: 'Descrizione della risorsa', en: 'Resource description' },
		required: false,
		synonyms: [
			'Descrizione risorsa',
			'Descrizione impegno',
			'Descrizione apporto',
			'Descrizione',
			'Description'
		],
		parse: parseLongText
	}),
	// "Note" / "Osservazioni" next to the resources is a remark on the partner, never a resource.
	notes: ACTOR_FIELDS.notes
} as const;

export const ACTION_FIELDS = {
	project: field({
		id: 'project',
		label: { it: 'Progetto', en: 'Project' },
		required: true,
		synonyms: PROJECT,
		parse: parseText
	}),
	title: field({
		id: 'title',
		label: { it: 'Azione', en: 'Action' },
		required: true,
		synonyms: [
			'Azione',
			'Titolo azione',
			'Nome azione',
			'Attività',
			'Intervento',
			'Action',
			'Action title'
		],
		distinctive: true,
		parse: parseText
	}),
	description: field({
		id: 'description',
		label: { it: 'Descrizione', en: 'Description' },
		required: false,
		synonyms: ['Descrizione', 'Descrizione azione', 'Descrizione attività', 'Description'],
		parse: parseLongText
	}),
	responsible: field({
		id: 'responsible',
		label: { it: 'Responsabile', en: 'Responsible' },
		required: true,
		synonyms: [
			'Responsabile',
			'Responsabili',
			'Ente responsabile',
			'Enti responsabili',
			'Soggetto responsabile',
			'Responsible',
			'Responsible organisation'
		],
		distinctive: true,
		parse: parseList
	})
} as const;

export const COLLABORATION_FIELDS = {
	actorA: field({
		id: 'actorA',
		label: { it: 'Ente A', en: 'Actor A' },
		required: true,
		synonyms: [
			'Ente A',
			'Soggetto A',
			'Attore A',
			'Organizzazione A',
			'Ente',
			'Actor A',
			'Organisation A'
		],
		distinctive: true,
		parse: parseText
	}),
	actorB: field({
		id: 'actorB',
		label: { it: 'Ente B', en: 'Actor B' },
		required: true,
		synonyms: [
			'Ente B',
			'Soggetto B',
			'Attore B',
			'Organizzazione B',
			'Collabora con',
			'Con',
			'Partner',
			'Actor B',
			'Organisation B',
			'With'
		],
		distinctive: true,
		parse: parseText
	}),
	since: field({
		id: 'since',
		label: { it: 'Dal', en: 'Since' },
		required: false,
		synonyms: [...SINCE, 'Da quando', 'Anno inizio', 'Collaborano dal'],
		parse: dateStart
	}),
	until: field({
		id: 'until',
		label: { it: 'Al', en: 'Until' },
		required: false,
		synonyms: UNTIL,
		parse: dateEnd
	}),
	strength: field<number>({
		id: 'strength',
		label: { it: 'Intensità (1-5)', en: 'Strength (1-5)' },
		required: false,
		synonyms: [
			'Intensità',
			'Intensità collaborazione',
			'Forza',
			'Forza del legame',
			'Frequenza',
			'Strength',
			'Intensity'
		],
		distinctive: true,
		parse: parseScale
	}),
	trust: field<number>({
		id: 'trust',
		label: { it: 'Fiducia (1-5)', en: 'Trust (1-5)' },
		required: false,
		synonyms: ['Fiducia', 'Livello di fiducia', 'Grado di fiducia', 'Trust'],
		distinctive: true,
		parse: parseScale
	}),
	value: field({
		id: 'value',
		label: { it: 'Valore della collaborazione', en: 'Value of the collaboration' },
		required: false,
		synonyms: [
			'Valore',
			'Valore aggiunto',
			'Cosa porta',
			'Contenuto',
			'Oggetto collaborazione',
			'Value'
		],
		parse: parseLongText
	}),
	source: field<CollaborationSourceId>({
		id: 'source',
		label: { it: 'Fonte', en: 'Source' },
		required: false,
		synonyms: ['Fonte', 'Origine', 'Rilevazione', 'Source'],
		parse: resolveCollaborationSource
	})
} as const;

export const TERRITORY_FIELDS = {
	comune: field({
		id: 'comune',
		label: { it: 'Comune', en: 'Municipality' },
		required: false,
		synonyms: ['Comune', 'Denominazione comune', 'Nome comune', 'Denominazione', 'Municipality'],
		parse: parseText
	}),
	istat: field({
		id: 'istat',
		label: { it: 'Codice ISTAT', en: 'ISTAT code' },
		required: false,
		synonyms: ISTAT,
		parse: parseText
	}),
	ambito: field({
		id: 'ambito',
		label: { it: 'Ambito territoriale', en: 'Social district (Ambito)' },
		required: false,
		synonyms: [
			'Ambito',
			'Ambito territoriale',
			'Ambito sociale',
			'Ambito distrettuale',
			'Piano di Zona',
			'Social district'
		],
		distinctive: true,
		parse: parseText
	}),
	distretto: field({
		id: 'distretto',
		label: { it: 'Distretto', en: 'Health district' },
		required: false,
		synonyms: ['Distretto', 'Distretto sociosanitario', 'Distretto ASST', 'District'],
		distinctive: true,
		parse: parseText
	}),
	asst: field({
		id: 'asst',
		label: { it: 'ASST', en: 'ASST' },
		required: false,
		synonyms: ['ASST', 'Azienda socio sanitaria territoriale'],
		distinctive: true,
		parse: parseText
	}),
	ats: field({
		id: 'ats',
		label: { it: 'ATS', en: 'ATS' },
		required: false,
		synonyms: ['ATS', 'Agenzia di tutela della salute'],
		distinctive: true,
		parse: parseText
	})
} as const;

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
