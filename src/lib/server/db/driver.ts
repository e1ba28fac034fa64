import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { AppError } from '../errors';

/** Where the app finds Neo4j. Unset NEO4J_URI is an error here: the CLI starts a local Neo4j and sets it. */
export interface Neo4jConfig {
	uri: string;
	user: string;
	password: string;
	database: string;
}

export function neo4jConfigFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
	const uri = env.NEO4J_URI?.trim();
	if (!uri) {
		throw new DatabaseUnavailableError(
			'NEO4J_URI non è impostato: avvia Trama con `npm start` (che avvia un Neo4j locale) oppure imposta NEO4J_URI. / ' +
				'NEO4J_URI is not set: start Trama with `npm start` (it starts a local Neo4j) or set NEO4J_URI.'
		);
	}
	return {
		uri,
		user: env.NEO4J_USER ?? 'neo4j',
		password: env.NEO4J_PASSWORD ?? '',
		database: env.NEO4J_DATABASE ?? 'neo4j'
	};
}

/** Who writes and from where: stamped on every node and relation written (provenance). */
export interface WriteStamp {
	by: string;
	source: string;
}

export class DatabaseUnavailableError extends Error {
	override name = 'DatabaseUnavailableError';
}

let current: { driver: Driver; probeDriver: Driver; database: string; version: string } | null =
	null;

/**
 * The app driver's waits, bounded so that a request while Neo4j is down or hung fails in a few
 * seconds with words (UNAVAILABLE), instead of the driver's defaults: retries for 30 s (1+2+4+8+16 s,
 * the ~30 s stalls seen in the workshop browser test) after 30 s of connecting. Retries at 1 and 3 s
 * still cover a deadlock or a brief restart.
 */
export const APP_DRIVER_LIMITS = {
	connectionTimeout: 4_000,
	// A request may wait this long for a free connection under load (pool of 100) before it fails.
	connectionAcquisitionTimeout: 8_000,
	maxTransactionRetryTime: 2_500
} as const;

/** What a request answers while the database cannot be reached (GraphQL code UNAVAILABLE, HTTP 503). */
export const DATABASE_DOWN_MESSAGE =
	'Il database non risponde: riprova tra qualche istante; se continua, avvisa chi gestisce Trama. / ' +
	'The database is not answering: try again in a moment; if it goes on, tell whoever runs Trama.';

/** True for the driver's "cannot reach the server" errors (refused, gone, hung, no free connection). */
export function isDatabaseUnreachable(error: unknown): boolean {
	const code = (error as { code?: string } | null)?.code ?? '';
	const message = error instanceof Error ? error.message : '';
	return (
		code === 'ServiceUnavailable' ||
		code === 'SessionExpired' ||
		/Connection acquisition timed out/.test(message)
	);
}

/** The driver's unreachable errors as an UNAVAILABLE AppError (it passes production masking). */
function explained(error: unknown): unknown {
	return isDatabaseUnreachable(error)
		? new AppError('UNAVAILABLE', DATABASE_DOWN_MESSAGE, [], 503)
		: error;
}

/** How long a health probe waits for the database before it answers "down". */
export const PROBE_TIMEOUT_MS = 1000;

