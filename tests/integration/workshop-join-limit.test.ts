import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTx } from '../../src/lib/server/db/driver';
import { JOIN_LIMITS, JoinLimiter } from '../../src/lib/server/workshops/join-limit';
import { newWorkshopCode } from '../../src/lib/server/workshops/tokens';
import { closeDriver, connectTestDatabase, execute, testViewer } from '../helpers/graphql';

/**
 * Issue 13, item 10: workshop codes were guessed at 200 tries in 1.9 s, and `workshopJoinInfo`
 * told whether a code existed. Now codes are 8 characters, tries are limited per address and per
 * code, and a wrong code and a closed workshop answer alike.
 */
const CREMASCO = 'ambito-ambito-distrettuale-cremasco';
const facilitator = testViewer({
	id: 'join-limit-facilitator',
	roles: ['facilitatore'],
	ambitoIds: [CREMASCO]
});
const created: string[] = [];

async function createWorkshop(name: string): Promise<{ id: string; code: string }> {
	const result = await execute<{ createWorkshop: { id: string; code: string } }>(
		`mutation($a: ID!, $n: String!) { createWorkshop(ambitoId: $a, name: $n) { id code } }`,
		{ a: CREMASCO, n: name },
		facilitator
	);
	expect(result.errors).toBeUndefined();
	created.push(result.data!.createWorkshop.id);
	return result.data!.createWorkshop;
}

const join = (code: string, address: string, name = 'Ospite') =>
	execute<{ joinWorkshop: { token: string } }>(
		`mutation($c: String!, $n: String!) { joinWorkshop(code: $c, name: $n) { token } }`,
		{ c: code, n: name },
		null,
		address
	);
const info = (code: string, address: string) =>
	execute<{ workshopJoinInfo: { name: string } | null }>(
		`query($c: String!) { workshopJoinInfo(code: $c) { name } }`,
		{ c: code },
		null,
		address
	);
const codeOf = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
	r.errors?.[0]?.extensions?.code ?? 'ok';

beforeAll(connectTestDatabase);
afterAll(async () => {
	await writeTx(async (tx) => {
		await tx.run(`MATCH (p:Participant) WHERE p.workshopId IN $ids DELETE p`, { ids: created });
		await tx.run(`MATCH (c:Contribution) WHERE c.workshopId IN $ids DELETE c`, { ids: created });
		await tx.run(`MATCH (w:Workshop) WHERE w.id IN $ids DELETE w`, { ids: created });
	});
	await closeDriver();
});

describe('guessing workshop codes', () => {
	it('codes are 8 characters a projector can show', async () => {
		const { code } = await createWorkshop('Codice lungo');
		expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
	});

	it(`one address gets ${JOIN_LIMITS.missesPerAddress} misses per window, then not even the right code`, async () => {
		const { code } = await createWorkshop('Bersaglio');
		const outcomes = [];
		for (let i = 0; i < JOIN_LIMITS.missesPerAddress; i++)
			outcomes.push(codeOf(await join(newWorkshopCode(), '203.0.113.7')));
		expect(outcomes).toEqual(Array(JOIN_LIMITS.missesPerAddress).fill('NOT_FOUND'));
		const blocked = await join(code, '203.0.113.7');
		expect(codeOf(blocked)).toBe('RATE_LIMITED');
		expect(blocked.errors?.[0]?.message).toMatch(/Troppi tentativi.*riprova tra \d+ min/);
		expect(codeOf(await info(code, '203.0.113.7'))).toBe('RATE_LIMITED');
		// Another address is not held back.
		expect(codeOf(await join(code, '203.0.113.8'))).toBe('ok');
	});

	it('parallel guesses from one address are judged in turn: no more get through', async () => {
		const answers = await Promise.all(
			Array.from({ length: 45 }, () => join(newWorkshopCode(), '198.51.100.20'))
		);
		const counts = answers.map(codeOf).reduce<Record<string, number>>((acc, c) => {
			acc[String(c)] = (acc[String(c)] ?? 0) + 1;
			return acc;
		}, {});
		expect(counts).toEqual({ NOT_FOUND: JOIN_LIMITS.missesPerAddress, RATE_LIMITED: 15 });
	});

	it('a whole room behind one address gets in: joins that find the workshop do not count', async () => {
		const { code } = await createWorkshop('Aula');
		const room = 2 * JOIN_LIMITS.missesPerAddress;
		// All at once, as when the code goes up on the screen.
		const answers = await Promise.all(
			Array.from({ length: room }, (_, i) => join(code, '192.0.2.44', `P${i}`))
		);
		expect(answers.map(codeOf)).toEqual(Array(room).fill('ok'));
		// A few typos in the room are fine too.
		expect(codeOf(await join(newWorkshopCode(), '192.0.2.44'))).toBe('NOT_FOUND');
	});

	it(`one code takes at most ${JOIN_LIMITS.attemptsPerCode} attempts per window, from any addresses`, async () => {
		const { code } = await createWorkshop('Codice trapelato');
		for (let i = 0; i < JOIN_LIMITS.attemptsPerCode; i++) {
			const r = await info(code, `10.9.${Math.floor(i / 250)}.${i % 250}`);
			if (r.errors) throw new Error(`attempt ${i}: ${JSON.stringify(r.errors)}`);
		}
		expect(codeOf(await info(code, '10.9.99.1'))).toBe('RATE_LIMITED');
	});
});

