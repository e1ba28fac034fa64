import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTx, writeTx } from '../../src/lib/server/db/driver';
import { RUBRIC_PRESETS } from '../../src/lib/scoring';
import { closeDriver, connectTestDatabase, execute, ok } from '../helpers/graphql';

/**
 * Lost updates (issue 13): twelve concurrent updates carrying the same expectedVersion let 2–4
 * through. For every versioned entity, a 12-way race with one expected version, fifty times over:
 * exactly one succeeds, the other eleven get CONFLICT, and the version moves by exactly one a round.
 */
const RACERS = 12;
const ROUNDS = 50;
const u = `race${Date.now().toString(36)}`;
const CREMA = '019035';

interface Racer {
	name: string;
	/** One update carrying `expectedVersion`; racer `i` of round `round` writes its own content. */
	mutation: string;
	variables: (expectedVersion: number, round: number, i: number) => Record<string, unknown>;
	/** The new version in a successful answer. */
	version: (data: Record<string, unknown>) => number;
	/** Cypher returning the version stored now as `v`, read before and after the rounds. */
	stored: string;
}

async function storedVersion(race: Racer): Promise<number> {
	return readTx(async (tx) => (await tx.run(race.stored, { u })).records[0]!.get('v') as number);
}

const field = (name: string) => (data: Record<string, unknown>) =>
	(data[name] as { version: number }).version;

/** An `update<Kind>` of the network API: the same input with the racer's own name or title. */
const entity = (
	kind: string,
	base: Record<string, unknown>,
	vary: (round: number, i: number) => Record<string, unknown>,
	read: string
): Racer => ({
	name: kind,
	mutation: `mutation($i: Update${kind}Input!) { update${kind}(input: $i) { version } }`,
	variables: (expectedVersion, round, i) => ({
		i: { ...base, ...vary(round, i), expectedVersion }
	}),
	version: field(`update${kind}`),
	stored: read
});

const RUBRIC = RUBRIC_PRESETS[0]!;
const rubricInput = (round: number, i: number, expectedVersion: number) => ({
	id: `${u}-rubric`,
	nameIt: `Griglia ${round}-${i}`,
	nameEn: `Rubric ${round}-${i}`,
	criteria: RUBRIC.criteria.map((c) => ({
		id: c.id,
		weight: c.weight,
		params: Object.entries(c.params ?? {}).map(([key, value]) => ({ key, value }))
	})),
	expectedVersion
});

