import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { axeViolations } from '../helpers/axe';
import { closeDriver, connect, readTx, writeTx } from '../../src/lib/server/db/driver';
import {
	createSurvey,
	issueLinks,
	openSurvey,
	submitResponse,
	todayInRome
} from '../../src/lib/server/surveys/survey-service';
import { testViewer } from '../helpers/graphql';
import { createTestAccount, signedInContext } from '../helpers/browser-session';

/**
 * A partner answers the relational survey on a phone (390×844): the GDPR notice and the time it
 * takes, one organisation at a time, saved as it goes; a reload resumes where it stopped; axe finds
 * nothing on the intro, a question and the closing questions.
 */
const P = 'svyb';
const ORGS = ['a', 'b', 'c', 'd'].map((k) => `${P}-org-${k}`);
let token = '';
let surveyId = '';
let namedSurveyId = '';
let browser: Browser;
let context: BrowserContext;

const db = () =>
	connect({ uri: inject('neo4jUri'), user: 'neo4j', password: '', database: 'neo4j' });

beforeAll(async () => {
	await db();
	try {
		const ambito = await readTx(async (tx) =>
			String(
				(await tx.run(`MATCH (a:Ambito) RETURN a.id AS id ORDER BY a.id LIMIT 1`)).records[0]!.get(
					'id'
				)
			)
		);
		await writeTx((tx) =>
			tx.run(
				`MATCH (amb:Ambito {id: $ambito})
				 MERGE (p:Project {id: $p + '-project'}) SET p.title = 'Rete anziani'
				 MERGE (p)-[:TARGETS]->(amb)
				 WITH p UNWIND range(0, 3) AS i
				 MERGE (a:Actor {id: $orgs[i]}) SET a.name = ['Caritas', 'Comune', 'Cooperativa', 'Oratorio'][i], a.kind = 'odv'
				 MERGE (a)-[:PARTNER_IN {id: $orgs[i] + '-pi'}]->(p)`,
				{ ambito, p: P, orgs: ORGS }
			)
		);
		const survey = await createSurvey(
			{
				title: 'Come lavoriamo insieme 2026',
				projectId: `${P}-project`,
				opensOn: todayInRome(),
				closesOn: '2099-12-31',
				anonymous: true
			},
			{ ambitoIds: [ambito] },
			testViewer()
		);
		surveyId = survey.id;
		await openSurvey(survey.id);
		token = (await issueLinks(survey.id, null)).find((l) => l.orgId === ORGS[0])!.token;
		// A second, named survey where Caritas and the Comune completed, for the office's download.
		const named = await createSurvey(
			{
				title: 'Rete anziani, risposte',
				projectId: `${P}-project`,
				opensOn: todayInRome(),
				closesOn: '2099-12-31',
				anonymous: false
			},
			{ ambitoIds: [ambito] },
			testViewer()
		);
		namedSurveyId = named.id;
		await openSurvey(named.id);
		const links = await issueLinks(named.id, null);
		for (const [from, level] of [
			[ORGS[0], 3],
			[ORGS[1], 2]
		] as const)
			await submitResponse(
				links.find((l) => l.orgId === from)!.token,
				{ ties: [{ toOrgId: ORGS[3]!, level, reliability: 4 }], complete: true },
				null
			);
	} finally {
		await closeDriver();
	}
	browser = await launchBrowser();
	context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
});

afterAll(async () => {
	await context?.close();
	await browser?.close();
	await db();
	await writeTx(async (tx) => {
		for (const id of [surveyId, namedSurveyId])
			await tx.run(
				`MATCH (s:Survey {id: $id}) OPTIONAL MATCH (r:SurveyRespondent {surveyId: s.id})
				 OPTIONAL MATCH (x:SurveyAnswer {surveyId: s.id}) DETACH DELETE s, r, x`,
				{ id }
			);
		await tx.run(`MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n`, { p: P });
	});
	await closeDriver();
});

async function stored() {
	await db();
	try {
		return await readTx(async (tx) => {
			const r = await tx.run(
				`MATCH (r:SurveyRespondent {surveyId: $id, orgId: $org})
				 RETURN r.status AS status, r.goals AS goals, r.achieved AS achieved,
				   COLLECT { MATCH (a:SurveyAnswer {respondentId: r.id}) RETURN a {.toOrgId, .level, .reliability} ORDER BY a.toOrgId } AS ties`,
				{ id: surveyId, org: ORGS[0] }
			);
			return r.records[0]!.toObject();
		});
	} finally {
		await closeDriver();
	}
}

async function expectNoAxeViolations(page: Page) {
	expect(await axeViolations(page)).toEqual([]);
}

