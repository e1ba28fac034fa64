import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { moneyCommitment } from '../../../../../tests/helpers/documents';
import { brief, importFile, testContext } from './test-support';
import { buildImport } from './build-import';
import { actorIdFor, projectIdFor } from './ids';

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
			commitments: [moneyCommitment(10000, 'public')]
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
