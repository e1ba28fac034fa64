import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import {
	ambitiOfComuni,
	callsOfProject,
	placementOf,
	placementsOf,
	type Placement,
	type PlacedKind
} from '../db/scope';
import { assertDocumentSize, plannedImport } from '../spreadsheet-import';
import { findWorkshop } from '../db/workshops';
import { normalizeCode } from '../workshops/tokens';
import type { PermissionId } from './permissions';
import { authorize, GLOBAL, ROLE_PERMISSIONS, type Scope, type Viewer } from './policy';

/** What a rule's scope function sees besides the operation's arguments. */
export interface RuleContext {
	viewer: Viewer | null;
}

export type Args = Record<string, unknown>;

export interface OperationRule {
	/** 'public': anyone, signed in or not. */
	permission: PermissionId | 'public';
	/** Where the target lives. Absent: the permission's global scope. Several: each must be allowed. */
	scope?: (
		args: Args,
		ctx: RuleContext
	) => Scope | readonly Scope[] | Promise<Scope | readonly Scope[]>;
}

// ---------------------------------------------------------------------------------------------
// Scope builders (exported: rules for later mutations, workshops and evaluations, reuse them).

const str = (v: unknown): string | null =>
	typeof v === 'string' && v ? v : typeof v === 'number' ? String(v) : null;
const strs = (v: unknown): string[] =>
	Array.isArray(v)
		? v
				.map(str)
				.filter((x): x is string => x !== null)
				.slice(0, 5000)
		: [];
const obj = (v: unknown): Args =>
	v && typeof v === 'object' && !Array.isArray(v) ? (v as Args) : {};