describe('a respondent on a phone', () => {
	it('reads how long it takes and how answers are used, answers, reloads and resumes', async () => {
		const page = await context.newPage();
		await page.goto(`${inject('appUrl')}/q/${token}`);
		await expect.poll(() => page.locator('h2').innerText()).toBe('Risponde: Caritas');
		const intro = await page.locator('.survey').innerText();
		expect(intro).toMatch(/circa 5 minuti/);
		expect(intro).toMatch(/Come usiamo le risposte/);
		expect(intro).toMatch(/anonima: i risultati mostrano solo medie di almeno 3 enti/);
		await expectNoAxeViolations(page);

		await page.getByRole('button', { name: 'Inizia' }).click();
		await expect.poll(() => page.locator('#org-title').innerText()).toBe('Comune');
		expect(await page.locator('.progress').innerText()).toMatch(/Ente 1 di 3/);
		// Trust and value are asked only once there is a tie.
		expect(await page.locator('fieldset').count()).toBe(1);
		await page.getByText('3 · Coordinamento').click();
		await expect.poll(() => page.locator('fieldset').count()).toBe(8);
		await page
			.getByRole('group', { name: /È affidabile/ })
			.getByText('Molto')
			.click();
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Salva e vai avanti' }).click();
		await expect.poll(() => page.locator('#org-title').innerText()).toBe('Cooperativa');

		// A reload (the phone locked, the tab closed): the answer is on the server, and it resumes.
		await page.reload();
		await page.getByRole('button', { name: 'Riprendi da dove eri' }).click();
		await expect.poll(() => page.locator('#org-title').innerText()).toBe('Cooperativa');
		await page.getByRole('button', { name: 'Indietro' }).click();
		await expect.poll(() => page.locator('#org-title').innerText()).toBe('Comune');
		expect(await page.getByRole('radio', { name: /3 · Coordinamento/ }).isChecked()).toBe(true);
		await page.getByRole('button', { name: 'Salva e vai avanti' }).click();

		// Going on without an answer says what to do.
		await expect.poll(() => page.locator('#org-title').innerText()).toBe('Cooperativa');
		await page.getByRole('button', { name: 'Salva e vai avanti' }).click();
		expect(await page.getByRole('alert').innerText()).toBe(
			'Scegli una risposta per andare avanti.'
		);
		await page.getByText('0 · Nessun rapporto').click();
		await page.getByRole('button', { name: 'Salva e vai avanti' }).click();
		await expect.poll(() => page.locator('#org-title').innerText()).toBe('Oratorio');
		await page.getByText('1 · Ci conosciamo').click();
		await page.getByRole('button', { name: 'Salva e vai avanti' }).click();

		await expect.poll(() => page.locator('h2').innerText()).toBe('La rete nel suo insieme');
		await page
			.getByRole('group', { name: /raggiungendo i suoi obiettivi/ })
			.getByText('Abbastanza d’accordo')
			.click();
		await page.getByLabel(/Che cosa ha ottenuto/).fill('Un centro diurno aperto insieme');
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Invia le risposte' }).click();
		await expect.poll(() => page.locator('h2').innerText()).toMatch(/^Grazie!/);

		const saved = await stored();
		expect(saved).toEqual({
			status: 'completed',
			goals: 4,
			achieved: 'Un centro diurno aperto insieme',
			ties: [
				{ toOrgId: ORGS[1], level: 3, reliability: 4 },
				{ toOrgId: ORGS[2], level: 0, reliability: null },
				{ toOrgId: ORGS[3], level: 1, reliability: null }
			]
		});
	});

	it('a wrong link says so in Italian', async () => {
		const page = await context.newPage();
		await page.goto(`${inject('appUrl')}/q/${'z'.repeat(43)}`);
		await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/link non è valido/);
	});
});

describe('the office downloads the answers', () => {
	it('as CSV and XLSX, respondents as codes and never by name; a visitor is sent to sign in', async () => {
		const admin = await signedInContext(browser, await createTestAccount(['amministratore']));
		const url = `${inject('appUrl')}/questionari/${namedSurveyId}/risposte`;
		const csv = await admin.request.get(`${url}.csv`);
		expect(csv.status()).toBe(200);
		expect(csv.headers()['content-type']).toMatch(/text\/csv/);
		const text = await csv.text();
		expect(text).toMatch(/Rispondente;Ente valutato/);
		expect(text).toMatch(/"?R01"?;"?Oratorio"?;3|"?R01"?;"?Oratorio"?;2/);
		expect(text).toMatch(/R02/);
		// Caritas and the Comune answered: their names appear nowhere.
		expect(text).not.toMatch(/Caritas|Comune/);
		const xlsx = await admin.request.get(`${url}.xlsx`);
		expect(xlsx.status()).toBe(200);
		expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');
		await admin.close();
		const visitor = await browser.newContext();
		const refused = await visitor.request.get(`${url}.csv`, { maxRedirects: 0 });
		expect(refused.status()).toBe(303);
		expect(refused.headers()['location']).toMatch(/^\/accesso\?next=/);
		await visitor.close();
	});
});
