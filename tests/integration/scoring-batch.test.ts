import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTx, writeTx } from '../../src/lib/server/db/driver';
import { resolveRubric, scoreProjects } from '../../src/lib/server/evaluation/scorecard-service';
import {
	partnershipSnapshot,
	partnershipSnapshots
} from '../../src/lib/server/evaluation/snapshot-queries';
import { closeDriver, connectTestDatabase, ok } from '../helpers/graphql';

beforeAll(connectTestDatabase);
afterAll(closeDriver);

/**
 * Scoring many projects reads each Comune's candidates once and picks each project's in code
 * (issue 20): the pick must be what the per-project Cypher gave, and a batch must score exactly as
 * one project at a time.
 */
const u = `batch-${Date.now().toString(36)}`;
let comune = { id: '', istat: '', ambitoId: '' };
const projects = [`${u}-comune`, `${u}-ambito`, `${u}-both`];

/** The candidates as the per-project query chose them: seated in a targeted Comune, first 300 by name. */
const REFERENCE = `
MATCH (p:Project {id: $id})
OPTIONAL MATCH (p)-[:TARGETS]->(t)
WITH p, coalesce(p.fictional, false) AS demo, [(a:Actor)-[:PARTNER_IN]->(p) | a] AS partnerNodes, collect(DISTINCT t) AS targets
UNWIND targets AS t
CALL (t) { WITH t WHERE t:Comune RETURN t AS c UNION MATCH (c:Comune)-[:IN]->(t) RETURN c }
MATCH (cand:Actor)-[:SEATED_IN]->(c) WHERE NOT cand IN partnerNodes AND (demo OR NOT coalesce(cand.fictional, false))
WITH DISTINCT cand, c ORDER BY cand.name, cand.id LIMIT 300
RETURN collect({actorId: cand.id, name: cand.name, seatComune: c.istat}) AS candidates`;

beforeAll(async () => {
	// A Comune no other test file seats actors in: the shared database must not move under the reads.
	comune = await readTx(async (tx) => {
		const r = await tx.run(
			`MATCH (c:Comune)-[:IN]->(a:Ambito)
			 RETURN c.id AS id, c.istat AS istat, a.id AS ambitoId ORDER BY c.istat DESC LIMIT 1`
		);
		return r.records[0]!.toObject() as typeof comune;
	});
	// 320 actors, more than a project is offered; pairs share a name, so the cut falls among equal names.
	await writeTx((tx) =>
		tx.run(
			`MATCH (c:Comune {id: $comune})
			 UNWIND range(0, 319) AS i
			 CREATE (a:Actor {id: $u + '-a' + toString(i), name: 'Ente ' + toString(1000 + i / 2),
			   kind: 'aps', sector: 'third_sector', fictional: i = 7})-[:SEATED_IN]->(c)`,
			{ comune: comune.id, u }
		)
	);
	const targets = [
		{ targetComuniIstat: [comune.istat] },
		{ targetAmbitoIds: [comune.ambitoId] },
		{ targetComuniIstat: [comune.istat], targetAmbitoIds: [comune.ambitoId] }
	];
	for (const [n, id] of projects.entries()) {
		await ok(`mutation($i: ProjectInput!) { createProject(input: $i) { id } }`, {
			i: { id, title: `Progetto ${id}`, start: '2024-01-01', end: '2025-12-31', ...targets[n] }
		});
		// Partners among the first by name: they must be left out of the candidates.
		for (const [k, actor] of [`${u}-a0`, `${u}-a${3 + n}`].entries())
			await ok(`mutation($i: PartnershipInput!) { createPartnership(input: $i) { id } }`, {
				i: { id: `${id}-p${k}`, actorId: actor, projectId: id, role: k ? 'partner' : 'capofila' }
			});
	}
});

afterAll(async () => {
	await writeTx((tx) =>
		tx.run(
			`MATCH (n) WHERE (n:Actor OR n:Project OR n:Network) AND n.id STARTS WITH $u DETACH DELETE n`,
			{
				u
			}
		)
	);
});

describe('scoring many projects at once (issue 20)', () => {
	it("offers each project the candidates the per-project query chose, with their Comune's territory", async () => {
		const snapshots = await partnershipSnapshots(projects);
		for (const id of projects) {
			const expected = await readTx(async (tx) =>
				(await tx.run(REFERENCE, { id })).records[0]!.get('candidates')
			);
			const candidates = snapshots.get(id)!.candidates!;
			expect(
				candidates.map(({ actorId, name, seatComune }) => ({ actorId, name, seatComune }))
			).toEqual(expected);
			expect(candidates).toHaveLength(300);
			expect(candidates.some((c) => c.actorId === `${u}-a0` || c.actorId === `${u}-a7`)).toBe(
				false
			);
			const own = candidates.find((c) => c.actorId === `${u}-a1`)!;
			expect(own.ambitoIds).toEqual([comune.ambitoId]);
		}
	});

	it('scores a batch exactly as one project at a time', async () => {
		const rubric = await resolveRubric();
		const batch = await scoreProjects(projects, rubric, 2);
		expect(batch.failures).toEqual([]);
		for (const id of projects) {
			const alone = await scoreProjects([id], rubric, 1);
			const inBatch = batch.scores.find((s) => s.projectId === id)!;
			expect(inBatch.scorecard).toEqual(alone.scores[0]!.scorecard);
			expect(inBatch.snapshot).toEqual(await partnershipSnapshot(id));
		}
		expect(batch.scores.map((s) => s.projectId)).toEqual(projects);
	});

	it('reads in each scoring run what was written since the last: what partners share lasts one run', async () => {
		const rubric = await resolveRubric();
		const [first] = projects;
		const run = async () =>
			(await scoreProjects(projects, rubric, 2)).scores.find((s) => s.projectId === first)!
				.snapshot;
		const shared = (s: Awaited<ReturnType<typeof run>>) =>
			s.priorCollaborations.map(({ a, b, source }) => ({ a, b, source }));
		expect(shared(await run())).toEqual([]);
		// The first project's partners a0 and a3 now share the second project, and a network with a9.
		await ok(`mutation($i: PartnershipInput!) { createPartnership(input: $i) { id } }`, {
			i: { id: `${projects[1]}-p9`, actorId: `${u}-a3`, projectId: projects[1], role: 'partner' }
		});
		const join = (actor: string) =>
			writeTx((tx) =>
				tx.run(
					`MERGE (n:Network {id: $u + '-rete'}) ON CREATE SET n.name = 'Rete ' + $u
					 WITH n MATCH (a:Actor {id: $actor}) CREATE (a)-[:MEMBER_OF]->(n)`,
					{ u, actor }
				)
			);
		for (const actor of ['a0', 'a3', 'a9']) await join(`${u}-${actor}`);
		const second = await run();
		expect(shared(second)).toEqual([{ a: `${u}-a0`, b: `${u}-a3`, source: 'shared_project' }]);
		expect(
			second.networks.map((n) => [[...n.memberActorIds].sort(), n.externalMemberCount])
		).toEqual([[[`${u}-a0`, `${u}-a3`], 1]]);
		// One more member outside the partnership: the next run counts it.
		await join(`${u}-a10`);
		expect((await run()).networks.map((n) => n.externalMemberCount)).toEqual([2]);
	});
});
