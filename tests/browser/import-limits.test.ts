import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { closeDriver, connect, readTx } from '../../src/lib/server/db/driver';
import {
	IMPORT_LIMITS,
	REQUEST_BODY_LIMIT_BYTES
} from '../../src/lib/server/transfer/import/limits';
import {
	csvOf,
	xlsxBomb,
	xlsxManyCells,
	xlsxManySheets
} from '../../src/lib/server/transfer/import/test-support';
import { DEMO_AMBITO_ID } from '../../src/lib/server/network/demo/demo-base';
import { launchBrowser } from '../helpers/browser';
import { createTestAccount, signedInContext } from '../helpers/browser-session';

/**
 * Issue 13, item 1: an Ufficio di Piano sent a 4.6 MB XLSX that unzips to 4.5 GB to the import
 * preview and the app died of heap exhaustion. The same attacks, through the built app's HTTP.
 */
let browser: Browser;
let context: BrowserContext;
const appUrl = () => inject('appUrl');

beforeAll(async () => {
	browser = await launchBrowser();
	const account = await createTestAccount(['ufficio_di_piano'], [DEMO_AMBITO_ID]);
	context = await signedInContext(browser, account);
});
afterAll(async () => browser?.close());

interface Answer {
	status: number;
	body: {
		data?: Record<string, unknown> | null;
		errors?: Array<{ message: string; extensions?: { code?: string } }>;
	};
}

async function graphql(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
	const response = await context.request.post(`${appUrl()}/graphql`, {
		headers: {
			'content-type': 'application/json',
			accept: 'application/json',
			'x-trama-csrf': '1'
		},
		data: JSON.stringify({ query, variables }),
		timeout: 120_000
	});
	return { status: response.status(), body: (await response.json()) as Answer['body'] };
}

const spreadsheet = (op: string, bytes: Buffer, fileName: string) =>
	graphql(`mutation($i: SpreadsheetInput!) { ${op}(input: $i) { rows } }`, {
		i: { fileBase64: bytes.toString('base64'), fileName }
	});

async function stillAnswers(): Promise<void> {
	const { status, body } = await graphql('{ health { ok } }');
	expect(status).toBe(200);
	expect(body.data).toEqual({ health: { ok: true } });
}

async function nodeCount(): Promise<number> {
	await connect({ uri: inject('neo4jUri'), user: 'neo4j', password: '', database: 'neo4j' });
	try {
		return await readTx(async (tx) => {
			const result = await tx.run('MATCH (n) RETURN count(n) AS n');
			return Number(result.records[0]!.get('n'));
		});
	} finally {
		await closeDriver();
	}
}

function expectRefused({ status, body }: Answer, italian: string): void {
	expect(status).toBe(413);
	expect(body.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
	expect(body.errors?.[0]?.message).toContain(italian);
}

describe('spreadsheet bombs sent to the import', () => {
	it('each is refused with 413 and an Italian message naming its limit, and the app goes on answering', async () => {
		const attacks: Array<[string, Buffer, string]> = [
			['bomba.xlsx', xlsxBomb(), 'una volta decompresso occupa'],
			['fogli.xlsx', xlsxManySheets(IMPORT_LIMITS.sheets + 1), '51 fogli, oltre il limite di 50'],
			['celle.xlsx', xlsxManyCells(50_100, 10), 'più di 500.000 celle'],
			['compresso.xlsx', xlsxBomb({ sheets: 1, mibPerSheet: 5 }), 'oltre il limite di 100'],
			['larga.csv', csvOf(2, IMPORT_LIMITS.columns + 1), '501 colonne, oltre il limite di 500'],
			['lunga.csv', csvOf(IMPORT_LIMITS.rows, 2), 'più di 100.000 righe'],
			['celle.csv', csvOf(1_100, 480), 'più di 500.000 celle']
		];
		for (const [fileName, bytes, italian] of attacks) {
			expectRefused(await spreadsheet('previewSpreadsheetImport', bytes, fileName), italian);
			await stillAnswers();
		}
		// A good file right after is read as before.
		const good = Buffer.from('Denominazione;Comune\nAssociazione dopo le bombe;Crema\n', 'utf8');
		const { status, body } = await spreadsheet('previewSpreadsheetImport', good, 'enti.csv');
		expect(status).toBe(200);
		expect(body.data).toEqual({ previewSpreadsheetImport: { rows: 1 } });
	});

	it('applying a bomb writes nothing', async () => {
		const before = await nodeCount();
		expectRefused(
			await spreadsheet('applySpreadsheetImport', xlsxBomb(), 'bomba.xlsx'),
			'una volta decompresso occupa'
		);
		expect(await nodeCount()).toBe(before);
		await stillAnswers();
	});

	it('/dati states the limits and shows the refusal where the eye is', async () => {
		const page = await context.newPage();
		await page.goto(`${appUrl()}/dati`);
		const limits = await page.getByTestId('import-limits').innerText();
		expect(limits).toContain('al massimo 20 MB');
		expect(limits).toContain('al massimo 500.000');
		await page
			.locator('input[type="file"]')
			.setInputFiles({ name: 'bomba.xlsx', mimeType: 'application/zip', buffer: xlsxBomb() });
		await page.getByRole('button', { name: 'Prova (non scrive nulla)' }).first().click();
		await expect
			.poll(() => page.getByRole('alert').innerText(), { timeout: 60_000 })
			.toContain('oltre il limite di 100 MB per un file XLSX');
		await page.close();
	});
});

describe('one file limit for every import', () => {
	it('a JSON document over the limit is refused with the same limit', async () => {
		const json = `{"actors":[],"x":"${'x'.repeat(IMPORT_LIMITS.fileBytes)}"}`;
		const answer = await graphql(
			'mutation($i: ImportDocumentInput!) { importDocument(input: $i) { applied } }',
			{ i: { json, dryRun: true, fileName: 'rete.json' } }
		);
		expectRefused(answer, 'oltre il limite di 20 MB');
		await stillAnswers();
	});

	it('a request over the body limit is refused in Italian before it is read', async () => {
		const response = await context.request.post(`${appUrl()}/graphql`, {
			headers: { 'content-type': 'application/json', 'x-trama-csrf': '1' },
			data: Buffer.alloc(REQUEST_BODY_LIMIT_BYTES + 1, 0x20),
			timeout: 120_000
		});
		expect(response.status()).toBe(413);
		expect(((await response.json()) as Answer['body']).errors?.[0]?.message).toContain(
			'un file da importare può pesare al massimo 20 MB'
		);
		await stillAnswers();
	});
});
