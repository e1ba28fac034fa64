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