const RACES: Racer[] = [
	entity(
		'Actor',
		{ id: `${u}-a1`, kind: 'aps', seatIstat: CREMA },
		(r, i) => ({ name: `APS ${r}-${i}` }),
		`MATCH (n:Actor {id: $u + '-a1'}) RETURN n.version AS v`
	),
	entity(
		'Call',
		{ id: `${u}-c1`, year: 2025 },
		(r, i) => ({ title: `Bando ${r}-${i}` }),
		`MATCH (n:Call {id: $u + '-c1'}) RETURN n.version AS v`
	),
	entity(
		'Project',
		{ id: `${u}-p1`, callId: `${u}-c1`, targetComuniIstat: [CREMA] },
		(r, i) => ({ title: `Progetto ${r}-${i}` }),
		`MATCH (n:Project {id: $u + '-p1'}) RETURN n.version AS v`
	),
	entity(
		'Action',
		{ id: `${u}-x1`, projectId: `${u}-p1`, responsibleActorIds: [`${u}-a1`] },
		(r, i) => ({ title: `Azione ${r}-${i}` }),
		`MATCH (n:Action {id: $u + '-x1'}) RETURN n.version AS v`
	),
	entity(
		'Partnership',
		{ id: `${u}-pt1`, actorId: `${u}-a1`, projectId: `${u}-p1`, role: 'partner' },
		(r, i) => ({ since: `20${10 + (r % 10)}-01-${String(1 + i).padStart(2, '0')}` }),
		`MATCH ()-[n:PARTNER_IN {id: $u + '-pt1'}]->() RETURN n.version AS v`
	),
	entity(
		'Network',
		{ id: `${u}-n1` },
		(r, i) => ({ name: `Rete ${r}-${i}` }),
		`MATCH (n:Network {id: $u + '-n1'}) RETURN n.version AS v`
	),
	entity(
		'Membership',
		{ actorId: `${u}-a1`, networkId: `${u}-n1` },
		(r, i) => ({ since: `20${10 + (r % 10)}-02-${String(1 + i).padStart(2, '0')}` }),
		`MATCH (:Actor {id: $u + '-a1'})-[n:MEMBER_OF]->(:Network {id: $u + '-n1'}) RETURN n.version AS v`
	),
	entity(
		'Agreement',
		{ id: `${u}-g1`, ambitoId: 'ambito-ambito-distrettuale-cremasco' },
		(r, i) => ({ title: `Accordo ${r}-${i}` }),
		`MATCH (n:Agreement {id: $u + '-g1'}) RETURN n.version AS v`
	),
	entity(
		'Collaboration',
		{ id: `${u}-k1`, actorAId: `${u}-a1`, actorBId: `comune-${CREMA}`, source: 'declared' },
		(r, i) => ({ value: `Scambio ${r}-${i}` }),
		`MATCH ()-[n:COLLABORATES_WITH {id: $u + '-k1'}]->() RETURN n.version AS v`
	),
	{
		name: 'Evaluation notes',
		mutation: `mutation($p: ID!, $n: String!, $v: Int) { setEvaluationNotes(projectId: $p, notes: $n, expectedVersion: $v) { version } }`,
		variables: (v, r, i) => ({ p: `${u}-p1`, n: `Note ${r}-${i}`, v }),
		version: field('setEvaluationNotes'),
		stored: `MATCH (n:Evaluation {projectId: $u + '-p1'}) RETURN n.version AS v`
	},
	{
		name: 'Evaluation adjustments',
		mutation: `mutation($p: ID!, $s: Float, $v: Int) { adjustScore(projectId: $p, criterionId: "A", score: $s, reason: "verifica", expectedVersion: $v) { version } }`,
		variables: (v, r, i) => ({ p: `${u}-p1`, s: (r * RACERS + i) % 100, v }),
		version: field('adjustScore'),
		stored: `MATCH (n:Evaluation {projectId: $u + '-p1'}) RETURN n.version AS v`
	},
	{
		name: 'Rubric',
		mutation: `mutation($i: RubricInput!) { saveRubric(input: $i) { version } }`,
		variables: (v, r, i) => ({ i: rubricInput(r, i, v) }),
		version: field('saveRubric'),
		stored: `MATCH (n:Rubric {id: $u + '-rubric'}) RETURN max(n.version) AS v`
	}
];

beforeAll(async () => {
	await connectTestDatabase();
	// One of each, version 1 (the rubric and the evaluation get theirs from a first save).
	await ok(
		`mutation($a: ActorInput!, $c: CallInput!, $p: ProjectInput!, $x: ActionInput!, $pt: PartnershipInput!,
		   $n: NetworkInput!, $m: MembershipInput!, $g: AgreementInput!, $k: CollaborationInput!) {
		   createActor(input: $a) { id } createCall(input: $c) { id } createProject(input: $p) { id }
		   createAction(input: $x) { id } createPartnership(input: $pt) { id } createNetwork(input: $n) { id }
		   createMembership(input: $m) { version } createAgreement(input: $g) { id } createCollaboration(input: $k) { id } }`,
		{
			a: { id: `${u}-a1`, name: 'APS', kind: 'aps', seatIstat: CREMA },
			c: { id: `${u}-c1`, title: 'Bando', year: 2025 },
			p: { id: `${u}-p1`, title: 'Progetto', callId: `${u}-c1`, targetComuniIstat: [CREMA] },
			x: { id: `${u}-x1`, projectId: `${u}-p1`, title: 'Azione' },
			pt: { id: `${u}-pt1`, actorId: `${u}-a1`, projectId: `${u}-p1`, role: 'partner' },
			n: { id: `${u}-n1`, name: 'Rete' },
			m: { actorId: `${u}-a1`, networkId: `${u}-n1` },
			g: { id: `${u}-g1`, title: 'Accordo', ambitoId: 'ambito-ambito-distrettuale-cremasco' },
			k: { id: `${u}-k1`, actorAId: `${u}-a1`, actorBId: `comune-${CREMA}`, source: 'declared' }
		}
	);
	await ok(`mutation($p: ID!) { setEvaluationNotes(projectId: $p, notes: "prima") { version } }`, {
		p: `${u}-p1`
	});
	await ok(`mutation($i: RubricInput!) { saveRubric(input: $i) { version } }`, {
		i: rubricInput(0, 0, 0)
	});
}, 120_000);

