// Local embedded Neo4j (Community 5.26 + Bolt) for `trama` and the test setup.
// Java + Maven fetch the jars once (graph/pom.xml), then graph/TramaNeo4j.java runs in
// source-file mode and reports on stdout/stderr with TRAMA_NEO4J_* lines (see that file).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { neo4jMemory } from './neo4j-memory';

export type LocalNeo4jErrorCode =
	| 'JAVA_MISSING'
	| 'JAVA_TOO_OLD'
	| 'MAVEN_MISSING'
	| 'JARS_FAILED'
	| 'PORT_IN_USE'
	| 'DATA_LOCKED'
	| 'ALREADY_RUNNING'
	| 'START_FAILED';

/** Message: Italian first, then English; both say what to do next. */
export class LocalNeo4jError extends Error {
	readonly code: LocalNeo4jErrorCode;
	constructor(code: LocalNeo4jErrorCode, message: string) {
		super(message);
		this.name = 'LocalNeo4jError';
		this.code = code;
	}
}

export interface LocalNeo4jOptions {
	dataDir: string;
	/** 0 or undefined = pick a free loopback port. */
	boltPort?: number;
	/** Java heap in MB; default from graph/neo4j-memory.ts (NEO4J_HEAP). */
	heapMb?: number;
	/** Page cache in MB; default from graph/neo4j-memory.ts (NEO4J_PAGECACHE). */
	pageCacheMb?: number;
	/** Default true: Neo4j shuts down when this Node process dies (its stdin closes). */
	exitWithParent?: boolean;
	onProgress?: (message: string) => void;
}

export interface LocalNeo4j {
	uri: string;
	boltPort: number;
	version: string;
	pid: number;
	dataDir: string;
	/** Resolves when the java process has exited, however it ended (a supervisor restarts it). */
	exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
	/** SIGTERM, resolves once the java process has exited. */
	stop(): Promise<void>;
}

