import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/lib/server/errors';
import { writeTx, readTx } from '../../src/lib/server/db/driver';
import { schema } from '../../src/lib/server/graphql/schema';
import type { Viewer } from '../../src/lib/server/auth/policy';
import { USER_ROLE_IDS, type UserRoleId } from '../../src/lib/server/auth/user-roles';
import {
	applyAuthorization,
	enforce,
	MissingRuleError,
	rule,
	rulesOf,
	type Args
} from '../../src/lib/server/auth/rules';
import { closeDriver, connectTestDatabase, execute, testViewer } from '../helpers/graphql';

/**
 * Every mutation × every role (+ anonymous): allowed or refused, as the issue specifies.
 * Scoped roles are tried on a target in their own Ambito (X) and on one in another (Y).
 *
 *   allow  – allowed in X and in Y            own  – allowed in X, refused (FORBIDDEN) in Y
 *   deny   – FORBIDDEN everywhere             (anonymous is always UNAUTHENTICATED)
 */
type Outcome = 'allow' | 'own' | 'deny';
type Row = Record<UserRoleId, Outcome>;

const NETWORK_EDIT: Row = {
	amministratore: 'allow',
	ufficio_di_piano: 'own',
	valutatore: 'deny',
	facilitatore: 'deny',
	partecipante: 'deny',
	lettore: 'deny'
};
/** A call or a network belongs to no Ambito when created: an Ufficio di Piano may create one (then it is theirs). */
const CREATE_UNANCHORED: Row = { ...NETWORK_EDIT, ufficio_di_piano: 'allow' };
const ADMIN_ONLY: Row = {
	amministratore: 'allow',
	ufficio_di_piano: 'deny',
	valutatore: 'deny',
	facilitatore: 'deny',
	partecipante: 'deny',
	lettore: 'deny'
};
/** Evaluations: an evaluator within the calls assigned (X's call), an administrator everywhere. */
const EVALUATE: Row = { ...ADMIN_ONLY, valutatore: 'own' };
const OWN_ACCOUNT: Row = {
	amministratore: 'allow',
	ufficio_di_piano: 'allow',
	valutatore: 'allow',
	facilitatore: 'allow',
	partecipante: 'deny',
	lettore: 'allow'
};

/** Workshops: a facilitator in the workshop's Ambito; a participant only in their own workshop. */
const WORKSHOP_RUN: Row = { ...ADMIN_ONLY, facilitatore: 'own' };
const WORKSHOP_CONTRIBUTE: Row = {
	amministratore: 'deny',
	ufficio_di_piano: 'deny',
	valutatore: 'deny',
	facilitatore: 'deny',
	partecipante: 'allow',
	lettore: 'deny'
};
/** Surveys: an Ufficio di Piano or a facilitator in the survey's Ambito. */
const SURVEY_RUN: Row = { ...ADMIN_ONLY, ufficio_di_piano: 'own', facilitatore: 'own' };
/** Mutations anyone may call, signed in or not (joining a workshop with its code; answering a
 * survey with a personal link: the link is the scope, tests/integration/survey.test.ts). */
const PUBLIC_MUTATIONS = new Set(['joinWorkshop', 'submitSurveyResponse']);

const KINDS = [
	'Actor',
	'Call',
	'Project',
	'Action',
	'Partnership',
	'Network',
	'Agreement',
	'Collaboration'
] as const;