afterAll(async () => {
	await writeTx(async (tx) => {
		await tx.run(`MATCH (e:Evaluation) WHERE e.projectId STARTS WITH $u DETACH DELETE e`, { u });
		await tx.run(`MATCH (a:AuditEntry) WHERE NOT (a)-[:OF]->() DELETE a`);
		await tx.run(`MATCH (n) WHERE n.id STARTS WITH $u DETACH DELETE n`, { u });
	});
	await closeDriver();
});

describe(`${RACERS} concurrent updates with one expected version: exactly one wins`, () => {
	for (const race of RACES) {
		it(`${race.name}: ${ROUNDS} rounds`, async () => {
			const start = await storedVersion(race);
			let version = start;
			for (let round = 1; round <= ROUNDS; round++) {
				const answers = await Promise.all(
					Array.from({ length: RACERS }, (_, i) =>
						execute(race.mutation, race.variables(version, round, i))
					)
				);
				const won = answers.filter((a) => !a.errors);
				const codes = answers.flatMap((a) => a.errors?.map((e) => e.extensions?.code) ?? []);
				expect({ round, won: won.length, codes }).toEqual({
					round,
					won: 1,
					codes: Array(RACERS - 1).fill('CONFLICT')
				});
				expect(race.version(won[0]!.data!)).toBe(version + 1);
				version += 1;
			}
			expect(await storedVersion(race)).toBe(start + ROUNDS);
		}, 300_000);
	}
});

/** Two creates of one id at the same moment both found it free and the second overwrote the first. */
describe(`${RACERS} concurrent creates of one id: exactly one wins`, () => {
	const mark = (round: number, i: number) => `Racer ${round}-${i}`;
	const CREATES = [
		{
			kind: 'Actor',
			input: (round: number, i: number) => ({
				id: `${u}-new-a${round}`,
				name: mark(round, i),
				kind: 'aps',
				seatIstat: CREMA
			}),
			stored: `MATCH (n:Actor {id: $id}) RETURN count(n) AS n, collect(n.name) AS names`
		},
		{
			kind: 'Collaboration',
			input: (round: number, i: number) => ({
				id: `${u}-new-k${round}`,
				actorAId: `${u}-a1`,
				actorBId: `comune-${CREMA}`,
				source: 'declared',
				value: mark(round, i)
			}),
			stored: `MATCH ()-[n:COLLABORATES_WITH {id: $id}]->() RETURN count(n) AS n, collect(n.value) AS names`
		}
	];
	for (const create of CREATES) {
		it(`${create.kind}: 10 rounds`, async () => {
			for (let round = 1; round <= 10; round++) {
				const answers = await Promise.all(
					Array.from({ length: RACERS }, (_, i) =>
						execute(
							`mutation($i: ${create.kind}Input!) { create${create.kind}(input: $i) { id } }`,
							{ i: create.input(round, i) }
						)
					)
				);
				const winners = answers.flatMap((a, i) => (a.errors ? [] : [i]));
				const codes = answers.flatMap((a) => a.errors?.map((e) => e.extensions?.code) ?? []);
				expect({ round, winners: winners.length, codes }).toEqual({
					round,
					winners: 1,
					codes: Array(RACERS - 1).fill('CONFLICT')
				});
				const id = create.input(round, 0).id;
				const stored = await readTx(
					async (tx) => (await tx.run(create.stored, { id })).records[0]!
				);
				// The stored entity is the winner's, not a later loser's overwrite.
				expect({ n: Number(stored.get('n')), names: stored.get('names') }).toEqual({
					n: 1,
					names: [mark(round, winners[0]!)]
				});
			}
		}, 300_000);
	}
});
