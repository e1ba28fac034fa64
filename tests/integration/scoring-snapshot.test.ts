import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTx } from '../../src/lib/server/db/driver';
import { partnershipSnapshot } from '../../src/lib/server/evaluation/snapshot-queries';
import { closeDriver, connectTestDatabase, ok } from '../helpers/graphql';

beforeAll(connectTestDatabase);
afterAll(closeDriver);

const unique = `snap-${Date.now().toString(36)}`;
const CREMA = '019035';

describe('the scoring snapshot of a project with an ASST that has no Comuni mapped (issue 16)', () => {
	let asstId = '';

	beforeAll(async () => {
		// Most ASSTs of the reference data serve no mapped Comune: the reader used to build their Ambiti as null.
		asstId = await readTx(async (tx) => {
			const result = await tx.run(
				`MATCH (a:ASST) WHERE NOT (:Comune)-[:SERVED_BY]->(a) RETURN a.id AS id ORDER BY id LIMIT 1`
			);
			return result.records[0]!.get('id') as string;
		});
		await ok(`mutation($input: ActorInput!) { createActor(input: $input) { id } }`, {
			input: { id: `${unique}-aps`, name: `APS ${unique}`, kind: 'aps', seatIstat: CREMA }
		});
		await ok(`mutation($i: ProjectInput!) { createProject(input: $i) { id } }`, {
			i: {
				id: unique,
				title: `Domiciliarità ${unique}`,
				start: '2024-01-01',
				end: '2025-12-31',
				policyAreas: ['home_care'],
				targetComuniIstat: [CREMA],
				status: 'funded'
			}
		});
		await ok(`mutation($i: PartnershipInput!) { createPartnership(input: $i) { id } }`, {
			i: { id: `${unique}-p1`, actorId: `${unique}-aps`, projectId: unique, role: 'capofila' }
		});
		await ok(`mutation($i: PartnershipInput!) { createPartnership(input: $i) { id } }`, {
			i: {
				id: `${unique}-p2`,
				actorId: asstId,
				projectId: unique,
				role: 'partner',
				// Staff hours with no EUR value: present but not valued, never 0 €.
				commitments: [{ type: 'staff_hours', amount: 200, source: 'public' }]
			}
		});
	});

	it('reads the ASST with an empty list of Ambiti and its unvalued commitment as null, not 0 €', async () => {
		const snapshot = await partnershipSnapshot(unique);
		const asst = snapshot!.partners.find((p) => p.actorId === asstId)!;
		expect(asst.ambitoIds).toEqual([]);
		expect(Array.isArray(asst.atsIds)).toBe(true);
		expect(snapshot!.commitments).toEqual([
			{
				actorId: asstId,
				type: 'staff_hours',
				amountEur: null,
				source: 'public',
				beyondFunding: false
			}
		]);
	});

	it('scores the project: the scorecard answers instead of a 500', async () => {
		const data = await ok<{
			scorecard: { total: number | null; criteria: Array<{ id: string; score: number | null }> };
		}>(
			`{ scorecard(projectId: "${unique}", rubricId: "programmazione-2025-2027") { total criteria { id score } } }`
		);
		expect(data.scorecard.total).not.toBeNull();
		expect(data.scorecard.criteria.map((c) => c.id)).toContain('F');
	});
});
