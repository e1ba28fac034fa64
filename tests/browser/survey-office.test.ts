import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { axeViolations } from '../helpers/axe';
import { createTestAccount, signedInContext } from '../helpers/browser-session';
import { closeDriver, connect, readTx, writeTx } from '../../src/lib/server/db/driver';

/**
 * The office starts a survey on its pages (issue 19): the list and the form at /questionari, then
 * the tracking page of the new survey with its partners by name. axe finds nothing in each state at
 * 1366 px. Screenshots of each state go to /tmp/survey-office (to look at, not compared).
 */
const P = 'svyo';
const NAMES = [
	'Caritas decanale',
	'Comune di Oggiono',
	'Cooperativa Il Sentiero',
	'Oratorio San Luigi'
];
const ORGS = NAMES.map((_, i) => `${P}-org-${i}`);
const TITLE = 'Come lavoriamo insieme – 2026';
const SHOTS = '/tmp/survey-office';
let ambito = '';
let browser: Browser;
let office: BrowserContext;
let page: Page;

const db = () =>
	connect({ uri: inject('neo4jUri'), user: 'neo4j', password: '', database: 'neo4j' });
async function withDb<T>(work: () => Promise<T>): Promise<T> {
	await db();
	try {
		return await work();
	} finally {
		await closeDriver();
	}
}

beforeAll(async () => {
	mkdirSync(SHOTS, { recursive: true });
	// An Ambito no other browser file surveys, so the office's list holds only this file's survey.
	ambito = await withDb(() =>
		readTx(async (tx) =>
			String(
				(
					await tx.run(`MATCH (a:Ambito) RETURN a.id AS id ORDER BY a.id SKIP 7 LIMIT 1`)
				).records[0]!.get('id')
			)
		)
	);
	await withDb(() =>
		writeTx((tx) =>
			tx.run(
				`MATCH (amb:Ambito {id: $ambito})
				 MERGE (p:Project {id: $p + '-project'}) SET p.title = 'Anziani al centro'
				 MERGE (p)-[:TARGETS]->(amb)
				 WITH p, amb UNWIND range(0, size($orgs) - 1) AS i
				 MERGE (a:Actor {id: $orgs[i]}) SET a.name = $names[i], a.kind = 'odv'
				 MERGE (a)-[:ACTIVE_IN]->(amb)
				 MERGE (a)-[:PARTNER_IN {id: $orgs[i] + '-pi'}]->(p)`,
				{ ambito, p: P, orgs: ORGS, names: NAMES }
			)
		)
	);
	browser = await launchBrowser();
	office = await signedInContext(browser, await createTestAccount(['ufficio_di_piano'], [ambito]), {
		viewport: { width: 1366, height: 900 },
		locale: 'it-IT'
	});
	page = await office.newPage();
	page.on('dialog', (d) => void d.accept());
});

afterAll(async () => {
	await office?.close();
	await browser?.close();
	await withDb(() =>
		writeTx(async (tx) => {
			await tx.run(
				`MATCH (s:Survey {subjectId: $project}) OPTIONAL MATCH (r:SurveyRespondent {surveyId: s.id})
				 OPTIONAL MATCH (x:SurveyAnswer {surveyId: s.id}) DETACH DELETE s, r, x`,
				{ project: `${P}-project` }
			);
			await tx.run(
				`MATCH ()-[c:COLLABORATES_WITH {collaborationSource: 'survey'}]-() WHERE startNode(c).id STARTS WITH $p DELETE c`,
				{ p: P }
			);
			await tx.run(`MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n`, { p: P });
		})
	);
});

async function checked(name: string, p: Page = page) {
	await p.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
	expect(await axeViolations(p)).toEqual([]);
}
/** The respondents' table (the results below have one too). */
const respondents = () => page.locator('table').first();
const rate = () => page.getByTestId('response-rate').innerText();
const rowOf = (name: string) => respondents().getByRole('row').filter({ hasText: name });

describe('the office runs a survey', () => {
	it('creates it from the list page', async () => {
		await page.goto(`${inject('appUrl')}/questionari`);
		await expect.poll(() => page.locator('h1').innerText()).toBe('Rilevazioni delle relazioni');
		expect(await page.getByText('Nessuna rilevazione ancora.').count()).toBe(1);
		await checked('1-list-empty');
		await page.getByLabel('Titolo', { exact: true }).fill(TITLE);
		await page.locator('select[name="subject"]').selectOption({ label: 'Anziani al centro' });
		await page.getByLabel(/Anonima/).uncheck();
		await page.getByRole('button', { name: 'Crea la rilevazione' }).click();
		await page.waitForURL(/\/questionari\/svy-/);
		await expect.poll(() => page.locator('h1').innerText()).toBe(TITLE);
		// The partners by name, none opened yet.
		const rows = await respondents().locator('tbody th[scope="row"]').allInnerTexts();
		expect(rows).toEqual(NAMES);
		expect(await rowOf(NAMES[0]!).innerText()).toMatch(/Non aperto/);
		expect(await rate()).toBe('Nessun ente ha ancora completato (su 4).');
		await checked('2-draft');

		await page.goto(`${inject('appUrl')}/questionari`);
		expect(await page.getByRole('link', { name: TITLE }).count()).toBe(1);
		expect(await page.getByRole('row').filter({ hasText: TITLE }).innerText()).toMatch(
			/Anziani al centro\s+In preparazione/
		);
		await checked('3-list');
	});
});
