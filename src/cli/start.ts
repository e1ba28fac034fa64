import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
	readdirSync
} from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import {
	checkJava,
	ensureNeo4jClasspath,
	localNeo4jStatus,
	startLocalNeo4j,
	type LocalNeo4j
} from '../../graph/local-neo4j';
import {
	closeDriver,
	connect,
	neo4jConfigFromEnv,
	type Neo4jConfig
} from '../lib/server/db/driver';
import { localBoltPort, log, usesExternalNeo4j } from './database';
import { appLockFile, buildDir, dataRoot, neo4jDataDir, projectRoot } from './paths';
import { APP_READY_TIMEOUT_MS } from '../lib/server/warm-up-wait';
import { appAddresses } from './address';
import { appNodeArgs } from './app-memory';
import { prepareDatabase } from './seed';
import { describeExit, exitOf, hasExited, RestartBudget } from './supervise';
import { firstAdminStep } from './users';
import { REQUEST_BODY_LIMIT_BYTES } from '../lib/server/transfer/import/limits';

export class StartError extends Error {
	override name = 'StartError';
}

const isAlive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
};

/** A second `npm start` must not start a second app on the same data. */
function takeAppLock(port: number, address: string): void {
	mkdirSync(dataRoot, { recursive: true });
	if (existsSync(appLockFile)) {
		const lock = JSON.parse(readFileSync(appLockFile, 'utf8')) as {
			pid: number;
			port: number;
			address?: string;
		};
		if (lock.pid !== process.pid && isAlive(lock.pid)) {
			// A lock written before the address was kept in it names only the port.
			const there = lock.address ?? `http://127.0.0.1:${lock.port}`;
			throw new StartError(
				`Trama è già in esecuzione (pid ${lock.pid}) su ${there}: usa quella, oppure fermala con Ctrl-C.\n` +
					`Trama is already running (pid ${lock.pid}) at ${there}: use it, or stop it with Ctrl-C.`
			);
		}
	}
	writeFileSync(appLockFile, JSON.stringify({ pid: process.pid, port, address }));
}

function releaseAppLock(): void {
	try {
		const lock = JSON.parse(readFileSync(appLockFile, 'utf8')) as { pid: number };
		if (lock.pid === process.pid) rmSync(appLockFile);
	} catch {
		// no lock: nothing to release
	}
}

async function assertPortFree(port: number, host: string): Promise<void> {
	await new Promise<void>((resolve, reject) => {
		const probe = createServer();
		probe.once('error', () =>
			reject(
				new StartError(
					`La porta ${port} è occupata: chiudi il programma che la usa o scegli un'altra porta (PORT=${port + 1} npm start).\n` +
						`Port ${port} is taken: close the program using it or choose another port (PORT=${port + 1} npm start).`
				)
			)
		);
		probe.listen(port, host, () => probe.close(() => resolve()));
	});
}

/** Newest modification time under the paths the build depends on. */
/** Compiled from messages/ on every build (and rewritten whole): its age says nothing about the sources. */
const GENERATED = join(projectRoot, 'src', 'lib', 'paraglide');

function newestMtime(path: string): number {
	if (!existsSync(path) || path === GENERATED) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return readdirSync(path).reduce(
		(max, name) => Math.max(max, newestMtime(join(path, name))),
		stat.mtimeMs
	);
}

/**
 * Builds the app into `dir` only when its sources changed since the last build there: a second start
 * stays fast. The test setup builds through here too, so a launcher under test finds its build fresh.
 */