describe('a wrong code and a closed workshop answer alike', () => {
	it('workshopJoinInfo gives the name of a workshop open to joining, and null otherwise', async () => {
		const open = await createWorkshop('Aperto');
		const closed = await createWorkshop('Chiuso');
		const r = await execute(
			`mutation($w: ID!) { setWorkshopJoining(workshopId: $w, open: false) { joiningOpen } }`,
			{ w: closed.id },
			facilitator
		);
		expect(r.errors).toBeUndefined();
		expect((await info(open.code, '192.0.2.50')).data).toEqual({
			workshopJoinInfo: { name: 'Aperto' }
		});
		const wrong = await info(newWorkshopCode(), '192.0.2.50');
		const shut = await info(closed.code, '192.0.2.50');
		expect(wrong).toEqual({ data: { workshopJoinInfo: null } });
		expect(shut).toEqual(wrong);
		// Joining: the same error, word for word.
		const [wrongJoin, shutJoin] = [
			await join(newWorkshopCode(), '192.0.2.50'),
			await join(closed.code, '192.0.2.50')
		];
		expect(codeOf(wrongJoin)).toBe('NOT_FOUND');
		expect(shutJoin.errors).toEqual(wrongJoin.errors);
	});
});

describe('the join limits are kept in the database', () => {
	const limits = { missesPerAddress: 3, attemptsPerCode: 5, windowMs: 60_000 };
	const miss = async () => null;
	const hit = async () => 'workshop';
	const outcome = (p: Promise<unknown>) =>
		p.then(
			(v) => (v === null ? 'miss' : 'hit'),
			(e: { extensions?: { code?: string } }) => e.extensions?.code
		);

	it('two app processes share one count of misses, which the window forgets', async () => {
		// From the real clock: sign-ins elsewhere prune buckets whose window has passed by it.
		let now = Date.now();
		// Two limiters stand for two processes: only the database is shared.
		const [first, second] = [
			new JoinLimiter(() => now, limits),
			new JoinLimiter(() => now, limits)
		];
		const address = `shared-${Date.now()}`;
		const got = [];
		for (const [i, lookup] of [miss, hit, miss, hit, miss, hit, miss].entries())
			got.push(
				await outcome((i % 2 ? second : first).attempt(address, `c${i}-${address}`, lookup))
			);
		expect(got).toEqual(['miss', 'hit', 'miss', 'hit', 'miss', 'RATE_LIMITED', 'RATE_LIMITED']);
		now += limits.windowMs + 1;
		expect(await outcome(second.attempt(address, `later-${address}`, hit))).toBe('hit');
	});

	it('counts every attempt at one code, whatever the address', async () => {
		const limiter = new JoinLimiter(undefined, limits);
		const code = `CODE-${Date.now()}`;
		const got = [];
		for (let i = 0; i < 6; i++)
			got.push(await outcome(limiter.attempt(`ip${i}-${code}`, code, hit)));
		expect(got).toEqual(['hit', 'hit', 'hit', 'hit', 'hit', 'RATE_LIMITED']);
	});
});
