import SchemaBuilder from '@pothos/core';
import type { GraphQLContext } from './context';

/** The one schema builder: every type file adds to it, `schema.ts` builds it. */
export const builder = new SchemaBuilder<{
	Context: GraphQLContext;
	DefaultFieldNullability: false;
}>({
	defaultFieldNullability: false
});

builder.queryType({});
/** Live updates (workshops) over SSE; each field declares its rule like queries (auth/rules.ts). */
builder.subscriptionType({});

/** The schema's type parameters, for helpers that build types generically. */
export type TramaSchemaTypes =
	typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
