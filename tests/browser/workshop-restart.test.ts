import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestAccount } from '../helpers/browser-session';

/**
 * A server restart during a workshop: our own copy of the built app (the newest build under
 * .svelte-kit-test, normally the one app-global.ts made for this run) on a free loopback port,
 * killed with SIGKILL mid-workshop and started again.
 * Everything acknowledged before the kill must be there after it; retried edits must not duplicate.
 */
const root = join(import.meta.dirname, '../..');
const AMBITO = 'ambito-ambito-distrettuale-cremasco';

function builtApp(): string {
	const dir = join(root, '.svelte-kit-test');
	const candidates = readdirSync(dir)
		.map((d) => join(dir, d, 'build', 'index.js'))
		.filter((f) => {
			try {
				return statSync(f).isFile();
			} catch {
				return false;
			}
		})
		.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
	if (!candidates[0]) throw new Error('no built app in .svelte-kit-test');
	return candidates[0];
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

let app: ChildProcess | null = null;
let url = '';
let entry = '';
/** A participant of the workshop the first test makes (for real event streams in the second). */
let participantToken = '';

async function start() {
	app = spawn(process.execPath, [entry], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: {
			...process.env,
			PORT: String(new URL(url).port),
			HOST: '127.0.0.1',
			ORIGIN: url,
			NEO4J_URI: inject('neo4jUri'),
			NEO4J_PASSWORD: ''
		}
	});
	const deadline = Date.now() + 60_000;
	for (;;) {
		if (app.exitCode !== null) throw new Error(`app exited with ${app.exitCode}`);
		// Bodies are always read: an unread body of a killed server trips undici.
		const ok = await fetch(`${url}/graphql?query=%7Bhealth%7Bok%7D%7D`).then(
			async (r) => (await r.arrayBuffer(), r.ok),
			() => false
		);
		if (ok) return;
		if (Date.now() > deadline) throw new Error('app did not start');
		await new Promise((r) => setTimeout(r, 200));
	}
}

async function kill() {
	if (!app || app.exitCode !== null) return;
	const exited = new Promise((resolve) => app!.once('exit', resolve));
	app.kill('SIGKILL');
	await exited;
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
	entry = builtApp();
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
		const login = await fetch(`${url}/accesso`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: url },
			body: new URLSearchParams({ email: account.email, password: account.password })
		});
		await login.arrayBuffer();
		const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
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
		expect(app?.exitCode).toBeNull();
		const health = await post<{ health: { ok: boolean } }>(`{ health { ok } }`, {});
		expect(health.data?.health.ok).toBe(true);
	});
});
