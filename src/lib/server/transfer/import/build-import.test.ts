import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../../domain/validation';
import { suggestMapping, type SheetKindId } from './sheet-kinds';
import type { ImportProblem } from './problems';
import { readTable } from './read-table';
import { testContext } from './test-support';
import { buildImport } from './build-import';
import { actorIdFor, projectIdFor } from './ids';
import type { ImportContext } from './import-types';

/** The whole pure pipeline, as the upload handler will run it. */
async function importFile(
	content: string | Uint8Array,
	kind: SheetKindId,
	context: ImportContext = testContext(),
	fileName = 'file.csv'
) {
	const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
	const { sheets } = await readTable(bytes, fileName);
	const sheet = sheets[0]!;
	return buildImport(sheet, kind, suggestMapping(sheet.headers, kind), context);
}

const brief = (problems: ImportProblem[]) =>
	problems.map((p) => ({ row: p.row, column: p.column, code: p.code, severity: p.severity }));

describe('buildImport: actors', () => {
	const csv = [
		'Denominazione;Tipologia;Comune sede;C.F.;Note',
		'Società Cooperativa Il Sole;Cooperativa sociale di tipo A;Cantù;00743110157;',
		'Parrocchia San Giacomo;Parrocchia;Crema;;"storica, attiva"',
		'Associazione Amici;ODV;Lecco (LC);12345678903;'
	].join('\n');

	it('reads kinds, Comuni and tax codes into actor records with stable ids', async () => {
		const result = await importFile(csv, 'actors');
		expect(result.problems).toEqual([]);
		expect(result.document.actors).toEqual([
			{
				id: 'act-societa-cooperativa-il-sole-013041',
				name: 'Società Cooperativa Il Sole',
				kind: 'cooperativa_sociale_a',
				taxCode: '00743110157',
				seatIstat: '013041',
				activeInAmbitoIds: [],
				tags: [],
				notes: null,
				fictional: false
			},
			expect.objectContaining({
				id: 'act-parrocchia-san-giacomo-019035',
				kind: 'ente_religioso',
				seatIstat: '019035',
				notes: 'storica, attiva'
			}),
			expect.objectContaining({ kind: 'odv', seatIstat: '097042', taxCode: '12345678903' })
		]);
		expect(result.stats).toMatchObject({
			rows: 3,
			imported: 3,
			skipped: 0,
			errors: 0,
			warnings: 0
		});
	});

	it('gives the same ids when the same file is imported twice', async () => {
		const first = await importFile(csv, 'actors');
		const context = testContext({
			existingActors: [...testContext().existingActors, ...first.document.actors]
		});
		const second = await importFile(csv, 'actors', context);
		expect(second.document.actors.map((a) => a.id)).toEqual(first.document.actors.map((a) => a.id));
		expect(second.stats.matched.actors).toBe(3);
		expect(actorIdFor('Società Cooperativa Il Sole', '013041')).toBe(first.document.actors[0]!.id);
	});

	it('reports bad tax codes, unknown Comuni and empty names on the right row and column', async () => {
		const bad = [
			'Denominazione;Tipologia;Comune;Codice fiscale',
			'Coop Uno;coop. soc. B;Cantu;00743110158', // row 2: wrong check digit
			'Coop Due;ODV;Cantuu;', // row 3: a typo of Cantù
			';APS;Como;', // row 4: no name
			'Coop Tre;APS;Castelnuovo;', // row 5: two Comuni with that name
			'Coop Quattro;Circolo;Monza;RSSMRA85T10A562S' // row 6: unknown kind, imported as altro
		].join('\n');
		const result = await importFile(bad, 'actors');
		expect(brief(result.problems)).toEqual([
			{ row: 2, column: 'Codice fiscale', code: 'BAD_TAX_CODE', severity: 'error' },
			{ row: 3, column: 'Comune', code: 'UNKNOWN_COMUNE', severity: 'error' },
			{ row: 4, column: 'Denominazione', code: 'REQUIRED', severity: 'error' },
			{ row: 5, column: 'Comune', code: 'AMBIGUOUS_COMUNE', severity: 'error' },
			{ row: 6, column: 'Tipologia', code: 'UNKNOWN_VALUE', severity: 'warning' }
		]);
		expect(result.problems[1]!.message.it).toContain('Forse intendevi "Cantù"?');
		expect(result.problems[0]!.message.en).toContain('check digit');
		expect(result.document.actors.map((a) => a.name)).toEqual(['Coop Quattro']);
		expect(result.document.actors[0]!.kind).toBe('altro');
		expect(result.stats).toMatchObject({
			rows: 5,
			imported: 1,
			skipped: 4,
			errors: 4,
			warnings: 1
		});
	});

	it('reads a Windows-1252 file with accents end to end', async () => {
		const bytes = iconv.encode(
			'Ragione sociale;Forma giuridica;Sede legale\r\nSocietà Agricola Perché;S.r.l.;Cantù\r\n',
			'win1252'
		);
		const result = await importFile(bytes, 'actors');
		expect(result.problems).toEqual([]);
		expect(result.document.actors[0]).toMatchObject({
			name: 'Società Agricola Perché',
			kind: 'impresa',
			seatIstat: '013041'
		});
	});

	it('takes the first valid of several tax code columns and restores lost leading zeros', async () => {
		const result = await importFile(
			'Denominazione;C.F.;P.IVA\nCoop Cinque;XYZ;743110157\n',
			'actors'
		);
		expect(brief(result.problems)).toEqual([
			{ row: 1, column: null, code: 'DEFAULT_USED', severity: 'warning' }, // no kind column
			{ row: 2, column: 'C.F.', code: 'BAD_TAX_CODE', severity: 'warning' },
			{ row: 2, column: 'P.IVA', code: 'TAX_CODE_FIXED', severity: 'warning' }
		]);
		expect(result.document.actors[0]!.taxCode).toBe('00743110157');
	});

	it('prefers the ISTAT code when the Comune name disagrees, and pads codes that lost a zero', async () => {
		const result = await importFile(
			'Denominazione;Comune;Codice ISTAT\nCoop;Como;13041\n',
			'actors'
		);
		expect(brief(result.problems).slice(1)).toEqual([
			{ row: 2, column: 'Comune', code: 'COMUNE_MISMATCH', severity: 'warning' }
		]);
		expect(result.document.actors[0]!.seatIstat).toBe('013041');
	});

	it('resolves the Ambiti an actor works in, by partial name', async () => {
		const result = await importFile(
			'Denominazione;Tipologia;Ambiti\nCoop;APS;Cremasco; Lecco\n'.replace(
				'Cremasco; Lecco',
				'"Cremasco; Lecco"'
			),
			'actors'
		);
		expect(result.document.actors[0]!.activeInAmbitoIds).toEqual([
			'ambito-ambito-distrettuale-cremasco',
			'ambito-ambito-di-lecco'
		]);
	});

	it('warns about duplicate rows and shared tax codes within the file', async () => {
		const result = await importFile(
			[
				'Denominazione;Tipologia;Comune;C.F.',
				'Coop Sei;APS;Crema;12345678903',
				'Coop Sei;APS;Crema;12345678903',
				'Cooperativa Sei Onlus;APS;Crema;12345678903'
			].join('\n'),
			'actors'
		);
		expect(brief(result.problems)).toEqual([
			{ row: 3, column: 'Denominazione', code: 'DUPLICATE_IN_FILE', severity: 'warning' },
			{ row: 4, column: 'C.F.', code: 'DUPLICATE_IN_FILE', severity: 'warning' }
		]);
		expect(result.document.actors).toHaveLength(2);
	});
});

