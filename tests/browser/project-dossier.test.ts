import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { hydrated, launchBrowser, openHydrated, overflowing } from '../helpers/browser';
import { createTestAccount, graphqlAs, signedInContext } from '../helpers/browser-session';
import { aroundCrema, CREMA } from '../helpers/dossier';

/**
 * An office enters a real-looking project (Welfare in azione style: 8 partners, one a network with
 * its members by kind, 4 actions, resources) through the dossier page, section by section; reloads
 * and finds it kept; meets a field error and, from a second tab, a conflict; axe finds nothing.
 */
const app = () => inject('appUrl');
const TAG = `d${Date.now().toString(36)}`;
/** Saves re-read the project on a shared 2-core machine: give polls time. */
const SLOW = { timeout: 20_000 };
const PARTNERS = [
	['Comunità Sociale Cremasca', 'azienda_speciale'],
	['Cooperativa sociale Igea', 'cooperativa_sociale_a'],
	['Cooperativa sociale Il Seme', 'cooperativa_sociale_b'],
	['Fondazione Benefattori Cremaschi', 'fondazione'],
	['Associazione Auser Crema', 'odv'],
	['Caritas diocesana di Crema', 'ente_religioso'],
	['Consorzio Arcobaleno', 'consorzio_cooperative'],
	['Rete Conciliazione Cremasca', 'rete_conciliazione']
] as const;

let browser: Browser;
let admin: BrowserContext;
let page: Page;
let dossierUrl = '';
let ambitoName = '';
let ambitoId = '';
let otherAmbitoId = '';
let entryMs = 0;

const graphql = <T>(query: string, variables: Record<string, unknown> = {}) =>
	graphqlAs<T>(admin, query, variables);

const section = (id: string) => page.locator(`[data-testid="section-${id}"]`);
/** Clicks a save and waits for that form's "Salvato." */
async function saveIn(scope: Locator, button: string) {
	await scope.locator(`[data-testid="${button}"]`).click();
	await scope.locator('[data-testid="section-saved"]').first().waitFor(SLOW);
}

beforeAll(async () => {
	browser = await launchBrowser();
	admin = await signedInContext(browser, await createTestAccount(['amministratore']));
	page = await admin.newPage();
	for (const [name, kind] of PARTNERS)
		await graphql(
			`
				mutation ($i: ActorInput!) {
					createActor(input: $i) {
						id
					}
				}
			`,
			{
				i: { id: `${TAG}-${kind}`, name: `${name} ${TAG}`, kind, seatIstat: CREMA }
			}
		);
	({ ambitoName, ambitoId, otherAmbitoId } = await aroundCrema(admin));
});
afterAll(async () => {
	await browser?.close();
});

