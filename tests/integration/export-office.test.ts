import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TERRITORIAL_KIND_IDS } from '../../src/lib/domain';
import { readTx } from '../../src/lib/server/db/driver';
import { exportNetwork } from '../../src/lib/server/transfer/export-service';
import { closeDriver, connectTestDatabase } from '../helpers/graphql';

/**
 * Issue 21: the XLSX and CSV exports opened by LibreOffice (Debian's libreoffice-calc-nogui,
 * installed by `npm test`'s pretest), converted headless to plain CSV, and what it read compared
 * with the database. No LibreOffice, no pass.
 */
const SOFFICE = '/usr/bin/soffice';
let dir: string;

/** LibreOffice's CSV filter options: comma, double quote, UTF-8 (76), from line 1. */
const CSV_OUT = 'csv:Text - txt - csv (StarCalc):44,34,76,1';

function soffice(args: string[]): void {
	execFileSync(
		SOFFICE,
		[`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', ...args],
		{ stdio: 'pipe', timeout: 120_000 }
	);
}

const readCsv = (file: string): string[][] =>
	Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: true }).data;

const db = async () =>
	readTx(async (tx) => {
		const t = { territorial: TERRITORIAL_KIND_IDS };
		const actors = await tx.run(
			'MATCH (a:Actor) WHERE NOT a.kind IN $territorial RETURN a.id AS id, a.name AS name',
			t
		);
		const collaborations = await tx.run(
			'MATCH (:Actor)-[c:COLLABORATES_WITH]->(:Actor) RETURN count(c) AS n'
		);
		return {
			names: new Map(actors.records.map((r) => [r.get('id') as string, r.get('name') as string])),
			collaborations: Number(collaborations.records[0]!.get('n'))
		};
	});

beforeAll(async () => {
	const found = spawnSync(SOFFICE, ['--version'], { encoding: 'utf8' });
	if (found.status !== 0)
		throw new Error(
			`LibreOffice (${SOFFICE}) non trovato / not found: apt-get install libreoffice-calc-nogui ` +
				'(npm test installs it with Chromium)'
		);
	dir = mkdtempSync(path.join(os.tmpdir(), 'trama-export-office-'));
	await connectTestDatabase();
});
afterAll(async () => {
	rmSync(dir, { recursive: true, force: true });
	await closeDriver();
});

/** One actor whose name needs care (accent, quote, apostrophe, &), else any. */
const carefulName = (names: Map<string, string>) =>
	[...names].find(([, n]) => /[^\x20-\x7e]|["'&]/.test(n)) ?? [...names][0]!;

describe('spreadsheet exports in LibreOffice (issue 21)', () => {
	it('XLSX: every sheet opens; actors and collaborations row for row as in the database', async () => {
		const expected = await db();
		const file = await exportNetwork('xlsx', {}, '2026-12-05T04:00:00.000Z');
		writeFileSync(path.join(dir, 'trama.xlsx'), file.bytes);
		// Sheet -1: every sheet to its own file, trama-<sheet>.csv.
		soffice([
			'--convert-to',
			`${CSV_OUT},,0,false,true,false,false,false,-1`,
			'--outdir',
			path.join(dir, 'xlsx'),
			path.join(dir, 'trama.xlsx')
		]);
		const actors = readCsv(path.join(dir, 'xlsx', 'trama-attori.csv'));
		expect(actors[0]!.slice(0, 2)).toEqual(['ID', 'Denominazione']);
		expect(actors.length - 1).toBe(expected.names.size);
		const seen = new Map(actors.slice(1).map((row) => [row[0]!, row[1]!]));
		expect(seen).toEqual(expected.names);
		const [id, name] = carefulName(expected.names);
		expect(seen.get(id)).toBe(name);
		expect(readCsv(path.join(dir, 'xlsx', 'trama-collaborazioni.csv')).length - 1).toBe(
			expected.collaborations
		);
	});

	it('CSV: LibreOffice splits the files on ";" and reads UTF-8 names intact', async () => {
		const expected = await db();
		const file = await exportNetwork('csv', {}, '2026-12-05T04:00:00.000Z');
		const zip = await JSZip.loadAsync(file.bytes);
		mkdirSync(path.join(dir, 'csv'));
		for (const name of ['attori.csv', 'collaborazioni.csv'])
			writeFileSync(path.join(dir, 'csv', name), await zip.file(name)!.async('uint8array'));
		// Opened as a person would in the import dialog: semicolon (59), double quote, UTF-8.
		soffice([
			'--infilter=Text - txt - csv (StarCalc):59,34,76,1',
			'--convert-to',
			CSV_OUT,
			'--outdir',
			path.join(dir, 'csv-read'),
			path.join(dir, 'csv', 'attori.csv'),
			path.join(dir, 'csv', 'collaborazioni.csv')
		]);
		const actors = readCsv(path.join(dir, 'csv-read', 'attori.csv'));
		expect(actors[0]!.length).toBe(12);
		expect(new Map(actors.slice(1).map((row) => [row[0]!, row[1]!]))).toEqual(expected.names);
		expect(readCsv(path.join(dir, 'csv-read', 'collaborazioni.csv')).length - 1).toBe(
			expected.collaborations
		);
	});

	it('CSV: with "quoted fields as text" ticked, LibreOffice keeps the leading zeros of ISTAT and tax codes', async () => {
		const stored = await readTx(async (tx) => {
			const r = await tx.run(
				`MATCH (a:Actor) WHERE NOT a.kind IN $territorial
				 RETURN a.id AS id, a.seatIstat AS istat, a.taxCode AS taxCode`,
				{ territorial: TERRITORIAL_KIND_IDS }
			);
			return r.records.map((x) => ({
				id: x.get('id') as string,
				istat: x.get('istat') as string | null,
				taxCode: x.get('taxCode') as string | null
			}));
		});
		// The point of the test: codes that start with 0 exist in the data.
		expect(stored.filter((a) => a.istat?.startsWith('0')).length).toBeGreaterThan(0);
		expect(stored.filter((a) => a.taxCode?.startsWith('0')).length).toBeGreaterThan(0);
		// The import dialog's "Formatta i campi tra virgolette come testo": token 7 of the filter.
		soffice([
			'--infilter=Text - txt - csv (StarCalc):59,34,76,1,,1040,true',
			'--convert-to',
			CSV_OUT,
			'--outdir',
			path.join(dir, 'csv-text'),
			path.join(dir, 'csv', 'attori.csv')
		]);
		const [headers, ...rows] = readCsv(path.join(dir, 'csv-text', 'attori.csv'));
		const column = (name: string) => headers!.indexOf(name);
		const read = new Map(
			rows.map((r) => [
				r[column('ID')]!,
				{ istat: r[column('Codice ISTAT')] || null, taxCode: r[column('Codice fiscale')] || null }
			])
		);
		expect(new Map(stored.map(({ id, ...codes }) => [id, codes]))).toEqual(read);
	});
});
