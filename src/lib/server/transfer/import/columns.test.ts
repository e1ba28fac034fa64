import { describe, expect, it } from 'vitest';
import { headerMatchScore } from './columns';
import {
	detectSheetKind,
	SHEET_KIND_IDS,
	SHEET_KINDS,
	scoreSheetKinds,
	suggestMapping
} from './sheet-kinds';

describe('every header synonym maps to its field', () => {
	for (const kind of SHEET_KIND_IDS) {
		const cases = SHEET_KINDS[kind].fields.flatMap((f) =>
			[...f.synonyms, f.label.it, f.label.en].map((synonym) => [synonym, f.id] as const)
		);
		it.each(cases)(`${kind}: "%s" → %s`, (synonym, fieldId) => {
			expect(suggestMapping([synonym], kind)).toEqual({ [synonym]: fieldId });
		});
	}

	it('ignores case, accents and punctuation', () => {
		expect(suggestMapping(['INTENSITA’'], 'collaborations')).toEqual({ 'INTENSITA’': 'strength' });
		expect(suggestMapping(['c.f.'], 'actors')).toEqual({ 'c.f.': 'taxCode' });
		expect(suggestMapping(['Partita I.V.A.'], 'actors')).toEqual({ 'Partita I.V.A.': 'taxCode' });
		expect(suggestMapping(['  ragione   SOCIALE '], 'actors')).toEqual({
			'  ragione   SOCIALE ': 'name'
		});
		expect(suggestMapping(['Data di inizio'], 'partnerships')).toEqual({
			'Data di inizio': 'since'
		});
	});

	it('tolerates a typo and extra words', () => {
		expect(suggestMapping(['Denominazone'], 'actors')).toEqual({ Denominazone: 'name' });
		expect(suggestMapping(['Comune sede operativa'], 'actors')).toEqual({
			'Comune sede operativa': 'seatComune'
		});
		expect(suggestMapping(['Codice fiscale ente'], 'actors')).toEqual({
			'Codice fiscale ente': 'taxCode'
		});
	});

	it('leaves unrelated headers unmapped', () => {
		expect(suggestMapping(['Telefono', 'Email', 'Referente'], 'actors')).toEqual({
			Telefono: null,
			Email: null,
			Referente: null
		});
	});

	it('scores exact matches above partial and fuzzy ones', () => {
		expect(headerMatchScore('Comune', 'Comune')).toBe(1);
		expect(headerMatchScore('Comune sede legale', 'Sede legale')).toBeLessThan(1);
		expect(headerMatchScore('Comune sede legale', 'Sede legale')).toBeGreaterThan(
			headerMatchScore('Denominazone', 'Denominazione')
		);
		expect(headerMatchScore('Ente A', 'Ente B')).toBe(0);
	});
});

describe('suggestMapping on real-looking sheets', () => {
	it('an Ambito actors register', () => {
		const headers = [
			'N.',
			'Ragione sociale',
			'Forma giuridica',
			'C.F.',
			'P.IVA',
			'Comune sede legale',
			'Codice ISTAT',
			'Telefono',
			'Note'
		];
		expect(suggestMapping(headers, 'actors')).toEqual({
			'N.': null,
			'Ragione sociale': 'name',
			'Forma giuridica': 'kind',
			'C.F.': 'taxCode',
			'P.IVA': 'taxCode', // both feed the tax code: the first valid one wins
			'Comune sede legale': 'seatComune',
			'Codice ISTAT': 'seatIstat',
			Telefono: null,
			Note: 'notes'
		});
	});

	it('a bid partnership table', () => {
		const headers = [
			'Titolo progetto',
			'Nome ente',
			'Tipologia',
			'Comune',
			'Codice fiscale',
			'Capofila',
			'Ruolo',
			'Tipo risorsa',
			'Importo',
			'Valore',
			'Fonte',
			'Dal',
			'Al'
		];
		expect(suggestMapping(headers, 'partnerships')).toEqual({
			'Titolo progetto': 'project',
			'Nome ente': 'actor',
			Tipologia: 'actorKind',
			Comune: 'actorComune',
			'Codice fiscale': 'actorTaxCode',
			Capofila: 'capofila',
			Ruolo: 'role',
			'Tipo risorsa': 'commitmentType',
			Importo: 'amount',
			Valore: 'valueEur',
			Fonte: 'fundingSource',
			Dal: 'since',
			Al: 'until'
		});
	});

	it('an actions table, a workshop collaboration table and a territory table', () => {
		expect(
			suggestMapping(['Progetto', 'Azione', 'Descrizione', 'Responsabile'], 'actions')
		).toEqual({
			Progetto: 'project',
			Azione: 'title',
			Descrizione: 'description',
			Responsabile: 'responsible'
		});
		expect(
			suggestMapping(
				['Ente A', 'Ente B', 'Da quando', 'Intensità', 'Fiducia', 'Note'],
				'collaborations'
			)
		).toEqual({
			'Ente A': 'actorA',
			'Ente B': 'actorB',
			'Da quando': 'since',
			Intensità: 'strength',
			Fiducia: 'trust',
			Note: null
		});
		expect(
			suggestMapping(['Codice ISTAT', 'Comune', 'Ambito', 'Distretto', 'ASST', 'ATS'], 'territory')
		).toEqual({
			'Codice ISTAT': 'istat',
			Comune: 'comune',
			Ambito: 'ambito',
			Distretto: 'distretto',
			ASST: 'asst',
			ATS: 'ats'
		});
	});
});

describe('detectSheetKind', () => {
	it.each([
		[['Denominazione', 'Tipologia', 'Comune', 'Codice fiscale', 'Note'], 'actors'],
		[['Ragione sociale', 'Forma giuridica', 'Sede legale', 'P.IVA'], 'actors'],
		[['Progetto', 'Ente', 'Ruolo', 'Importo'], 'partnerships'],
		[['Titolo progetto', 'Partner', 'Capofila', 'Tipo risorsa', 'Valore'], 'partnerships'],
		[['Progetto', 'Azione', 'Responsabile'], 'actions'],
		[['Ente A', 'Ente B', 'Intensità', 'Fiducia'], 'collaborations'],
		[['Comune', 'Codice ISTAT', 'Ambito', 'ASST', 'ATS'], 'territory'],
		[['Comune', 'Ambito', 'Distretto'], 'territory']
	] as const)('%j → %s', (headers, expected) => {
		expect(detectSheetKind(headers)).toBe(expected);
	});

	it('nothing fits a sheet of unrelated columns', () => {
		expect(detectSheetKind(['Telefono', 'Email'])).toBeNull();
		expect(Object.values(scoreSheetKinds(['Telefono'])).every((s) => s === 0)).toBe(true);
	});
});
