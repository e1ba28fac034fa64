import { slugify } from '../../../text';
import type { ImportContext } from './import-types';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { columnLetter, readTable } from './read-table';
import { buildImport } from './build-import';
import { suggestMapping, type SheetKindId } from './sheet-kinds';
import type { ImportProblem } from './problems';

/**
 * A small import context for tests, built from the real reference data's names and codes
 * (graph/seed/territory). The two "Castelnuovo" Comuni are invented: Lombardy has no homonymous
 * Comuni, but names must still be checked for ambiguity (the context may hold more than Lombardy).
 */
const ambito = (name: string) => ({ id: `ambito-${slugify(name)}`, name });

export function testContext(overrides: Partial<ImportContext> = {}): ImportContext {
	return {
		comuni: [
			{ istat: '013041', name: 'Cantù' },
			{ istat: '013075', name: 'Como' },
			{ istat: '013143', name: 'Mariano Comense' },
			{ istat: '015146', name: 'Milano' },
			{ istat: '019035', name: 'Crema' },
			{ istat: '097042', name: 'Lecco' },
			{ istat: '098050', name: "Sant'Angelo Lodigiano" },
			{ istat: '108033', name: 'Monza' },
			{ istat: '999001', name: 'Castelnuovo' },
			{ istat: '999002', name: 'Castelnuovo' }
		],
		ambiti: [
			ambito('Ambito distrettuale Cremasco'),
			ambito('Ambito cremonese'),
			ambito('Ambito di Lecco'),
			ambito("Ambito di Como (Como-Campione d'Italia)"),
			ambito('Ambito di Cantù-Mariano Comense')
		],
		asst: [
			{ id: 'asst-030712', name: 'ASST Lariana' },
			{ id: 'asst-030715', name: 'ASST di Lecco' },
			{ id: 'asst-030726', name: 'ASST di Crema' }
		],
		ats: [
			{ id: 'ats-030321', name: 'ATS della Città Metropolitana di Milano' },
			{ id: 'ats-030322', name: "ATS dell'Insubria" },
			{ id: 'ats-030324', name: 'ATS della Brianza' },
			{ id: 'ats-030327', name: 'ATS della Val Padana' }
		],
		// Territorial bodies (comune-019035 "Comune di Crema", ASST, ATS, Ambiti) come from the lists
		// above: the import knows them without the caller listing them as actors.
		existingActors: [
			{
				id: 'act-existing-sole',
				name: 'Il Sole Società Cooperativa Sociale Onlus',
				kind: 'cooperativa_sociale_a',
				taxCode: '00743110157',
				seatIstat: '013041'
			}
		],
		existingProjects: [{ id: 'prj-existing', title: 'Reti di Conciliazione 2023-2025' }],
		...overrides
	};
}

/** The whole pure pipeline, as the upload handler runs it, on the first sheet of a file. */
export async function importFile(
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

/** Problems without their messages, to compare where and what. */
export const brief = (problems: ImportProblem[]) =>
	problems.map((p) => ({ row: p.row, column: p.column, code: p.code, severity: p.severity }));

/**
 * Hostile files for the tests, built as an attacker would: real zip archives whose worksheets
 * inflate to far more than they weigh, workbooks with too many sheets or cells, CSVs too wide or
 * too long. The zip is written here by hand because no library writes a part whose content is a
 * run of identical deflate blocks (how 5 MB becomes 4.7 GB without ever holding 4.7 GB).
 */

interface Part {
	name: string;
	/** Raw deflate data. */
	deflated: Buffer;
	crc: number;
	size: number;
	/** What the archive claims the part inflates to (a lying archive claims less). */
	declaredSize?: number;
}

const MiB = 1024 * 1024;
const keepOpen = { finishFlush: constants.Z_FULL_FLUSH };

/** A part made of `head`, then `body` repeated `times`, then `tail`, deflated once per piece. */
function repeatedPart(name: string, head: string, body: string, times: number, tail: string): Part {
	const [h, b, t] = [head, body, tail].map((s) => Buffer.from(s, 'utf8')) as [
		Buffer,
		Buffer,
		Buffer
	];
	// Each piece ends on a full flush, so the pieces concatenate into one valid deflate stream.
	const bodyDeflated = deflateRawSync(b, keepOpen);
	let crc = crc32(h);
	for (let i = 0; i < times; i++) crc = crc32(b, crc);
	crc = crc32(t, crc);
	return {
		name,
		deflated: Buffer.concat([
			deflateRawSync(h, keepOpen),
			...Array<Buffer>(times).fill(bodyDeflated),
			deflateRawSync(t)
		]),
		crc,
		size: h.length + b.length * times + t.length
	};
}

function textPart(name: string, text: string): Part {
	const data = Buffer.from(text, 'utf8');
	return { name, deflated: deflateRawSync(data), crc: crc32(data), size: data.length };
}

/** A zip archive (deflate, no zip64: every part stays under 4 GiB). */
function zip(parts: Part[]): Buffer {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const part of parts) {
		const name = Buffer.from(part.name, 'utf8');
		const size = part.declaredSize ?? part.size;
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(8, 8);
		local.writeUInt16LE(0x21, 12); // 1980-01-01
		local.writeUInt32LE(part.crc >>> 0, 14);
		local.writeUInt32LE(part.deflated.length, 18);
		local.writeUInt32LE(size, 22);
		local.writeUInt16LE(name.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt16LE(8, 10);
		central.writeUInt16LE(0x21, 14);
		central.writeUInt32LE(part.crc >>> 0, 16);
		central.writeUInt32LE(part.deflated.length, 20);
		central.writeUInt32LE(size, 24);
		central.writeUInt16LE(name.length, 28);
		central.writeUInt32LE(offset, 42);
		locals.push(local, name, part.deflated);
		centrals.push(central, name);
		offset += local.length + name.length + part.deflated.length;
	}
	const directory = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(parts.length, 8);
	end.writeUInt16LE(parts.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, directory, end]);
}

