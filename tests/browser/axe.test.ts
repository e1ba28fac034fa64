import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { createTestAccount, signedInContext } from '../helpers/browser-session';

/**
 * axe-core on every page of src/routes, in its main states, as the role that uses it: 0 violations
 * of any impact. The figures per page are printed at the end (issue 22's closing note).
 */
const app = () => inject('appUrl');
const CALL = 'demo-call-2021';
const AMBITO = 'ambito-ambito-distrettuale-cremasco';
let axeSource = '';
let browser: Browser;
const contexts: Record<string, BrowserContext> = {};
const figures: Array<{ page: string; violations: number; detail: string }> = [];

interface Violation {
	id: string;
	impact: string | null;
	nodes: Array<{ target: unknown[] }>;
}

/** axe runs through the DevTools protocol, so the pages' CSP need not allow it. */
async function scan(page: Page, name: string): Promise<Violation[]> {
	// (Live pages keep a connection open: 'networkidle' would never come.)
	await page.waitForLoadState('load');
	await page.locator('h1').first().waitFor();
	await page.evaluate(axeSource);
	const violations = await page.evaluate(async () => {
		const axe = (
			window as unknown as { axe: { run: (o: object) => Promise<{ violations: Violation[] }> } }
		).axe;
		const result = await axe.run({ resultTypes: ['violations'] });
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			nodes: v.nodes.map((n) => ({ target: n.target }))
		}));
	});
	figures.push({
		page: name,
		violations: violations.length,
		detail: violations
			.map(
				(v) => `${v.id} (${v.impact}, ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')})`
			)
			.join('; ')
	});
	return violations;
}

async function visit(role: string, path: string, name = path): Promise<Page> {
	const page = await contexts[role]!.newPage();
	await page.goto(`${app()}${path}`);
	expect.soft(await scan(page, `${name} [${role}]`)).toEqual([]);
	return page;
}

/**
 * Each test walks several pages, scanning each: under a loaded machine (the full run, CI) the walk of the
 * evaluator's eight pages came within a second of the default 60 s.
 */
const WALK = 180_000;
let projectIds: string[] = [];
let code = '';

beforeAll(async () => {
	axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
	browser = await launchBrowser();
	contexts.visitor = await browser.newContext();
	contexts.admin = await signedInContext(browser, await createTestAccount(['amministratore']));
	contexts.evaluator = await signedInContext(
		browser,
		await createTestAccount(['valutatore'], [], [CALL])
	);
	contexts.facilitator = await signedInContext(
		browser,
		await createTestAccount(['facilitatore'], [AMBITO])
	);
	contexts.participant = await browser.newContext({ viewport: { width: 390, height: 800 } });
	contexts.projector = await signedInContext(
		browser,
		await createTestAccount(['facilitatore'], [AMBITO]),
		{ viewport: { width: 1920, height: 1080 } }
	);
}, 120_000);

afterAll(async () => {
	console.log(
		`axe-core per page:\n${figures.map((f) => `  ${f.violations} ${f.page}${f.detail ? `: ${f.detail}` : ''}`).join('\n')}`
	);
	for (const c of Object.values(contexts)) await c.close();
	await browser?.close();
});

describe('axe-core finds nothing', () => {
	it(
		'on the pages of a visitor: home, sign-in, workshop code, not found',
		async () => {
			for (const path of [
				'/',
				'/accesso',
				'/entra',
				'/entra?codice=%21',
				'/glossario',
				'/pagina-che-non-esiste'
			])
				await (await visit('visitor', path)).close();
		},
		WALK
	);

	it(
		'on the administrator’s pages',
		async () => {
			for (const path of [
				'/',
				'/profilo',
				'/accesso/password',
				'/amministrazione',
				'/dati',
				'/mappa'
			])
				await (await visit('admin', path)).close();
		},
		WALK
	);

	it(
		'on the evaluator’s pages: ranking, regional view, project, comparison, print view, refusals',
		async () => {
			const ranking = await visit('evaluator', `/valutazione?bando=${CALL}`);
			projectIds = (
				await ranking
					.locator('[data-testid="ranking-row"] td:nth-child(3) a')
					.evaluateAll((as) =>
						as.map((a) => a.getAttribute('href')!.split('/').pop()!.split('?')[0]!)
					)
			).slice(0, 2);
			expect(projectIds).toHaveLength(2);
			await ranking.close();
			const paths = [
				'/valutazione?vista=regione',
				`/valutazione/progetti/${projectIds[0]}`,
				`/valutazione/confronto?progetti=${projectIds.join(',')}`,
				`/valutazione/progetti/${projectIds[0]}/rapporto`,
				'/dati',
				'/amministrazione'
			];
			for (const path of paths) await (await visit('evaluator', path)).close();
			// The adjustment form open, and a refusal beside it.
			const project = await contexts.evaluator!.newPage();
			await project.goto(`${app()}/valutazione/progetti/${projectIds[1]}`);
			await project.locator('[data-testid="adjust-open-A"]').click();
			await project.locator('[data-testid="adjust-score-A"]').fill('50');
			await project.locator('[data-testid="adjust-save-A"]').click();
			await project.locator('[data-testid="form-error"]').waitFor();
			expect.soft(await scan(project, 'project, adjustment refused [evaluator]')).toEqual([]);
			await project.close();
		},
		WALK
	);

	it(
		'on the workshop pages: list, facilitation, projector, participant before and after joining',
		async () => {
			const list = await visit('facilitator', '/laboratorio');
			await list.locator('form.create input[name="name"]').fill('Laboratorio axe');
			await list.locator('form.create input[type="checkbox"]').uncheck();
			await Promise.all([
				list.waitForURL(/\/conduzione$/),
				list.locator('form.create button[type="submit"]').click()
			]);
			code = list.url().split('/').at(-2)!;
			expect.soft(await scan(list, '/laboratorio/[code]/conduzione [facilitator]')).toEqual([]);
			await list.close();
			const projector = await visit(
				'projector',
				`/laboratorio/${code}/proiettore`,
				'/laboratorio/[code]/proiettore'
			);
			await projector.close();
			const phone = await visit(
				'participant',
				`/laboratorio/${code}`,
				'/laboratorio/[code] (join)'
			);
			await phone.locator('input[name="name"]').fill('Anna');
			await phone.getByRole('button', { name: /^(Entra|Join)$/ }).click();
			await phone.locator('input[name="actor"]').waitFor();
			expect.soft(await scan(phone, '/laboratorio/[code] (joined) [participant]')).toEqual([]);
			await phone.close();
		},
		WALK
	);
});
