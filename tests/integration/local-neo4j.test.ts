// Lifecycle of the local embedded Neo4j against the real thing (Java + jars from ~/.m2).
// Tests run one after the other and, where possible, only one Neo4j runs at a time.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import neo4j from 'neo4j-driver';
import { describe, it, expect } from 'vitest';
import {
	checkJava,
	LocalNeo4jError,
	localNeo4jStatus,
	startLocalNeo4j,
	stopLocalNeo4j
} from '../../graph/local-neo4j';
import { neo4jMemory, parseMegabytes } from '../../graph/neo4j-memory';
import { isAlive } from '../helpers/processes';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MODULE = path.join(ROOT, 'graph', 'local-neo4j.ts');
const SLOW = { timeout: 180_000 };

async function withTempDir(fn: (dir: string) => Promise<void>): Promise<void> {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'trama-neo4j-test-'));
	try {
		await fn(dir);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

// Auth is disabled on the local DB, so the driver needs no credentials.
async function query(uri: string, cypher: string, params = {}): Promise<unknown[]> {
	const driver = neo4j.driver(uri);
	try {
		const { records } = await driver.executeQuery(cypher, params);
		return records.map((r) => r.get(0));
	} finally {
		await driver.close();
	}
}

const writeNode = (uri: string, name: string) =>
	query(uri, 'CREATE (n:TramaTest {name: $name}) RETURN n.name', { name });
const readNodes = (uri: string) => query(uri, 'MATCH (n:TramaTest) RETURN n.name ORDER BY n.name');

async function waitUntil(what: string, check: () => boolean, timeoutMs = 60_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!check()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

describe('local embedded Neo4j', () => {
	it('starts, persists data across stop/start, and stops cleanly', SLOW, async () => {
		await withTempDir(async (dir) => {
			const stateFile = path.join(dir, 'trama-neo4j.json');
			const db = await startLocalNeo4j({ dataDir: dir });
			try {
				expect(db.uri).toBe(`bolt://127.0.0.1:${db.boltPort}`);
				expect(db.version).toMatch(/^5\.26\.\d+$/);
				expect(await localNeo4jStatus(dir)).toEqual({
					running: true,
					pid: db.pid,
					uri: db.uri,
					version: db.version
				});
				expect(await writeNode(db.uri, 'persisted')).toEqual(['persisted']);
			} finally {
				await db.stop();
			}
			expect(isAlive(db.pid)).toBe(false);
			expect(existsSync(stateFile)).toBe(false);
			expect(await localNeo4jStatus(dir)).toEqual({ running: false });
			expect(await stopLocalNeo4j(dir)).toBe(false);

			// Background mode (as the CLI would use it), stopped through the state file.
			const again = await startLocalNeo4j({ dataDir: dir, exitWithParent: false });
			try {
				expect(await readNodes(again.uri)).toEqual(['persisted']);
				expect(await stopLocalNeo4j(dir)).toBe(true);
				expect(isAlive(again.pid)).toBe(false);
				expect(existsSync(stateFile)).toBe(false);
			} finally {
				await again.stop();
			}
		});
	});

	it('keeps committed data after kill -9 of the java process', SLOW, async () => {
		await withTempDir(async (dir) => {
			const db = await startLocalNeo4j({ dataDir: dir });
			try {
				await writeNode(db.uri, 'before-crash');
				process.kill(db.pid, 'SIGKILL');
				await waitUntil('java killed', () => !isAlive(db.pid));
			} finally {
				await db.stop();
			}

			const again = await startLocalNeo4j({ dataDir: dir });
			try {
				expect(await readNodes(again.uri)).toEqual(['before-crash']);
			} finally {
				await again.stop();
			}
		});
	});

	it('shuts Neo4j down by itself when the parent Node process is SIGKILLed', SLOW, async () => {
		await withTempDir(async (dir) => {
			// A .mts file: the temp dir has no package.json saying "type": "module".
			const script = path.join(dir, 'parent.mts');
			await writeFile(
				script,
				`import { startLocalNeo4j } from ${JSON.stringify(pathToFileURL(MODULE).href)};\n` +
					`const db = await startLocalNeo4j({ dataDir: process.argv[2]!, exitWithParent: true });\n` +
					`console.log(JSON.stringify({ nodePid: process.pid, javaPid: db.pid, uri: db.uri }));\n` +
					`setInterval(() => {}, 1 << 30);\n`
			);
			const dataDir = path.join(dir, 'db');
			// node --import tsx rather than `npx tsx`: no wrapper processes, so the pid we
			// SIGKILL is the one holding java's stdin.
			const parent = spawn(process.execPath, ['--import', 'tsx', script, dataDir], {
				cwd: ROOT,
				stdio: ['ignore', 'pipe', 'inherit']
			});
			const parentExited = new Promise<void>((r) => parent.once('exit', () => r()));
			let javaPid = 0;
			try {
				const firstLine = await new Promise<string>((resolve, reject) => {
					createInterface({ input: parent.stdout }).once('line', resolve);
					parent.once('exit', (code) => reject(new Error(`parent script exited (${code})`)));
				});
				const info = JSON.parse(firstLine) as { nodePid: number; javaPid: number; uri: string };
				javaPid = info.javaPid;
				await writeNode(info.uri, 'orphan-check');

				process.kill(info.nodePid, 'SIGKILL');
				await parentExited;
				await waitUntil('java exits after its parent died', () => !isAlive(javaPid), 60_000);
			} finally {
				if (javaPid && isAlive(javaPid)) process.kill(javaPid, 'SIGKILL');
				if (parent.exitCode === null && parent.signalCode === null) parent.kill('SIGKILL');
			}

			// The dead parent left its state file behind: it must be recognised as stale.
			expect(existsSync(path.join(dataDir, 'trama-neo4j.json'))).toBe(true);
			expect(await localNeo4jStatus(dataDir)).toEqual({ running: false });
			const again = await startLocalNeo4j({ dataDir });
			try {
				expect(await readNodes(again.uri)).toEqual(['orphan-check']);
			} finally {
				await again.stop();
			}
		});
	});

	it('fails with PORT_IN_USE and leaves no state file when the port is taken', SLOW, async () => {
		await withTempDir(async (dir) => {
			const blocker = createServer();
			await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
			const { port } = blocker.address() as { port: number };
			try {
				const err = await startLocalNeo4j({ dataDir: dir, boltPort: port }).catch((e) => e);
				expect(err).toBeInstanceOf(LocalNeo4jError);
				expect(err.code).toBe('PORT_IN_USE');
				expect(err.message).toContain(String(port));
				expect(existsSync(path.join(dir, 'trama-neo4j.json'))).toBe(false);
				expect(await localNeo4jStatus(dir)).toEqual({ running: false });
			} finally {
				await new Promise((r) => blocker.close(r));
			}
		});
	});

	it(
		'refuses a second start on a running data dir (ALREADY_RUNNING, DATA_LOCKED)',
		SLOW,
		async () => {
			await withTempDir(async (dir) => {
				const stateFile = path.join(dir, 'trama-neo4j.json');
				const db = await startLocalNeo4j({ dataDir: dir });
				try {
					await expect(startLocalNeo4j({ dataDir: dir })).rejects.toMatchObject({
						code: 'ALREADY_RUNNING'
					});

					// Without the state file (e.g. a Neo4j started by hand) the store lock still protects it.
					await rename(stateFile, `${stateFile}.hidden`);
					const err = await startLocalNeo4j({ dataDir: dir }).catch((e) => e);
					expect(err).toBeInstanceOf(LocalNeo4jError);
					expect(err.code).toBe('DATA_LOCKED');
					expect(existsSync(stateFile)).toBe(false);
					await rename(`${stateFile}.hidden`, stateFile);

					expect(await writeNode(db.uri, 'still-fine')).toEqual(['still-fine']);
				} finally {
					await db.stop();
				}
			});
		}
	);

	it('reports JAVA_MISSING, in Italian and English, when java is not on PATH', async () => {
		const savedPath = process.env.PATH;
		process.env.PATH = '/nonexistent';
		try {
			const err = await checkJava().catch((e) => e);
			expect(err).toBeInstanceOf(LocalNeo4jError);
			expect(err.code).toBe('JAVA_MISSING');
			expect(err.message).toMatch(/installa Java 17.* \/ .*install Java 17/);
		} finally {
			process.env.PATH = savedPath;
		}
	});
});

describe('Neo4j memory (graph/neo4j-memory.ts)', () => {
	it('takes NEO4J_HEAP and NEO4J_PAGECACHE in g or m, and refuses a bad size naming the variable', () => {
		expect(neo4jMemory({ NEO4J_HEAP: '2g', NEO4J_PAGECACHE: '384m' })).toEqual({
			heapMb: 2048,
			pageCacheMb: 384
		});
		expect(neo4jMemory({ NEO4J_HEAP: '1536' }).heapMb).toBe(1536);
		expect(neo4jMemory({})).toEqual(neo4jMemory({ NEO4J_HEAP: '', NEO4J_PAGECACHE: '' }));
		expect(() => neo4jMemory({ NEO4J_PAGECACHE: 'molto' })).toThrow(
			/NEO4J_PAGECACHE="molto" non è una dimensione valida.* \/ .*not a valid size/
		);
		expect(() => parseMegabytes('NEO4J_HEAP', '10m')).toThrow(/almeno 64m/);
	});

	it('starts the local Neo4j with the heap and page cache it is given', SLOW, async () => {
		await withTempDir(async (dir) => {
			const db = await startLocalNeo4j({ dataDir: dir, heapMb: 320, pageCacheMb: 96 });
			try {
				const cmdline = await readFile(`/proc/${db.pid}/cmdline`, 'utf8');
				expect(cmdline.split('\0')).toContain('-Xmx320m');
				expect(
					await query(
						db.uri,
						"SHOW SETTINGS YIELD name, value WHERE name = 'server.memory.pagecache.size' RETURN value"
					)
				).toEqual(['96.00MiB']);
			} finally {
				await db.stop();
			}
		});
	});
});