describe('buildImport: columns', () => {
	it('a missing required column is an error on the header row and no row is read', async () => {
		const result = await importFile('Tipologia;Comune\nODV;Crema\n', 'actors');
		expect(brief(result.problems)).toEqual([
			{ row: 1, column: null, code: 'MISSING_COLUMN', severity: 'error' }
		]);
		expect(result.problems[0]!.field).toBe('name');
		expect(result.stats).toMatchObject({ rows: 1, imported: 0, skipped: 1 });
		expect(result.document.actors).toEqual([]);
	});

	it('an unknown column is a warning naming the header; an empty spare column is not', async () => {
		const result = await importFile(
			'Denominazione;Tipologia;Telefono;Vuota\nCoop;APS;0373 1234;\n',
			'actors'
		);
		expect(brief(result.problems)).toEqual([
			{ row: 1, column: 'Telefono', code: 'UNKNOWN_COLUMN', severity: 'warning' }
		]);
		expect(result.document.actors).toHaveLength(1);
	});

	it('problems use the real spreadsheet row under a title row', async () => {
		const result = await importFile(
			'Elenco enti\n\nDenominazione;Tipologia\nCoop;APS\n;ODV\n',
			'actors'
		);
		expect(brief(result.problems)).toEqual([
			{ row: 5, column: 'Denominazione', code: 'REQUIRED', severity: 'error' }
		]);
	});

	it('row numbers default to data row i → i + 2 for tables built by hand', () => {
		const result = buildImport(
			{ headers: ['Denominazione'], rows: [['A'], ['']] },
			'actors',
			{ Denominazione: 'name' },
			testContext()
		);
		expect(result.stats).toMatchObject({ rows: 1, emptyRows: 1 });
		const withError = buildImport(
			{
				headers: ['Denominazione', 'Tipologia'],
				rows: [
					['A', 'APS'],
					['', 'APS']
				]
			},
			'actors',
			{ Denominazione: 'name', Tipologia: 'kind' },
			testContext()
		);
		expect(brief(withError.problems)).toEqual([
			{ row: 3, column: 'Denominazione', code: 'REQUIRED', severity: 'error' }
		]);
	});

	it('a sheet with headers only says there is nothing to import', () => {
		const result = buildImport(
			{ headers: ['Denominazione'], rows: [] },
			'actors',
			{ Denominazione: 'name' },
			testContext()
		);
		expect(result.problems.map((p) => p.code)).toContain('NO_ROWS');
	});
});

