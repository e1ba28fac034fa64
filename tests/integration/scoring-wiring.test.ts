import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTx } from '../../src/lib/server/db/driver';
import { partnershipSnapshot } from '../../src/lib/server/evaluation/snapshot-queries';
import { closeDriver, connectTestDatabase, ok } from '../helpers/graphql';

beforeAll(connectTestDatabase);
afterAll(closeDriver);

/**
 * Issue 16, phase 2: the snapshot read from Neo4j carries what the engine can use (shared history,
 * dated memberships and ties, target Ambiti, candidates with their territory), and the scorecard
 * asked through GraphQL moves when each is recorded. Issue 15: demo records stay out of a real
 * project in the demo's own Ambito.
 */
const u = `wire-${Date.now().toString(36)}`;
const CREMA = '019035';
const CREMASCO = 'ambito-ambito-distrettuale-cremasco';

interface Card {
	total: number | null;
	criteria: Array<{
		id: string;
		score: number | null;
		suggestions: Array<{ it: string; actorIds: string[] }>;
	}>;
}
const card = async () =>
	(
		await ok<{ scorecard: Card }>(
			`{ scorecard(projectId: "${u}", rubricId: "programmazione-2025-2027") { total criteria { id score suggestions { it actorIds } } } }`
		)
	).scorecard;
const score = (c: Card, id: string) => c.criteria.find((x) => x.id === id)!.score;

const actor = (id: string, kind: string, name = `${kind} ${id}`) =>
	ok(`mutation($input: ActorInput!) { createActor(input: $input) { id } }`, {
		input: { id, name, kind, seatIstat: CREMA }
	});

beforeAll(async () => {
	await actor(`${u}-lead`, 'aps', `Capofila ${u}`);
	await actor(`${u}-coop`, 'cooperativa_sociale_a', `Cooperativa ${u}`);
	await actor(`${u}-out`, 'odv', `Associazione esterna ${u}`);
	// A project is offered the first 300 actors of its Comuni by name, and other files leave thousands
	// in Crema ("Associazione … numero 1266"): a name that sorts before letters keeps this one offered.
	await actor(`${u}-cand`, 'fondazione', `0 Fondazione candidata ${u}`);
	await ok(`mutation($i: ProjectInput!) { createProject(input: $i) { id } }`, {
		i: {
			id: u,
			title: `Domiciliarità ${u}`,
			start: '2024-01-01',
			end: '2025-12-31',
			policyAreas: ['home_care'],
			targetComuniIstat: [CREMA],
			targetAmbitoIds: [CREMASCO],
			status: 'funded'
		}
	});
	for (const [n, id, role] of [
		[1, `${u}-lead`, 'capofila'],
		[2, `${u}-coop`, 'partner']
	] as const)
		await ok(`mutation($i: PartnershipInput!) { createPartnership(input: $i) { id } }`, {
			i: { id: `${u}-p${n}`, actorId: id, projectId: u, role }
		});
	await ok(`mutation($i: ActionInput!) { createAction(input: $i) { id } }`, {
		i: {
			id: `${u}-act`,
			projectId: u,
			title: 'Assistenza domiciliare',
			responsibleActorIds: [`${u}-lead`, `${u}-coop`]
		}
	});
});