const EXPECTED: Record<string, Row> = {
	...Object.fromEntries(
		KINDS.flatMap((k) => [
			[`create${k}`, NETWORK_EDIT],
			[`update${k}`, NETWORK_EDIT],
			[`delete${k}`, NETWORK_EDIT]
		])
	),
	createCall: CREATE_UNANCHORED,
	createNetwork: CREATE_UNANCHORED,
	createMembership: NETWORK_EDIT,
	updateMembership: NETWORK_EDIT,
	deleteMembership: NETWORK_EDIT,
	importDocument: NETWORK_EDIT,
	// A spreadsheet is judged by the document it turns into (preview and apply alike).
	previewSpreadsheetImport: NETWORK_EDIT,
	applySpreadsheetImport: NETWORK_EDIT,
	// Map positions are saved per Ambito.
	saveMapLayout: NETWORK_EDIT,
	// A rubric is regional: only unrestricted evaluation rights (administrators) save one; a rubric
	// for one call (input.callId) is its evaluators' too (tests/integration/scoring-rubrics.test.ts).
	saveRubric: ADMIN_ONLY,
	adjustScore: EVALUATE,
	setEvaluationNotes: EVALUATE,
	finalizeEvaluation: EVALUATE,
	reopenEvaluation: EVALUATE,
	createUser: ADMIN_ONLY,
	updateUser: ADMIN_ONLY,
	resetPassword: ADMIN_ONLY,
	deleteUser: ADMIN_ONLY,
	changePassword: OWN_ACCOUNT,
	createWorkshop: WORKSHOP_RUN,
	setWorkshopStep: WORKSHOP_RUN,
	setWorkshopStatus: WORKSHOP_RUN,
	setWorkshopJoining: WORKSHOP_RUN,
	removeWorkshopParticipant: WORKSHOP_RUN,
	reviewWorkshopContributions: WORKSHOP_RUN,
	mergeWorkshopActors: WORKSHOP_RUN,
	commitWorkshop: WORKSHOP_RUN,
	classifyWorkshopActor: WORKSHOP_RUN,
	setWorkshopRatedActors: WORKSHOP_RUN,
	contributeToWorkshop: WORKSHOP_CONTRIBUTE,
	// The project dossier's sections: where the project is (the identity also where it moves).
	updateProjectIdentity: NETWORK_EDIT,
	updateProjectResources: NETWORK_EDIT,
	updateProjectCoDesign: NETWORK_EDIT,
	updateProjectAfterFunding: NETWORK_EDIT,
	updateProjectOutcomes: NETWORK_EDIT,
	// A new partner from the dossier: where the actor sits and where the project is.
	createActorAsPartner: NETWORK_EDIT,
	createSurvey: SURVEY_RUN,
	updateSurvey: SURVEY_RUN,
	openSurvey: SURVEY_RUN,
	closeSurvey: SURVEY_RUN,
	issueSurveyLinks: SURVEY_RUN,
	sendSurveyInvitations: SURVEY_RUN
};

// ---- fixtures: one of each entity in Ambito X and one in Ambito Y (plus unanchored ones).
const P = 'authmx';
let X = '';
let Y = '';
let comuneX = '';
let comuneY = '';

async function createFixtures() {
	const picked = await readTx(async (tx) => {
		const r = await tx.run(
			`MATCH (c:Comune)-[:IN]->(a:Ambito) WITH a, min(c.istat) AS istat ORDER BY a.id LIMIT 2 RETURN a.id AS id, istat`
		);
		return r.records.map((x) => ({ id: x.get('id') as string, istat: x.get('istat') as string }));
	});
	[X, Y] = [picked[0]!.id, picked[1]!.id];
	[comuneX, comuneY] = [picked[0]!.istat, picked[1]!.istat];
	await writeTx(async (tx) => {
		for (const [tag, ambito, comune] of [
			['X', X, comuneX],
			['Y', Y, comuneY]
		] as const) {
			await tx.run(
				`MATCH (c:Comune {istat: $comune}), (amb:Ambito {id: $ambito})
				 MERGE (a:Actor {id: $p + '-actor-' + $tag}) SET a.name = 'A ' + $tag, a.kind = 'odv', a.createdBy = 'someone'
				 MERGE (a)-[:SEATED_IN]->(c)
				 MERGE (b:Actor {id: $p + '-actor2-' + $tag}) SET b.name = 'B ' + $tag, b.kind = 'aps', b.createdBy = 'someone'
				 MERGE (b)-[:ACTIVE_IN]->(amb)
				 MERGE (pr:Project {id: $p + '-project-' + $tag}) SET pr.title = 'P ' + $tag, pr.createdBy = 'someone'
				 MERGE (pr)-[:TARGETS]->(amb)
				 MERGE (x:Action {id: $p + '-action-' + $tag}) SET x.title = 'Az ' + $tag
				 MERGE (x)-[:OF]->(pr)
				 MERGE (a)-[pi:PARTNER_IN {id: $p + '-partnership-' + $tag}]->(pr)
				 MERGE (n:Network {id: $p + '-network-' + $tag}) SET n.name = 'N ' + $tag, n.createdBy = 'someone'
				 MERGE (n)-[:FOR]->(amb)
				 MERGE (a)-[:MEMBER_OF]->(n)
				 MERGE (g:Agreement {id: $p + '-agreement-' + $tag}) SET g.title = 'G ' + $tag, g.createdBy = 'someone'
				 MERGE (g)-[:FOR]->(amb)
				 MERGE (a)-[cw:COLLABORATES_WITH {id: $p + '-collaboration-' + $tag}]->(b)
				 MERGE (call:Call {id: $p + '-call-' + $tag}) SET call.title = 'C ' + $tag, call.createdBy = CASE $tag WHEN 'X' THEN $udp ELSE 'someone' END
				 MERGE (pr)-[:IN_CALL]->(call)
				 MERGE (w:Workshop {id: $p + '-workshop-' + $tag}) SET w.ambitoId = $ambito, w.code = toUpper($p) + $tag`,
				{ p: P, tag, ambito, comune, udp: UDP_ID }
			);
			await tx.run(
				`MERGE (s:Survey {id: $p + '-survey-' + $tag})
				 SET s.ambitoIds = [$ambito], s.ownerId = 'someone', s.title = 'S ' + $tag, s.status = 'draft'`,
				{ p: P, tag, ambito }
			);
		}
	});
}