interface StateFile {
	pid: number;
	uri: string;
	version: string;
	startedAt: string;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const POM = path.join(ROOT, 'graph', 'pom.xml');
const LAUNCHER = path.join(ROOT, 'graph', 'TramaNeo4j.java');
const CLASSPATH_CACHE = path.join(ROOT, 'graph', '.cache', 'classpath.txt');
const STATE_FILE = 'trama-neo4j.json';
const HOST = '127.0.0.1';
// TRAMA_NEO4J_READY_TIMEOUT_MS: longer on a machine so loaded that a start takes minutes (bench runs).
const READY_TIMEOUT_MS = Number(process.env.TRAMA_NEO4J_READY_TIMEOUT_MS) || 120_000;
const STOP_TIMEOUT_MS = 60_000;

export async function checkJava(): Promise<void> {
	let out: RunResult;
	try {
		out = await run('java', ['-version']);
	} catch {
		throw javaError('JAVA_MISSING', 'Java non trovato nel PATH', 'Java not found on PATH');
	}
	// `java -version` prints e.g. `openjdk version "17.0.15"` or `"1.8.0_412"` on stderr.
	const m = /version "(\d+)(?:\.(\d+))?/.exec(out.stderr + out.stdout);
	const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : NaN;
	if (!(major >= 17)) {
		const v = Number.isNaN(major) ? '?' : String(major);
		throw javaError(
			'JAVA_TOO_OLD',
			`Java ${v} è troppo vecchio per Neo4j 5.26`,
			`Java ${v} is too old for Neo4j 5.26`
		);
	}
}

function javaError(code: LocalNeo4jErrorCode, it: string, en: string): LocalNeo4jError {
	const apt = 'apt-get install openjdk-17-jdk-headless';
	return new LocalNeo4jError(
		code,
		`${it}: installa Java 17 o più recente (es. ${apt}; se ne hai più d'uno: update-alternatives --config java) e riprova` +
			` / ${en}: install Java 17 or newer (e.g. ${apt}; if several are installed: update-alternatives --config java) and retry.`
	);
}

/**
 * Classpath of embedded Neo4j. The first call runs Maven (downloads into ~/.m2); the result
 * is cached in graph/.cache/classpath.txt, keyed on the hash of pom.xml.
 */
export async function ensureNeo4jClasspath(
	onProgress?: (message: string) => void
): Promise<string> {
	const pomHash = createHash('sha256')
		.update(await readFile(POM))
		.digest('hex');
	const cached = await readFile(CLASSPATH_CACHE, 'utf8').catch(() => '');
	const [key, classpath] = cached.split('\n');
	// Also re-resolve if ~/.m2 was cleaned since.
	if (
		key === pomHash &&
		classpath &&
		classpath.split(path.delimiter).every((jar) => existsSync(jar))
	) {
		return classpath;
	}

	onProgress?.(
		'Scarico i jar di Neo4j con Maven (solo la prima volta) / Downloading the Neo4j jars with Maven (first run only)…'
	);
	await mkdir(path.dirname(CLASSPATH_CACHE), { recursive: true });
	// Unique temp names: concurrent callers (e.g. parallel test workers) must not clash.
	const tmp = `${CLASSPATH_CACHE}.${process.pid}.${Date.now()}`;
	let result: RunResult;
	try {
		result = await run('mvn', [
			'-q',
			'-B',
			'-Dstyle.color=never',
			'-f',
			POM,
			'dependency:build-classpath',
			`-Dmdep.outputFile=${tmp}.mvn`
		]);
	} catch {
		throw new LocalNeo4jError(
			'MAVEN_MISSING',
			'Maven (mvn) non trovato nel PATH: serve per scaricare Neo4j. Installa Maven (es. apt-get install maven) e riprova' +
				' / Maven (mvn) not found on PATH: it is needed to download Neo4j. Install Maven (e.g. apt-get install maven) and retry.'
		);
	}
	const resolved = result.code === 0 ? await readFile(`${tmp}.mvn`, 'utf8').catch(() => '') : '';
	await rm(`${tmp}.mvn`, { force: true });
	if (!resolved.trim()) {
		const detail = lastLines(result.stdout + result.stderr, 15);
		throw new LocalNeo4jError(
			'JARS_FAILED',
			'Download dei jar di Neo4j fallito. Controlla la connessione a Maven Central (repo.maven.apache.org) e riprova' +
				` / Downloading the Neo4j jars failed. Check access to Maven Central and retry.\n${detail}`
		);
	}
	await writeFile(tmp, `${pomHash}\n${resolved.trim()}\n`);
	await rename(tmp, CLASSPATH_CACHE);
	return resolved.trim();
}

export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
	const dataDir = path.resolve(opts.dataDir);
	const exitWithParent = opts.exitWithParent ?? true;
	const progress = opts.onProgress ?? (() => {});
	await mkdir(dataDir, { recursive: true });

	const status = await localNeo4jStatus(dataDir);
	if (status.running) {
		throw new LocalNeo4jError(
			'ALREADY_RUNNING',
			`Neo4j è già avviato su ${status.uri} (pid ${status.pid}) per ${dataDir}: usa quello o fermalo prima` +
				` / Neo4j is already running on ${status.uri} (pid ${status.pid}) for this data dir: use it or stop it first.`
		);
	}
	await checkJava();
	const classpath = await ensureNeo4jClasspath(progress);
	const boltPort = opts.boltPort || (await freeLoopbackPort());