/** Opens the one driver of this process and checks it reaches the server; idempotent. */
export async function connect(
	config: Neo4jConfig = neo4jConfigFromEnv()
): Promise<{ version: string }> {
	if (current) return { version: current.version };
	const auth = config.password ? neo4j.auth.basic(config.user, config.password) : undefined;
	const driver = neo4j.driver(config.uri, auth, {
		// Our integers (populations, counts, versions) fit in a double: plain numbers keep the code simple.
		disableLosslessIntegers: true,
		...APP_DRIVER_LIMITS,
		userAgent: 'trama'
	});
	try {
		const info = await driver.getServerInfo({ database: config.database });
		const version = String(info.agent ?? '').replace(/^Neo4j\//, '');
		// Health probes get a small driver of their own: short timeouts and no retries, so a database
		// that is gone or hung gets a prompt "down", and probes never hold the app's connections.
		const probeDriver = neo4j.driver(config.uri, auth, {
			connectionTimeout: PROBE_TIMEOUT_MS,
			connectionAcquisitionTimeout: PROBE_TIMEOUT_MS,
			maxConnectionPoolSize: 2,
			maxTransactionRetryTime: 0,
			userAgent: 'trama-health'
		});
		current = { driver, probeDriver, database: config.database, version };
		return { version };
	} catch (error) {
		await driver.close().catch(() => {});
		throw explainConnectionError(error, config.uri);
	}
}

function explainConnectionError(error: unknown, uri: string): DatabaseUnavailableError {
	const code = (error as { code?: string }).code ?? '';
	const detail = error instanceof Error ? error.message : String(error);
	if (code === 'Neo.ClientError.Security.Unauthorized') {
		return new DatabaseUnavailableError(
			`Neo4j a ${uri} rifiuta le credenziali: controlla NEO4J_USER e NEO4J_PASSWORD. / ` +
				`Neo4j at ${uri} refused the credentials: check NEO4J_USER and NEO4J_PASSWORD.`
		);
	}
	return new DatabaseUnavailableError(
		`Neo4j non raggiungibile a ${uri} (${detail}): controlla che il server sia avviato e l'indirizzo NEO4J_URI. / ` +
			`Neo4j unreachable at ${uri}: check that the server is running and NEO4J_URI is right.`
	);
}

function active() {
	if (!current)
		throw new DatabaseUnavailableError('Database non connesso / database not connected');
	return current;
}

export function serverVersion(): string {
	return active().version;
}

/** Runs `work` in one read transaction (retried by the driver on transient errors). */
export async function readTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
	const { driver, database } = active();
	const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
	try {
		return await session.executeRead(work);
	} catch (error) {
		throw explained(error);
	} finally {
		await session.close();
	}
}

/**
 * The graph's data version: every write transaction bumps it as its last statement, so it commits
 * with the write or not at all. Taken last, its lock is never held while waiting for another, so it
 * adds no deadlock; it does queue concurrent commits for that one statement.
 */
const BUMP_DATA_VERSION = `MERGE (v:DataVersion {id: 'graph'}) ON CREATE SET v.n = 1 ON MATCH SET v.n = v.n + 1`;

/**
 * The read of the version that callers of this turn of the event loop share (a map page's cached
 * fields ask three times at once, 50 users' requests more). It is sent once they have all asked, so
 * each gets a version at least as new as the data committed when it asked; one read costs ~0.8 ms of
 * the app's CPU and as much of Neo4j's.
 */
let versionRead: Promise<number> | null = null;

/**
 * The version of the data now committed (0 before any write). What is computed from data read after
 * this call is at least as new as the version: a cache keyed on it never serves a result older than
 * its key (db/versioned-cache.ts).
 */
export function dataVersion(): Promise<number> {
	versionRead ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
		versionRead = null;
		return readTx(async (tx) => {
			const result = await tx.run(`OPTIONAL MATCH (v:DataVersion {id: 'graph'}) RETURN v.n AS n`);
			return (result.records[0]?.get('n') as number | null) ?? 0;
		});
	});
	return versionRead;
}

/** For writeTx: a write no cached result reads (see below). */
export const NOT_GRAPH = { changesGraph: false } as const;

/**
 * Runs `work` in one write transaction: all of it commits, or none of it. Writes that no cached
 * result reads (a workshop room's contributions and events, rate-limit buckets, sessions, sign-in
 * times, the access log) say `changesGraph: false`: they skip the data version, whose one node would
 * otherwise queue every edit of a busy room behind every other (the 50 × 20 load test's p95 went
 * 734 ms -> 3.3 s), and a sign-in would throw away every cached ranking.
 */
