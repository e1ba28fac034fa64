import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTx, writeTx } from '../../src/lib/server/db/driver';
import { closeDriver, connectTestDatabase, execute, testViewer } from '../helpers/graphql';

/** Saved map positions (types/map.ts) through the real schema, resolvers, rules and Neo4j. */
const CREMASCO = 'ambito-ambito-distrettuale-cremasco';
let other = '';
let existedBefore = false;

const SAVE = `mutation ($a: ID!, $p: String!) { saveMapLayout(ambitoId: $a, positionsJson: $p) {
	ambitoId positionsJson savedBy savedAt } }`;
const READ = `query ($a: ID!) { mapLayout(ambitoId: $a) { ambitoId positionsJson savedBy savedAt } }`;

interface Layout {
	ambitoId: string;
	positionsJson: string;
	savedBy: string;
	savedAt: string;
}

const udp = (ambitoId: string) =>
	testViewer({
		id: `maplayout-udp-${ambitoId}`,
		name: 'Ufficio di Piano',
		roles: ['ufficio_di_piano'],
		ambitoIds: [ambitoId]
	});

beforeAll(async () => {
	await connectTestDatabase();
	[other, existedBefore] = await readTx(async (tx) => {
		const a = await tx.run(
			'MATCH (a:Ambito) WHERE a.id <> $id RETURN a.id AS id ORDER BY a.id LIMIT 1',
			{
				id: CREMASCO
			}
		);
		const l = await tx.run('MATCH (m:MapLayout {ambitoId: $id}) RETURN count(m) AS n', {
			id: CREMASCO
		});
		return [a.records[0]!.get('id') as string, Number(l.records[0]!.get('n')) > 0] as const;
	});
});
afterAll(async () => {
	// Leave the shared test database as found: the browser tests read this Ambito's layout.
	if (!existedBefore)
		await writeTx((tx) => tx.run('MATCH (m:MapLayout {ambitoId: $id}) DELETE m', { id: CREMASCO }));
	await closeDriver();
});

describe('saved map positions', () => {
	const first = { 'act-a': { x: 10, y: -20 }, 'act-b': { x: 300, y: 45 } };

	it('saves an Ambito’s positions and reads them back identical', async () => {
		const viewer = udp(CREMASCO);
		const saved = await execute<{ saveMapLayout: Layout }>(
			SAVE,
			{ a: CREMASCO, p: JSON.stringify(first) },
			viewer
		);
		expect(saved.errors, JSON.stringify(saved.errors)).toBeUndefined();
		expect(saved.data!.saveMapLayout).toMatchObject({ ambitoId: CREMASCO, savedBy: viewer.id });
		expect(JSON.parse(saved.data!.saveMapLayout.positionsJson)).toEqual(first);

		const read = await execute<{ mapLayout: Layout | null }>(READ, { a: CREMASCO }, viewer);
		expect(read.errors, JSON.stringify(read.errors)).toBeUndefined();
		expect(read.data!.mapLayout).toEqual(saved.data!.saveMapLayout);
	});

	it('overwrites the previous positions (one layout per Ambito), rounding coordinates', async () => {
		const second = { 'act-c': { x: 1.4, y: 2.6 } };
		const saved = await execute<{ saveMapLayout: Layout }>(SAVE, {
			a: CREMASCO,
			p: JSON.stringify(second)
		});
		expect(saved.errors, JSON.stringify(saved.errors)).toBeUndefined();
		const read = await execute<{ mapLayout: Layout | null }>(READ, { a: CREMASCO }, udp(CREMASCO));
		expect(JSON.parse(read.data!.mapLayout!.positionsJson)).toEqual({ 'act-c': { x: 1, y: 3 } });
		expect(read.data!.mapLayout!.savedBy).toBe(testViewer().id);
		const count = await readTx(async (tx) =>
			Number(
				(
					await tx.run('MATCH (m:MapLayout {ambitoId: $id}) RETURN count(m) AS n', {
						id: CREMASCO
					})
				).records[0]!.get('n')
			)
		);
		expect(count).toBe(1);
	});

	it('refuses malformed positions with a clear error and keeps what was saved', async () => {
		for (const p of ['not json', '[1,2]', JSON.stringify({ a: { x: 'left', y: 0 } })]) {
			const result = await execute(SAVE, { a: CREMASCO, p }, udp(CREMASCO));
			expect(result.errors?.[0]?.extensions?.code, p).toBe('BAD_INPUT');
		}
		const read = await execute<{ mapLayout: Layout | null }>(READ, { a: CREMASCO });
		expect(JSON.parse(read.data!.mapLayout!.positionsJson)).toEqual({ 'act-c': { x: 1, y: 3 } });
	});

	it('refuses an Ambito that does not exist, even for an administrator, and stores nothing', async () => {
		const admin = testViewer({ id: 'maplayout-admin', roles: ['amministratore'] });
		const result = await execute(SAVE, { a: 'ambito-nowhere', p: '{}' }, admin);
		expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
		const read = await execute<{ mapLayout: Layout | null }>(READ, { a: 'ambito-nowhere' }, admin);
		expect(read.data?.mapLayout).toBeNull();
	});

	it('refuses an Ufficio di Piano of another Ambito, and anonymous visitors', async () => {
		const outsider = await execute(SAVE, { a: CREMASCO, p: '{}' }, udp(other));
		expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
		const reader = await execute(
			SAVE,
			{ a: CREMASCO, p: '{}' },
			testViewer({ id: 'maplayout-reader', roles: ['lettore'] })
		);
		expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

		const anonymousSave = await execute(SAVE, { a: CREMASCO, p: '{}' }, null);
		expect(anonymousSave.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
		const anonymousRead = await execute(READ, { a: CREMASCO }, null);
		expect(anonymousRead.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

		// nothing refused was written
		const read = await execute<{ mapLayout: Layout | null }>(READ, { a: CREMASCO });
		expect(JSON.parse(read.data!.mapLayout!.positionsJson)).toEqual({ 'act-c': { x: 1, y: 3 } });
	});
});
