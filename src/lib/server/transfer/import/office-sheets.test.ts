import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../../domain/validation';
import { buildWorkbookImport, type ImportSheet } from './build-import';
import type { ImportContext } from './import-types';
import { findPossibleDuplicates } from './duplicates';
import type { ImportProblem } from './problems';
import { sheetKindOfName, suggestMapping } from './sheet-kinds';
import { testContext } from './test-support';

/**
 * An office's workbook as an Ufficio di Piano keeps it: a Fondazione Cariplo "Welfare in azione"
 * project and a regional conciliation alliance of the Cremasco, with the roles, historical names
 * and remarks real lists carry. Territory ids and names follow the reference data.
 */
const CREMASCO = 'ambito-ambito-distrettuale-cremasco';
const VAL_PADANA = 'ats-030327';
const ASST_CREMA = 'asst-030726';

function officeContext(overrides: Partial<ImportContext> = {}): ImportContext {
	const base = testContext();
	return {
		...base,
		comuni: [
			...base.comuni.filter((c) => c.istat !== '019035'),
			{
				istat: '019035',
				name: 'Crema',
				ambitoId: CREMASCO,
				atsId: VAL_PADANA,
				asstId: ASST_CREMA,
				provinceId: 'provincia-CR'
			},
			{
				istat: '019036',
				name: 'Cremona',
				ambitoId: 'ambito-ambito-cremonese',
				atsId: VAL_PADANA,
				asstId: null,
				provinceId: 'provincia-CR'
			}
		],
		province: [
			{ id: 'provincia-CR', name: 'Cremona' },
			{ id: 'provincia-MI', name: 'Milano' }
		],
		...overrides
	};
}

const FARE_LEGAMI = 'Fare legami – Welfare di comunità nel Cremasco';
const ALLEANZA = 'Alleanza locale di conciliazione del Cremasco';

const sheet = (name: string, headers: string[], rows: string[][]): ImportSheet => {
	const kind = sheetKindOfName(name);
	if (!kind) throw new Error(`sheet ${name} has no kind`);
	return { table: { name, headers, rows }, kind, mapping: suggestMapping(headers, kind) };
};

