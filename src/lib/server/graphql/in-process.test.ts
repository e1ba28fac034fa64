import { describe, expect, it } from 'vitest';
import { GraphQLRequestError, type Operation } from '../../graphql-client';
import { createHardenedYoga } from '../auth/graphql-hardening';
import type { Viewer } from '../auth/policy';
import { createContext } from './context';
import { answerInProcess } from './in-process';
import { schema } from './schema';

/**
 * A page's operations answered in-process go through the endpoint's own yoga path: its validation
 * limits, its authorization and masking, and data as plain objects (as the JSON answer gave). None of
 * these needs the database: each is decided before any resolver reads.
 */
const yoga = createHardenedYoga<{ viewer: Viewer | null }>({
	schema,
	production: true,
	logging: false,
	context: ({ viewer }) => createContext(viewer),
	hasViewer: (context) => context.viewer !== null
});
const request = new Request('http://trama.test/mappa', { method: 'GET' });
const operation = (query: string) => query as unknown as Operation<Record<string, unknown>, never>;
const ask = (query: string, viewer: Viewer | null = null) =>
	answerInProcess(yoga, request, { viewer }, operation(query), undefined);

describe('answerInProcess', () => {
	it('returns the data as plain objects', async () => {
		const data = await ask('query { __typename }');
		expect(data).toEqual({ __typename: 'Query' });
		// graphql-js answers with prototype-less objects: devalue would write them as such in the page.
		expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
	});

	it('keeps authorization: an anonymous read is refused with its code', async () => {
		const error = await ask('query { actors(first: 1) { totalCount } }').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(GraphQLRequestError);
		expect((error as GraphQLRequestError).codes).toEqual(['UNAUTHENTICATED']);
	});

	it('keeps the endpoint’s validation limits', async () => {
		const many = Array.from({ length: 13 }, (_, i) => `a${i}: health { ok }`).join(' ');
		await expect(ask(`query { ${many} }`)).rejects.toThrow(/Too many root fields/);
	});
});