/** An existing entity's scope; an unknown id gets an empty scope only unrestricted grants pass. */
export const placed = (p: Placement | null | undefined): Scope => ({
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

export const existing =
	(kind: PlacedKind, idArg = 'id') =>
	async (args: Args) =>
		placed(await placementOf(kind, str(args[idArg]) ?? str(obj(args.input)[idArg]) ?? ''));

/** Where an actor/project/… described by an input will live. */
const INPUT_PLACEMENT: Partial<Record<PlacedKind, (input: Args) => Promise<string[]>>> = {
	Actor: async (i) => [
		...(await ambitiOfComuni(strs([i.seatIstat]))),
		...strs(i.activeInAmbitoIds)
	],
	Project: async (i) => [
		...strs(i.targetAmbitoIds),
		...(await ambitiOfComuni(strs(i.targetComuniIstat)))
	],
	Network: async (i) => strs([i.ambitoId]),
	Agreement: async (i) => strs([i.ambitoId]),
	Action: async (i) => (await placementOf('Project', str(i.projectId) ?? ''))?.ambitoIds ?? [],
	Partnership: async (i) => (await placementOf('Project', str(i.projectId) ?? ''))?.ambitoIds ?? [],
	Collaboration: async (i) => [
		...((await placementOf('Actor', str(i.actorAId) ?? ''))?.ambitoIds ?? []),
		...((await placementOf('Actor', str(i.actorBId) ?? ''))?.ambitoIds ?? [])
	]
};

/** Actions and partnerships hang on a project: an unanchored project's owner is theirs too. */
async function inputScope(kind: PlacedKind, input: Args, viewer: Viewer | null): Promise<Scope> {
	if (kind === 'Action' || kind === 'Partnership')
		return placed(await placementOf('Project', str(input.projectId) ?? ''));
	const ambitoIds = (await INPUT_PLACEMENT[kind]?.(input)) ?? [];
	return anchored(ambitoIds, viewer);
}

const createRule = (kind: PlacedKind): OperationRule => ({
	permission: 'network.edit',
	scope: (args, { viewer }) => inputScope(kind, obj(args.input), viewer)
});
/** An update must be allowed where the entity is and where the input moves it. */
const updateRule = (kind: PlacedKind): OperationRule => ({
	permission: 'network.edit',
	scope: async (args, { viewer }) => {
		const input = obj(args.input);
		const now = placed(await placementOf(kind, str(input.id) ?? ''));
		return INPUT_PLACEMENT[kind] ? [now, await inputScope(kind, input, viewer)] : [now];
	}
});
const deleteRule = (kind: PlacedKind): OperationRule => ({
	permission: 'network.edit',
	scope: existing(kind)
});

/**
 * A membership is the network's: who keeps the network decides who is in it. The member's own
 * Ambito neither grants it (an office adding its actor to another Ambito's network) nor is needed
 * (a network may list members from anywhere).
 */
async function membershipScope(args: Args): Promise<Scope> {
	const input = obj(args.input);
	return placed(await placementOf('Network', str(args.networkId) ?? str(input.networkId) ?? ''));
}

/**
 * An import is allowed when every entity it writes is: where the document puts it, and where the
 * ones it replaces are now.
 */
export async function importScopes(args: Args, viewer: Viewer | null): Promise<Scope[]> {
	const input = obj(args.input);
	let doc: unknown = input.document ?? input.json ?? input;
	if (typeof doc === 'string') {
		assertDocumentSize(doc, str(input.fileName) ?? undefined); // over the limit: 413, unread
		try {
			doc = JSON.parse(doc);
		} catch {
			return [GLOBAL];
		}
	}
	const d = obj(doc);
	const list = (key: string) => (Array.isArray(d[key]) ? (d[key] as unknown[]).map(obj) : []);
	const actors = list('actors');
	const projects = list('projects');
	const comuni = new Set([
		...actors.flatMap((a) => strs([a.seatIstat])),
		...projects.flatMap((p) => strs(p.targetComuniIstat))
	]);
	const comuneAmbiti = new Map<string, string[]>();
	for (const code of comuni) comuneAmbiti.set(code, await ambitiOfComuni([code]));
	const ofComuni = (codes: string[]) => codes.flatMap((c) => comuneAmbiti.get(c) ?? []);

	const scopes: Scope[] = [];
	const actorNew = new Map(
		actors.map((a) => [
			str(a.id) ?? '',
			[...ofComuni(strs([a.seatIstat])), ...strs(a.activeInAmbitoIds)]
		])
	);
	const projectNew = new Map(
		projects.map((p) => [
			str(p.id) ?? '',
			[...strs(p.targetAmbitoIds), ...ofComuni(strs(p.targetComuniIstat))]
		])
	);
	for (const ids of actorNew.values()) scopes.push(anchored(ids, viewer));
	for (const ids of projectNew.values()) scopes.push(anchored(ids, viewer));
	for (const g of list('agreements')) scopes.push(anchored(strs([g.ambitoId]), viewer));
	const networkNew = new Map(list('networks').map((n) => [str(n.id) ?? '', strs([n.ambitoId])]));
	for (const ids of networkNew.values()) scopes.push(anchored(ids, viewer));
	if (list('calls').length) scopes.push(anchored([], viewer));

	const existingActors = await placementsOf(
		'Actor',
		list('collaborations').flatMap((x) => strs([x.actorAId, x.actorBId]))
	);
	const actorAmbiti = (id: string) => actorNew.get(id) ?? existingActors.get(id)?.ambitoIds ?? [];
	const projectRefs = [...list('actions'), ...list('partnerships')].map(
		(x) => str(x.projectId) ?? ''
	);
	const existingProjects = await placementsOf('Project', projectRefs);
	for (const id of projectRefs)
		scopes.push(
			projectNew.has(id) ? anchored(projectNew.get(id)!, viewer) : placed(existingProjects.get(id))
		);
	// A membership is its network's (membershipScope): the one in the document, or the stored one.
	const networkRefs = list('memberships').map((m) => str(m.networkId) ?? '');
	const existingNetworks = await placementsOf('Network', networkRefs);
	for (const id of networkRefs)
		scopes.push(
			networkNew.has(id) ? anchored(networkNew.get(id)!, viewer) : placed(existingNetworks.get(id))
		);
	for (const c of list('collaborations'))
		scopes.push(
			anchored(
				[...actorAmbiti(str(c.actorAId) ?? ''), ...actorAmbiti(str(c.actorBId) ?? '')],
				viewer
			)
		);

	// What the import replaces must be the viewer's too.
	const replaced: Array<[PlacedKind, string]> = [
		['Actor', 'actors'],
		['Call', 'calls'],
		['Project', 'projects'],
		['Action', 'actions'],
		['Partnership', 'partnerships'],
		['Network', 'networks'],
		['Agreement', 'agreements'],
		['Collaboration', 'collaborations']
	];
	for (const [kind, key] of replaced) {
		const found = await placementsOf(
			kind,
			list(key).map((x) => str(x.id) ?? '')
		);
		for (const p of found.values()) scopes.push(placed(p));
	}
	const seen = new Set<string>();
	return scopes.filter((s) => {
		const key = JSON.stringify(s);
		return seen.has(key) ? false : (seen.add(key), true);
	});
}

/** A spreadsheet is judged by the document it becomes (planned once per request, see spreadsheet-import.ts). */
async function spreadsheetScopes(args: Args, { viewer }: RuleContext): Promise<Scope[]> {
	const input = obj(args.input);
	// GraphQL validates the input before resolvers run; a malformed call reaching here is refused.
	if (typeof input.fileBase64 !== 'string' || typeof input.fileName !== 'string') return [GLOBAL];
	const plan = await plannedImport(input as unknown as Parameters<typeof plannedImport>[0]);
	const scopes = await importScopes({ input: { document: plan.result.document } }, viewer);
	// The Comune → Ambito mapping places every actor and project seated there: regional reference
	// data, for unrestricted grants only (an office re-linking another Ambito's Comuni takes them).
	return plan.result.territory.length ? [...scopes, GLOBAL] : scopes;
}

/** An evaluation is of a project: an evaluator acts within the calls the project was submitted to. */
export const evaluationScope = async (args: Args): Promise<Scope> => ({
	kind: 'calls',
	callIds: await callsOfProject(str(args.projectId) ?? '')
});
const evaluate: OperationRule = { permission: 'evaluation.write', scope: evaluationScope };

const self = (_args: Args, { viewer }: RuleContext): Scope => ({
	kind: 'self',
	userId: viewer?.id ?? ''
});

/** A workshop is run within its Ambito; an unknown workshop gets a scope only 'all' grants pass. */
const workshopScope = async (args: Args): Promise<Scope> => {
	const id = str(args.workshopId);
	const w = id
		? await findWorkshop({ id })
		: await findWorkshop({ code: normalizeCode(str(args.code) ?? '') });
	return placed({ ambitoIds: w ? [w.ambitoId] : [], ownerId: null });
};
const runWorkshop: OperationRule = { permission: 'workshop.run', scope: workshopScope };
/** A participant acts in the one workshop their token belongs to. */
const inOwnWorkshop: OperationRule = {
	permission: 'workshop.contribute',
	scope: (_args, { viewer }) => ({ kind: 'workshop', workshopId: viewer?.workshopIds[0] ?? '' })
};

// ---------------------------------------------------------------------------------------------
// The tables. A Mutation field without a row here stops the server at start (applyAuthorization).

const NETWORK_KINDS = [
	'Actor',
	'Call',
	'Project',
	'Action',
	'Partnership',
	'Network',
	'Agreement',
	'Collaboration'
] as const;

export const MUTATION_RULES: Record<string, OperationRule> = {
	...Object.fromEntries(
		NETWORK_KINDS.flatMap((kind) => [
			[`create${kind}`, createRule(kind)],
			[`update${kind}`, updateRule(kind)],
			[`delete${kind}`, deleteRule(kind)]
		])
	),
	createMembership: { permission: 'network.edit', scope: membershipScope },
	updateMembership: { permission: 'network.edit', scope: membershipScope },
	deleteMembership: { permission: 'network.edit', scope: membershipScope },
	importDocument: {
		permission: 'network.import',
		scope: (args, { viewer }) => importScopes(args, viewer)
	},
	// Spreadsheets (types/transfer.ts): the scopes of the document the file turns into
	previewSpreadsheetImport: { permission: 'network.import', scope: spreadsheetScopes },
	applySpreadsheetImport: { permission: 'network.import', scope: spreadsheetScopes },
	// Scoring (types/scoring.ts): a rubric is saved as a new version, never overwritten
	saveRubric: { permission: 'evaluation.write' },
	// Evaluations (types/evaluations.ts): within the calls assigned to the evaluator
	adjustScore: evaluate,
	setEvaluationNotes: evaluate,
	finalizeEvaluation: evaluate,
	reopenEvaluation: evaluate,
	// Map (types/map.ts): positions are saved per Ambito, by who may edit its network
	saveMapLayout: {
		permission: 'network.edit',
		scope: (args) => placed({ ambitoIds: strs([args.ambitoId]), ownerId: null })
	},
	// Accounts (types/accounts.ts)
	createUser: { permission: 'users.manage' },
	updateUser: { permission: 'users.manage' },
	resetPassword: { permission: 'users.manage' },
	deleteUser: { permission: 'users.manage' },
	changePassword: { permission: 'account.self', scope: self },
	// Workshops (types/workshops.ts): facilitators in the workshop's Ambito; participants by token
	createWorkshop: {
		permission: 'workshop.run',
		scope: (args) => placed({ ambitoIds: strs([args.ambitoId]), ownerId: null })
	},
	setWorkshopStep: runWorkshop,
	setWorkshopStatus: runWorkshop,
	setWorkshopJoining: runWorkshop,
	removeWorkshopParticipant: runWorkshop,
	reviewWorkshopContributions: runWorkshop,
	mergeWorkshopActors: runWorkshop,
	commitWorkshop: runWorkshop,
	joinWorkshop: { permission: 'public' },
	contributeToWorkshop: inOwnWorkshop
};

/** Queries: the territory and vocabularies are public; every network read needs a signed-in reader. */
export const QUERY_RULES: Record<string, OperationRule> = {
	health: { permission: 'public' },
	territory: { permission: 'public' },
	vocabulary: { permission: 'public' },
	me: { permission: 'public' },
	users: { permission: 'users.manage' },
	user: { permission: 'users.manage' },
	personalData: {
		permission: 'personalData.read',
		scope: (args) => ({ kind: 'self', userId: str(args.userId) ?? '' })
	},
	accessLog: { permission: 'audit.read' },
	// Workshops (types/workshops.ts)
	workshops: {
		permission: 'workshop.run',
		scope: (args, { viewer }) =>
			placed({
				ambitoIds: args.ambitoId ? strs([args.ambitoId]) : [...(viewer?.ambitoIds ?? [])],
				ownerId: null
			})
	},
	workshop: runWorkshop,
	workshopExport: runWorkshop,
	workshopJoinInfo: { permission: 'public' },
	participantWorkshop: inOwnWorkshop
};

/** Subscriptions: like mutations, a field without a row stops the server at start. */
export const SUBSCRIPTION_RULES: Record<string, OperationRule> = {
	workshopEvents: runWorkshop,
	participantWorkshopEvents: inOwnWorkshop
};

/** A query without a row reads the network: any signed-in role that reads (not partecipante). */
export const DEFAULT_QUERY_RULE: OperationRule = { permission: 'network.read' };

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

const AUTHORIZED = Symbol.for('trama.authorized');

/**
 * The one authorization layer: every Query and Mutation field's resolver first runs its rule.
 * A Mutation without a rule is a startup error (and fails the permission-matrix test).
 */
export function applyAuthorization(
	schema: GraphQLSchema,
	rules: {
		mutations?: Record<string, OperationRule>;
		queries?: Record<string, OperationRule>;
		subscriptions?: Record<string, OperationRule>;
	} = {}
): GraphQLSchema {
	const marked = schema as GraphQLSchema & { [AUTHORIZED]?: boolean };
	if (marked[AUTHORIZED]) return schema;
	const mutations = rules.mutations ?? MUTATION_RULES;
	const queries = rules.queries ?? QUERY_RULES;
	const missing = Object.keys(schema.getMutationType()?.getFields() ?? {}).filter(
		(name) => !mutations[name]
	);
	if (missing.length)
		throw new MissingRuleError(
			`Mutazioni senza regola di autorizzazione / mutations without an authorization rule: ${missing.join(', ')} (src/lib/server/auth/rules.ts)`
		);
	const subscriptions = rules.subscriptions ?? SUBSCRIPTION_RULES;
	const subscriptionFields = schema.getSubscriptionType()?.getFields() ?? {};
	const missingSubscriptions = Object.keys(subscriptionFields).filter((n) => !subscriptions[n]);
	if (missingSubscriptions.length)
		throw new MissingRuleError(
			`Sottoscrizioni senza regola / subscriptions without an authorization rule: ${missingSubscriptions.join(', ')} (src/lib/server/auth/rules.ts)`
		);
	const wrap = (
		fields: Record<string, { resolve?: GraphQLFieldResolver<unknown, unknown> }>,
		table: Record<string, OperationRule>,
		fallback?: OperationRule
	) => {
		for (const [name, field] of Object.entries(fields)) {
			const rule = table[name] ?? fallback!;
			const resolve = field.resolve ?? defaultFieldResolver;
			field.resolve = async (source, args, context, info) => {
				await enforce(rule, args as Args, context as RuleContext);
				return resolve(source, args, context, info);
			};
		}
	};
	wrap(schema.getQueryType()?.getFields() ?? {}, queries, DEFAULT_QUERY_RULE);
	wrap(schema.getMutationType()?.getFields() ?? {}, mutations);
	// A subscription's rule runs once, before the event stream is opened.
	for (const [name, field] of Object.entries(
		subscriptionFields as Record<string, { subscribe?: GraphQLFieldResolver<unknown, unknown> }>
	)) {
		const rule = subscriptions[name]!;
		const subscribe = field.subscribe;
		field.subscribe = async (source, args, context, info) => {
			await enforce(rule, args as Args, context as RuleContext);
			return subscribe?.(source, args, context, info);
		};
	}
	marked[AUTHORIZED] = true;
	return schema;
}

/** The rule for a mutation, for tests and tools. */
export function ruleOf(mutation: string): OperationRule | undefined {
	return MUTATION_RULES[mutation];
}