describe('the project dossier in the browser', () => {
	it('enters a whole project section by section, by keyboard and labels', async () => {
		const started = Date.now();
		await openHydrated(page, `${app()}/progetti`);
		await page.locator('[data-testid="new-project"]').click();
		// The list has its own "Cerca nel titolo" and "Triennio" filters: type only once the new
		// project's form has replaced it (under load the navigation takes seconds).
		await page.locator('[data-testid="new-title"]').waitFor(SLOW);
		await hydrated(page);
		await page.getByLabel('Titolo', { exact: true }).fill(`Welfare in azione: Cremasco ${TAG}`);
		await page.getByLabel('Triennio', { exact: true }).fill('2024-2026');
		await page.locator('[data-testid="create-project"]').click();
		await page.waitForURL(/\/progetti\/prj-/, SLOW);
		dossierUrl = page.url();

		// Identity, with the target territory's population from the real data.
		const identity = section('identity');
		await identity.getByLabel('Finanziatore').selectOption('fondazione_cariplo');
		await identity.locator('select[name="status"]').selectOption('running');
		await identity.locator('input[name="start"]').fill('2024-01-01');
		await identity.locator('input[name="end"]').fill('2026-12-31');
		await identity
			.getByLabel('Domiciliarità')
			.check()
			.catch(() => undefined);
		await identity.locator('[data-testid="target-ambito"]').fill(ambitoName);
		await identity.locator('[data-testid="target-ambito"]').press('Enter');
		await expect
			.poll(() => identity.locator('[data-testid="target-population"]').innerText())
			.toMatch(/Territorio: [1-9][\d.]* Comuni, [1-9][\d.]* residenti/);
		await saveIn(identity, 'save-identity');

		// Partnership: eight partners found by search, the first with a typo ("did you mean").
		const partnership = section('partnership');
		for (const [index, [name, kind]] of PARTNERS.entries()) {
			const query = index === 1 ? `Cooperatva Igea ${TAG}` : `${name} ${TAG}`;
			await partnership.locator('[data-testid="partner-search"]').fill(query);
			await partnership.locator('[data-testid="partner-search"]').press('Enter');
			const found = partnership.locator('ul.found button', { hasText: `${name} ${TAG}` });
			await found.first().click(SLOW);
			await partnership
				.locator('[data-testid="new-partner-role"]')
				.selectOption(index === 0 ? 'capofila' : kind === 'fondazione' ? 'sostenitore' : 'partner');
			await partnership.locator('[data-testid="add-partner"]').click();
			await expect
				.poll(() => partnership.locator('[data-testid="partner-row"]').count(), SLOW)
				.toBe(index + 1);
		}
		const network = partnership.locator('[data-testid="partner-row"]', {
			hasText: `Rete Conciliazione Cremasca ${TAG}`
		});
		// Members by kind are folded away until asked for (most partners are single bodies).
		await network.locator('summary').click();
		for (const [kind, count] of [
			['comune', '13'],
			['cooperativa_sociale_a', '11'],
			['odv', '18']
		] as const) {
			await network.locator('[data-testid="add-member-kind"]').click();
			await network.getByLabel('Tipologia').last().selectOption(kind);
			await network.getByLabel('Quanti').last().fill(count);
		}
		await saveIn(network, 'save-partner');

		// Four actions, each with responsible partners and phases.
		const actions = section('actions');
		const phases = [
			'Analisi del bisogno',
			'Progettazione',
			'Realizzazione',
			'Monitoraggio e valutazione'
		];
		for (const [i, phase] of phases.entries()) {
			await actions.locator('[data-testid="new-action-title"]').fill(`Azione ${i + 1}: ${phase}`);
			await actions.locator('[data-testid="add-action"]').click();
			const row = actions.locator('[data-testid="action-row"]').nth(i);
			await row.waitFor(SLOW);
			await row.getByLabel(`${PARTNERS[0][0]} ${TAG}`).check();
			await row.getByLabel(`${PARTNERS[1 + i]![0]} ${TAG}`).check();
			await row.getByLabel(phase, { exact: true }).check();
			await saveIn(row, 'save-action');
		}

		// Resources: amounts as an office writes them; co-financing valued and not valued.
		const resources = section('resources');
		await resources.getByLabel('Costo complessivo (€)').fill('2.300.000');
		await resources.getByLabel('Contributo richiesto (€)').fill('1.000.000');
		await resources.getByLabel('Contributo deliberato (€)').fill('900.000');
		await saveIn(resources, 'save-resources');
		const lead = resources.locator('[data-testid="commitments"]').first();
		await lead.locator('[data-testid="add-commitment"]').click();
		await lead.getByLabel('Quantità (€, ore, m² × mesi)').last().fill('150.000');
		await lead.getByLabel('Fonte').last().selectOption('public');
		await lead.locator('[data-testid="add-commitment"]').click();
		await lead.getByLabel('Tipo di risorsa').last().selectOption('staff_hours');
		await lead.getByLabel('Quantità (€, ore, m² × mesi)').last().fill('1200');
		await lead.getByLabel('Valorizzato in euro').last().uncheck();
		await saveIn(lead, 'save-commitments');
		await expect
			.poll(() => resources.locator('[data-testid="cofinancing-total"]').innerText())
			.toMatch(/150\.000.*non valorizzati: 1/);

		// How it was built, after the funding, needs and indicators.
		const codesign = section('codesign');
		await codesign.getByLabel('Co-progettazione').check();
		await codesign.getByLabel("Data dell'atto").fill('2023-05-10');
		await codesign.getByLabel(/^Atto/).fill('Determina n. 123/2023');
		await saveIn(codesign, 'save-codesign');
		const after = section('after');
		await after.getByLabel('Cosa continua').fill('Lo sportello unico per le famiglie');
		await after.getByLabel(`${PARTNERS[0][0]} ${TAG}`).check();
		await after.getByLabel('Con quali risorse').fill('Fondo dell’Ambito e quote dei Comuni');
		await after.getByLabel('Impegno dichiarato fino al').fill('2028-12-31');
		await after
			.getByLabel('Cosa possono riprendere altri territori')
			.fill('Il modello di presa in carico');
		await after.getByLabel('Dove è documentato').fill('Rapporto finale 2026');
		await saveIn(after, 'save-after');
		const outcomes = section('outcomes');
		await outcomes
			.getByLabel('Bisogni a cui risponde')
			.fill('Conciliazione vita-lavoro\nSolitudine');
		await outcomes.getByLabel('Destinatari').fill('Famiglie con minori 0-6');
		await outcomes.locator('[data-testid="add-indicator"]').click();
		await outcomes.getByLabel('Nome').fill('Famiglie raggiunte');
		await outcomes.getByLabel('Valore di partenza').fill('0');
		await outcomes.getByLabel('Obiettivo').fill('300');
		await saveIn(outcomes, 'save-outcomes');
		entryMs = Date.now() - started;
		console.log(
			`dossier entry: 8 partners, 4 actions, resources, every section: ${(entryMs / 1000).toFixed(1)} s`
		);
		// A ceiling for the whole flow (about 60 steps, each saved on a shared 2-core machine), not a measure.
	}, 300_000);

	it('keeps every section after a reload', async () => {
		await openHydrated(page, dossierUrl);
		expect(await section('identity').getByLabel('Finanziatore').inputValue()).toBe(
			'fondazione_cariplo'
		);
		expect(await section('partnership').locator('[data-testid="partner-row"]').count()).toBe(8);
		const network = section('partnership').locator('[data-testid="partner-row"]', {
			hasText: 'Rete Conciliazione Cremasca'
		});
		expect(await network.innerText()).toContain('42 enti in tutto');
		expect(await section('actions').locator('[data-testid="action-row"]').count()).toBe(4);
		expect(await section('resources').getByLabel('Costo complessivo (€)').inputValue()).toBe(
			'2300000'
		);
		expect(await section('codesign').getByLabel('Co-progettazione').isChecked()).toBe(true);
		expect(await section('after').getByLabel('Cosa continua').inputValue()).toContain('sportello');
		expect(await section('outcomes').getByLabel('Nome').inputValue()).toBe('Famiglie raggiunte');
	});

	it('shows a refused field next to it, in Italian', async () => {
		const resources = section('resources');
		await resources.getByLabel('Costo complessivo (€)').fill('100');
		await resources.locator('[data-testid="save-resources"]').click();
		const error = resources.locator('#e-grantAwardedEur');
		await error.waitFor(SLOW);
		expect(await error.innerText()).toMatch(/supera il costo complessivo/);
		expect(
			await resources.getByLabel('Contributo deliberato (€)').getAttribute('aria-invalid')
		).toBe('true');
	});

	it('tells a stale tab that someone else saved first', async () => {
		await openHydrated(page, dossierUrl);
		const other = await admin.newPage();
		await openHydrated(other, dossierUrl);
		await other.locator('[data-testid="section-codesign"]').getByLabel('Co-programmazione').check();
		await other.locator('[data-testid="save-codesign"]').click();
		await other
			.locator('[data-testid="section-codesign"] [data-testid="section-saved"]')
			.waitFor(SLOW);
		await other.close();
		await section('identity').locator('select[name="status"]').selectOption('closed');
		await section('identity').locator('[data-testid="save-identity"]').click();
		const conflict = section('identity').locator('[data-testid="section-conflict"]');
		await conflict.waitFor(SLOW);
		expect(await conflict.innerText()).toMatch(/Qualcun altro ha modificato il progetto/);
	});

	it('shows a conflict on one partner beside that partner, naming it', async () => {
		await openHydrated(page, dossierUrl);
		const name = `${PARTNERS[5][0]} ${TAG}`;
		const row = (p: Page) =>
			p
				.locator('[data-testid="partner-row"]', { hasText: name })
				.filter({ has: p.locator('form') });
		const other = await admin.newPage();
		await openHydrated(other, dossierUrl);
		await row(other).getByLabel('Dal', { exact: true }).fill('2024-03-01');
		await saveIn(row(other), 'save-partner');
		await other.close();
		await row(page).getByLabel('Al', { exact: true }).fill('2026-06-30');
		await row(page).locator('[data-testid="save-partner"]').click();
		const conflict = row(page).locator('[data-testid="section-conflict"]');
		await conflict.waitFor(SLOW);
		expect(await conflict.innerText()).toContain(`«${name}» è stato modificato da qualcun altro`);
		expect(await conflict.innerText()).not.toContain('modificato il progetto');
		// Only that row says so.
		expect(await section('partnership').locator('[data-testid="section-conflict"]').count()).toBe(
			1
		);
	});

	it('gives forms to a writer of its Ambito and text to a reader (as the API decides)', async () => {
		/** What one account sees of the dossier and of the list. */
		async function seen(roles: Parameters<typeof createTestAccount>[0], ambiti: string[] = []) {
			const context = await signedInContext(browser, await createTestAccount(roles, ambiti));
			const tab = await context.newPage();
			await openHydrated(tab, dossierUrl);
			await tab.locator('[data-testid="dossier-title"]').waitFor(SLOW);
			const view = {
				forms: await tab.locator('.dossier form').count(),
				readOnly: await tab.locator('[data-testid="dossier-read-only"]').count(),
				partnersAsText: await tab.locator('[data-testid="partner-text"]').count(),
				text: await tab.locator('.dossier').innerText(),
				axe: await axeViolations(tab)
			};
			await openHydrated(tab, `${app()}/progetti`);
			const newLink = await tab.locator('[data-testid="new-project"]').count();
			await context.close();
			return { ...view, newLink };
		}
		const writer = await seen(['ufficio_di_piano'], [ambitoId]);
		expect(writer.forms).toBeGreaterThan(7);
		expect(writer.readOnly).toBe(0);
		expect(writer.newLink).toBe(1);
		const lettore = await seen(['lettore']);
		// An office of another Ambito reads this project but may not change it.
		const elsewhere = await seen(['ufficio_di_piano'], [otherAmbitoId]);
		for (const reader of [lettore, elsewhere]) {
			expect(reader.forms).toBe(0);
			expect(reader.readOnly).toBe(1);
			expect(reader.partnersAsText).toBe(8);
			expect(reader.text).toContain(`Rete Conciliazione Cremasca ${TAG}`);
			expect(reader.text).toContain('42 enti in tutto');
			expect(reader.text).toContain('Fondazione Cariplo');
			expect(reader.axe).toEqual([]);
		}
		expect(lettore.newLink).toBe(0);
	}, 120_000);

	it('has no accessibility violations (axe-core)', async () => {
		await openHydrated(page, dossierUrl);
		const violations = await axeViolations(page);
		expect(violations).toEqual([]);
	});
});

