import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { GraphQLArgument, GraphQLField, GraphQLInputType, GraphQLNamedType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTx } from '../../src/lib/server/db/driver';
import { schema } from '../../src/lib/server/graphql/schema';
import { createContext } from '../../src/lib/server/graphql/context';
import { createHardenedYoga } from '../../src/lib/server/auth/graphql-hardening';
import type { Viewer } from '../../src/lib/server/auth/policy';
import { closeDriver, connectTestDatabase, testViewer } from '../helpers/graphql';

// The schema's types come from the copy of graphql that Pothos loads (node's CommonJS one); the
// type predicates must be that copy's too, or their instanceof checks fail.
const {
	getNamedType,
	isEnumType,
	isInputObjectType,
	isListType,
	isNonNullType,
	isObjectType,
	isScalarType
} = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/**
 * Operations generated from the schema (every query and mutation field), arguments filled with
 * random and malicious values from a seeded generator, sent over HTTP-like `yoga.fetch` to the
 * production-configured server as anonymous and as lettore. No 500, no internal error, and the
 * database is byte-for-byte the same afterwards.
 */
const SEED = 20260402;
const VARIANTS_PER_FIELD = 8;

function mulberry32(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const random = mulberry32(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

const NASTY_STRINGS = [
	"' OR 1=1 //",
	'"}) DETACH DELETE n //',
	'`) MATCH (n) DETACH DELETE n //',
	'\u0000',
	'<script>alert(1)</script>',
	'x'.repeat(10_000),
	'../../etc/passwd',
	'${jndi:ldap://x}',
	'%00%27',
	'😀👨‍👩‍👧',
	'',
	' ',
	'-1',
	'2021-02-30',
	'null',
	'{"__proto__": {"admin": true}}',
	'admin@trama.local',
	'lombardia',
	'015146'
];
const randomString = () => {
	const len = Math.floor(random() * 40);
	let s = '';
	for (let i = 0; i < len; i++) s += String.fromCharCode(32 + Math.floor(random() * 0x2fff));
	return s;
};
const INTS = [0, 1, -1, 2, 10, 2 ** 31 - 1, -(2 ** 31), 5000, 100000];
const FLOATS = [0, -0.5, 1e308, -1e308, 3.14, 1e-12, 42];

function valueFor(type: GraphQLInputType, depth = 0): unknown {
	if (isNonNullType(type)) return valueFor(type.ofType, depth);
	if (random() < 0.1) return null;
	if (isListType(type)) {
		const n = Math.floor(random() * 4);
		return Array.from({ length: n }, () => valueFor(type.ofType, depth + 1));
	}
	if (isEnumType(type)) return random() < 0.85 ? pick(type.getValues()).name : 'NOT_A_VALUE';
	if (isInputObjectType(type)) {
		if (depth > 4) return null;
		const out: Record<string, unknown> = {};
		for (const field of Object.values(type.getFields()))
			if (isNonNullType(field.type) || random() < 0.6)
				out[field.name] = valueFor(field.type, depth + 1);
		return out;
	}
	if (isScalarType(type)) {
		switch (type.name) {
			case 'Int':
				return pick(INTS);
			case 'Float':
				return pick(FLOATS);
			case 'Boolean':
				return random() < 0.5;
			default:
				return random() < 0.7 ? pick(NASTY_STRINGS) : randomString();
		}
	}
	return null;
}

/** A selection of the leaf fields (and a few levels of objects) of a type. */
function selection(type: GraphQLNamedType, depth = 0): string {
	if (!isObjectType(type)) return '';
	const parts: string[] = [];
	for (const field of Object.values(type.getFields())) {
		if (field.args.some((a) => isNonNullType(a.type))) continue;
		const named = getNamedType(field.type);
		if (isObjectType(named)) {
			if (depth < 2) {
				const inner = selection(named, depth + 1);
				if (inner) parts.push(`${field.name} ${inner}`);
			}
		} else parts.push(field.name);
		if (parts.length > 12) break;
	}
	return parts.length ? `{ ${parts.join(' ')} }` : '';
}

function typeString(arg: GraphQLArgument): string {
	return String(arg.type);
}

interface Operation {
	query: string;
	variables: Record<string, unknown>;
	mutation: boolean;
	field: string;
}

function operationFor(
	kind: 'query' | 'mutation',
	field: GraphQLField<unknown, unknown>
): Operation {
	const args = field.args.filter((a) => (isNonNullType(a.type) ? random() < 0.97 : random() < 0.6));
	const variables: Record<string, unknown> = {};
	for (const a of args) variables[a.name] = valueFor(a.type);
	const defs = args.length ? `(${args.map((a) => `$${a.name}: ${typeString(a)}`).join(', ')})` : '';
	const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
	const sel = selection(getNamedType(field.type));
	return {
		query: `${kind} Fuzz${defs} { ${field.name}${call} ${sel} }`,
		variables,
		mutation: kind === 'mutation',
		field: field.name
	};
}

/** Documents aimed at the server itself: depth, aliases, tokens, introspection, garbage. */
function hostileDocuments(): Operation[] {
	const deep = `actors { edges { node { ${'partnerships { project { '.repeat(8)} id ${'} } '.repeat(8)} } } }`;
	const aliases = Array.from({ length: 60 }, (_, i) => `a${i}: health { ok }`).join(' ');
	const tokens = `{ ${Array.from({ length: 3000 }, () => '__typename').join(' ')} }`;
	const op = (query: string): Operation => ({
		query,
		variables: {},
		mutation: false,
		field: 'hostile'
	});
	return [
		op(`{ ${deep} }`),
		op(`{ ${aliases} }`),
		op(tokens),
		op('{ __schema { types { name fields { name } } } }'),
		op('{ __type(name: "User") { fields { name } } }'),
		op('{ health { ok '),
		op('mutation { deleteUser(id: "x") deleteUser(id: "y") }'),
		op('{ health @skip(if: false) @include(if: true) @skip(if: false) { ok } }'.repeat(1)),
		op('query { users { email } }'),
		op('query { heal { ok } }'),
		op(
			`query { territory { ats { ambiti { comuni { name } } } } ${Array.from({ length: 25 }, (_, i) => `t${i}: territory { ats { ambiti { comuni { name } } } }`).join(' ')} }`
		)
	];
}

/**
 * Bookkeeping, not data the fuzz could change: throttling (workshop code guesses are counted) and the
 * data version every write transaction bumps, the throttle's included (db/driver.ts).
 */
const BOOKKEEPING = 'WHERE NOT n:RateLimitBucket AND NOT n:DataVersion';

async function databaseFingerprint(): Promise<{
	nodes: number;
	relationships: number;
	checksum: string;
}> {
	return readTx(async (tx) => {
		const counts = await tx.run(
			`MATCH (n) ${BOOKKEEPING} WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships`
		);
		const hash = createHash('sha256');
		const nodes = await tx.run(
			`MATCH (n) ${BOOKKEEPING} RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props ORDER BY id`
		);
		for (const r of nodes.records)
			hash.update(
				JSON.stringify(
					[r.get('id'), r.get('labels'), r.get('props')],
					Object.keys(r.get('props')).sort().concat(['0', '1', '2'])
				)
			);
		const rels = await tx.run(
			'MATCH (a)-[r]->(b) RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS a, elementId(b) AS b, properties(r) AS props ORDER BY id'
		);
		for (const r of rels.records)
			hash.update(
				JSON.stringify([r.get('id'), r.get('type'), r.get('a'), r.get('b'), r.get('props')])
			);
		const c = counts.records[0]!;
		return {
			nodes: c.get('nodes') as number,
			relationships: c.get('relationships') as number,
			checksum: hash.digest('hex')
		};
	});
}

const yoga = createHardenedYoga<{ viewer: Viewer | null }>({
	schema,
	production: true,
	context: ({ viewer }) => createContext(viewer),
	hasViewer: (ctx) => Boolean(ctx.viewer),
	logging: false
});

const ALLOWED_CODES = new Set([
	'BAD_INPUT',
	'NOT_FOUND',
	'CONFLICT',
	'UNAUTHENTICATED',
	'FORBIDDEN',
	'GRAPHQL_VALIDATION_FAILED',
	'GRAPHQL_PARSE_FAILED',
	'BAD_USER_INPUT',
	'BAD_REQUEST'
]);

beforeAll(connectTestDatabase);
afterAll(closeDriver);

describe('GraphQL fuzz (schema-generated operations, anonymous and lettore)', () => {
	it('answers every operation without a 500 or an internal error, and changes nothing', async () => {
		const before = await databaseFingerprint();
		const operations: Operation[] = [];
		for (const [kind, type] of [
			['query', schema.getQueryType()],
			['mutation', schema.getMutationType()]
		] as const)
			for (const field of Object.values(type?.getFields() ?? {}))
				for (let i = 0; i < VARIANTS_PER_FIELD; i++) operations.push(operationFor(kind, field));
		operations.push(...hostileDocuments());

		const viewers: Array<[string, Viewer | null]> = [
			['anonymous', null],
			[
				'lettore',
				testViewer({
					id: 'fuzz-lettore',
					name: 'Fuzz',
					email: 'fuzz@example.it',
					roles: ['lettore']
				})
			]
		];
		const problems: string[] = [];
		let sent = 0;
		const byStatus = new Map<number, number>();
		const slow: Array<[number, string]> = [];
		for (const [who, viewer] of viewers) {
			for (const op of operations) {
				const started = performance.now();
				const response = await yoga.fetch(
					'http://trama.test/graphql',
					{
						method: 'POST',
						headers: { 'content-type': 'application/json', 'x-trama-csrf': '1' },
						body: JSON.stringify({ query: op.query, variables: op.variables })
					},
					{ viewer }
				);
				sent++;
				slow.push([performance.now() - started, `${who} ${op.field} ${op.query.slice(0, 60)}`]);
				byStatus.set(response.status, (byStatus.get(response.status) ?? 0) + 1);
				const text = await response.text();
				const where = `${who} ${op.field}: ${op.query.slice(0, 120)} ${JSON.stringify(op.variables).slice(0, 200)}`;
				if (response.status >= 500) {
					problems.push(`HTTP ${response.status} — ${where} — ${text.slice(0, 300)}`);
					continue;
				}
				const body = JSON.parse(text) as {
					data?: Record<string, unknown> | null;
					errors?: Array<{ message: string; extensions?: { code?: string } }>;
				};
				for (const error of body.errors ?? []) {
					const code = error.extensions?.code;
					// Request errors (bad variables, syntax) carry no code; internal ones are masked.
					if ((code && !ALLOWED_CODES.has(code)) || /Unexpected error/i.test(error.message))
						problems.push(`${code ?? 'no code'}: ${error.message.slice(0, 200)} — ${where}`);
					if (/\bat .+\.(ts|js):\d+/.test(JSON.stringify(error)))
						problems.push(`stack trace — ${where}`);
				}
				// Neither anonymous nor lettore may change anything: a mutation never succeeds.
				if (
					op.mutation &&
					body.data &&
					Object.values(body.data).some((v) => v !== null && v !== undefined) &&
					op.field !== 'changePassword'
				)
					problems.push(`mutation succeeded — ${where}`);
			}
		}
		const after = await databaseFingerprint();
		slow.sort((a, b) => b[0] - a[0]);
		console.log(
			'slowest:',
			slow
				.slice(0, 8)
				.map(([ms, what]) => `${what} ${Math.round(ms)} ms`)
				.join('; ')
		);
		console.log(
			`GraphQL fuzz: ${sent} operations sent (${operations.length} per viewer × ${viewers.length} viewers; seed ${SEED}); HTTP statuses ${JSON.stringify(Object.fromEntries(byStatus))}; problems ${problems.length}`
		);
		expect(problems.slice(0, 25)).toEqual([]);
		expect(after).toEqual(before);
		expect(sent).toBeGreaterThanOrEqual(500);
	}, 600_000);

	it('refuses introspection, deep, wide and long documents in production', async () => {
		const send = async (query: string) => {
			const r = await yoga.fetch(
				'http://trama.test/graphql',
				{
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ query })
				},
				{ viewer: null }
			);
			return {
				status: r.status,
				body: (await r.json()) as { errors?: Array<{ message: string }> }
			};
		};
		const [intro, aliases, tokens] = await Promise.all([
			send('{ __schema { types { name } } }'),
			send(`{ ${Array.from({ length: 40 }, (_, i) => `a${i}: health { ok }`).join(' ')} }`),
			send(`{ ${Array.from({ length: 6000 }, () => '__typename').join(' ')} }`)
		]);
		// Production hides which limit was hit (exposeLimits off): a refusal, no data, never a 500.
		expect(intro.body.errors?.[0]?.message).toMatch(/introspection/i);
		for (const r of [aliases, tokens]) {
			expect(r.status).toBeLessThan(500);
			expect(r.body.errors?.length).toBeGreaterThan(0);
			expect((r.body as { data?: unknown }).data ?? null).toBeNull();
		}
		const deep = await send(
			`{ actors { edges { node { ${'partnerships { project { '.repeat(8)} id ${'} } '.repeat(8)} } } } }`
		);
		expect(deep.status).toBeLessThan(500);
		expect(deep.body.errors?.[0]?.message).toMatch(/validation/i);
		const repeated = await send(
			`{ ${Array.from({ length: 5 }, (_, i) => `t${i}: territory { counts { comuni } }`).join(' ')} }`
		);
		expect(repeated.body.errors?.[0]?.message).toMatch(/root fields/i);
		// Within the limits, the same server answers.
		const fine = await send('{ a: health { ok } b: health { ok } }');
		expect(fine.body.errors).toBeUndefined();
	});

	it('requires the CSRF header when a viewer is signed in, not for anonymous health probes', async () => {
		const lettore = testViewer({ roles: ['lettore'] });
		const withoutHeader = await yoga.fetch(
			'http://trama.test/graphql?query=%7Bhealth%7Bok%7D%7D',
			{},
			{ viewer: lettore }
		);
		expect(withoutHeader.status).toBe(403);
		const anonymous = await yoga.fetch(
			'http://trama.test/graphql?query=%7Bhealth%7Bok%7D%7D',
			{},
			{ viewer: null }
		);
		expect(anonymous.status).toBe(200);
		const form = await yoga.fetch(
			'http://trama.test/graphql',
			{
				method: 'POST',
				headers: {
					'content-type': 'application/x-www-form-urlencoded',
					cookie: 'trama_session=abc'
				},
				body: 'query=%7Bhealth%7Bok%7D%7D'
			},
			{ viewer: null }
		);
		expect(form.status).toBe(403);
	});
});
