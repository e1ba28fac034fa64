import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import {
	createGraphQLError,
	createYoga,
	maskError,
	type MaskError,
	type Plugin,
	type YogaServerOptions
} from 'graphql-yoga';
import { Kind, type SelectionSetNode, type ValidationRule } from 'graphql';
import type { GraphQLContext } from '../graphql/context';
import { CSRF_HEADER, SESSION_COOKIE } from './csrf';

/** Limits on one GraphQL document (graphql-armor). */
export const GRAPHQL_LIMITS = {
	maxDepth: 12,
	maxAliases: 30,
	maxTokens: 5000,
	maxDirectives: 20,
	maxCost: 20_000
} as const;

/**
 * Introspection off in production: the schema is not a map handed to strangers. (graphql's own
 * NoSchemaIntrospectionCustomRule checks types with instanceof, which breaks when two copies of
 * graphql are loaded, as under vitest; this looks at field names only.)
 */
const forbidIntrospection: ValidationRule = (context) => ({
	Field(node) {
		if (node.name.value === '__schema' || node.name.value === '__type')
			context.reportError(
				createGraphQLError('L’introspezione è disattivata. / GraphQL introspection is disabled.', {
					nodes: [node],
					extensions: { code: 'GRAPHQL_VALIDATION_FAILED' }
				}) as never
			);
	}
});
const noIntrospection: Plugin = {
	onValidate({ addValidationRule }) {
		addValidationRule(forbidIntrospection);
	}
};
const rootFieldLimits: Plugin = {
	onValidate({ addValidationRule }) {
		addValidationRule(limitRootFields);
	}
};

/**
 * yoga's CSRF prevention (a custom header on every request a browser could send without a
 * preflight), for requests that carry authority: a session cookie, or a viewer in the server
 * context. Anonymous requests carry none to abuse (and health probes stay plain GETs).
 */
function csrfPrevention<TServerContext extends object>(
	hasViewer: (serverContext: TServerContext) => boolean
): Plugin<Record<string, unknown>, TServerContext> {
	const inner = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
	return {
		onRequestParse(payload) {
			const cookie = payload.request.headers.get('cookie') ?? '';
			if (!cookie.includes(`${SESSION_COOKIE}=`) && !hasViewer(payload.serverContext)) return;
			return inner.onRequestParse?.(payload as never);
		}
	};
}

const APP_ERROR_CODES = new Set([
	'BAD_INPUT',
	'NOT_FOUND',
	'CONFLICT',
	'UNAUTHENTICATED',
	'FORBIDDEN',
	'RATE_LIMITED',
	'UNAVAILABLE'
]);

/**
 * Production masking: errors a client can act on (AppError: a GraphQLError with one of our codes)
 * pass; everything else becomes "Unexpected error." without details. Recognised by name and code,
 * not instanceof, so two loaded copies of graphql (as under vitest) cannot unmask or over-mask.
 */
const maskInternalErrors: MaskError = (error, message, isDev) => {
	const original = (error as { originalError?: unknown }).originalError ?? error;
	const code = (original as { extensions?: { code?: unknown } }).extensions?.code;
	if (
		error instanceof Error &&
		original instanceof Error &&
		original.name === 'GraphQLError' &&
		APP_ERROR_CODES.has(String(code))
	)
		return error;
	return maskError(error, message, isDev);
};

/** At most this many root fields per operation, and the same root field at most this often. */
export const ROOT_FIELD_LIMITS = { total: 12, same: 3 } as const;

/**
 * Aliases multiply work: 26 aliased `territory` trees cost a minute. graphql-armor counts aliases
 * and cost, not how often one expensive root field repeats; this rule does, after expanding named
 * and (nested) inline fragments: 29 `exportNetwork` spread through fragments are 29 root fields.
 * Counting stops at the first excess, so a fragment spread many times cannot make validation slow.
 */