describe('a partner not yet in Trama, from the dossier', () => {
	it('offers look-alikes first, then creates the actor and its partnership together', async () => {
		await openHydrated(page, dossierUrl);
		const partnership = section('partnership');
		const before = await partnership.locator('[data-testid="partner-row"]').count();
		await partnership.locator('[data-testid="partner-search"]').fill(`Banco di solidarietà ${TAG}`);
		await partnership.locator('[data-testid="partner-search"]').press('Enter');
		await partnership.locator('[data-testid="create-new-partner"]').click(SLOW);
		const form = partnership.locator('[data-testid="new-partner-form"]');
		// The office types a name close to an existing partner's: "Forse cercavi" comes first.
		await form.getByLabel("Nome dell'ente").fill(`Associazone Auser Crema ${TAG}`);
		await form.getByLabel("Tipologia dell'ente").selectOption('odv');
		await form.getByLabel('Comune sede').fill(`Crema (${CREMA})`);
		await form.locator('[data-testid="create-partner"]').click();
		await expect.poll(() => form.innerText(), SLOW).toContain('Ci sono enti con un nome simile');
		expect(await partnership.locator('ul.found').innerText()).toContain(
			`Associazione Auser Crema ${TAG}`
		);
		expect(await partnership.locator('[data-testid="partner-row"]').count()).toBe(before);
		expect(await axeViolations(page)).toEqual([]);
		// Not that one: pressing again creates it.
		await form.locator('[data-testid="create-partner"]').click();
		await expect
			.poll(() => partnership.locator('[data-testid="partner-row"]').count(), SLOW)
			.toBe(before + 1);
		const { project } = await graphql<{
			project: {
				partnerships: Array<{
					role: string;
					actor: { name: string; kind: string; seatIstat: string };
				}>;
			};
		}>(
			`
				query ($id: ID!) {
					project(id: $id) {
						partnerships {
							role
							actor {
								name
								kind
								seatIstat
							}
						}
					}
				}
			`,
			{ id: decodeURIComponent(dossierUrl.split('/').pop()!) }
		);
		expect(project.partnerships.map((p) => p.actor)).toContainEqual({
			name: `Associazone Auser Crema ${TAG}`,
			kind: 'odv',
			seatIstat: CREMA
		});
	}, 120_000);
});

