import { describe, expect, it } from 'vitest';
import { schema } from '../graphql/schema';
import { createContext } from '../graphql/context';
import { createHardenedYoga, ROOT_FIELD_LIMITS } from './graphql-hardening';
import type { Viewer } from './policy';

/**
 * The repeated-root-field limit, as an attacker met it: the same expensive field spread through
 * named and nested inline fragments. Validation refuses before any resolver runs, so no database
 * is needed: were the document let through, the resolvers would answer with other errors instead.
 */
const lettore: Viewer = {
	id: 'u-lettore',
	name: 'Lettore',
	email: 'lettore@trama.test',
	roles: ['lettore'],
	ambitoIds: [],
	callIds: [],
	workshopIds: [],
	mustChangePassword: false,
	method: 'test'
};
const yoga = createHardenedYoga<{ viewer: Viewer | null }>({
	schema,
	production: true,
	logging: false,
	context: ({ viewer }) => createContext(viewer),
	hasViewer: () => false
});

async function send(query: string) {
	const response = await yoga.fetch(
		'http://trama.test/graphql',
		{
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ query })
		},
		{ viewer: lettore }
	);
	return (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
}

const exportXlsx = (i: number) => `x${i}: exportNetwork(format: "xlsx") { fileName }`;
const refused = (body: { errors?: Array<{ message: string }> }) =>
	expect(body.errors?.map((e) => e.message).join(' ')).toMatch(/Too many root fields/);

describe('identical root fields are counted after fragment expansion', () => {
	it('refuses 29 exportNetwork(xlsx) spread through named fragments', async () => {
		const fragments = Array.from(
			{ length: 29 },
			(_, i) => `fragment F${i} on Query { ${exportXlsx(i)} }`
		).join('\n');
		const spreads = Array.from({ length: 29 }, (_, i) => `...F${i}`).join(' ');
		refused(await send(`query { ${spreads} }\n${fragments}`));
	});

	it('refuses them through nested inline fragments and fragments within fragments', async () => {
		// Three levels of inline fragments, ten fields each (within the depth limit).
		const ten = (d: number) =>
			Array.from({ length: 10 }, (_, j) => exportXlsx(d * 10 + j)).join(' ');
		const level = (d: number): string =>
			d === 3 ? '' : `... on Query { ${ten(d)} ${level(d + 1)} }`;
		refused(await send(`query { ${level(0)} }`));
		const chain = Array.from(
			{ length: 3 },
			(_, d) => `fragment G${d} on Query { ${ten(d)} ${d < 2 ? `...G${d + 1}` : ''} }`
		).join('\n');
		refused(await send(`query { ... on Query { ...G0 } }\n${chain}`));
	});

	it('refuses one field beyond the limit and lets the limit itself through validation', async () => {
		const over = ROOT_FIELD_LIMITS.same + 1;
		const spreads = Array.from({ length: over }, (_, i) => `...H${i}`).join(' ');
		const fragments = Array.from(
			{ length: over },
			(_, i) => `fragment H${i} on Query { h${i}: vocabulary { sectors { id } } }`
		).join('\n');
		refused(await send(`{ ${spreads} }\n${fragments}`));
		const fine = await send(
			`{ ...A ... on Query { b: vocabulary { sectors { id } } } }
			 fragment A on Query { a: vocabulary { sectors { id } } c: vocabulary { sectors { id } } }`
		);
		expect(fine.errors).toBeUndefined();
	});
});
