import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { axeViolations } from '../helpers/axe';
import { startApp, type AppProcess } from '../helpers/app-process';
import { createTestAccount, signedInContext } from '../helpers/browser-session';
import { startSmtpReceiver, surveyTokenIn } from '../helpers/smtp';
import { closeDriver, connect, readTx, writeTx } from '../../src/lib/server/db/driver';
import { submitResponse } from '../../src/lib/server/surveys/survey-service';

/**
 * The office runs a survey on its pages (issue 19): the list and the form at /questionari, then the
 * tracking page: addresses, opening, invitations by e-mail to a real SMTP receiver (this file serves
 * its own app, pointed at it), a letter with its link, a reminder, closing and the results with their
 * downloads. axe finds nothing in each state, at 1366 px and on a phone. Screenshots of each state
 * go to /tmp/survey-office (to look at, not compared).
 */
const P = 'svyo';
const NAMES = [
	'Caritas decanale',
	'Comune di Oggiono',
	'Cooperativa Il Sentiero',
	'Oratorio San Luigi'
];
const ORGS = NAMES.map((_, i) => `${P}-org-${i}`);
const EMAILS = ['caritas@example.org', 'comune@example.org', 'sentiero@example.org'];
const TITLE = 'Come lavoriamo insieme – 2026';
const SHOTS = '/tmp/survey-office';
let ambito = '';
let app: AppProcess;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let browser: Browser;
let office: BrowserContext;
let page: Page;
let surveyId = '';

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
				 MERGE (q:Project {id: $p + '-project-2'}) SET q.title = 'Giovani in rete'
				 MERGE (q)-[:TARGETS]->(amb)
				 WITH p, amb UNWIND range(0, size($orgs) - 1) AS i
				 MERGE (a:Actor {id: $orgs[i]}) SET a.name = $names[i], a.kind = 'odv'
				 MERGE (a)-[:ACTIVE_IN]->(amb)
				 MERGE (a)-[:PARTNER_IN {id: $orgs[i] + '-pi'}]->(p)`,
				{ ambito, p: P, orgs: ORGS, names: NAMES }
			)
		)
	);
	smtp = await startSmtpReceiver();
	app = await startApp({
		buildDir: inject('appBuildDir'),
		neo4jUri: inject('neo4jUri'),
		stdout: 'ignore',
		env: { SMTP_URL: smtp.url, MAIL_FROM: 'Ufficio di Piano <udp@example.org>' }
	});
	browser = await launchBrowser();
	// Sessions live in Neo4j and cookies ignore the port: signed in once, signed in on this app too.
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
	await app?.stop();
	await smtp?.stop();
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
const status = () => page.locator('.screen [role="status"]').innerText();
/** The respondents' table (the results below have one too). */
const respondents = () => page.locator('table').first();
const rate = () => page.getByTestId('response-rate').innerText();
const rowOf = (name: string) => respondents().getByRole('row').filter({ hasText: name });

describe('the office runs a survey', () => {
	it('creates it from the list page', async () => {
		await page.goto(`${app.url}/questionari`);
		await expect
			.poll(() => page.locator('h1').innerText(), { timeout: 30_000 })
			.toBe('Rilevazioni delle relazioni');
		expect(await page.getByText('Nessuna rilevazione ancora.').count()).toBe(1);
		await checked('1-list-empty');
		await page.getByLabel('Titolo', { exact: true }).fill(TITLE);
		// The search narrows the list (accents and case aside) and leads on to it by keyboard.
		const subject = page.locator('select[name="subject"]');
		const options = () => subject.locator('option:not([value=""])').allInnerTexts();
		expect(await options()).toContain('Giovani in rete');
		await page.getByLabel('Cerca per nome').fill('ANZIANÌ');
		await expect.poll(options).toEqual(['Anziani al centro']);
		expect(await page.locator('#subject-count').innerText()).toBe('1 da scegliere');
		await page.keyboard.press('Tab');
		expect(await subject.evaluate((el) => el === document.activeElement)).toBe(true);
		await subject.selectOption({ label: 'Anziani al centro' });
		// Another kind of subject forgets the project chosen: its id is no network's.
		await page.getByLabel('I membri di una rete').check();
		expect(await subject.inputValue()).toBe('');
		await page.getByLabel('I partner di un progetto').check();
		expect(await subject.inputValue()).toBe('');
		await subject.selectOption({ label: 'Anziani al centro' });
		await page.getByLabel(/Anonima/).uncheck();
		await page.getByRole('button', { name: 'Crea la rilevazione' }).click();
		await page.waitForURL(/\/questionari\/svy-/);
		surveyId = page.url().split('/').pop()!;
		await expect.poll(() => page.locator('h1').innerText(), { timeout: 30_000 }).toBe(TITLE);
		// The partners by name, none opened yet.
		const rows = await respondents().locator('tbody th[scope="row"]').allInnerTexts();
		expect(rows).toEqual(NAMES);
		// every column has a header a screen reader reads, the remove buttons' one too
		const headers = await respondents().getByRole('columnheader').allTextContents();
		expect(headers.map((h) => h.trim())).toEqual([
			'Ente',
			'Indirizzo e-mail',
			'Stato',
			'Enti valutati',
			'Togli dall’elenco'
		]);
		expect(await rowOf(NAMES[0]!).locator('th, td').count()).toBe(headers.length);
		expect(await rowOf(NAMES[0]!).innerText()).toMatch(/Non aperto/);
		expect(await rate()).toBe('Nessun ente ha ancora completato (su 4).');
		await checked('2-draft');

		await page.goto(`${app.url}/questionari`);
		expect(await page.getByRole('link', { name: TITLE }).count()).toBe(1);
		expect(await page.getByRole('row').filter({ hasText: TITLE }).innerText()).toMatch(
			/Anziani al centro\s+In preparazione/
		);
		await checked('3-list');
	});

	it('sets the addresses, opens, sends the invitations and prints a letter', async () => {
		await page.goto(`${app.url}/questionari/${surveyId}`);
		for (const [i, email] of EMAILS.entries())
			await page.getByLabel(`Indirizzo e-mail – ${NAMES[i]}`).fill(email);
		await page.getByRole('button', { name: 'Salva l’elenco e gli indirizzi' }).click();
		await expect.poll(status, { timeout: 30_000 }).toBe('Fatto.');
		await page.getByRole('button', { name: 'Apri la rilevazione' }).click();
		await expect
			.poll(() => page.locator('h1 + p').innerText(), { timeout: 30_000 })
			.toMatch(/Aperta/);
		await checked('4-open');

		await page.getByRole('button', { name: 'Invia gli inviti per e-mail' }).click();
		await expect
			.poll(status, { timeout: 30_000 })
			.toBe('E-mail inviate: 3. Senza e-mail (serve la lettera): Oratorio San Luigi.');
		expect(smtp.received.map((r) => r.to).sort()).toEqual([...EMAILS].sort());

		// The letters go to whoever has no e-mailed link: the e-mailed links keep working.
		await page.getByRole('button', { name: 'Prepara lettere e QR da stampare' }).click();
		await expect.poll(() => page.getByTestId('letter').count(), { timeout: 30_000 }).toBe(1);
		const letter = await page.getByTestId('letter').innerText();
		expect(letter).toMatch(/Gentile referente di Oratorio San Luigi/);
		const letterLink = new RegExp(`${app.url}/q/[A-Za-z0-9_-]{43}`).exec(letter)![0];
		await checked('5-letters');

		const respondent = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const answer = await respondent.newPage();
		await answer.goto(letterLink);
		await expect
			.poll(() => answer.locator('h2').innerText(), { timeout: 30_000 })
			.toBe('Risponde: Oratorio San Luigi');
		const mailed = surveyTokenIn(
			smtp.received.find((r) => r.to === 'caritas@example.org')!.raw,
			app.url
		)!;
		await answer.goto(`${app.url}/q/${mailed}`);
		await expect
			.poll(() => answer.locator('h2').innerText(), { timeout: 30_000 })
			.toBe('Risponde: Caritas decanale');
		await respondent.close();
	});

	it('tracks who answered, reminds the others, on a desk and on a phone', async () => {
		const token = surveyTokenIn(
			smtp.received.find((r) => r.to === 'comune@example.org')!.raw,
			app.url
		)!;
		await withDb(() =>
			submitResponse(
				token,
				{
					ties: [
						{ toOrgId: ORGS[0]!, level: 4, reliability: 4, influence: 3 },
						{ toOrgId: ORGS[2]!, level: 2 }
					],
					complete: true
				},
				'198.51.100.31'
			)
		);
		await page.goto(`${app.url}/questionari/${surveyId}`);
		expect(await rate()).toBe('Ha completato 1 ente su 4 (25%).');
		expect(await rowOf('Comune di Oggiono').innerText()).toMatch(/Completato\s+2/);
		expect(await rowOf('Caritas decanale').innerText()).toMatch(/Iniziato\s+0/);
		expect(await rowOf('Cooperativa Il Sentiero').innerText()).toMatch(/Non aperto/);

		smtp.received.length = 0;
		await page.getByRole('button', { name: 'Invia un promemoria a chi non ha completato' }).click();
		await expect
			.poll(status, { timeout: 30_000 })
			.toBe('E-mail inviate: 2. Senza e-mail (serve la lettera): Oratorio San Luigi.');
		expect(smtp.received.map((r) => r.to).sort()).toEqual([
			'caritas@example.org',
			'sentiero@example.org'
		]);
		await checked('6-reminded');

		// A phone set to English: the page is Italian, its dates too (they followed the browser).
		const phone = await browser.newContext({
			viewport: { width: 390, height: 844 },
			locale: 'en-US',
			hasTouch: true,
			storageState: await office.storageState()
		});
		const small = await phone.newPage();
		await small.goto(`${app.url}/questionari/${surveyId}`);
		await expect
			.poll(() => small.getByTestId('response-rate').innerText(), { timeout: 30_000 })
			.toMatch(/1 ente su 4/);
		// One card per organisation: the list fits the phone's width, nothing to scroll sideways.
		const right = await small
			.locator('table.stack')
			.first()
			.evaluate((t) => t.getBoundingClientRect().right);
		expect(right).toBeLessThanOrEqual(390);
		const text = await small.locator('main').innerText();
		expect(text).toMatch(/dal \d{1,2} [a-z]{3} \d{4} al \d{1,2} [a-z]{3} \d{4}/);
		await checked('7-phone', small);
		// The create form on the phone: every field and the button a finger's size, nothing wider
		// than the screen.
		await small.goto(`${app.url}/questionari`);
		const form = small.locator('form.create');
		await form.waitFor();
		const heights = await form
			.locator('input:not([type="radio"]):not([type="checkbox"]), select, button')
			.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().height)));
		expect(heights.length).toBeGreaterThan(5);
		expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
		expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
		await checked('8-phone-form', small);
		await phone.close();
	});

	it('closes, and shows the results with their downloads', async () => {
		const token = surveyTokenIn(
			smtp.received.find((r) => r.to === 'caritas@example.org')!.raw,
			app.url
		)!;
		await withDb(() =>
			submitResponse(
				token,
				{ ties: [{ toOrgId: ORGS[1]!, level: 2, reliability: 3 }], complete: true },
				'198.51.100.31'
			)
		);
		await page.goto(`${app.url}/questionari/${surveyId}`);
		await page.getByRole('button', { name: 'Chiudi la rilevazione' }).click();
		await expect
			.poll(() => page.locator('h1 + p').innerText(), { timeout: 30_000 })
			.toMatch(/Chiusa/);
		expect(await page.getByRole('button', { name: 'Invia gli inviti per e-mail' }).count()).toBe(0);
		const results = await page.locator('.screen').innerText();
		// Comune and Caritas: 4 and 2 → 2 «Cooperazione»; 2 answers of 4 → 50%.
		expect(results).toMatch(/Questionari completati\s+2 su 4/);
		expect(results).toMatch(/Comune di Oggiono/);
		await checked('8-closed-results');

		const gexf = await office.request.get(`${app.url}/questionari/${surveyId}/rete.gexf`);
		expect(gexf.status()).toBe(200);
		const xml = await gexf.text();
		expect(xml).toMatch(/label="Caritas decanale"/);
		expect(xml).toMatch(/<attvalue for="strength" value="2"\/>/);
		const graphml = await office.request.get(`${app.url}/questionari/${surveyId}/rete.graphml`);
		expect(graphml.status()).toBe(200);
		expect(graphml.headers()['content-disposition']).toMatch(/rete-come-lavoriamo-insieme-2026/);
	});
});