describe('said from the form: no LEPS, agreements and networks', () => {
	const projectId = () => decodeURIComponent(dossierUrl.split('/').pop()!);

	it('saves "no LEPS" as an empty list, apart from "not recorded"', async () => {
		await openHydrated(page, dossierUrl);
		const identity = section('identity');
		const leps = async () =>
			(
				await graphql<{ project: { leps: string[] | null } }>(
					`
						query ($id: ID!) {
							project(id: $id) {
								leps
							}
						}
					`,
					{ id: projectId() }
				)
			).project.leps;
		expect(await leps()).toBeNull();
		await identity.locator('[data-testid="no-leps"]').check();
		await saveIn(identity, 'save-identity');
		expect(await leps()).toEqual([]);
		await openHydrated(page, dossierUrl);
		expect(await section('identity').locator('[data-testid="no-leps"]').isChecked()).toBe(true);
	});

	it('edits an Accordo di Programma and a network with its members on screen', async () => {
		await openHydrated(page, dossierUrl);
		const links = section('agreements');
		await links.locator('[data-testid="new-agreement-title"]').fill(`Accordo di Programma ${TAG}`);
		await links.locator('[data-testid="add-agreement"]').click();
		const agreement = links.locator('[data-testid="agreement-row"]', {
			hasText: `Accordo di Programma ${TAG}`
		});
		await agreement.waitFor(SLOW);
		await agreement.getByLabel('Inizio', { exact: true }).fill('2024-01-01');
		await agreement.getByLabel('Fine', { exact: true }).fill('2026-12-31');
		const [lead, second] = [`${PARTNERS[0][0]} ${TAG}`, `${PARTNERS[1][0]} ${TAG}`];
		await agreement.getByRole('group', { name: 'Firmatari' }).getByLabel(lead).check();
		await agreement.getByRole('group', { name: 'Aderenti' }).getByLabel(second).check();
		await saveIn(agreement, 'save-agreement');

		await links.locator('[data-testid="new-network-name"]').fill(`Rete territoriale ${TAG}`);
		await links.locator('[data-testid="add-network"]').click();
		const network = links.locator('[data-testid="network-row"]', {
			hasText: `Rete territoriale ${TAG}`
		});
		await network.waitFor(SLOW);
		await network.locator('[data-testid="new-member"]').selectOption({ label: lead });
		await network.locator('[data-testid="add-member"]').click();
		const member = network.locator('[data-testid="network-member"]', { hasText: lead });
		await member.waitFor(SLOW);
		await member.getByLabel('Dal', { exact: true }).fill('2023-09-01');
		await member.getByRole('button', { name: `Salva le date di ${lead}` }).click();
		await network.locator('[data-testid="section-saved"]').last().waitFor(SLOW);

		const { project } = await graphql<{ project: { targetAmbitoIds: string[] } }>(
			`
				query ($id: ID!) {
					project(id: $id) {
						targetAmbitoIds
					}
				}
			`,
			{ id: projectId() }
		);
		const stored = await graphql<{
			agreements: Array<{
				title: string;
				start: string;
				end: string;
				signatories: { name: string }[];
				adherents: { name: string }[];
			}>;
			networks: Array<{ name: string; members: Array<{ since: string; actor: { name: string } }> }>;
		}>(
			`
				query ($ambito: String!) {
					agreements(ambitoId: $ambito) {
						title
						start
						end
						signatories {
							name
						}
						adherents {
							name
						}
					}
					networks {
						name
						members {
							since
							actor {
								name
							}
						}
					}
				}
			`,
			{ ambito: project.targetAmbitoIds[0] }
		);
		expect(stored.agreements.find((a) => a.title === `Accordo di Programma ${TAG}`)).toEqual({
			title: `Accordo di Programma ${TAG}`,
			start: '2024-01-01',
			end: '2026-12-31',
			signatories: [{ name: lead }],
			adherents: [{ name: second }]
		});
		expect(stored.networks.find((n) => n.name === `Rete territoriale ${TAG}`)?.members).toEqual([
			{ since: '2023-09-01', actor: { name: lead } }
		]);
		expect(await axeViolations(page)).toEqual([]);

		// The same dossier, with its agreement and network, on a phone: nothing sticks out sideways.
		await page.setViewportSize({ width: 390, height: 844 });
		await page.reload();
		await section('agreements').waitFor();
		expect(await overflowing(page, 390)).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
		await page.setViewportSize({ width: 1280, height: 720 });
	}, 120_000);
});