const limitRootFields: ValidationRule = (context) => ({
	OperationDefinition(node) {
		const counts = new Map<string, number>();
		let total = 0;
		const expanding = new Set<string>();
		// False once a limit is exceeded (then nothing more needs counting).
		const within = (set: SelectionSetNode): boolean => {
			for (const selection of set.selections) {
				if (selection.kind === Kind.FIELD) {
					const name = selection.name.value;
					if (name.startsWith('__')) continue;
					const n = (counts.get(name) ?? 0) + 1;
					counts.set(name, n);
					if (++total > ROOT_FIELD_LIMITS.total || n > ROOT_FIELD_LIMITS.same) return false;
				} else if (selection.kind === Kind.INLINE_FRAGMENT) {
					if (!within(selection.selectionSet)) return false;
				} else {
					// A cycle of fragments is reported by graphql's own NoFragmentCycles rule.
					const name = selection.name.value;
					const fragment = context.getFragment(name);
					if (!fragment || expanding.has(name)) continue;
					expanding.add(name);
					const ok = within(fragment.selectionSet);
					expanding.delete(name);
					if (!ok) return false;
				}
			}
			return true;
		};
		if (!within(node.selectionSet))
			context.reportError(
				createGraphQLError(
					`Troppi campi principali in una richiesta (max ${ROOT_FIELD_LIMITS.total}, ${ROOT_FIELD_LIMITS.same} uguali). / Too many root fields in one request.`,
					{ nodes: [node], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }
				) as never
			);
	}
});

export interface HardenedYogaOptions<TServerContext extends object> {
	schema: YogaServerOptions<TServerContext, GraphQLContext>['schema'];
	context: YogaServerOptions<TServerContext, GraphQLContext>['context'];
	/** Production: no GraphiQL, no introspection, masked errors (no stack traces, no internals). */
	production: boolean;
	fetchAPI?: YogaServerOptions<TServerContext, GraphQLContext>['fetchAPI'];
	/** Whether the server context carries a signed-in viewer (then the CSRF header is required). */
	hasViewer: (serverContext: TServerContext) => boolean;
	/** Yoga's own logging (tests turn it off). */
	logging?: boolean;
}

/** The one way Trama serves GraphQL: the route and the tests (fuzz) build it the same way. */
export function createHardenedYoga<TServerContext extends object>(
	options: HardenedYogaOptions<TServerContext>
) {
	const { production } = options;
	return createYoga<TServerContext, GraphQLContext>({
		schema: options.schema,
		context: options.context,
		graphqlEndpoint: '/graphql',
		// Only Trama's own pages call the API: no CORS headers for any origin (yoga's default reflects
		// the caller's Origin with credentials allowed, which let another port read data with a cookie).
		cors: false,
		graphiql: production ? false : { headers: JSON.stringify({ [CSRF_HEADER]: '1' }) },
		landingPage: false,
		// AppError (a GraphQLError) keeps its message and code; anything else becomes "Unexpected error.".
		maskedErrors: production ? { maskError: maskInternalErrors } : { isDev: true },
		// Batching multiplies every limit below by the batch size.
		batching: false,
		logging: options.logging === false ? false : production ? 'warn' : 'info',
		fetchAPI: options.fetchAPI,
		plugins: [
			csrfPrevention<TServerContext>(options.hasViewer),
			EnvelopArmorPlugin({
				maxDepth: { n: GRAPHQL_LIMITS.maxDepth, exposeLimits: !production },
				maxAliases: { n: GRAPHQL_LIMITS.maxAliases, exposeLimits: !production },
				maxTokens: { n: GRAPHQL_LIMITS.maxTokens, exposeLimits: !production },
				maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, exposeLimits: !production },
				costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, exposeLimits: !production },
				blockFieldSuggestion: { enabled: production }
			}),
			rootFieldLimits,
			...(production ? [noIntrospection] : [])
		]
	});
}