describe('the scoring snapshot read from Neo4j (issue 16, phase 2)', () => {
	it('with no shared history recorded, C is not assessable', async () => {
		const snapshot = await partnershipSnapshot(u);
		expect(snapshot!.sharedHistory).toEqual([]);
		expect(score(await card(), 'C')).toBeNull();
	});

	it('an Accordo di Programma both partners signed before the start makes C assessable', async () => {
		await ok(`mutation($i: AgreementInput!) { createAgreement(input: $i) { id } }`, {
			i: {
				id: `${u}-adp`,
				title: `Accordo ${u}`,
				ambitoId: CREMASCO,
				start: '2019-01-01',
				end: '2026-12-31',
				signatoryActorIds: [`${u}-lead`],
				adherentActorIds: [`${u}-coop`]
			}
		});
		const snapshot = await partnershipSnapshot(u);
		expect(snapshot!.sharedHistory).toEqual([
			{
				kind: 'accordo_di_programma',
				label: `Accordo ${u}`,
				actorIds: expect.arrayContaining([`${u}-lead`, `${u}-coop`]),
				since: '2019-01-01',
				until: '2026-12-31'
			}
		]);
		expect(score(await card(), 'C')).toBeGreaterThan(0);
		await ok(`mutation { deleteAgreement(id: "${u}-adp") }`);
		expect(score(await card(), 'C')).toBeNull();
	});

	it('network memberships count for C only with their dates', async () => {
		await ok(`mutation($i: NetworkInput!) { createNetwork(input: $i) { id } }`, {
			i: { id: `${u}-net`, name: `Rete ${u}`, ambitoId: CREMASCO }
		});
		for (const who of ['lead', 'coop'])
			await ok(`mutation($i: MembershipInput!) { createMembership(input: $i) { since } }`, {
				i: { actorId: `${u}-${who}`, networkId: `${u}-net` }
			});
		const undated = await partnershipSnapshot(u);
		expect(undated!.networks.find((n) => n.id === `${u}-net`)!.memberships).toHaveLength(2);
		expect(score(await card(), 'C')).toBeNull();

		for (const who of ['lead', 'coop']) {
			await ok(`mutation { deleteMembership(actorId: "${u}-${who}", networkId: "${u}-net") }`);
			await ok(`mutation($i: MembershipInput!) { createMembership(input: $i) { since } }`, {
				i: { actorId: `${u}-${who}`, networkId: `${u}-net`, since: '2017-03-01' }
			});
		}
		const dated = await partnershipSnapshot(u);
		expect(dated!.networks.find((n) => n.id === `${u}-net`)!.memberships).toEqual(
			expect.arrayContaining([{ actorId: `${u}-lead`, since: '2017-03-01', until: null }])
		);
		expect(score(await card(), 'C')).toBeGreaterThan(0);
		await ok(`mutation { deleteNetwork(id: "${u}-net") }`);
	});

	it('a tie to an outside actor that ended before the start no longer counts for D', async () => {
		const before = score(await card(), 'D');
		const tie = (until: string | null) =>
			ok(`mutation($i: CollaborationInput!) { createCollaboration(input: $i) { id } }`, {
				i: {
					id: `${u}-tie`,
					actorAId: `${u}-lead`,
					actorBId: `${u}-out`,
					source: 'declared',
					since: '2012-01-01',
					until,
					strength: 4,
					trust: 5
				}
			});
		await tie(null);
		const open = await partnershipSnapshot(u);
		expect(open!.externalTies).toContainEqual({
			partnerId: `${u}-lead`,
			otherActorId: `${u}-out`,
			otherKind: 'odv',
			since: '2012-01-01',
			until: null
		});
		const withTie = score(await card(), 'D');
		expect(withTie ?? 0).toBeGreaterThan(before ?? 0);

		await ok(`mutation { deleteCollaboration(id: "${u}-tie") }`);
		await tie('2015-06-30');
		expect(score(await card(), 'D') ?? 0).toBeLessThan(withTie!);
		await ok(`mutation { deleteCollaboration(id: "${u}-tie") }`);
	});

	it('a collaboration between partners carries its level and trust', async () => {
		await ok(`mutation($i: CollaborationInput!) { createCollaboration(input: $i) { id } }`, {
			i: {
				id: `${u}-pair`,
				actorAId: `${u}-coop`,
				actorBId: `${u}-lead`,
				source: 'survey',
				since: '2016-01-01',
				strength: 4,
				trust: 3
			}
		});
		const snapshot = await partnershipSnapshot(u);
		expect(snapshot!.priorCollaborations).toContainEqual(
			expect.objectContaining({
				a: `${u}-coop`,
				b: `${u}-lead`,
				since: '2016-01-01',
				level: 4,
				trust: 3,
				value: null
			})
		);
		expect(score(await card(), 'C')).toBeGreaterThan(0);
		await ok(`mutation { deleteCollaboration(id: "${u}-pair") }`);
	});

	it('reads the target Ambiti with their ATS', async () => {
		const snapshot = await partnershipSnapshot(u);
		const atsOfCrema = await readTx(async (tx) => {
			const r = await tx.run(`MATCH (:Ambito {id: $id})-[:IN]->(t:ATS) RETURN t.code AS code`, {
				id: CREMASCO
			});
			return r.records[0]!.get('code') as string;
		});
		expect(snapshot!.territory.ambiti).toEqual([
			{ id: CREMASCO, name: expect.any(String), atsId: atsOfCrema }
		]);
	});

	it('offers real candidates of the territory with their Ambito and ATS, and names them in suggestions', async () => {
		const snapshot = await partnershipSnapshot(u);
		const candidate = snapshot!.candidates!.find((c) => c.actorId === `${u}-cand`);
		expect(candidate).toMatchObject({
			kind: 'fondazione',
			seatComune: CREMA,
			fictional: false,
			ambitoIds: [CREMASCO]
		});
		expect(candidate!.atsIds!.length).toBeGreaterThan(0);
	});
});