	progress(`Avvio Neo4j su / Starting Neo4j on ${HOST}:${boltPort}…`);
	const memory = neo4jMemory();
	const heapMb = opts.heapMb ?? memory.heapMb;
	const pageCacheMb = opts.pageCacheMb ?? memory.pageCacheMb;
	// TRAMA_NEO4J_JAVA_OPTS: extra JVM options, to compare e.g. JIT settings back to back (bench/).
	const javaOpts = (process.env.TRAMA_NEO4J_JAVA_OPTS ?? '').split(/\s+/).filter(Boolean);
	const args = [`-Xmx${heapMb}m`, ...javaOpts, '-cp', classpath, LAUNCHER, '--data', dataDir];
	args.push('--bolt-port', String(boltPort), '--bolt-host', HOST);
	args.push('--pagecache-mb', String(pageCacheMb));
	if (exitWithParent) args.push('--exit-on-stdin-close');
	const child = spawn('java', args, {
		cwd: ROOT,
		// exitWithParent: java watches its stdin, which closes when we die. Otherwise run it
		// in its own process group so Ctrl-C on our terminal does not reach it.
		stdio: [exitWithParent ? 'pipe' : 'ignore', 'pipe', 'pipe'],
		detached: !exitWithParent
	});
	const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
		child.once('exit', (code, signal) => resolve({ code, signal }))
	);
	child.once('exit', () => void removeStateFile(dataDir, child.pid));

	const stderrTail: string[] = [];
	let failure: { code: LocalNeo4jErrorCode; detail: string } | undefined;
	const ready = new Promise<{ uri: string; version: string }>((resolve, reject) => {
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(
				startFailed(
					`Neo4j non è partito entro / did not start within ${READY_TIMEOUT_MS / 1000} s`,
					dataDir
				)
			);
		}, READY_TIMEOUT_MS);
		child.once('error', (err) => {
			clearTimeout(timer);
			reject(startFailed(String(err), dataDir));
		});
		createInterface({ input: child.stdout! }).on('line', (line) => {
			const m = /^TRAMA_NEO4J_READY (\S+) (\S+)/.exec(line);
			if (m) {
				clearTimeout(timer);
				resolve({ uri: m[1]!, version: m[2]! });
			} else if (!line.startsWith('TRAMA_NEO4J_')) {
				progress(`neo4j: ${line}`); // embedded Neo4j is quiet on stdout: anything here is worth seeing
			}
		});
		createInterface({ input: child.stderr! }).on('line', (line) => {
			const m = /^TRAMA_NEO4J_ERROR (\S+) (.*)$/.exec(line);
			if (m) failure = { code: m[1] as LocalNeo4jErrorCode, detail: m[2]! };
			else if (stderrTail.push(line) > 20) stderrTail.shift(); // keep the tail for START_FAILED
		});
		// 'close' (not 'exit'): by then the last stderr line has been read.
		child.once('close', (code, signal) => {
			clearTimeout(timer);
			reject(
				failure
					? launcherError(failure.code, failure.detail, boltPort, dataDir)
					: startFailed(
							`java è uscito / exited (${signal ?? code})\n${stderrTail.join('\n')}`,
							dataDir
						)
			);
		});
	});

	const { uri, version } = await ready;
	const pid = child.pid!;
	const state: StateFile = { pid, uri, version, startedAt: new Date().toISOString() };
	const stateFile = path.join(dataDir, STATE_FILE);
	await writeFile(`${stateFile}.tmp`, JSON.stringify(state, null, 2) + '\n');
	await rename(`${stateFile}.tmp`, stateFile);
	progress(`Neo4j ${version} pronto su / ready on ${uri}`);
	if (!exitWithParent) {
		// Background mode: do not keep this Node process alive for Neo4j's sake.
		child.unref();
		child.stdout?.destroy();
		child.stderr?.destroy();
	}

	return {
		uri,
		boltPort,
		version,
		pid,
		dataDir,
		exited,
		async stop() {
			if (child.exitCode === null && child.signalCode === null) {
				child.kill('SIGTERM');
				const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS); // last resort
				await exited;
				clearTimeout(timer);
			}
			await removeStateFile(dataDir, pid);
		}
	};
}

