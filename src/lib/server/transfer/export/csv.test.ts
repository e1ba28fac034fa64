import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, formatItalianNumber, toCsvFiles } from './csv';
import { buildTables, TABLE_HEADERS } from './tables';
import { fixtureInput, MULTILINE_NOTE, TRICKY_NAME } from './test-support';

function parse(content: string): string[][] {
	expect(content.startsWith(CSV_BOM)).toBe(true);
	const result = Papa.parse<string[]>(content.slice(1), { delimiter: ';', skipEmptyLines: true });
	expect(result.errors).toEqual([]);
	return result.data;
}

describe('toCsvFiles', () => {
	const input = fixtureInput();
	const files = toCsvFiles(input);
	const file = (name: string) => parse(files.find((f) => f.name === name)!.content);

	it('writes one file per entity', () => {
		expect(files.map((f) => f.name)).toEqual([
			'attori.csv',
			'bandi.csv',
			'progetti.csv',
			'azioni.csv',
			'partenariati.csv',
			'reti.csv',
			'appartenenze.csv',
			'accordi.csv',
			'collaborazioni.csv'
		]);
	});

	it('starts with the agreed Italian headers, in order', () => {
		// Written as the header row reads in the file, so that the agreement is pinned here apart
		// from TABLE_HEADERS.
		const expectHeaderStart = (name: string, agreed: string) =>
			expect(file(name)[0]!.slice(0, agreed.split(';').length).join(';')).toBe(agreed);
		expectHeaderStart(
			'attori.csv',
			'ID;Denominazione;Tipologia;Settore;Codice fiscale;Comune sede;Codice ISTAT;Tag;Note;Fittizio'
		);
		expectHeaderStart(
			'partenariati.csv',
			'ID;Progetto;ID progetto;Ente;ID ente;Ruolo;Dal;Al;Tipo risorsa;Quantità;Valore (EUR);Fonte;Oltre il finanziamento'
		);
		expectHeaderStart(
			'collaborazioni.csv',
			'Ente A;ID ente A;Ente B;ID ente B;Dal;Al;Intensità;Fiducia;Valore;Fonte'
		);
		for (const f of files) {
			const name = f.name.replace('.csv', '') as keyof typeof TABLE_HEADERS;
			expect(parse(f.content)[0]).toEqual(TABLE_HEADERS[name]);
		}
	});

	it('round-trips through papaparse to the same table cells', () => {
		const tables = buildTables(input);
		for (const table of tables) {
			const [header, ...rows] = file(`${table.name}.csv`);
			expect(header).toEqual(table.headers);
			const expected = table.rows.map((row) =>
				row.map((cell) => {
					if (cell === null) return '';
					if (typeof cell === 'number') return formatItalianNumber(cell);
					return /^[=+\-@]/.test(cell) ? `'${cell}` : cell;
				})
			);
			expect(rows).toEqual(expected);
		}
	});

	it('keeps names and multi-line notes with quotes, semicolons and accents intact', () => {
		const a1 = file('attori.csv').find((r) => r[0] === 'a1')!;
		expect(a1.slice(0, 10)).toEqual([
			'a1',
			TRICKY_NAME,
			'Cooperativa sociale di tipo A',
			'Terzo Settore',
			'01234567890',
			'Cantù',
			'013041',
			'anziani; disabilità',
			MULTILINE_NOTE,
			'Sì'
		]);
		expect(a1.slice(10)).toEqual(['Ambito di Cantù', 'ambito-cantu']);
	});

	it('writes one partnership row per commitment, and one for a partnership without any', () => {
		const [, ...rows] = file('partenariati.csv');
		expect(rows.map((r) => r[0])).toEqual(['pa1', 'pa1', 'pa2', 'pa3', 'pa4']);
		expect(rows[0]!.slice(5, 13)).toEqual([
			'Capofila',
			'2025-01-01',
			'',
			'Risorse economiche',
			'10000',
			'10000',
			'Pubblica',
			'No'
		]);
		expect(rows[1]!.slice(8)).toEqual([
			'Ore di personale',
			'200',
			'5000,25',
			'Privata (incluso Terzo Settore)',
			'Sì',
			'ore',
			'Educatori',
			'' // Note
		]);
		expect(rows[2]!.slice(8).every((c) => c === '')).toBe(true);
		expect(rows[3]![10]).toBe(''); // spaces with no stated value: unknown, not zero
	});

	it('names Comuni, Ambiti, ATS and ASST that are partners, signatories or responsible, as the database gives them (outside the document)', () => {
		// A real export: territorial bodies are reference data, never among the document's actors.
		const real = fixtureInput();
		real.document.actors = real.document.actors.filter((a) => a.id !== 'comune-013041');
		real.document.partnerships.push({
			id: 'pa-ats',
			actorId: 'ats-insubria',
			projectId: 'p1',
			role: 'aderente',
			since: null,
			until: null,
			commitments: []
		});
		const tables = buildTables(real);
		const rows = (name: string) => tables.find((t) => t.name === name)!.rows;
		const partner = (id: string) => rows('partenariati').find((r) => r[0] === id)!;
		expect(partner('pa3')[3]).toBe('Comune di Cantù');
		expect(partner('pa-ats')[3]).toBe('ATS Insubria');
		const signatories = rows('accordi')[0]![6];
		expect(signatories).toBe('Comune di Cantù');
		expect(rows('partenariati').every((r) => r[3] !== null && r[3] !== '')).toBe(true);
	});

	it('uses Italian number format and defuses text Excel would run as a formula', () => {
		expect(file('progetti.csv').find((r) => r[0] === 'p1')![9]).toBe('120000,5');
		expect(file('attori.csv').find((r) => r[0] === 'a4')![8]).toBe(
			'\'=HYPERLINK("http://example.invalid")'
		);
		expect(formatItalianNumber(0.1 + 0.2)).toBe('0,3');
		expect(formatItalianNumber(-1234.5)).toBe('-1234,5');
		expect(formatItalianNumber(1e21)).toBe('1000000000000000000000');
	});

	it('uses ; as delimiter, CRLF line ends and a BOM', () => {
		const content = files[0]!.content;
		expect(content.startsWith('\uFEFFID;Denominazione;Tipologia;')).toBe(true);
		expect(content).toContain('\r\n');
		expect(content.endsWith('\r\n')).toBe(true);
	});
});