function officeWorkbook(): ImportSheet[] {
	return [
		sheet(
			'Progetti',
			[
				'Titolo del progetto',
				'Bando',
				'Ente finanziatore',
				'Stato',
				'Data inizio',
				'Data fine',
				'Triennio',
				'Budget',
				'Ambiti destinatari',
				'Comuni coinvolti'
			],
			[
				[
					FARE_LEGAMI,
					'Welfare in azione 2016',
					'Fondazione Cariplo',
					'Concluso',
					'01/03/2017',
					'28/02/2020',
					'2018-2020',
					'1.250.000,00 €',
					'Ufficio di Piano di Crema',
					'Crema; Cremona'
				],
				[
					ALLEANZA,
					'Reti territoriali per la conciliazione 2023-2025',
					'Regione Lombardia',
					'In corso',
					'01/04/2023',
					'31/12/2025',
					'2021-2023',
					'120.000',
					'Piano di Zona di Crema',
					'Crema'
				],
				['Totale progetti: 2', '', '', '', '', '', '', '1.370.000,00 €', '', '']
			]
		),
		sheet(
			'Partner',
			['Progetto', 'Ente', 'Tipologia', 'Comune', 'Ruolo', 'Note'],
			[
				[FARE_LEGAMI, 'Comune di Crema', 'Comune', 'Crema', 'Capofila', ''],
				[FARE_LEGAMI, 'Cremona', 'Comune', '', 'Comune coinvolto', ''],
				[FARE_LEGAMI, 'ASL di Crema', 'ASST', '', 'Co-promotore', 'oggi ASST di Crema'],
				[FARE_LEGAMI, 'ASL della Provincia di Cremona', 'ASL', '', 'aderente', ''],
				[FARE_LEGAMI, 'Provincia di Cremona', 'Provincia', '', 'Promotore', ''],
				[
					FARE_LEGAMI,
					'Cooperativa Sociale Il Borgo',
					'Cooperativa sociale di tipo A',
					'Crema',
					'Partner',
					'Gestisce il portierato sociale'
				],
				[
					FARE_LEGAMI,
					'CSV Lombardia Sud',
					'Centro servizi per il volontariato',
					'Cremona',
					'Sostenitore',
					''
				],
				[FARE_LEGAMI, 'Confcooperative Cremona', 'Confcooperative', 'Cremona', 'aderente', ''],
				[
					FARE_LEGAMI,
					'Fondazione Cariplo',
					'Fondazione bancaria',
					'Milano',
					'Ente finanziatore',
					''
				],
				[ALLEANZA, 'Ufficio di Piano di Crema', 'Ambito', '', 'Capofila', ''],
				[ALLEANZA, 'Crema', 'Comune', '', 'Comune coinvolto', ''],
				[
					ALLEANZA,
					'Associazione Famiglie in Rete',
					'Associazione di famiglie',
					'Crema',
					'Membro',
					''
				],
				[
					ALLEANZA,
					'Cooperativa Sociale Il Borgo',
					'Cooperativa sociale di tipo A',
					'Crema',
					'Partner',
					''
				],
				['Totale enti: 12', '', '', '', '', '']
			]
		),
		sheet(
			'Azioni',
			['Progetto', 'Azione', 'Responsabile'],
			[[FARE_LEGAMI, 'Portierato sociale di quartiere', 'Cooperativa Sociale Il Borgo']]
		),
		sheet(
			'Risorse',
			['Progetto', 'Ente', 'Tipo risorsa', 'Importo', 'Fonte', 'Osservazioni'],
			[
				[
					FARE_LEGAMI,
					'Comune di Crema',
					'Risorse economiche',
					'50.000',
					'Pubblica',
					'Delibera GC 12/2017'
				],
				[FARE_LEGAMI, 'Cooperativa Sociale Il Borgo', 'Ore di personale', '1.200', 'Privata', ''],
				[FARE_LEGAMI, 'Cooperativa Sociale Il Borgo', '', '', '', 'Quota 2020 da confermare']
			]
		),
		sheet(
			'Reti',
			['Rete', 'Ambito', 'Ente', 'Tipologia', 'Comune'],
			[
				[
					'Rete territoriale di conciliazione del Cremasco',
					'Ufficio di Piano di Crema',
					'Comune di Crema',
					'Comune',
					'Crema'
				],
				[
					'Rete territoriale di conciliazione del Cremasco',
					'',
					'Associazione Famiglie in Rete',
					'Associazione di famiglie',
					'Crema'
				],
				[
					'Rete territoriale di conciliazione del Cremasco',
					'',
					'Legacoop Lombardia',
					'Legacoop',
					'Milano'
				]
			]
		),
		sheet(
			'Accordi',
			['Accordo di Programma', 'Ambito', 'Data inizio', 'Data fine', 'Ente', 'Ruolo'],
			[
				[
					'AdP Piano di Zona 2021-2023 – Cremasco',
					'Ambito distrettuale Cremasco',
					'01/01/2021',
					'31/12/2023',
					'Comune di Crema',
					'firmatario'
				],
				[
					'AdP Piano di Zona 2021-2023 – Cremasco',
					'',
					'',
					'',
					'ATS della Val Padana',
					'firmatario'
				],
				['AdP Piano di Zona 2021-2023 – Cremasco', '', '', '', 'ASST di Crema', ''],
				[
					'AdP Piano di Zona 2021-2023 – Cremasco',
					'',
					'',
					'',
					'Cooperativa Sociale Il Borgo',
					'aderente'
				]
			]
		)
	];
}

const problemsOf = (problems: ImportProblem[], sheetName: string, code?: string) =>
	problems.filter((p) => p.sheet === sheetName && (!code || p.code === code));

