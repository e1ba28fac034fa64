import type { TypedDocumentString } from './graphql/graphql';

/** The pages' only way to data: a POST to /graphql. Errors carry the server's message. */
export class GraphQLRequestError extends Error {
	override name = 'GraphQLRequestError';
	constructor(
		message: string,
		readonly codes: string[],
		/** The fields the server named (BAD_INPUT), e.g. { field: 'input.budgetEur', message }. */
		readonly problems: Array<{ field: string; message: string }> = []
	) {
		super(message);
	}
}

/**
 * An operation from `graphql()` (src/lib/graphql, generated from schema.graphql): its variables and
 * its answer are typed by the schema. Operations without variables may omit them.
 */
export type Operation<Result, Variables> = TypedDocumentString<Result, Variables>;
export type VariablesArg<Variables> =
	Variables extends Record<string, never> ? [variables?: Variables] : [variables: Variables];

/** Sends one operation: `gql` with a page's fetch, the schema in-process in the CLI, a stand-in in tests. */
export type RunOperation = <Result, Variables>(
	operation: Operation<Result, Variables>,
	...variables: VariablesArg<Variables>
) => Promise<Result>;

/** `gql` bound to one fetch (a page's, a load's or an endpoint's). */
export const runWith =
	(fetchFn: typeof fetch): RunOperation =>
	(operation, ...variables) =>
		gql(fetchFn, operation, ...variables);

export async function gql<Result, Variables>(
	fetchFn: typeof fetch,
	operation: Operation<Result, Variables>,
	...[variables]: VariablesArg<Variables>
): Promise<Result> {
	const response = await fetchFn('/graphql', {
		method: 'POST',
		// The CSRF header the server requires (auth/csrf.ts); a cross-site page cannot send it.
		headers: {
			'content-type': 'application/json',
			accept: 'application/json',
			'x-trama-csrf': '1'
		},
		body: JSON.stringify({ query: operation.toString(), variables: variables ?? {} })
	});
	const body = (await response.json().catch(() => null)) as GraphQLAnswer<Result> | null;
	return dataOf(body ?? {}, `HTTP ${response.status}`);
}

/** A GraphQL answer as the server sends it (or as the schema returns it, for in-process runs). */
export interface GraphQLAnswer<Result> {
	data?: Result | null;
	errors?: ReadonlyArray<{
		message: string;
		extensions?: { code?: unknown; problems?: unknown };
	}>;
}

/**
 * The answer's data, or its errors thrown as one GraphQLRequestError (codes and named fields kept);
 * `otherwise` is the message when there is neither.
 */
export function dataOf<Result>(answer: GraphQLAnswer<Result>, otherwise: string): Result {
	if (answer.errors?.length || !answer.data) {
		const errors = answer.errors ?? [{ message: otherwise }];
		throw new GraphQLRequestError(
			errors.map((e) => e.message).join('; '),
			errors.map((e) => (e.extensions?.code as string | undefined) ?? 'UNKNOWN'),
			errors.flatMap(
				(e) => (e.extensions?.problems as Array<{ field: string; message: string }>) ?? []
			)
		);
	}
	return answer.data;
}