describe('buildImport: partnerships', () => {
	const csv = [
		'Titolo progetto;Nome ente;Tipologia;Comune;Codice fiscale;Capofila;Ruolo;Tipo risorsa;Importo;Fonte;Dal;Al',
		'Reti di Conciliazione 2023-2025;Comune di Crema;Comune;Crema;;sì;;Risorse economiche;10.000,00 €;;01/01/2023;31/12/2025',
		'Reti di Conciliazione 2023-2025;Coop. Il Sole;;Cantù;00743110157;no;partner;Ore di personale;120;privata;2023;2025',
		'Reti di Conciliazione 2023-2025;Coop. Il Sole;;Cantù;00743110157;no;partner;Spazi;24;privata;2023;2025',
		'Nuovo progetto giovani;Associazione Nuova;APS;Como;;;aderente;;;;;',
		'Nuovo progetto giovani;Associazione Nuova;APS;Como;;;aderente;;;;;'
	].join('\n');

	it('resolves existing actors and projects, creates new ones, merges commitments per partner', async () => {
		const result = await importFile(csv, 'partnerships');
		const { document, stats } = result;
		expect(document.projects.map((p) => p.id)).toEqual([projectIdFor('Nuovo progetto giovani')]);
		expect(document.projects[0]).toMatchObject({
			title: 'Nuovo progetto giovani',
			status: 'draft'
		});
		expect(document.actors).toEqual([
			expect.objectContaining({
				id: 'act-associazione-nuova-013075',
				kind: 'aps',
				seatIstat: '013075'
			})
		]);
		expect(document.partnerships).toHaveLength(3);
		const [crema, sole, nuova] = document.partnerships;
		expect(crema).toMatchObject({
			actorId: 'comune-019035',
			projectId: 'prj-existing',
			role: 'capofila',
			since: '2023-01-01',
			until: '2025-12-31',
			commitments: [
				{
					type: 'money',
					amount: 10000,
					valueEur: 10000,
					source: 'public',
					beyondFunding: false,
					description: null
				}
			]
		});
		// Found by tax code although the name is written differently.
		expect(sole).toMatchObject({ actorId: 'act-existing-sole', role: 'partner' });
		expect(sole!.commitments.map((c) => [c.type, c.amount, c.valueEur, c.source])).toEqual([
			['staff_hours', 120, null, 'private'],
			['spaces', 24, null, 'private']
		]);
		expect(nuova).toMatchObject({ role: 'aderente', commitments: [] });
		expect(stats).toMatchObject({
			rows: 5,
			imported: 5,
			created: { actors: 1, projects: 1 },
			matched: { actors: 2, projects: 1 }
		});
		expect(brief(result.problems)).toEqual([
			{ row: 5, column: 'Titolo progetto', code: 'WILL_CREATE', severity: 'warning' },
			{ row: 5, column: 'Nome ente', code: 'WILL_CREATE', severity: 'warning' },
			{ row: 6, column: null, code: 'DUPLICATE_IN_FILE', severity: 'warning' }
		]);
	});

	it('partnership ids are stable across imports', async () => {
		const first = await importFile(csv, 'partnerships');
		const second = await importFile(csv, 'partnerships');
		expect(second.document.partnerships.map((p) => p.id)).toEqual(
			first.document.partnerships.map((p) => p.id)
		);
	});

	it('bad numbers, dates and roles are errors on their cells; the rest of the file is imported', async () => {
		const result = await importFile(
			[
				'Progetto;Ente;Ruolo;Importo;Dal;Al',
				'P;Comune di Crema;capofila;mille euro;;', // row 2
				'P;Comune di Crema;capofila;;31/02/2023;', // row 3
				'P;Comune di Crema;boh;;;', // row 4
				'P;Comune di Crema;partner;;31/12/2024;01/01/2024', // row 5
				'P;Comune di Crema;partner;100;;' // row 6: fine
			].join('\n'),
			'partnerships'
		);
		expect(brief(result.problems.filter((p) => p.severity === 'error'))).toEqual([
			{ row: 2, column: 'Importo', code: 'BAD_NUMBER', severity: 'error' },
			{ row: 3, column: 'Dal', code: 'BAD_DATE', severity: 'error' },
			{ row: 4, column: 'Ruolo', code: 'UNKNOWN_VALUE', severity: 'error' },
			{ row: 5, column: 'Al', code: 'BAD_DATE_RANGE', severity: 'error' }
		]);
		expect(result.document.partnerships).toHaveLength(1);
		expect(result.stats).toMatchObject({ imported: 1, skipped: 4 });
	});

	it('without role columns everyone is a partner, said once', async () => {
		const result = await importFile('Progetto;Ente\nP;Comune di Crema\n', 'partnerships');
		expect(result.document.partnerships[0]!.role).toBe('partner');
		expect(result.problems.filter((p) => p.code === 'DEFAULT_USED')).toHaveLength(1);
	});

	it('refuses to create actors when the caller does not allow it', async () => {
		const result = await importFile(
			'Progetto;Ente\nReti di Conciliazione 2023-2025;Ente Sconosciuto\n',
			'partnerships',
			testContext({ allowCreate: { actors: false } })
		);
		expect(brief(result.problems)).toContainEqual({
			row: 2,
			column: 'Ente',
			code: 'UNKNOWN_ACTOR',
			severity: 'error'
		});
		expect(result.document.actors).toEqual([]);
		expect(result.document.partnerships).toEqual([]);
	});

	it('warns when a project gets a second capofila', async () => {
		const result = await importFile(
			'Progetto;Ente;Ruolo\nP;Comune di Crema;capofila\nP;Coop Sette;capofila\n',
			'partnerships'
		);
		expect(result.problems.find((p) => p.code === 'CONFLICT')).toMatchObject({
			row: 3,
			column: 'Ruolo'
		});
	});
});

