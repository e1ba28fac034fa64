import { randomUUID } from 'node:crypto';
/**
 * A signed-in user over HTTP, as a browser is one: the session cookie from the /accesso form, the
 * CSRF header on GraphQL, pages fetched whole. Every call returns its wall-clock time.
 */
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { localNeo4jStatus } from '../../graph/local-neo4j';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The header our own pages send on GraphQL requests (the server refuses cookie requests without it). */
export const CSRF_HEADER = { 'x-trama-csrf': '1' } as const;

export interface Timed<T> {
	ms: number;
	status: number;
	bytes: number;
	value: T;
}

/** Signs in through the real form action (POST /accesso, same origin) and returns `name=value`. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
	const response = await fetch(`${base}/accesso`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: base,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ email, password, next: '/' })
	});
	await response.arrayBuffer();
	const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
	if (response.status !== 303 || !cookie)
		throw new Error(`sign-in of ${email} at ${base} failed: HTTP ${response.status}`);
	return cookie;
}

/** GET a page as the signed-in user; anything but 200 (a redirect to /accesso included) throws. */
export async function getPage(base: string, cookie: string, pathAndQuery: string) {
	const t0 = performance.now();
	const response = await fetch(`${base}${pathAndQuery}`, {
		redirect: 'manual',
		headers: { cookie, accept: 'text/html' }
	});
	const body = await response.arrayBuffer();
	const ms = performance.now() - t0;
	if (response.status !== 200)
		throw new Error(
			`GET ${pathAndQuery}: HTTP ${response.status} (${response.headers.get('location') ?? ''})`
		);
	return { ms, status: response.status, bytes: body.byteLength, value: null } satisfies Timed<null>;
}

export interface GraphQLAnswer<T> {
	data?: T;
	errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/**
 * A POST on a connection of its own (no keep-alive): fetch would reuse an idle connection that the
 * server may close at that very moment (its keep-alive timeout), and a large body then fails to send.
 */
function postOnNewConnection(url: string, headers: Record<string, string>, body: string) {
	return new Promise<{ status: number; text: string }>((resolve, reject) => {
		const req = request(url, { method: 'POST', agent: false, headers }, (res) => {
			let text = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => (text += chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
			res.on('error', reject);
		});
		req.on('error', reject);
		req.end(body);
	});
}

/** One GraphQL operation as the pages send it (POST, JSON, CSRF header); errors in the answer throw. */
export async function graphql<T = Record<string, unknown>>(
	base: string,
	cookie: string | null,
	query: string | { toString(): string },
	variables: Record<string, unknown> = {},
	headers: Record<string, string> = {},
	{ newConnection = false } = {}
): Promise<Timed<T>> {
	const t0 = performance.now();
	const allHeaders = {
		'content-type': 'application/json',
		accept: 'application/json',
		...CSRF_HEADER,
		...(cookie ? { cookie } : {}),
		...headers
	};
	const body = JSON.stringify({ query: query.toString(), variables });
	const { status, text } = newConnection
		? await postOnNewConnection(`${base}/graphql`, allHeaders, body)
		: await fetch(`${base}/graphql`, { method: 'POST', headers: allHeaders, body }).then(
				async (r) => ({ status: r.status, text: await r.text() })
			);
	const ms = performance.now() - t0;
	const answer = JSON.parse(text) as GraphQLAnswer<T>;
	if (answer.errors?.length || !answer.data)
		throw new Error(
			`GraphQL HTTP ${status}: ${JSON.stringify(answer.errors ?? answer).slice(0, 500)}`
		);
	return { ms, status, bytes: text.length, value: answer.data };
}

/** The project's own command line (`npx trama …`) against the bench's Neo4j. */
export function trama(args: string[], neo4jUri: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'trama.js'), ...args], {
			cwd: ROOT,
			stdio: ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, NEO4J_URI: neo4jUri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '' }
		});
		let out = '';
		child.stdout.on('data', (d: Buffer) => (out += d.toString()));
		child.stderr.on('data', (d: Buffer) => (out += d.toString()));
		child.on('close', (code) =>
			code === 0 ? resolve(out) : reject(new Error(`trama ${args[0]} exited ${code}: ${out}`))
		);
	});
}

/** An administrator created with the project's CLI, as a person would (`trama user:create --admin`). */
export async function createBenchAdmin(neo4jUri: string, email: string, name = 'Bench') {
	const account = { email, password: `Bench-${randomUUID()}` };
	await trama(
		['user:create', '--admin', '--email', email, '--name', name, '--password', account.password],
		neo4jUri
	);
	return account;
}

/**
 * The command line of the benches that compare two builds on one database: `--data-dir` (the Neo4j
 * kept running by `bench/scoring-search.ts --data-dir`), `--build`, `--label`, and their own options.
 */
export async function keptRun<Extra extends ParseArgsConfig['options']>(
	extra: Extra,
	usage: string
) {
	const { values } = parseArgs({
		options: {
			'data-dir': { type: 'string' },
			build: { type: 'string' },
			label: { type: 'string', default: 'run' },
			...extra
		} as const
	});
	const given = values as Record<string, unknown>;
	const dataDir = given['data-dir'] as string | undefined;
	const build = given.build as string | undefined;
	if (!dataDir || !build)
		throw new Error(`usage: --data-dir <kept database> --build <build dir> [--label x] ${usage}`);
	const status = await localNeo4jStatus(path.resolve(dataDir));
	if (!status?.running) throw new Error(`no Neo4j running in ${dataDir}`);
	return {
		values,
		dataDir: path.resolve(dataDir),
		label: given.label as string,
		neo4jUri: status.uri!,
		buildDir: path.resolve(build)
	};
}

/** `n` sessions of one account, each signed in through the form (one per simulated user). */
export async function signInMany(
	base: string,
	account: { email: string; password: string },
	n: number
) {
	const cookies: string[] = [];
	for (let i = 0; i < n; i++) cookies.push(await signIn(base, account.email, account.password));
	return cookies;
}