describe('demo and real data apart (issue 15)', () => {
	it('a real project in the demo’s Ambito reads no fictional candidate, tie or network', async () => {
		const fictional = await readTx(async (tx) => {
			const r = await tx.run(
				`MATCH (a:Actor {fictional: true})-[:SEATED_IN]->(:Comune {istat: $istat}) RETURN collect(a.id) AS ids`,
				{ istat: CREMA }
			);
			return new Set(r.records[0]!.get('ids') as string[]);
		});
		// The demo has actors seated in Crema: without the rule they would be suggested here.
		expect(fictional.size).toBeGreaterThan(0);
		const snapshot = await partnershipSnapshot(u);
		expect(snapshot!.candidates!.filter((c) => fictional.has(c.actorId))).toEqual([]);
		expect(snapshot!.candidates!.every((c) => c.fictional === false)).toBe(true);
		const suggested = (await card()).criteria.flatMap((c) =>
			c.suggestions.flatMap((s) => s.actorIds)
		);
		expect(suggested.filter((id) => fictional.has(id))).toEqual([]);
	});

	it('the demo’s collaborations between real bodies do not count for a real project', async () => {
		// The demo records collaborations of the real Comune of Crema: a real project with Crema reads none.
		const demoTies = await readTx(async (tx) => {
			const r = await tx.run(
				`MATCH (c:Comune {istat: $istat})-[t:COLLABORATES_WITH]-(o:Actor) WHERE t.id STARTS WITH 'demo-' RETURN collect(o.id) AS ids`,
				{ istat: CREMA }
			);
			return new Set(r.records[0]!.get('ids') as string[]);
		});
		expect(demoTies.size).toBeGreaterThan(0);
		const crema = await readTx(async (tx) => {
			const r = await tx.run(`MATCH (c:Comune {istat: $istat}) RETURN c.id AS id`, {
				istat: CREMA
			});
			return r.records[0]!.get('id') as string;
		});
		await ok(`mutation($i: PartnershipInput!) { createPartnership(input: $i) { id } }`, {
			i: { id: `${u}-p3`, actorId: crema, projectId: u, role: 'partner' }
		});
		const snapshot = await partnershipSnapshot(u);
		expect(
			snapshot!.externalTies.filter((t) => t.partnerId === crema && demoTies.has(t.otherActorId))
		).toEqual([]);
		await ok(`mutation { deletePartnership(id: "${u}-p3") }`);
		// A demo project still reads the demo as a whole.
		const demo = await partnershipSnapshot('demo-project-07');
		expect(demo!.externalTies.length).toBeGreaterThan(0);
	});
});