const UDP_ID = `${P}-udp`;

/** The rules the mutations declare where they are defined (`extensions: rule(…)`). */
const MUTATION_RULES = rulesOf(schema, 'Mutation');

/** Arguments of each mutation for a target in Ambito X or Y (ignored by global rules). */
function argsFor(mutation: string, tag: 'X' | 'Y'): Args {
	const ambito = tag === 'X' ? X : Y;
	const comune = tag === 'X' ? comuneX : comuneY;
	const id = (kind: string) => `${P}-${kind.toLowerCase()}-${tag}`;
	const newInput: Record<string, Args> = {
		Actor: { name: 'Nuovo', kind: 'odv', seatIstat: comune, activeInAmbitoIds: [] },
		Call: { title: 'Bando' },
		Project: { title: 'Nuovo', targetAmbitoIds: [ambito], targetComuniIstat: [] },
		Action: { projectId: id('Project'), title: 'Azione' },
		Partnership: { actorId: id('Actor'), projectId: id('Project'), role: 'partner' },
		Network: { name: 'Rete' },
		Agreement: { title: 'Accordo', ambitoId: ambito },
		Collaboration: { actorAId: id('Actor'), actorBId: `${P}-actor2-${tag}`, source: 'workshop' }
	};
	if (mutation === 'createWorkshop') return { ambitoId: ambito, name: 'Lab' };
	if (mutation === 'createSurvey') return { input: { projectId: id('Project') } };
	if (/Survey/.test(mutation))
		return { id: id('Survey'), surveyId: id('Survey'), input: { id: id('Survey') } };
	if (/Workshop/.test(mutation)) return { workshopId: `${P}-workshop-${tag}` };
	if (mutation === 'createActorAsPartner')
		return { actor: newInput.Actor, partnership: { projectId: id('Project'), role: 'partner' } };
	if (/^updateProject\w+$/.test(mutation))
		return { input: { ...newInput.Project, id: id('Project'), expectedVersion: 1 } };
	const m = /^(create|update|delete)(.+)$/.exec(mutation);
	if (m && m[2] !== 'User') {
		const [, verb, kind] = m as unknown as [string, string, string];
		if (kind === 'Membership') {
			const input = { actorId: id('Actor'), networkId: id('Network') };
			return verb === 'delete' ? input : { input };
		}
		if (verb === 'delete') return { id: id(kind) };
		if (verb === 'create') return { input: newInput[kind] };
		return { input: { ...newInput[kind], id: id(kind), expectedVersion: 1 } };
	}
	if (EXPECTED[mutation] === EVALUATE)
		return { projectId: id('Project'), criterionId: 'A', reason: 'x', notes: 'x' };
	if (mutation.endsWith('SpreadsheetImport')) {
		const csv = `Nome,Tipologia,ISTAT\nEnte di prova ${tag},odv,${comune}\n`;
		return {
			input: {
				fileBase64: Buffer.from(csv).toString('base64'),
				fileName: `enti-${tag}.csv`,
				kind: 'actors',
				mapping: [
					{ header: 'Nome', field: 'name' },
					{ header: 'Tipologia', field: 'kind' },
					{ header: 'ISTAT', field: 'seatIstat' }
				]
			}
		};
	}
	if (mutation === 'saveMapLayout') return { ambitoId: ambito };
	if (mutation === 'importDocument')
		return {
			input: {
				document: {
					format: 'trama/1',
					actors: [{ id: `${P}-imported-${tag}`, seatIstat: comune, activeInAmbitoIds: [] }],
					projects: [{ id: id('Project'), targetAmbitoIds: [ambito] }]
				}
			}
		};
	return { input: { id: 'whoever' }, id: 'whoever' };
}