export function buildIfStale(dir = buildDir, env: NodeJS.ProcessEnv = process.env): void {
	const stamp = join(dir, '.trama-build-stamp');
	const inputs = [
		'src',
		'static',
		'messages',
		'project.inlang',
		'svelte.config.js',
		'vite.config.ts',
		'package.json'
	];
	const newest = Math.max(...inputs.map((p) => newestMtime(join(projectRoot, p))));
	const built = existsSync(stamp) ? Number(readFileSync(stamp, 'utf8')) : 0;
	if (built >= newest && existsSync(join(dir, 'index.js'))) return;
	log(
		"Compilo l'applicazione (solo quando il codice cambia)… / Building the app (only when the code changes)…"
	);
	const result = spawnSync(
		process.execPath,
		[join(projectRoot, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
		{ cwd: projectRoot, stdio: 'inherit', env: { ...env, TRAMA_BUILD_DIR: dir } }
	);
	if (result.status !== 0) {
		throw new StartError(
			'La compilazione non è riuscita: vedi gli errori sopra. / The build failed: see the errors above.'
		);
	}
	writeFileSync(stamp, String(newest));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function start(): Promise<void> {
	const port = Number(process.env.PORT ?? 3000);
	// Loopback unless told otherwise: a laptop on a café network must not serve the app to the room.
	const host = process.env.HOST ?? '127.0.0.1';
	// The one address forms are accepted from (the CSRF origin check): printed when ready.
	const { local, url: address } = appAddresses(host, port, process.env.ORIGIN);
	const begun = Date.now();
	console.log('Trama: avvio… / starting…');
	takeAppLock(port, address);
	let neo4jProcess: LocalNeo4j | null = null;
	let app: ChildProcess | null = null;
	let stopping = false;
	const restarts = new RestartBudget();

	const shutdown = async (code: number) => {
		if (stopping) return;
		stopping = true;
		console.log('\nTrama: arresto… / stopping…');
		if (app) {
			const exited = exitOf(app);
			if (!hasExited(app)) app.kill('SIGTERM');
			await exited;
		}
		await closeDriver().catch(() => {});
		if (neo4jProcess) {
			log('Fermo Neo4j… / stopping Neo4j…');
			await neo4jProcess.stop();
		}
		releaseAppLock();
		console.log('Trama: fermata. / stopped.');
		process.exit(code);
	};
	process.on('SIGINT', () => void shutdown(0));
	process.on('SIGTERM', () => void shutdown(0));

	/** The local Neo4j died under the app: start it again on the same port, a bounded number of times. */
	const restartNeo4j = async (dead: LocalNeo4j, cause: string) => {
		console.error(`\nNeo4j si è fermato (${cause}). / Neo4j stopped (${cause}).`);
		for (;;) {
			const pause = restarts.next();
			if (pause === null) {
				const minutes = restarts.windowMs / 60_000;
				console.error(
					`Neo4j non resta in piedi: ${restarts.max} riavvii in ${minutes} minuti non sono bastati. Leggi il log (${join(neo4jDataDir, 'logs', 'debug.log')}), correggi e riavvia Trama.\n` +
						`Neo4j does not stay up: ${restarts.max} restarts within ${minutes} minutes were not enough. Read its log, fix the cause and start Trama again.`
				);
				return shutdown(1);
			}
			log(
				`Riavvio Neo4j fra ${pause / 1000} s (tentativo ${restarts.used} di ${restarts.max})… / restarting Neo4j in ${pause / 1000} s (attempt ${restarts.used} of ${restarts.max})…`
			);
			await sleep(pause);
			if (stopping) return;
			try {
				const db = await startLocalNeo4j({
					dataDir: neo4jDataDir,
					boltPort: dead.boltPort,
					onProgress: log
				});
				if (stopping) return db.stop();
				neo4jProcess = db;
				superviseNeo4j(db);
				log(
					'Neo4j riavviato: l’app si ricollega da sola. / Neo4j restarted: the app reconnects by itself.'
				);
				return;
			} catch (error) {
				console.error(error instanceof Error ? error.message : String(error));
			}
		}
	};
	const superviseNeo4j = (db: LocalNeo4j) =>
		void db.exited.then(({ code, signal }) => {
			if (!stopping) void restartNeo4j(db, describeExit(code, signal));
		});

	try {
		await assertPortFree(port, host);
		let config: Neo4jConfig;
		if (usesExternalNeo4j()) {
			config = neo4jConfigFromEnv();
			log(`Uso Neo4j a ${config.uri} (NEO4J_URI) / using Neo4j at ${config.uri}`);
		} else {
			const running = await localNeo4jStatus(neo4jDataDir);
			if (running.running && running.uri) {
				log(`Neo4j locale già avviato (${running.uri}) / local Neo4j already running`);
				config = { uri: running.uri, user: 'neo4j', password: '', database: 'neo4j' };
			} else {
				await checkJava();
				await ensureNeo4jClasspath(log);
				log('Avvio Neo4j locale… / starting local Neo4j…');
				neo4jProcess = await startLocalNeo4j({
					dataDir: neo4jDataDir,
					boltPort: localBoltPort(),
					onProgress: log
				});
				superviseNeo4j(neo4jProcess);
				config = { uri: neo4jProcess.uri, user: 'neo4j', password: '', database: 'neo4j' };
			}
		}
		const { version } = await connect(config);
		log(`Neo4j ${version} pronto / ready`);
		// TRAMA_DEMO=0: a database with real data only (the demo is not loaded, and taken out if there).
		await prepareDatabase({
			demo: process.env.TRAMA_DEMO === '0' ? 'remove' : 'if-empty',
			onProgress: log
		});
		await firstAdminStep(log);
		await closeDriver();
		buildIfStale();

		const serve = join(projectRoot, 'scripts', 'serve.js');
		app = spawn(process.execPath, [...appNodeArgs(), serve, buildDir], {
			cwd: projectRoot,
			// The IPC channel only tells the app when the launcher is gone (scripts/serve.js).
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
			env: {
				...process.env,
				PORT: String(port),
				HOST: host,
				// adapter-node assumes https without ORIGIN, and form posts would then fail the CSRF check.
				ORIGIN: address,
				NEO4J_URI: config.uri,
				NEO4J_USER: config.user,
				NEO4J_PASSWORD: config.password,
				NEO4J_DATABASE: config.database,
				BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? String(REQUEST_BODY_LIMIT_BYTES)
			}
		});
		app.once('exit', (code, signal) => {
			if (!stopping) {
				console.error(
					`\nL'applicazione si è fermata (${describeExit(code, signal)}). / The app stopped.`
				);
				void shutdown(code || 1);
			}
		});
		// The app answers once its warm-up is done (bounded: warm-up-wait.ts).
		await waitForHealth(`${local}/graphql?query=%7Bhealth%7Bok%7D%7D`, APP_READY_TIMEOUT_MS);
		const seconds = ((Date.now() - begun) / 1000).toFixed(1);
		console.log(
			`\nTrama è pronta in ${seconds} s: ${address}\nTrama is ready: ${address}  (Ctrl-C per fermare / to stop)\n` +
				`Apri Trama a questo indirizzo: da un altro (localhost per 127.0.0.1) i moduli sono rifiutati. / Open Trama at this address: forms from another one are refused.`
		);
	} catch (error) {
		console.error(`\n${error instanceof Error ? error.message : String(error)}`);
		await shutdown(1);
	}
}

/** Waits until the app at `url` (e.g. http://127.0.0.1:3000/graphql?query=…) says its database is fine. */
export async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		try {
			const response = await fetch(url, { headers: { accept: 'application/json' } });
			const body = (await response.json()) as { data?: { health?: { ok?: boolean } } };
			if (body.data?.health?.ok) return;
		} catch {
			// not listening yet
		}
		await sleep(250);
	}
	throw new StartError(
		`L'applicazione non risponde su ${url}. / The app does not answer at ${url}.`
	);
}
