import { GraphQLError } from 'graphql';

export type AppErrorCode =
	| 'BAD_INPUT'
	| 'NOT_FOUND'
	| 'CONFLICT'
	| 'UNAUTHENTICATED'
	| 'FORBIDDEN'
	| 'RATE_LIMITED'
	| 'UNAVAILABLE';

export interface FieldProblem {
	/** Path of the offending field, e.g. "input.partnerships[3].role" */
	field: string;
	message: string;
}

/**
 * The errors a client can act on. A GraphQLError subclass so yoga passes code, field and problems
 * through even in production, where any other error is masked.
 */
export class AppError extends GraphQLError {
	constructor(
		readonly code: AppErrorCode,
		message: string,
		readonly problems: FieldProblem[] = [],
		/** The HTTP status to answer with (yoga honours `extensions.http`); default 200, as GraphQL does. */
		httpStatus?: number
	) {
		super(message, {
			extensions: {
				code,
				...(problems.length ? { field: problems[0]!.field, problems } : {}),
				...(httpStatus ? { http: { status: httpStatus } } : {})
			}
		});
	}
}

export function badInput(problems: FieldProblem[], httpStatus?: number): AppError {
	const first = problems[0];
	const more = problems.length > 1 ? ` (+${problems.length - 1})` : '';
	return new AppError(
		'BAD_INPUT',
		first ? `${first.field}: ${first.message}${more}` : 'Dati non validi / invalid input',
		problems,
		httpStatus
	);
}

/** Input over a stated limit (a file too large, too many rows…): HTTP 413, Payload Too Large. */
export const tooLarge = (problems: FieldProblem[]) => badInput(problems, 413);

export function notFound(what: string, id: string): AppError {
	return new AppError('NOT_FOUND', `${what} "${id}" non trovato / not found`);
}

export function conflict(what: string, id: string, expected: number, actual: number): AppError {
	return new AppError(
		'CONFLICT',
		`${what} "${id}" è stato modificato da altri (versione ${actual}, attesa ${expected}): ricarica e riprova. / ` +
			`${what} "${id}" was changed by someone else (version ${actual}, expected ${expected}): reload and retry.`
	);
}
