import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { launchBrowser, overflowing } from '../helpers/browser';
import { createTestAccount, graphqlAs, signedInContext } from '../helpers/browser-session';
import { aroundCrema, CREMA } from '../helpers/dossier';
import { coverageOfKind } from '../../src/lib/domain';
import { COVERAGE_COLOURS } from '../../src/lib/geo/coverage';
import { NO_DATA_COLOUR } from '../../src/lib/geo/scale';

/** The dossier's coverage map: which Comuni of the project's target its partners cover (issue 17). */
const app = () => inject('appUrl');
const TAG = `c${Date.now().toString(36)}`;
/** Saves re-read the project on a shared 2-core machine: give polls time. */
const SLOW = { timeout: 20_000 };

let browser: Browser;
let admin: BrowserContext;
let page: Page;
let ambitoId = '';
let cremaComuni: string[] = [];
let otherComune = '';

const graphql = <T>(query: string, variables: Record<string, unknown> = {}) =>
	graphqlAs<T>(admin, query, variables);
const section = (id: string) => page.locator(`[data-testid="section-${id}"]`);

beforeAll(async () => {
	browser = await launchBrowser();
	admin = await signedInContext(browser, await createTestAccount(['amministratore']));
	page = await admin.newPage();
	({ ambitoId, cremaComuni, otherComune } = await aroundCrema(admin));
});
afterAll(async () => {
	await browser?.close();
});

describe('the covered and uncovered Comuni on the dossier (issue 17)', () => {
	it('colours the target as an independent count from the API says, partners grouped at their seats', async () => {
		// The target: Crema's Ambito and one Comune of another. Three partners sit in Crema, one in
		// another Comune of the Ambito; each of a kind that covers its seat only.
		const neighbour = cremaComuni.find((c) => c !== CREMA)!;
		const seats: Array<[string, string, string]> = [
			['Associazione A', 'odv', CREMA],
			['Associazione B', 'aps', CREMA],
			['Cooperativa C', 'cooperativa_sociale_a', CREMA],
			['Associazione D', 'odv', neighbour]
		];
		const projectId = `${TAG}-coverage`;
		await graphql(
			`
				mutation ($i: ProjectInput!) {
					createProject(input: $i) {
						id
					}
				}
			`,
			{
				i: {
					id: projectId,
					title: `Copertura ${TAG}`,
					targetAmbitoIds: [ambitoId],
					targetComuniIstat: [otherComune]
				}
			}
		);
		for (const [index, [name, kind, seat]] of seats.entries()) {
			expect(coverageOfKind(kind as 'odv')).toBe('seat');
			await graphql(
				`
					mutation ($a: ActorInput!, $p: NewPartnershipInput!) {
						createActorAsPartner(actor: $a, partnership: $p) {
							id
						}
					}
				`,
				{
					a: { id: `${TAG}-cov-${index}`, name: `${name} ${TAG}`, kind, seatIstat: seat },
					p: { projectId, role: 'partner' }
				}
			);
		}
		const target = new Set([...cremaComuni, otherComune]);
		const covered = new Set(seats.map(([, , seat]) => seat).filter((s) => target.has(s)));

		await page.goto(`${app()}/progetti/${projectId}`);
		const map = page.locator('#coverage-map');
		await map.locator('path[data-istat]').first().waitFor(SLOW);
		const fills = new Map(
			await map
				.locator('g[data-layer="comuni"] path[data-istat]')
				.evaluateAll((paths) =>
					paths.map((p) => [p.getAttribute('data-istat')!, p.getAttribute('fill')!] as const)
				)
		);
		expect(fills.size).toBeGreaterThan(1_000);
		const wrong = [...fills].filter(
			([istat, fill]) =>
				fill !==
				(covered.has(istat)
					? COVERAGE_COLOURS.covered
					: target.has(istat)
						? COVERAGE_COLOURS.uncovered
						: NO_DATA_COLOUR)
		);
		expect(wrong).toEqual([]);
		// Partners at their seats: one marker for the three in Crema.
		expect(await map.locator(`[data-point-istat="${CREMA}"]`).getAttribute('data-count')).toBe('3');
		expect(await map.locator(`[data-point-istat="${neighbour}"]`).getAttribute('data-count')).toBe(
			'1'
		);
		const coverage = section('coverage');
		expect(await coverage.locator('[data-testid="coverage-summary"]').innerText()).toMatch(
			new RegExp(`copre 2 dei ${target.size} Comuni`)
		);
		expect(await coverage.locator('[data-testid="geo-attribution"]').innerText()).toMatch(/ISTAT/);
		// The table equivalent: the target's Comuni, each with its class.
		await coverage.locator('[data-testid="geo-table"] summary').click();
		const rows = coverage.locator('[data-testid="geo-table"] tbody tr');
		// The rows are built on the details' toggle event, which the browser fires after the click.
		await rows.first().waitFor();
		expect(await rows.count()).toBe(target.size);
		expect(await coverage.locator(`tr[data-istat="${otherComune}"]`).innerText()).toContain(
			'Comuni non coperti'
		);
		expect(await axeViolations(page)).toEqual([]);

		// On a phone the same dossier scrolls only up and down (it was 556 px wide at 390).
		await page.setViewportSize({ width: 390, height: 844 });
		await page.reload();
		await map.locator('path[data-istat]').first().waitFor(SLOW);
		expect(await overflowing(page, 390)).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
	}, 120_000);
});