describe('buildImport: actions', () => {
	it('collects responsible actors over rows and splits lists', async () => {
		const result = await importFile(
			[
				'Progetto;Azione;Descrizione;Responsabile',
				'Reti di Conciliazione 2023-2025;Sportello famiglie;Apertura sportello;Comune di Crema',
				'Reti di Conciliazione 2023-2025;Sportello famiglie;;Coop. Il Sole',
				'Reti di Conciliazione 2023-2025;Formazione;;"Comune di Crema, Il Sole Società Cooperativa Sociale Onlus"',
				'Reti di Conciliazione 2023-2025;Laboratori;;Comune di Crema; Coop Otto'.replace(
					'Comune di Crema; Coop Otto',
					'"Comune di Crema; Coop Otto"'
				)
			].join('\n'),
			'actions'
		);
		const actions = result.document.actions;
		expect(actions.map((a) => [a.title, a.responsibleActorIds])).toEqual([
			['Sportello famiglie', ['comune-019035', 'act-existing-sole']],
			['Formazione', ['comune-019035', 'act-existing-sole']],
			['Laboratori', ['comune-019035', 'act-coop-otto-nd']]
		]);
		expect(actions[0]!.description).toBe('Apertura sportello');
		expect(result.document.actors.map((a) => a.id)).toEqual(['act-coop-otto-nd']);
		// "Coop. Il Sole" is matched by similar name: worth a check.
		expect(brief(result.problems)).toContainEqual({
			row: 3,
			column: 'Responsabile',
			code: 'SIMILAR_NAME',
			severity: 'warning'
		});
	});

	it('a missing responsible is an error', async () => {
		const result = await importFile('Progetto;Azione;Responsabile\nP;A;\n', 'actions');
		expect(brief(result.problems)).toEqual([
			{ row: 2, column: 'Responsabile', code: 'REQUIRED', severity: 'error' }
		]);
	});
});

