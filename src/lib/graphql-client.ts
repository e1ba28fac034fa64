/** The pages' only way to data: a POST to /graphql. Errors carry the server's message. */
export class GraphQLRequestError extends Error {
	override name = 'GraphQLRequestError';
	constructor(
		message: string,
		readonly codes: string[]
	) {
		super(message);
	}
}

export async function gql<T>(
	fetchFn: typeof fetch,
	query: string,
	variables: Record<string, unknown> = {}
): Promise<T> {
	const response = await fetchFn('/graphql', {
		method: 'POST',
		// The CSRF header the server requires (auth/csrf.ts); a cross-site page cannot send it.
		headers: {
			'content-type': 'application/json',
			accept: 'application/json',
			'x-trama-csrf': '1'
		},
		body: JSON.stringify({ query, variables })
	});
	const body = (await response.json().catch(() => null)) as {
		data?: T;
		errors?: Array<{ message: string; extensions?: { code?: string } }>;
	} | null;
	if (!body || body.errors?.length || !body.data) {
		const errors = body?.errors ?? [{ message: `HTTP ${response.status}` }];
		throw new GraphQLRequestError(
			errors.map((e) => e.message).join('; '),
			errors.map((e) => e.extensions?.code ?? 'UNKNOWN')
		);
	}
	return body.data;
}
