import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestAccount, postForm } from '../helpers/browser-session';
import { freePort, startApp, type AppProcess } from '../helpers/app-process';

/**
 * A server restart during a workshop: our own copy of the built app on a free loopback port,
 * killed with SIGKILL mid-workshop and started again.
 * Everything acknowledged before the kill must be there after it; retried edits must not duplicate.
 */
const AMBITO = 'ambito-ambito-distrettuale-cremasco';

let app: AppProcess | null = null;
let url = '';
/** A participant of the workshop the first test makes (for real event streams in the second). */
let participantToken = '';

async function start() {
	app = await startApp({
		buildDir: inject('appBuildDir'),
		neo4jUri: inject('neo4jUri'),
		port: Number(new URL(url).port),
		stdout: 'ignore'
	});
}

async function kill() {
	await app?.stop('SIGKILL');
}

async function post<T>(
	query: string,
	variables: Record<string, unknown>,
	headers: Record<string, string> = {}
): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> }> {
	const response = await fetch(`${url}/graphql`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'x-trama-csrf': '1', ...headers },
		body: JSON.stringify({ query, variables })
	});
	return (await response.json()) as never;
}

beforeAll(async () => {
	url = `http://127.0.0.1:${await freePort()}`;
	await start();
}, 120_000);
afterAll(async () => {
	await kill();
});

describe('workshop across a server restart', () => {
	it('keeps every acknowledged edit and the participant’s token; retries do not duplicate', async () => {
		const account = await createTestAccount(['facilitatore'], [AMBITO]);
		// Sign in through the form action as a browser would.
		const { cookie } = await postForm(url, '/accesso', { ...account });
		expect(cookie).toMatch(/^trama_session=/);
		const created = await post<{ createWorkshop: { id: string; code: string } }>(
			`mutation($a: ID!) { createWorkshop(ambitoId: $a, name: "Riavvio") { id code } }`,
			{ a: AMBITO },
			{ cookie, origin: url }
		);
		expect(created.errors).toBeUndefined();
		const code = created.data!.createWorkshop.code;
		const joined = await post<{ joinWorkshop: { token: string } }>(
			`mutation($c: String!) { joinWorkshop(code: $c, name: "Elena") { token } }`,
			{ c: code }
		);
		const token = joined.data!.joinWorkshop.token;
		participantToken = token;
		const participant = { 'x-trama-participant': token };
		const CONTRIBUTE = `mutation($c: String!, $p: String!) { contributeToWorkshop(clientId: $c, type: "actor", payloadJson: $p) { created } }`;
		const acked: string[] = [];
		for (let i = 0; i < 10; i++) {
			const clientId = `restart-${code}-${i}`;
			const r = await post<{ contributeToWorkshop: { created: boolean } }>(
				CONTRIBUTE,
				{ c: clientId, p: JSON.stringify({ name: `Soggetto ${i}` }) },
				participant
			);
			if (r.data?.contributeToWorkshop) acked.push(clientId);
		}
		expect(acked).toHaveLength(10);

		await kill();
		await start();

		// The client re-sends what it cannot know was acknowledged: stored once.
		const retry = await post<{ contributeToWorkshop: { created: boolean } }>(
			CONTRIBUTE,
			{ c: acked[9], p: JSON.stringify({ name: 'Soggetto 9' }) },
			participant
		);
		expect(retry.data?.contributeToWorkshop.created).toBe(false);
		const state = await post<{
			participantWorkshop: { contributions: Array<{ clientId: string }> };
		}>(`{ participantWorkshop { contributions { clientId } } }`, {}, participant);
		expect(state.errors).toBeUndefined();
		expect(state.data!.participantWorkshop.contributions.map((c) => c.clientId).sort()).toEqual(
			[...acked].sort()
		);
	}, 180_000);

	it('survives subscribers that hang up at once (SSE streams cancelled before they start)', async () => {
		for (let i = 0; i < 20; i++) {
			const controller = new AbortController();
			const pending = fetch(`${url}/graphql`, {
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					accept: 'text/event-stream',
					'x-trama-csrf': '1',
					'x-trama-participant': participantToken
				},
				body: JSON.stringify({ query: 'subscription { participantWorkshopEvents { kind } }' }),
				signal: controller.signal
			}).catch(() => null);
			if (i % 2) controller.abort();
			else setTimeout(() => controller.abort(), 5);
			await pending;
		}
		await new Promise((r) => setTimeout(r, 300));
		expect(app?.child.exitCode).toBeNull();
		const health = await post<{ health: { ok: boolean } }>(`{ health { ok } }`, {});
		expect(health.data?.health.ok).toBe(true);
	});
});
