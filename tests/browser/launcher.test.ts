// `trama start` supervising its two children (issue 13, item 3), run for real on the app this run
// built: Neo4j killed with SIGKILL is restarted and the app answers again; an app killed by a signal
// stops the launcher and its Neo4j; a Neo4j that cannot be restarted makes the launcher give up with a
// clear message. Also item 11: without HOST the app listens on loopback only.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { exitOf, hasExited } from '../../src/cli/supervise';
import { freePort } from '../helpers/app-process';
import { isAlive } from '../helpers/processes';

const ROOT = path.join(import.meta.dirname, '../..');
const SLOW = { timeout: 600_000 };

let dataDir = '';
beforeAll(async () => {
	dataDir = await mkdtemp(path.join(os.tmpdir(), 'trama-launcher-test-'));
});
afterAll(async () => {
	await rm(dataDir, { recursive: true, force: true });
});

const neo4jPid = () =>
	(
		JSON.parse(readFileSync(path.join(dataDir, 'neo4j', 'trama-neo4j.json'), 'utf8')) as {
			pid: number;
		}
	).pid;

const cmdline = (pid: number) => {
	try {
		return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
	} catch {
		return '';
	}
};

/** The launcher's child processes (Linux: /proc/<pid>/task/<pid>/children); none once it is gone. */
function childPids(launcher: ChildProcess): number[] {
	try {
		return readFileSync(`/proc/${launcher.pid}/task/${launcher.pid}/children`, 'utf8')
			.trim()
			.split(/\s+/)
			.filter(Boolean)
			.map(Number);
	} catch {
		return [];
	}
}

/** The app the launcher started: its child running scripts/serve.js. */
function appPid(launcher: ChildProcess): number {
	const app = childPids(launcher).find((pid) => cmdline(pid).includes('serve.js'));
	if (!app) throw new Error('the launcher has no app child');
	return app;
}

/** Local addresses (hex, as in /proc/net/tcp*) on which something listens on `port`. */
function listeningAddresses(port: number): string[] {
	const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
	return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
		readFileSync(file, 'utf8')
			.split('\n')
			.slice(1)
			.map((line) => line.trim().split(/\s+/))
			.filter((cols) => cols[3] === '0A' && cols[1]?.endsWith(`:${hexPort}`))
			.map((cols) => cols[1]!.split(':')[0]!)
	);
}

interface Launcher {
	child: ChildProcess;
	port: number;
	output: string[];
	/** Resolves with the first output line (from now on or already seen) matching `pattern`. */
	waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
}

async function launch(): Promise<Launcher> {
	const port = await freePort();
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PORT: String(port),
		TRAMA_NEO4J_PORT: String(await freePort()),
		TRAMA_DATA_DIR: dataDir,
		// The build this test run made (tests/setup/app-global.ts): fresh, so no second build.
		TRAMA_BUILD_DIR: inject('appBuildDir'),
		TRAMA_ADMIN_EMAIL: 'admin@launcher.test',
		TRAMA_ADMIN_PASSWORD: 'una password lunga per il test'
	};
	for (const name of [
		'HOST',
		'ORIGIN',
		'NEO4J_URI',
		'NEO4J_USER',
		'NEO4J_PASSWORD',
		'TRAMA_APP_HEAP'
	])
		delete env[name];
	const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'trama.js'), 'start'], {
		cwd: ROOT,
		env,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const output: string[] = [];
	const waiters = new Set<() => void>();
	for (const stream of [child.stdout!, child.stderr!])
		createInterface({ input: stream }).on('line', (line) => {
			output.push(line);
			for (const wake of waiters) wake();
		});
	const waitFor = (pattern: RegExp, timeoutMs = 240_000) =>
		new Promise<string>((resolve, reject) => {
			const check = () => {
				const line = output.find((l) => pattern.test(l));
				if (line !== undefined) {
					waiters.delete(check);
					clearTimeout(timer);
					resolve(line);
				}
			};
			const timer = setTimeout(() => {
				waiters.delete(check);
				reject(new Error(`no line matching ${pattern}; output:\n${output.slice(-40).join('\n')}`));
			}, timeoutMs);
			waiters.add(check);
			check();
		});
	return { child, port, output, waitFor };
}

async function health(port: number): Promise<{ ok: boolean; reason: string | null }> {
	const response = await fetch(
		`http://127.0.0.1:${port}/graphql?query=${encodeURIComponent('{ health { ok reason } }')}`,
		{ signal: AbortSignal.timeout(2000) }
	);
	return ((await response.json()) as { data: { health: { ok: boolean; reason: string | null } } })
		.data.health;
}

async function comuni(port: number): Promise<number> {
	const response = await fetch(
		`http://127.0.0.1:${port}/graphql?query=${encodeURIComponent('{ territory { counts { comuni } } }')}`
	);
	return ((await response.json()) as { data: { territory: { counts: { comuni: number } } } }).data
		.territory.counts.comuni;
}

