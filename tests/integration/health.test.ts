// `health` while the database is down (issue 13, item 3): it answers at once with ok: false and the
// reason, instead of hanging half a minute and failing with a 500. A Neo4j of this file's own, frozen
// (SIGSTOP: it accepts connections but never answers) and killed (SIGKILL: connections refused).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4j } from '../../graph/local-neo4j';
import { closeDriver, connect, readTx, writeTx } from '../../src/lib/server/db/driver';
import { execute } from '../helpers/graphql';

interface Health {
	health: { ok: boolean; reason: string | null; neo4jVersion: string };
}

/** A client's patience: what does not answer within `ms` fails the test (a hang, not a speed). */
async function withPatience<T>(work: Promise<T>, ms: number): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const patience = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
	});
	try {
		return await Promise.race([work, patience]);
	} finally {
		clearTimeout(timer);
	}
}

/** The probe's promise: a health check that hangs fails the test. */
async function health(): Promise<Health['health']> {
	const result = await withPatience(
		execute<Health>('{ health { ok reason neo4jVersion } }', {}, null),
		2000
	);
	expect(result.errors).toBeUndefined();
	return result.data!.health;
}

let dir = '';
let db: LocalNeo4j | null = null;

beforeAll(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'trama-health-test-'));
	db = await startLocalNeo4j({ dataDir: dir });
	await connect({ uri: db.uri, user: 'neo4j', password: '', database: 'neo4j' });
}, 180_000);

afterAll(async () => {
	await closeDriver();
	if (db) {
		try {
			process.kill(db.pid, 'SIGCONT');
		} catch {
			// already gone
		}
		await db.stop();
	}
	await rm(dir, { recursive: true, force: true });
}, 120_000);

const SLOW = { timeout: 180_000 };

describe('health while the database is down', () => {
	it('says ok with the server version while Neo4j answers', async () => {
		expect(await health()).toEqual({
			ok: true,
			reason: null,
			neo4jVersion: expect.stringMatching(/^5\.26\./)
		});
	});

	it('answers ok: false, with the reason, while Neo4j hangs; fine again when it resumes', async () => {
		process.kill(db!.pid, 'SIGSTOP');
		try {
			// More probes than the probe pool has connections: each still answers in time.
			for (let i = 0; i < 4; i++) {
				const answer = await health();
				expect(answer.ok).toBe(false);
				expect(answer.reason).toMatch(
					/^Il database non (risponde entro 1 s|è raggiungibile)\. \/ The database /
				);
			}
		} finally {
			process.kill(db!.pid, 'SIGCONT');
		}
		await expect.poll(async () => (await health()).ok, { timeout: 30_000 }).toBe(true);
	});

	it('answers ok: false when Neo4j is gone, and recovers once it is back', SLOW, async () => {
		const { boltPort } = db!;
		process.kill(db!.pid, 'SIGKILL');
		await db!.exited;
		for (let i = 0; i < 3; i++)
			expect(await health()).toEqual({
				ok: false,
				reason: 'Il database non è raggiungibile. / The database is unreachable.',
				neo4jVersion: expect.stringMatching(/^5\.26\./)
			});
		// A request meanwhile fails within seconds, in words (before: the driver retried for ~30 s).
		for (const run of [readTx, writeTx]) {
			const failure = await withPatience(
				run(async (tx) => tx.run('RETURN 1')).then(
					() => null,
					(error: unknown) => error
				),
				15_000
			);
			expect(failure).toMatchObject({
				message: expect.stringMatching(/^Il database non risponde: riprova tra qualche istante/),
				extensions: { code: 'UNAVAILABLE', http: { status: 503 } }
			});
		}
		// The same port, as the launcher restarts it: the app's driver finds it again by itself.
		db = await startLocalNeo4j({ dataDir: dir, boltPort });
		await expect.poll(async () => (await health()).ok, { timeout: 30_000 }).toBe(true);
		const one = await readTx(async (tx) =>
			(await tx.run('RETURN 1 AS one')).records[0]!.get('one')
		);
		expect(one).toBe(1);
	});
});