function viewerWithRole(role: UserRoleId): Viewer {
	return testViewer({
		id: role === 'ufficio_di_piano' ? UDP_ID : `${P}-${role}`,
		roles: [role],
		ambitoIds: [X],
		callIds: [`${P}-call-X`],
		workshopIds: ['w1']
	});
}

async function outcome(mutation: string, viewer: Viewer | null, tag: 'X' | 'Y'): Promise<string> {
	try {
		await enforce(MUTATION_RULES[mutation]!, argsFor(mutation, tag), { viewer });
		return 'allowed';
	} catch (e) {
		if (e instanceof AppError) return e.code;
		throw e;
	}
}

beforeAll(async () => {
	await connectTestDatabase();
	await createFixtures();
});
afterAll(async () => {
	await writeTx((tx) => tx.run(`MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n`, { p: P }));
	await closeDriver();
});

describe('permission matrix: every mutation × every role', () => {
	const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();

	it('has a row for every mutation of the real schema (a new mutation without one fails here)', () => {
		expect(mutations.length).toBeGreaterThan(0);
		expect(mutations.filter((m) => !EXPECTED[m] && !PUBLIC_MUTATIONS.has(m))).toEqual([]);
		expect(mutations.filter((m) => !MUTATION_RULES[m])).toEqual([]);
	});

	it('allows or refuses each mutation for each role as specified', async () => {
		const failures: string[] = [];
		let checked = 0;
		for (const mutation of mutations) {
			if (PUBLIC_MUTATIONS.has(mutation)) {
				for (const viewer of [null, ...USER_ROLE_IDS.map(viewerWithRole)])
					if ((await outcome(mutation, viewer, 'X')) !== 'allowed')
						failures.push(`${mutation} (public) × ${viewer?.roles[0] ?? 'anonymous'}: refused`);
				continue;
			}
			const row = EXPECTED[mutation];
			if (!row) continue;
			for (const tag of ['X', 'Y'] as const) {
				const anon = await outcome(mutation, null, tag);
				if (anon !== 'UNAUTHENTICATED') failures.push(`${mutation} anonymous ${tag}: ${anon}`);
				for (const role of USER_ROLE_IDS) {
					const want =
						row[role] === 'allow' || (row[role] === 'own' && tag === 'X') ? 'allowed' : 'FORBIDDEN';
					const got = await outcome(mutation, viewerWithRole(role), tag);
					checked++;
					if (got !== want)
						failures.push(`${mutation} × ${role} in ${tag}: expected ${want}, got ${got}`);
				}
			}
		}
		expect(failures).toEqual([]);
		console.log(
			`permission matrix: ${mutations.length} mutations × ${USER_ROLE_IDS.length} roles × 2 places = ${checked} checks (+ anonymous)`
		);
	});

	it('lets an Ufficio di Piano act on what it created that has no Ambito, not on others’', async () => {
		const udp = viewerWithRole('ufficio_di_piano');
		if (!MUTATION_RULES.updateCall) return;
		await expect(
			enforce(
				MUTATION_RULES.updateCall,
				{ input: { id: `${P}-call-X`, title: 'x' } },
				{ viewer: udp }
			)
		).resolves.toBeUndefined();
		await expect(
			enforce(
				MUTATION_RULES.updateCall,
				{ input: { id: `${P}-call-Y`, title: 'x' } },
				{ viewer: udp }
			)
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
	});

	it('refuses moving an entity from another Ambito into one’s own', async () => {
		const udp = viewerWithRole('ufficio_di_piano');
		const args = {
			input: {
				id: `${P}-actor-Y`,
				name: 'Preso',
				kind: 'odv',
				seatIstat: comuneX,
				activeInAmbitoIds: [X]
			}
		};
		await expect(enforce(MUTATION_RULES.updateActor!, args, { viewer: udp })).rejects.toMatchObject(
			{ code: 'FORBIDDEN' }
		);
	});

	it('places networks, agreements and projects by their own Ambito: what is attached widens nothing', async () => {
		// X's actor a member of Y's network, signatory of Y's agreement, partner in Y's project.
		await writeTx((tx) =>
			tx.run(
				`MATCH (a:Actor {id: $p + '-actor-X'}), (n:Network {id: $p + '-network-Y'}),
				   (g:Agreement {id: $p + '-agreement-Y'}), (pr:Project {id: $p + '-project-Y'})
				 MERGE (a)-[:MEMBER_OF]->(n) MERGE (a)-[:SIGNED]->(g)
				 MERGE (a)-[:PARTNER_IN {id: $p + '-partnership-XY'}]->(pr)`,
				{ p: P }
			)
		);
		const udp = viewerWithRole('ufficio_di_piano');
		const y = (kind: string) => `${P}-${kind}-Y`;
		const attempts: Array<[string, Args]> = [
			['updateNetwork', { input: { id: y('network'), name: 'Presa', expectedVersion: 1 } }],
			['deleteNetwork', { id: y('network') }],
			['deleteMembership', { actorId: y('actor'), networkId: y('network') }],
			['createMembership', { input: { actorId: `${P}-actor2-X`, networkId: y('network') } }],
			['updateAgreement', { input: { id: y('agreement'), title: 'Preso', expectedVersion: 1 } }],
			['deleteAgreement', { id: y('agreement') }],
			['updateProject', { input: { id: y('project'), title: 'Preso', expectedVersion: 1 } }],
			['updateProjectResources', { input: { id: y('project'), expectedVersion: 1 } }],
			['deleteProject', { id: y('project') }],
			['deletePartnership', { id: y('partnership') }]
		];
		const outcomes = [];
		for (const [mutation, args] of attempts)
			outcomes.push(
				await enforce(MUTATION_RULES[mutation]!, args, { viewer: udp }).then(
					() => `${mutation}: allowed`,
					(e: AppError) => `${mutation}: ${e.code}`
				)
			);
		expect(outcomes).toEqual(attempts.map(([m]) => `${m}: FORBIDDEN`));
	});

	it('enforces the rules through GraphQL execution too (the schema is wrapped)', async () => {
		const lettore = viewerWithRole('lettore');
		const r = await execute('mutation { deleteUser(id: "nobody") }', {}, lettore);
		expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
		const anon = await execute('mutation { resetPassword(id: "nobody") }', {}, null);
		expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
		const me = await execute<{ me: null }>('{ me { id } }', {}, null);
		expect(me.data?.me).toBeNull();
	});

	it('refuses to start a schema with a query, mutation or subscription that has no rule', () => {
		const withRule = { type: GraphQLString, extensions: rule({ permission: 'public' }) };
		const bare = (root: 'query' | 'mutation' | 'subscription') =>
			new GraphQLSchema({
				query: new GraphQLObjectType({
					name: 'Query',
					fields: { health: root === 'query' ? { type: GraphQLString } : withRule }
				}),
				[root === 'query' ? 'mutation' : root]: new GraphQLObjectType({
					name: root === 'subscription' ? 'Subscription' : 'Mutation',
					fields: { launchMissiles: root === 'query' ? withRule : { type: GraphQLString } }
				})
			});
		expect(() => applyAuthorization(bare('mutation'))).toThrow(MissingRuleError);
		expect(() => applyAuthorization(bare('mutation'))).toThrow(/Mutation\.launchMissiles/);
		expect(() => applyAuthorization(bare('subscription'))).toThrow(/Subscription\.launchMissiles/);
		expect(() => applyAuthorization(bare('query'))).toThrow(/Query\.health/);
		expect(() => applyAuthorization(bare('query'))).not.toThrow(/launchMissiles/);
	});

	it('has a rule declared on every query and subscription of the real schema', () => {
		for (const root of ['Query', 'Subscription'] as const) {
			const type = root === 'Query' ? schema.getQueryType() : schema.getSubscriptionType();
			const fields = Object.keys(type?.getFields() ?? {});
			expect(fields.length).toBeGreaterThan(0);
			expect(fields.filter((f) => !rulesOf(schema, root)[f])).toEqual([]);
		}
	});
});
