import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver, connectTestDatabase, execute } from '../helpers/graphql';

beforeAll(connectTestDatabase);
afterAll(closeDriver);

describe('territory read from Neo4j through GraphQL', () => {
	it('reports health with the real server version', async () => {
		const result = await execute<{ health: { ok: boolean; neo4jVersion: string } }>(
			'{ health { ok neo4jVersion } }'
		);
		expect(result.errors).toBeUndefined();
		expect(result.data?.health.ok).toBe(true);
		expect(result.data?.health.neo4jVersion).toMatch(/^5\.26\./);
	});

	it('counts the 1,502 Lombard Comuni and says how complete each link is', async () => {
		const result = await execute<{ territory: { counts: Record<string, number> } }>(
			'{ territory { counts { comuni comuniWithPopulation population comuniWithAmbito comuniWithAts ats asst ambiti province } } }'
		);
		expect(result.errors).toBeUndefined();
		const c = result.data!.territory.counts;
		expect(c.comuni).toBe(1502);
		expect(c.comuniWithPopulation).toBe(1501); // Uggiate con Ronago has no ANPR figure (SOURCES.md)
		expect(c.comuniWithAmbito).toBe(96);
		expect(c.comuniWithAts).toBe(1167);
		expect(c.ats).toBe(8);
		expect(c.asst).toBe(26);
		expect(c.ambiti).toBe(30);
		expect(c.province).toBe(12);
		expect(c.population).toBeGreaterThan(9_000_000);
		expect(c.population).toBeLessThan(11_000_000);
	});

	it('builds the tree ATS -> ASST / Ambiti -> Comuni with population', async () => {
		const result = await execute<{
			territory: {
				ats: Array<{
					name: string;
					asst: Array<{ name: string }>;
					ambiti: Array<{
						name: string;
						nComuniStated: number | null;
						nComuniKnown: number;
						complete: boolean;
						comuni: Array<{ istat: string; name: string; population: number | null }>;
					}>;
				}>;
			};
		}>(
			'{ territory { ats { name asst { name } ambiti { name nComuniStated nComuniKnown complete comuni { istat name population } } } } }'
		);
		expect(result.errors).toBeUndefined();
		const valPadana = result.data!.territory.ats.find((a) => a.name === 'ATS della Val Padana');
		expect(valPadana?.asst.map((a) => a.name)).toContain('ASST DI CREMA');
		const cremasco = valPadana?.ambiti.find((a) => a.name === 'Ambito distrettuale Cremasco');
		expect(cremasco?.nComuniStated).toBe(48);
		expect(cremasco?.nComuniKnown).toBe(48);
		expect(cremasco?.complete).toBe(true);
		const crema = cremasco?.comuni.find((c) => c.istat === '019035');
		expect(crema?.name).toBe('Crema');
		expect(crema?.population).toBeGreaterThan(30_000);
	});
});