const SHEET_HEAD =
	'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

/** The parts around the worksheets that make the archive a workbook exceljs opens. */
function workbookParts(sheets: number): Part[] {
	const range = Array.from({ length: sheets }, (_, i) => i + 1);
	return [
		textPart(
			'[Content_Types].xml',
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
				range
					.map(
						(i) =>
							`<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
					)
					.join('') +
				'</Types>'
		),
		textPart(
			'_rels/.rels',
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
		),
		textPart(
			'xl/workbook.xml',
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
				range.map((i) => `<sheet name="Foglio${i}" sheetId="${i}" r:id="rId${i}"/>`).join('') +
				'</sheets></workbook>'
		),
		textPart(
			'xl/_rels/workbook.xml.rels',
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
				range
					.map(
						(i) =>
							`<Relationship Id="rId${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/>`
					)
					.join('') +
				'</Relationships>'
		)
	];
}

/**
 * One cell of 1 MiB, to be written over and over: its run of "x" compresses about 1000 to 1 (a
 * short cell repeated repeats at a distance deflate codes less tightly: about 330 to 1).
 */
function cellRun(): string {
	const open = '<c r="A2" t="inlineStr"><is><t>';
	const close = '</t></is></c>';
	return open + 'x'.repeat(MiB - open.length - close.length) + close;
}
const HEADER_ROW =
	'<row r="1"><c r="A1" t="inlineStr"><is><t>Denominazione</t></is></c><c r="B1" t="inlineStr"><is><t>Comune</t></is></c></row>';

/**
 * The attack of issue 13: `sheets` worksheets of `mibPerSheet` MiB each of repeated cells. The
 * default weighs 4.9 MB and unzips to 4.7 GB (5 × 900 MiB), like the attack's 4.6 MB and 4.5 GB.
 */
export function xlsxBomb({ sheets = 5, mibPerSheet = 900, lie = false } = {}): Buffer {
	const run = cellRun();
	const parts = Array.from({ length: sheets }, (_, i) =>
		repeatedPart(
			`xl/worksheets/sheet${i + 1}.xml`,
			`${SHEET_HEAD}${HEADER_ROW}<row r="2">`,
			run,
			mibPerSheet,
			`</row>${SHEET_TAIL}`
		)
	);
	// A lying archive declares a tenth of a kilobyte per part, so only inflating finds it out.
	if (lie) for (const part of parts) part.declaredSize = 100;
	return zip([...workbookParts(sheets), ...parts]);
}

/** A workbook of `sheets` small, real worksheets (a name and a Comune each). */
export function xlsxManySheets(sheets: number): Buffer {
	const parts = Array.from({ length: sheets }, (_, i) =>
		textPart(
			`xl/worksheets/sheet${i + 1}.xml`,
			`${SHEET_HEAD}${HEADER_ROW}<row r="2"><c r="A2" t="inlineStr"><is><t>Ente ${i}</t></is></c><c r="B2" t="inlineStr"><is><t>Crema</t></is></c></row>${SHEET_TAIL}`
		)
	);
	return zip([...workbookParts(sheets), ...parts]);
}

/**
 * One worksheet of `rows` rows × `columns` numbered cells: every cell different, so it compresses
 * like real data (well under 100 to 1) and only counting the cells finds it too big.
 */
export function xlsxManyCells(rows: number, columns: number): Buffer {
	const letters = Array.from({ length: columns }, (_, i) => columnLetter(i));
	const body: string[] = [HEADER_ROW];
	for (let r = 2; r <= rows + 1; r++) {
		body.push(`<row r="${r}">`);
		for (let c = 0; c < columns; c++)
			body.push(`<c r="${letters[c]}${r}"><v>${r * columns + c}</v></c>`);
		body.push('</row>');
	}
	return zip([
		...workbookParts(1),
		textPart('xl/worksheets/sheet1.xml', `${SHEET_HEAD}${body.join('')}${SHEET_TAIL}`)
	]);
}

/** A CSV of `rows` data rows under a header, `columns` wide. */
export function csvOf(rows: number, columns: number): Buffer {
	const header = Array.from({ length: columns }, (_, i) => `Colonna ${i + 1}`).join(';');
	const row = Array.from({ length: columns }, (_, i) => String(i)).join(';');
	return Buffer.from([header, ...Array<string>(rows).fill(row)].join('\n'), 'utf8');
}