export async function localNeo4jStatus(
	dataDir: string
): Promise<{ running: boolean; pid?: number; uri?: string; version?: string }> {
	const state = await readState(path.resolve(dataDir));
	if (!state || !(await isLauncherAlive(state.pid))) return { running: false };
	return { running: true, pid: state.pid, uri: state.uri, version: state.version };
}

/** Stops the Neo4j recorded in `<dataDir>/trama-neo4j.json`; false when nothing was running. */
export async function stopLocalNeo4j(dataDir: string): Promise<boolean> {
	const dir = path.resolve(dataDir);
	const state = await readState(dir);
	if (!state) return false;
	const wasRunning = await isLauncherAlive(state.pid);
	if (wasRunning) {
		signal(state.pid, 'SIGTERM');
		if (!(await waitForExit(state.pid, STOP_TIMEOUT_MS))) {
			signal(state.pid, 'SIGKILL'); // last resort: Neo4j recovers from its transaction log
			await waitForExit(state.pid, 10_000);
		}
	}
	await removeStateFile(dir, state.pid);
	return wasRunning;
}

// --- helpers ---

interface RunResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

/** Runs a command to completion; rejects only if it cannot be started (e.g. not on PATH). */
function run(cmd: string, args: string[]): Promise<RunResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
		child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
		child.once('error', reject);
		child.once('close', (code) => resolve({ code, stdout, stderr }));
	});
}

function launcherError(
	code: LocalNeo4jErrorCode,
	detail: string,
	port: number,
	dataDir: string
): LocalNeo4jError {
	if (code === 'PORT_IN_USE') {
		return new LocalNeo4jError(
			code,
			`La porta ${port} è già in uso: chiudi il programma che la occupa o scegli un'altra porta` +
				` / Port ${port} is already in use: close whatever holds it or choose another port. (${detail})`
		);
	}
	if (code === 'DATA_LOCKED') {
		return new LocalNeo4jError(
			code,
			`I dati in ${dataDir} sono già aperti da un altro processo (un altro Neo4j?): chiudilo e riprova` +
				` / The data in ${dataDir} is locked by another process (another Neo4j?): stop it and retry. (${detail})`
		);
	}
	return startFailed(detail, dataDir);
}

function startFailed(detail: string, dataDir: string): LocalNeo4jError {
	const log = path.join(dataDir, 'logs', 'debug.log');
	return new LocalNeo4jError(
		'START_FAILED',
		`Neo4j non è partito: leggi il log (${log}), correggi e riprova` +
			` / Neo4j failed to start: read the log (${log}), fix and retry. ${detail}`.trimEnd()
	);
}

async function readState(dataDir: string): Promise<StateFile | undefined> {
	try {
		const state = JSON.parse(await readFile(path.join(dataDir, STATE_FILE), 'utf8')) as StateFile;
		return Number.isInteger(state.pid) && state.pid > 0 ? state : undefined;
	} catch {
		return undefined;
	}
}

/** Only removes the file if it still names `pid` (a newer start may have replaced it). */
async function removeStateFile(dataDir: string, pid: number | undefined): Promise<void> {
	const state = await readState(dataDir);
	if (state && state.pid === pid) await rm(path.join(dataDir, STATE_FILE), { force: true });
}

/** Alive and still our launcher: after a crash or reboot the pid may belong to something else. */
async function isLauncherAlive(pid: number): Promise<boolean> {
	try {
		process.kill(pid, 0);
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
	}
	// Linux only; elsewhere trust the signal check. A zombie has an empty cmdline: not alive.
	const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => undefined);
	return cmdline === undefined || cmdline.includes('TramaNeo4j');
}

function signal(pid: number, sig: NodeJS.Signals): void {
	try {
		process.kill(pid, sig);
	} catch {
		// already gone
	}
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (!(await isLauncherAlive(pid))) return true;
		await new Promise((r) => setTimeout(r, 100));
	}
	return false;
}

function freeLoopbackPort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, HOST, () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

function lastLines(text: string, n: number): string {
	return text.trim().split('\n').slice(-n).join('\n');
}