describe('an office workbook (Progetti, Partner, Azioni, Risorse, Reti, Accordi)', () => {
	const result = buildWorkbookImport(officeWorkbook(), officeContext());
	const doc = result.document;
	const partnersOf = (title: string) => {
		const project = doc.projects.find((p) => p.title === title)!;
		return new Map(
			doc.partnerships.filter((p) => p.projectId === project.id).map((p) => [p.actorId, p])
		);
	};

	it('imports without errors, as one valid document', () => {
		expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(validateDocument(doc)).toEqual([]);
		expect(doc.projects.map((p) => p.title).sort()).toEqual([ALLEANZA, FARE_LEGAMI].sort());
	});

	it('reads the project sheet: call and funder, dates, triennio, budget, target Ambito from "Ufficio di Piano di …"', () => {
		const project = doc.projects.find((p) => p.title === FARE_LEGAMI)!;
		expect(project).toMatchObject({
			status: 'closed',
			start: '2017-03-01',
			end: '2020-02-28',
			triennio: '2018-2020',
			budgetEur: 1250000,
			targetAmbitoIds: [CREMASCO],
			targetComuniIstat: ['019035', '019036']
		});
		expect(doc.calls.find((c) => c.id === project.callId)).toMatchObject({
			title: 'Welfare in azione 2016',
			issuer: 'Fondazione Cariplo',
			year: 2017
		});
		const mapped = problemsOf(result.problems, 'Progetti', 'MAPPED_VALUE');
		expect(mapped.map((p) => p.message.it)).toContain(
			'"Piano di Zona di Crema" letto come "Ambito distrettuale Cremasco".'
		);
	});

	it('maps every role real lists use, saying so when the word is not the role’s name', () => {
		const partners = partnersOf(FARE_LEGAMI);
		expect(partners.get('comune-019035')?.role).toBe('capofila');
		expect(partners.get('comune-019036')?.role).toBe('comune_coinvolto');
		expect(partners.get(ASST_CREMA)?.role).toBe('co_promotore');
		expect(partners.get(VAL_PADANA)?.role).toBe('aderente');
		expect(partners.get('provincia-CR')?.role).toBe('promotore');
		const byName = (name: string) => doc.actors.find((a) => a.name === name)!;
		expect(partners.get(byName('CSV Lombardia Sud').id)?.role).toBe('sostenitore');
		expect(partners.get(byName('Fondazione Cariplo').id)?.role).toBe('ente_finanziatore');
		expect(partnersOf(ALLEANZA).get(byName('Associazione Famiglie in Rete').id)?.role).toBe(
			'membro'
		);
		expect(partnersOf(ALLEANZA).get(CREMASCO)?.role).toBe('capofila');
		expect(byName('CSV Lombardia Sud').kind).toBe('csv');
		expect(byName('Confcooperative Cremona').kind).toBe('associazione_rappresentanza');
	});

	it('reads "ASL di …" as its ATS, or its ASST when the row says ASST, naming both', () => {
		const asl = problemsOf(result.problems, 'Partner', 'MAPPED_VALUE').map((p) => p.message.it);
		expect(asl).toContainEqual(expect.stringContaining('"ASL di Crema" è un nome storico'));
		expect(asl).toContainEqual(expect.stringContaining('letto come "ASST di Crema"'));
		expect(asl).toContainEqual(
			expect.stringMatching(/"ASL della Provincia di Cremona".*letto come "ATS della Val Padana"/)
		);
	});

	it('reads "Ufficio di Piano di Crema" as the Ambito and a bare "Crema" of kind Comune as the Comune', () => {
		const messages = problemsOf(result.problems, 'Partner', 'MAPPED_VALUE').map(
			(p) => p.message.it
		);
		expect(messages).toContain(
			'"Ufficio di Piano di Crema" letto come "Ambito distrettuale Cremasco".'
		);
		expect(messages).toContain('"Crema" letto come "Comune di Crema" (la tipologia è Comune).');
		expect(partnersOf(ALLEANZA).has('comune-019035')).toBe(true);
	});

	it('skips total rows with a warning', () => {
		const totals = result.problems.filter((p) => p.code === 'TOTAL_ROW');
		expect(totals.map((p) => [p.sheet, p.row])).toEqual([
			['Progetti', 4],
			['Partner', 15]
		]);
		expect(doc.actors.some((a) => a.name.startsWith('Totale'))).toBe(false);
		expect(doc.projects.some((p) => p.title.startsWith('Totale'))).toBe(false);
	});

	it('keeps a "Note" / "Osservazioni" column as the partner’s note, never as a resource', () => {
		const borgo = doc.actors.find((a) => a.name === 'Cooperativa Sociale Il Borgo')!;
		const partnership = partnersOf(FARE_LEGAMI).get(borgo.id)!;
		expect(partnership.notes).toBe('Gestisce il portierato sociale\nQuota 2020 da confermare');
		expect(partnership.commitments).toEqual([
			expect.objectContaining({ type: 'staff_hours', amount: 1200, source: 'private' })
		]);
		const comune = partnersOf(FARE_LEGAMI).get('comune-019035')!;
		expect(comune.commitments).toEqual([
			expect.objectContaining({ type: 'money', amount: 50000, source: 'public', description: null })
		]);
		expect(comune.notes).toBe('Delibera GC 12/2017');
	});

	it('reads networks with their members and Accordi with signatories and adherents', () => {
		const network = doc.networks.find(
			(n) => n.name === 'Rete territoriale di conciliazione del Cremasco'
		)!;
		expect(network.ambitoId).toBe(CREMASCO);
		const members = doc.memberships.filter((m) => m.networkId === network.id).map((m) => m.actorId);
		expect(members).toHaveLength(3);
		expect(members).toContain('comune-019035');
		expect(doc.actors.find((a) => a.name === 'Legacoop Lombardia')?.kind).toBe(
			'associazione_rappresentanza'
		);
		const [agreement] = doc.agreements;
		expect(agreement).toMatchObject({ ambitoId: CREMASCO, start: '2021-01-01', end: '2023-12-31' });
		// A party with no role: public bodies sign, the others adhere.
		expect(agreement!.signatoryActorIds.sort()).toEqual(
			['comune-019035', ASST_CREMA, VAL_PADANA].sort()
		);
		expect(agreement!.adherentActorIds).toHaveLength(1);
	});
});

