import type { WriteStamp } from '../db/driver';
import type { GraphQLContext } from './context';

/** Provenance of a change made through the API: who (the signed-in user) and from where. */
export function stampOf(ctx: GraphQLContext, source = 'form'): WriteStamp {
	const viewer = (ctx as { viewer?: { id: string } | null }).viewer;
	return { by: viewer?.id ?? 'anonimo', source };
}