describe('buildImport: collaborations', () => {
	it('reads scales and sources, and treats the pair as unordered', async () => {
		const result = await importFile(
			[
				'Ente A;Ente B;Da quando;Intensità;Fiducia;Fonte',
				'Comune di Crema;Coop. Il Sole;2019;4;alta;laboratorio',
				'Coop. Il Sole;Comune di Crema;2020;3;3;', // same pair, reversed
				'Comune di Crema;Comune di Crema;;;;', // an actor with itself
				'Comune di Crema;Coop Nove;;9;;' // out of range
			].join('\n'),
			'collaborations'
		);
		expect(result.document.collaborations).toEqual([
			{
				id: expect.stringMatching(/^col-/),
				actorAId: 'comune-019035',
				actorBId: 'act-existing-sole',
				since: '2019-01-01',
				until: null,
				strength: 4,
				trust: 4,
				value: null,
				source: 'workshop'
			}
		]);
		expect(brief(result.problems).filter((p) => p.code !== 'SIMILAR_NAME')).toEqual([
			{ row: 3, column: 'Ente B', code: 'DUPLICATE_IN_FILE', severity: 'warning' },
			{ row: 4, column: 'Ente B', code: 'UNKNOWN_VALUE', severity: 'error' },
			{ row: 5, column: 'Intensità', code: 'OUT_OF_RANGE', severity: 'error' }
		]);
		// Coop Nove's row failed, so it is not created.
		expect(result.document.actors).toEqual([]);
	});
});