export async function writeTx<T>(
	work: (tx: ManagedTransaction) => Promise<T>,
	{ changesGraph = true }: { changesGraph?: boolean } = {}
): Promise<T> {
	const { driver, database } = active();
	const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
	try {
		return await session.executeWrite(async (tx) => {
			const result = await work(tx);
			if (changesGraph) await tx.run(BUMP_DATA_VERSION);
			return result;
		});
	} catch (error) {
		throw explained(error);
	} finally {
		await session.close();
	}
}

/**
 * The version of what `match` binds to `n`, read under its write lock (taken by writing a throw-away
 * property, as Neo4j advises against lost updates), so a version check and the write after it are
 * one atomic step: transactions carrying the same expected version queue on the lock and each reads
 * what the one before it committed, so exactly one passes. (Neo4j reads committed data without
 * locking: read, check, then write let 2–4 of 12 concurrent updates through, issue 13.) What was
 * locked may be gone or superseded once the lock is ours (a relation replaced by a new one with the
 * same id, a newer rubric version): then the current one is locked in turn. Null: nothing matches.
 */
export async function lockedVersion(
	tx: ManagedTransaction,
	match: string,
	params: Record<string, unknown>
): Promise<number | null> {
	for (let attempt = 0; attempt < 50; attempt++) {
		const locked = await tx.run(
			`${match} SET n._lock = true REMOVE n._lock RETURN elementId(n) AS element`,
			params
		);
		const element = locked.records[0]?.get('element') as string | undefined;
		if (element === undefined) return null;
		const now = await tx.run(
			`${match} RETURN elementId(n) AS element, n.version AS version`,
			params
		);
		const record = now.records[0];
		if (!record) return null;
		if (record.get('element') === element) return (record.get('version') as number | null) ?? 0;
	}
	throw new AppError('CONFLICT', 'Modificato di continuo da altri: riprova / contended: retry');
}

/** Schema statements cannot share a transaction with data writes in Neo4j: each runs on its own. */
export async function runSchemaStatement(statement: string): Promise<void> {
	const { driver, database } = active();
	const session = driver.session({ database });
	try {
		await session.run(statement);
	} catch (error) {
		throw explained(error);
	} finally {
		await session.close();
	}
}

export type DatabaseHealth = { ok: true } | { ok: false; reason: string };

/**
 * A query round trip for health probes: the answer comes within PROBE_TIMEOUT_MS even when the server
 * is gone or hangs (the app's transactions wait APP_DRIVER_LIMITS first), and it never throws.
 */
export async function probeDatabase(): Promise<DatabaseHealth> {
	if (!current) return { ok: false, reason: 'Database non connesso. / Database not connected.' };
	const seconds = PROBE_TIMEOUT_MS / 1000;
	const session = current.probeDriver.session({
		database: current.database,
		defaultAccessMode: neo4j.session.READ
	});
	let timer: ReturnType<typeof setTimeout> | undefined;
	const late = new Promise<DatabaseHealth>((resolve) => {
		timer = setTimeout(
			() =>
				resolve({
					ok: false,
					reason: `Il database non risponde entro ${seconds} s. / The database does not answer within ${seconds} s.`
				}),
			PROBE_TIMEOUT_MS
		);
	});
	const answer = session.run('RETURN 1').then(
		(): DatabaseHealth => ({ ok: true }),
		(error: unknown): DatabaseHealth => ({ ok: false, reason: describeDatabaseError(error) })
	);
	try {
		return await Promise.race([answer, late]);
	} finally {
		clearTimeout(timer);
		// Not awaited: a hung server would hold the answer; the probe pool's own timeouts bound it.
		void session.close().catch(() => {});
	}
}

/** The cause in words, without addresses or internals (health is public). */
function describeDatabaseError(error: unknown): string {
	const code = (error as { code?: string }).code ?? '';
	if (code === 'ServiceUnavailable' || code === 'SessionExpired')
		return 'Il database non è raggiungibile. / The database is unreachable.';
	return `Errore del database (${code || 'sconosciuto / unknown'}). / Database error.`;
}

export async function closeDriver(): Promise<void> {
	const closing = current;
	current = null;
	if (closing) await Promise.all([closing.driver.close(), closing.probeDriver.close()]);
}
