import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTx } from '../../src/lib/server/db/driver';
import { closeDriver, connectTestDatabase, ok } from '../helpers/graphql';

beforeAll(connectTestDatabase);
afterAll(closeDriver);

/** Issue 16: a ranking shows each total's assessed share and isolates a project that cannot be scored. */
const u = `rank-${Date.now().toString(36)}`;
const CREMA = '019035';

interface RankingData {
	ranking: {
		evaluations: Array<{
			projectId: string;
			scorecard: {
				total: number | null;
				assessedWeightShare: number;
				comparable: boolean;
				comparabilityThreshold: number;
				notAssessed: Array<{ criterionId: string; missing: string[] }>;
			};
		}>;
		failures: Array<{
			projectId: string;
			project: { title: string };
			message: { it: string };
			cause: string;
		}>;
	};
}
const RANKING = `query($c: ID) { ranking(callId: $c, rubricId: "programmazione-2025-2027") {
	evaluations { projectId scorecard { total assessedWeightShare comparable comparabilityThreshold notAssessed { criterionId missing } } }
	failures { projectId project { title } message { it } cause } } }`;

beforeAll(async () => {
	await ok(`mutation($i: CallInput!) { createCall(input: $i) { id } }`, {
		i: { id: `${u}-call`, title: `Bando ${u}`, year: 2024 }
	});
	await ok(`mutation($input: ActorInput!) { createActor(input: $input) { id } }`, {
		input: { id: `${u}-aps`, name: `APS ${u}`, kind: 'aps', seatIstat: CREMA }
	});
	for (const n of [1, 2, 3]) {
		await ok(`mutation($i: ProjectInput!) { createProject(input: $i) { id } }`, {
			i: {
				id: `${u}-${n}`,
				title: `Progetto ${n} ${u}`,
				callId: `${u}-call`,
				start: '2024-01-01',
				end: '2025-12-31',
				targetComuniIstat: [CREMA],
				status: 'submitted'
			}
		});
		await ok(`mutation($i: PartnershipInput!) { createPartnership(input: $i) { id } }`, {
			i: { id: `${u}-p${n}`, actorId: `${u}-aps`, projectId: `${u}-${n}`, role: 'capofila' }
		});
	}
});

describe('the ranking (issue 16, phase 2)', () => {
	it('gives every total its assessed share and says what is missing below the threshold', async () => {
		const data = await ok<RankingData>(RANKING, { c: `${u}-call` });
		expect(data.ranking.failures).toEqual([]);
		expect(data.ranking.evaluations).toHaveLength(3);
		for (const e of data.ranking.evaluations) {
			expect(e.scorecard.comparabilityThreshold).toBe(0.7);
			// A one-partner project with no resources, LEPS or phases recorded: not comparable.
			expect(e.scorecard.assessedWeightShare).toBeLessThan(0.7);
			expect(e.scorecard.comparable).toBe(false);
			expect(e.scorecard.notAssessed.length).toBeGreaterThan(0);
			expect(e.scorecard.notAssessed.every((c) => c.missing.length > 0)).toBe(true);
		}
	});

	it('a project whose stored record is broken becomes an error row; the others are still ranked', async () => {
		// A malformed record, as a faulty import or a manual edit could leave it in the database.
		await writeTx((tx) =>
			tx.run(`MATCH ()-[r:PARTNER_IN {id: $id}]->() SET r.commitmentsJson = '{rotto'`, {
				id: `${u}-p2`
			})
		);
		const data = await ok<RankingData>(RANKING, { c: `${u}-call` });
		expect(data.ranking.evaluations.map((e) => e.projectId).sort()).toEqual([`${u}-1`, `${u}-3`]);
		expect(data.ranking.failures).toHaveLength(1);
		const failure = data.ranking.failures[0]!;
		expect(failure.projectId).toBe(`${u}-2`);
		expect(failure.project.title).toBe(`Progetto 2 ${u}`);
		expect(failure.message.it).toContain('non si è potuto calcolare');
		expect(failure.cause).toMatch(/JSON/);
		// The old list answers too, without the broken project.
		const old = await ok<{ evaluations: Array<{ projectId: string }> }>(
			`query($c: ID) { evaluations(callId: $c) { projectId } }`,
			{ c: `${u}-call` }
		);
		expect(old.evaluations).toHaveLength(2);
		await writeTx((tx) =>
			tx.run(`MATCH ()-[r:PARTNER_IN {id: $id}]->() SET r.commitmentsJson = '[]'`, {
				id: `${u}-p2`
			})
		);
	});
});
