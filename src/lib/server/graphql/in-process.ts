import { createYoga } from 'graphql-yoga';
import type { Operation, RunOperation, VariablesArg } from '../../graphql-client';
import type { Viewer } from '../auth/policy';
import { createContext } from './context';
import { schema } from './schema';

// yoga runs the schema with the graphql package it was built with (one module realm in every runner).
const yoga = createYoga<{ viewer: Viewer }>({
	schema,
	context: ({ viewer }) => createContext(viewer),
	logging: false
});

/**
 * The pages' operations answered by the schema in this process, as `viewer`, under its rules: for
 * the CLI (no server needed) and the start-up warm-up (no request to answer yet).
 */
export const runInProcess =
	(viewer: Viewer): RunOperation =>
	async <Result, Variables>(
		operation: Operation<Result, Variables>,
		...[variables]: VariablesArg<Variables>
	) => {
		const response = await yoga.fetch(
			'http://trama.internal/graphql',
			{
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ query: operation.toString(), variables: variables ?? {} })
			},
			{ viewer }
		);
		const result = (await response.json()) as {
			data?: Result;
			errors?: Array<{ message: string }>;
		};
		if (result.errors?.length || !result.data)
			throw new Error(result.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`);
		return result.data;
	};