describe('buildImport: territory', () => {
	it('maps Comuni to Ambito, Distretto, ASST and ATS by name or code', async () => {
		const result = await importFile(
			[
				'Codice ISTAT;Comune;Ambito;Distretto;ASST;ATS',
				'019035;Crema;Cremasco;Distretto Cremasco;ASST di Crema;Val Padana',
				'13041;Cantù;Ambito di Cantù-Mariano Comense;;ASST Lariana;ATS dell’Insubria',
				';Lecco;Lecco;;Lecco;030324',
				'999999;Nowhere;Atlantide;;;', // unknown code, Comune and Ambito
				';Crema;Cremasco;;;ATS della Brianza' // repeated Comune with a different ATS
			].join('\n'),
			'territory'
		);
		expect(result.territory).toEqual([
			{
				comuneIstat: '019035',
				ambitoId: 'ambito-ambito-distrettuale-cremasco',
				distrettoId: 'distretto-distretto-cremasco',
				asstId: 'asst-030726',
				atsId: 'ats-030327'
			},
			{
				comuneIstat: '013041',
				ambitoId: 'ambito-ambito-di-cantu-mariano-comense',
				distrettoId: null,
				asstId: 'asst-030712',
				atsId: 'ats-030322'
			},
			{
				comuneIstat: '097042',
				ambitoId: 'ambito-ambito-di-lecco',
				distrettoId: null,
				asstId: 'asst-030715',
				atsId: 'ats-030324'
			}
		]);
		expect(brief(result.problems)).toEqual([
			{ row: 5, column: 'Codice ISTAT', code: 'UNKNOWN_COMUNE', severity: 'error' },
			{ row: 5, column: 'Comune', code: 'UNKNOWN_COMUNE', severity: 'error' },
			{ row: 5, column: 'Ambito', code: 'UNKNOWN_TERRITORY', severity: 'error' },
			{ row: 6, column: 'Comune', code: 'CONFLICT', severity: 'warning' }
		]);
		expect(result.stats.records.territoryLinks).toBe(3);
	});

	it('needs a Comune or ISTAT column', async () => {
		const result = await importFile('Ambito;ATS\nCremasco;Val Padana\n', 'territory');
		expect(brief(result.problems)).toEqual([
			{ row: 1, column: null, code: 'MISSING_COLUMN', severity: 'error' }
		]);
	});

	it('a name matching several Ambiti is ambiguous', async () => {
		const context = testContext({
			ambiti: [
				{ id: 'ambito-valle-seriana', name: 'Ambito Valle Seriana' },
				{ id: 'ambito-valle-brembana', name: 'Ambito Valle Brembana' }
			]
		});
		const result = await importFile('Comune;Ambito\nCrema;Valle\n', 'territory', context);
		expect(brief(result.problems)).toEqual([
			{ row: 2, column: 'Ambito', code: 'AMBIGUOUS_TERRITORY', severity: 'error' }
		]);
		expect(result.problems[0]!.message.it).toContain('Ambito Valle Brembana');
	});

	it('a name that says too little is a problem, not a guess', async () => {
		const result = await importFile('Comune;Ambito\nCrema;Ambito\n', 'territory');
		expect(result.problems.map((p) => p.code)).toEqual(['UNKNOWN_TERRITORY']);
		const cr = await importFile('Comune;Ambito\nCrema;crem\n', 'territory');
		expect(cr.problems.map((p) => p.code)).toEqual(['UNKNOWN_TERRITORY']);
		const ambiguous = await importFile('Comune;ATS\nCrema;della\n', 'territory');
		expect(ambiguous.problems.map((p) => p.code)).toEqual(['UNKNOWN_TERRITORY']);
	});
});

