import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { launchBrowser } from '../helpers/browser';
import { createTestAccount, signedInContext } from '../helpers/browser-session';
import { pdfText } from '../helpers/pdf-text';

/** The workshop report (issue 18): web and PDF, for the facilitator of the workshop's Ambito. */
const AMBITO = 'ambito-ambito-distrettuale-cremasco';
const GOAL = 'Un doposcuola aperto in ogni Comune';

let browser: Browser;
let facilitator: BrowserContext;
let reader: BrowserContext;

beforeAll(async () => {
	browser = await launchBrowser();
	facilitator = await signedInContext(browser, await createTestAccount(['facilitatore'], [AMBITO]));
	reader = await signedInContext(browser, await createTestAccount(['lettore']));
});
afterAll(async () => {
	await facilitator?.close();
	await reader?.close();
	await browser?.close();
});

async function graphql(
	query: string,
	variables: Record<string, unknown>,
	headers: Record<string, string> = {}
): Promise<Record<string, unknown>> {
	const response = await facilitator.request.post(`${inject('appUrl')}/graphql`, {
		headers: { 'content-type': 'application/json', 'x-trama-csrf': '1', ...headers },
		data: { query, variables }
	});
	const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
	expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
	return body.data!;
}

/** A participant over HTTP, as a phone would; edits carry the client ids the test names. */
async function participant(code: string, name: string) {
	const joined = await graphql(
		'mutation($code: String!, $name: String!) { joinWorkshop(code: $code, name: $name) { token } }',
		{ code, name }
	);
	const token = (joined.joinWorkshop as { token: string }).token;
	return (clientId: string, type: string, payload: unknown) =>
		graphql(
			'mutation($c: String!, $t: String!, $p: String!) { contributeToWorkshop(clientId: $c, type: $t, payloadJson: $p) { created } }',
			{ c: clientId, t: type, p: JSON.stringify(payload) },
			{ 'x-trama-participant': token }
		);
}

describe('the workshop report', () => {
	let code = '';

	it('a room adds, ties, rates and sets goals; the facilitator commits', async () => {
		const created = await graphql(
			'mutation($a: ID!) { createWorkshop(ambitoId: $a, name: "Tavolo giovani e scuola", fromMap: false) { id code } }',
			{ a: AMBITO }
		);
		const workshop = created.createWorkshop as { id: string; code: string };
		code = workshop.code;
		const anna = await participant(code, 'Anna');
		const bruno = await participant(code, 'Bruno');
		await anna('anna-actor-001', 'actor', { name: 'Centro Giovani Rapporto' });
		await bruno('bruno-actor-01', 'actor', { name: 'Cooperativa Rapporto' });
		await anna('anna-rel-00001', 'relation', {
			a: 'anna-actor-001',
			b: 'bruno-actor-01',
			label: 'laboratori pomeridiani',
			strength: 4
		});
		await anna('anna-rate-0001', 'rating', { actor: 'anna-actor-001', value: 1 });
		await bruno('bruno-rate-001', 'rating', { actor: 'anna-actor-001', value: 5 });
		await bruno('bruno-rate-002', 'rating', { actor: 'bruno-actor-01', value: 4 });
		await anna('anna-goal-0001', 'note', { kind: 'goal', text: GOAL });
		const room = await graphql(
			'query($c: String!) { workshop(code: $c) { contributions { id clientId type } } }',
			{
				c: code
			}
		);
		const list = (
			room.workshop as { contributions: Array<{ id: string; clientId: string; type: string }> }
		).contributions;
		const id = (clientId: string) => list.find((c) => c.clientId === clientId)!.id;
		for (const actor of ['anna-actor-001', 'bruno-actor-01'])
			await graphql(
				'mutation($w: ID!, $c: ID!) { classifyWorkshopActor(workshopId: $w, contributionId: $c, kind: "aps") { id } }',
				{ w: workshop.id, c: id(actor) }
			);
		await graphql(
			'mutation($w: ID!, $ids: [ID!]!) { reviewWorkshopContributions(workshopId: $w, ids: $ids, status: "accepted") { id } }',
			{ w: workshop.id, ids: ['anna-actor-001', 'bruno-actor-01', 'anna-rel-00001'].map(id) }
		);
		const committed = await graphql(
			'mutation($w: ID!) { commitWorkshop(workshopId: $w) { actors collaborations } }',
			{ w: workshop.id }
		);
		expect(committed.commitWorkshop).toEqual({ actors: 2, collaborations: 1 });
	}, 60_000);

	it('on the web: goals, towers, disagreement, what was committed, and the map', async () => {
		const page = await facilitator.newPage();
		await page.goto(`${inject('appUrl')}/laboratorio/${code}/rapporto`);
		const report = page.getByTestId('workshop-report');
		await expect.poll(() => report.isVisible()).toBe(true);
		const text = await report.innerText();
		expect(text).toContain('Rapporto del laboratorio «Tavolo giovani e scuola»');
		expect(text).toMatch(/Partecipanti\s+2/);
		expect(text).toContain(GOAL);
		// The towers, highest first: the cooperative (4) above the contested centre (mean 3).
		const towers = page.locator('section', { hasText: 'Torri dell’influenza' }).locator('tbody tr');
		expect(await towers.allInnerTexts()).toEqual([
			expect.stringMatching(/^Cooperativa Rapporto\s+4\s+1\s+4–4$/),
			expect.stringMatching(/^Centro Giovani Rapporto\s+3\s+2\s+1–5$/)
		]);
		expect(text).toContain(
			'Influenza di Centro Giovani Rapporto: valutazioni lontane (Anna 1, Bruno 5)'
		);
		expect(text).toMatch(/Relazioni nuove\s+1/);
		expect(text).toMatch(/Soggetti nuovi\s+2/);
		const map = page.getByTestId('workshop-report-map');
		expect(
			await map.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)
		).toBe(true);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	}, 60_000);

	it('as a PDF at ?formato=pdf: a real PDF with the goals and the towers', async () => {
		const response = await facilitator.request.get(
			`${inject('appUrl')}/laboratorio/${code}/rapporto?formato=pdf`
		);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('application/pdf');
		const bytes = await response.body();
		expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		const { text } = await pdfText(bytes);
		expect(text).toContain(GOAL);
		expect(text).toContain('Torri dell’influenza');
		expect(text).toContain('Centro Giovani Rapporto');
		expect(text).toContain('valutazioni lontane (Anna 1, Bruno 5)');
	}, 60_000);

	it('only for the facilitators of its Ambito: a reader is refused, a stranger sent to sign in', async () => {
		for (const path of ['rapporto', 'rapporto?formato=pdf']) {
			const refused = await reader.request.get(`${inject('appUrl')}/laboratorio/${code}/${path}`);
			expect(refused.status(), path).toBe(403);
		}
		const anonymous = await fetch(`${inject('appUrl')}/laboratorio/${code}/rapporto.pdf`, {
			redirect: 'manual'
		});
		expect(anonymous.status).toBe(303);
		expect(anonymous.headers.get('location')).toMatch(/^\/accesso\?next=/);
	}, 60_000);
});
