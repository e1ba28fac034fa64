import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../../domain/validation';
import { brief, importFile, testContext } from './test-support';

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
