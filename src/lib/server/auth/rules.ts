import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { PermissionId } from './permissions';
import { authorize, GLOBAL, ROLE_PERMISSIONS, type Scope, type Viewer } from './policy';

/** What a rule's scope function sees besides the operation's arguments. */
export interface RuleContext {
	viewer: Viewer | null;
}

export type Args = Record<string, unknown>;

/** Who may call one root field: a permission, and where the target lives. */
export interface OperationRule {
	/** 'public': anyone, signed in or not. */
	permission: PermissionId | 'public';
	/** Where the target lives. Absent: the permission's global scope. Several: each must be allowed. */
	scope?: (
		args: Args,
		ctx: RuleContext
	) => Scope | readonly Scope[] | Promise<Scope | readonly Scope[]>;
}

const RULE = 'trama.rule';

/**
 * A root field declares its rule where it is defined, as a field extension:
 * `t.field({ …, extensions: rule({ permission: 'users.manage' }), resolve })`. A Query, Mutation or
 * Subscription field without one stops the server at start (applyAuthorization).
 */
export const rule = (r: OperationRule) => ({ [RULE]: r });

/** Anyone, signed in or not (the territory, joining a workshop with its code). */
export const PUBLIC: OperationRule = { permission: 'public' };
/** Reading the network: any signed-in role that reads (not a workshop participant). */
export const READ_NETWORK: OperationRule = { permission: 'network.read' };

// ---------------------------------------------------------------------------------------------
// Readers of untrusted arguments and scope builders, for the rules of every feature folder.

export const str = (v: unknown): string | null =>
	typeof v === 'string' && v ? v : typeof v === 'number' ? String(v) : null;
export const strs = (v: unknown): string[] =>
	Array.isArray(v)
		? v
				.map(str)
				.filter((x): x is string => x !== null)
				.slice(0, 5000)
		: [];
export const obj = (v: unknown): Args =>
	v && typeof v === 'object' && !Array.isArray(v) ? (v as Args) : {};

/** An existing entity's scope; an unknown id gets an empty scope only unrestricted grants pass. */
export const placed = (
	p: { ambitoIds: readonly string[]; ownerId: string | null } | null | undefined
): Scope => ({
	kind: 'ambiti',
	ambitoIds: p?.ambitoIds ?? [],
	ownerId: p?.ownerId ?? null
});

/** The scope a new or changed entity will have: where the input puts it; unanchored → the author's. */
export const anchored = (ambitoIds: readonly string[], viewer: Viewer | null): Scope => ({
	kind: 'ambiti',
	ambitoIds: [...new Set(ambitoIds)],
	ownerId: viewer?.id ?? null
});

/** The Ambito named by an argument (map positions, a new workshop). */
export const ambitoArg =
	(name = 'ambitoId') =>
	(args: Args): Scope =>
		placed({ ambitoIds: strs([args[name]]), ownerId: null });

/** The viewer's own account. */
export const self = (_args: Args, { viewer }: RuleContext): Scope => ({
	kind: 'self',
	userId: viewer?.id ?? ''
});

// ---------------------------------------------------------------------------------------------

export class MissingRuleError extends Error {
	override name = 'MissingRuleError';
}

/** Whether the viewer holds the permission everywhere (then the scope need not be computed). */
function holdsEverywhere(viewer: Viewer, permission: PermissionId): boolean {
	return (
		!viewer.mustChangePassword &&
		viewer.roles.some((r) => ROLE_PERMISSIONS[r]?.[permission] === 'all')
	);
}

/** Runs one rule: throws UNAUTHENTICATED/FORBIDDEN (AppError) unless the viewer may. */
export async function enforce(rule: OperationRule, args: Args, ctx: RuleContext): Promise<void> {
	if (rule.permission === 'public') return;
	if (!ctx.viewer || holdsEverywhere(ctx.viewer, rule.permission))
		return authorize(ctx.viewer, rule.permission, GLOBAL);
	// Without the permission in any form, refuse before touching the database.
	if (!ctx.viewer.roles.some((r) => ROLE_PERMISSIONS[r]?.[rule.permission as PermissionId]))
		return authorize(ctx.viewer, rule.permission, GLOBAL);
	const scope = rule.scope ? await rule.scope(args, ctx) : GLOBAL;
	authorize(ctx.viewer, rule.permission, scope);
}

type RootType = 'Query' | 'Mutation' | 'Subscription';
interface RootField {
	extensions?: Readonly<Record<string, unknown>> | null;
	resolve?: GraphQLFieldResolver<unknown, unknown>;
	subscribe?: GraphQLFieldResolver<unknown, unknown>;
}

function rootFields(schema: GraphQLSchema, root: RootType): Record<string, RootField> {
	const type =
		root === 'Query'
			? schema.getQueryType()
			: root === 'Mutation'
				? schema.getMutationType()
				: schema.getSubscriptionType();
	return (type?.getFields() ?? {}) as Record<string, RootField>;
}

const ruleIn = (extensions: RootField['extensions']) =>
	extensions?.[RULE] as OperationRule | undefined;

/** The rules the root fields of a schema declare, by field name (for tests and tools). */
export function rulesOf(schema: GraphQLSchema, root: RootType): Record<string, OperationRule> {
	const out: Record<string, OperationRule> = {};
	for (const [name, field] of Object.entries(rootFields(schema, root))) {
		const r = ruleIn(field.extensions);
		if (r) out[name] = r;
	}
	return out;
}

const AUTHORIZED = Symbol.for('trama.authorized');
const ROOTS: readonly RootType[] = ['Query', 'Mutation', 'Subscription'];

/**
 * The one authorization layer: every Query and Mutation field's resolver first runs its rule, and a
 * Subscription's rule runs once before its event stream opens. A root field without a rule is a
 * startup error (and fails the permission-matrix test).
 */
export function applyAuthorization(schema: GraphQLSchema): GraphQLSchema {
	const marked = schema as GraphQLSchema & { [AUTHORIZED]?: boolean };
	if (marked[AUTHORIZED]) return schema;
	const missing = ROOTS.flatMap((root) =>
		Object.entries(rootFields(schema, root))
			.filter(([, field]) => !ruleIn(field.extensions)?.permission)
			.map(([name]) => `${root}.${name}`)
	);
	if (missing.length)
		throw new MissingRuleError(
			`Campi senza regola di autorizzazione / fields without an authorization rule: ${missing.join(', ')} (extensions: rule(…), src/lib/server/auth/rules.ts)`
		);
	for (const root of ROOTS)
		for (const field of Object.values(rootFields(schema, root))) {
			const fieldRule = ruleIn(field.extensions)!;
			if (root === 'Subscription') {
				const subscribe = field.subscribe;
				field.subscribe = async (source, args, context, info) => {
					await enforce(fieldRule, args as Args, context as RuleContext);
					return subscribe?.(source, args, context, info);
				};
				continue;
			}
			const resolve = field.resolve ?? defaultFieldResolver;
			field.resolve = async (source, args, context, info) => {
				await enforce(fieldRule, args as Args, context as RuleContext);
				return resolve(source, args, context, info);
			};
		}
	marked[AUTHORIZED] = true;
	return schema;
}