/** The test's launcher and every process it saw, stopped by pid after each test, even one timed out. */
let launcher: Launcher | null = null;
const pids: number[] = [];
let killing = false;
afterEach(async () => {
	killing = false;
	if (launcher && !hasExited(launcher.child)) {
		pids.push(...childPids(launcher.child));
		const exited = exitOf(launcher.child);
		launcher.child.kill('SIGKILL');
		await exited;
	}
	for (const pid of pids.splice(0)) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
	launcher = null;
});

describe('trama start supervises Neo4j and the app', () => {
	it('restarts a killed Neo4j; stops itself and Neo4j when the app is killed', SLOW, async () => {
		launcher = await launch();
		// It prints the address it listens on: "localhost" may resolve to ::1 first, where nothing is.
		expect(await launcher.waitFor(/^Trama è pronta in/)).toMatch(
			new RegExp(`: http://127\\.0\\.0\\.1:${launcher.port}$`)
		);
		// Item 11: no HOST → loopback only (127.0.0.1 is 0100007F in /proc/net/tcp).
		expect(listeningAddresses(launcher.port)).toEqual(['0100007F']);
		expect(await health(launcher.port)).toEqual({ ok: true, reason: null });
		// The app runs with the heap src/cli/app-memory.ts gives it (issue 20: its RSS under load).
		expect(cmdline(appPid(launcher.child))).toContain('--max-old-space-size=1024');

		const first = neo4jPid();
		pids.push(first);
		process.kill(first, 'SIGKILL');
		await launcher.waitFor(/^Neo4j si è fermato \(segnale \/ signal SIGKILL\)/);
		await launcher.waitFor(/Neo4j riavviato/);
		const second = neo4jPid();
		pids.push(second);
		expect(second).not.toBe(first);
		expect(isAlive(second)).toBe(true);
		const ok = { ok: true, reason: null };
		await expect.poll(() => health(launcher!.port), { timeout: 60_000 }).toEqual(ok);
		expect(await comuni(launcher.port)).toBe(1502);

		const app = appPid(launcher.child);
		pids.push(app);
		process.kill(app, 'SIGKILL');
		await exitOf(launcher.child);
		expect(launcher.child.exitCode).toBe(1);
		expect(launcher.output).toContain(
			"L'applicazione si è fermata (segnale / signal SIGKILL). / The app stopped."
		);
		expect(launcher.output).toContain('Trama: fermata. / stopped.');
		expect(isAlive(second)).toBe(false);
		expect(existsSync(path.join(dataDir, 'neo4j', 'trama-neo4j.json'))).toBe(false);
		expect(existsSync(path.join(dataDir, 'trama-app.json'))).toBe(false);
	});

	it('gives up after 3 restarts that fail, and stops the app', SLOW, async () => {
		launcher = await launch();
		await launcher.waitFor(/^Trama è pronta in/);
		const app = appPid(launcher.child);
		pids.push(app);
		// Every Neo4j the launcher starts from now on dies at once: each restart fails.
		killing = true;
		const killer = (async () => {
			while (killing) {
				for (const pid of childPids(launcher!.child)) {
					if (cmdline(pid).includes('TramaNeo4j') && isAlive(pid)) {
						pids.push(pid);
						process.kill(pid, 'SIGKILL');
					}
				}
				await new Promise((r) => setTimeout(r, 50));
			}
		})();
		await exitOf(launcher.child);
		killing = false;
		await killer;
		expect(launcher.child.exitCode).toBe(1);
		const output = launcher.output.join('\n');
		for (let attempt = 1; attempt <= 3; attempt++)
			expect(output).toContain(`(tentativo ${attempt} di 3)`);
		expect(output).not.toContain('(tentativo 4');
		expect(output).toMatch(
			/Neo4j non resta in piedi: 3 riavvii in 10 minuti non sono bastati\. Leggi il log \(.*debug\.log\)/
		);
		expect(isAlive(app)).toBe(false);
		expect(existsSync(path.join(dataDir, 'trama-app.json'))).toBe(false);
	});

	it('a launcher killed with SIGKILL takes the app and Neo4j with it', SLOW, async () => {
		launcher = await launch();
		await launcher.waitFor(/^Trama è pronta in/);
		const app = appPid(launcher.child);
		const neo4j = neo4jPid();
		pids.push(app, neo4j);
		launcher.child.kill('SIGKILL');
		await exitOf(launcher.child);
		// No signal reaches the children: each notices its parent is gone (IPC channel, stdin).
		await expect
			.poll(() => [isAlive(app), isAlive(neo4j)], { timeout: 60_000 })
			.toEqual([false, false]);
	});
});