describe('buildImport: a 10,000-row file', () => {
	it('is read completely, with problems on exactly the bad rows', async () => {
		const comuni = ['Cantù', 'Como', 'Crema', 'Lecco', 'Milano', 'Monza'];
		const lines = ['Denominazione;Tipologia;Comune;Codice fiscale;Importo'];
		for (let i = 0; i < 10_000; i++) {
			// Every 1000th row names an unknown Comune; every 2500th has a bad tax code.
			const comune = i % 1000 === 999 ? 'Comune Inesistente' : comuni[i % comuni.length];
			const taxCode = i % 2500 === 0 ? '00743110158' : '';
			lines.push(
				`Ente numero ${i};APS;${comune};${taxCode};${(i * 1.5).toFixed(2).replace('.', ',')}`
			);
		}
		const result = await importFile(lines.join('\r\n'), 'actors');
		expect(result.stats).toMatchObject({ rows: 10_000, imported: 9_986, skipped: 14, errors: 14 });
		expect(result.document.actors).toHaveLength(9_986);
		const unknownComune = result.problems.filter((p) => p.code === 'UNKNOWN_COMUNE');
		expect(unknownComune.map((p) => p.row)).toEqual(
			Array.from({ length: 10 }, (_, k) => k * 1000 + 999 + 2)
		);
		expect(result.problems.filter((p) => p.code === 'BAD_TAX_CODE').map((p) => p.row)).toEqual([
			2, 2502, 5002, 7502
		]);
		// "Importo" is not an actor field.
		expect(result.problems.filter((p) => p.code === 'UNKNOWN_COLUMN').map((p) => p.column)).toEqual(
			['Importo']
		);
	});
});

describe('buildImport: territorial bodies are reference data', () => {
	it('are found by name in partnership sheets and never created', async () => {
		const result = await importFile(
			[
				'Progetto;Ente;Tipologia;Ruolo',
				'P;Comune di Cantù;Comune;capofila',
				'P;ASST di Crema;;partner',
				'P;ATS Val Padana;ATS;aderente',
				'P;Ambito distrettuale Cremasco;;aderente',
				'P;Comune di Atlantide;Comune;partner' // row 6: no such Comune
			].join('\n'),
			'partnerships'
		);
		expect(result.document.partnerships.map((p) => p.actorId)).toEqual([
			'comune-013041',
			'asst-030726',
			'ats-030327',
			'ambito-ambito-distrettuale-cremasco'
		]);
		expect(result.document.actors).toEqual([]);
		expect(brief(result.problems).filter((p) => p.severity === 'error')).toEqual([
			{ row: 6, column: 'Ente', code: 'REFERENCE_DATA', severity: 'error' }
		]);
		expect(result.stats.matched.actors).toBe(4);
	});

	it('rows of territorial kinds in an actors sheet are skipped with a warning', async () => {
		const result = await importFile(
			'Denominazione;Tipologia;Comune\nComune di Crema;Comune;Crema\nCoop;APS;Crema\n',
			'actors'
		);
		expect(brief(result.problems)).toEqual([
			{ row: 2, column: 'Tipologia', code: 'REFERENCE_DATA', severity: 'warning' }
		]);
		expect(result.document.actors.map((a) => a.name)).toEqual(['Coop']);
	});
});

describe('buildImport: output passes the domain validation', () => {
	it.each([
		[
			'actors',
			'Denominazione;Tipologia;Comune;C.F.;Note\nCoop Sole;coop. soc. B;Cantù;00743110157;nota\nAmici;ODV;Como;;\n'
		],
		[
			'partnerships',
			'Progetto;Ente;Ruolo;Tipo risorsa;Importo;Dal;Al\nNuovo;Coop Sole;capofila;ore;100;2023;2025\nNuovo;Comune di Crema;partner;;1.000;;\n'
		],
		['actions', 'Progetto;Azione;Responsabile\nNuovo;Sportello;"Coop Sole; Comune di Crema"\n'],
		['collaborations', 'Ente A;Ente B;Intensità;Fiducia\nCoop Sole;Comune di Crema;4;5\n']
	] as const)('%s', async (kind, csv) => {
		const result = await importFile(csv, kind);
		expect(result.stats.errors).toBe(0);
		expect(validateDocument(result.document)).toEqual([]);
	});
});