describe('office sheets with mistakes', () => {
	/** The Comune di Crema as the one partner of Fare legami, with `role`, then another sheet. */
	const cremaPartnerThen = (role: string, next: ImportSheet) =>
		buildWorkbookImport(
			[
				sheet('Partner', ['Progetto', 'Ente', 'Ruolo'], [[FARE_LEGAMI, 'Comune di Crema', role]]),
				next
			],
			officeContext()
		);

	it('stops on an unknown role with "forse intendevi", naming sheet, row and column in Italian', () => {
		const result = cremaPartnerThen(
			'Capofla',
			sheet(
				'Azioni',
				['Progetto', 'Azione', 'Responsabile'],
				[[FARE_LEGAMI, 'Sportello', 'Comune di Crema']]
			)
		);
		const errors = result.problems.filter((p) => p.severity === 'error');
		expect(errors).toEqual([
			expect.objectContaining({ sheet: 'Partner', row: 2, column: 'Ruolo', code: 'UNKNOWN_VALUE' })
		]);
		expect(errors[0]!.message.it).toContain('Forse intendevi "capofila"?');
	});

	it('refuses a resource of an organisation the partner sheet does not list', () => {
		const result = cremaPartnerThen(
			'Capofila',
			sheet(
				'Risorse',
				['Progetto', 'Ente', 'Tipo risorsa', 'Importo'],
				[[FARE_LEGAMI, 'Comune di Cremona', 'Risorse economiche', '1.000']]
			)
		);
		expect(result.problems.filter((p) => p.severity === 'error')).toEqual([
			expect.objectContaining({ sheet: 'Risorse', row: 2, column: 'Ente', code: 'UNKNOWN_PARTNER' })
		]);
	});

	it('flags an exact-name duplicate in the same Comune before the import', () => {
		const context = officeContext({
			existingActors: [
				{
					id: 'act-borgo-inserito-a-mano',
					name: 'Cooperativa Sociale Il Borgo',
					kind: 'cooperativa_sociale_a',
					taxCode: null,
					seatIstat: '019035'
				}
			]
		});
		const result = buildWorkbookImport(
			[
				sheet(
					'Enti',
					['Denominazione', 'Tipologia', 'Comune sede'],
					[
						['Cooperativa Sociale Il Borgo', 'Cooperativa sociale di tipo A', 'Crema'],
						['APS Il Ponte', 'APS', 'Crema'],
						['APS Il Ponte', 'APS', 'Crema']
					]
				)
			],
			context
		);
		expect(result.problems).toContainEqual(
			expect.objectContaining({ row: 4, code: 'DUPLICATE_IN_FILE', severity: 'warning' })
		);
		const pairs = findPossibleDuplicates(result.document.actors, context.existingActors);
		expect(pairs).toEqual([
			expect.objectContaining({
				otherId: 'act-borgo-inserito-a-mano',
				reason: 'same_name_same_comune'
			})
		]);
	});
});
