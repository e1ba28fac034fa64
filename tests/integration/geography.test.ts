import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTx, writeTx } from '../../src/lib/server/db/driver';
import { closeDriver, connectTestDatabase, execute, ok, testViewer } from '../helpers/graphql';

/**
 * The geographic views' reads on the real territory. A fixture project in an Ambito no other project
 * targets: three target Comuni A, B, C; an acting partner seated in A, a signing one seated in B, one
 * seated outside the target (D). By the scoring's coverage rule every partner covers its seat, so A
 * and B are covered, C is not, D is reach beyond the target (not listed).
 */
const P = 'geotest';
const DATE = '2031-06-15';
let ambito = { id: '', name: '' };
let A = { istat: '', population: 0 };
let B = { istat: '', population: 0 };
let C = { istat: '', population: 0 };
let D = '';
let ambitoResidents = 0;

interface Activity {
	regionalActivity: {
		activeProjects: number;
		projects: Array<{ id: string; title: string; comuni: string[]; covered: string[] }>;
		comuni: Array<{
			istat: string;
			activeProjects: number;
			coveringProjects: number;
			meanScore: number | null;
		}>;
		ambiti: Array<{
			id: string;
			activeProjects: number;
			residents: number;
			coveredResidents: number;
			residentShare: number | null;
		}>;
	};
}
const ACTIVITY = `query ($date: String) { regionalActivity(date: $date) { activeProjects
	projects { id title comuni covered }
	comuni { istat activeProjects coveringProjects meanScore }
	ambiti { id activeProjects residents coveredResidents residentShare } } }`;
let before: Activity['regionalActivity'];

beforeAll(async () => {
	await connectTestDatabase();
	const picked = await readTx(async (tx) => {
		// an Ambito with at least three Comuni with residents and no project aimed at it
		const r = await tx.run(`
			MATCH (c:Comune)-[:IN]->(a:Ambito) WHERE c.population IS NOT NULL
			  AND NOT EXISTS { (:Project)-[:TARGETS]->(a) } AND NOT EXISTS { (:Project)-[:TARGETS]->(:Comune)-[:IN]->(a) }
			WITH a, c ORDER BY c.istat
			WITH a, collect({istat: c.istat, population: c.population}) AS cs WHERE size(cs) >= 3
			RETURN a.id AS id, a.name AS name, cs[..3] AS cs,
			  reduce(s = 0, c IN [(x:Comune)-[:IN]->(a) | coalesce(x.population, 0)] | s + c) AS residents
			ORDER BY id LIMIT 1`);
		const x = r.records[0]!;
		const d = await tx.run(
			`MATCH (c:Comune) WHERE NOT EXISTS { (c)-[:IN]->(:Ambito {id: $id}) } RETURN c.istat AS istat ORDER BY istat LIMIT 1`,
			{ id: x.get('id') }
		);
		return {
			ambito: { id: x.get('id') as string, name: x.get('name') as string },
			cs: x.get('cs') as Array<{ istat: string; population: number }>,
			residents: x.get('residents') as number,
			d: d.records[0]!.get('istat') as string
		};
	});
	ambito = picked.ambito;
	[A, B, C] = picked.cs as [typeof A, typeof A, typeof A];
	D = picked.d;
	ambitoResidents = picked.residents;
	before = (await ok<Activity>(ACTIVITY, { date: DATE })).regionalActivity;
	await writeTx(async (tx) => {
		await tx.run(
			`MERGE (p:Project {id: $p + '-project'}) SET p.title = 'Progetto geografico', p.start = '2031-01-01', p.end = '2031-12-31'
			 WITH p UNWIND $targets AS istat MATCH (c:Comune {istat: istat}) MERGE (p)-[:TARGETS]->(c)`,
			{ p: P, targets: [A.istat, B.istat, C.istat] }
		);
		for (const [tag, istat, role] of [
			['a', A.istat, 'partner'],
			['b', B.istat, 'aderente'],
			['d', D, 'partner']
		] as const)
			await tx.run(
				`MATCH (p:Project {id: $p + '-project'}), (c:Comune {istat: $istat})
				 MERGE (x:Actor {id: $p + '-actor-' + $tag}) SET x.name = 'Ente ' + toUpper($tag), x.kind = 'odv', x.sector = 'terzo_settore'
				 MERGE (x)-[:SEATED_IN]->(c)
				 MERGE (x)-[:PARTNER_IN {id: $p + '-pi-' + $tag, role: $role}]->(p)`,
				{ p: P, tag, istat, role }
			);
		await tx.run(
			`MATCH (p:Project {id: $p + '-project'}), (x:Actor {id: $p + '-actor-a'})
			 MERGE (az:Action {id: $p + '-action'}) SET az.title = 'Sportello' MERGE (az)-[:OF]->(p) MERGE (x)-[:RESPONSIBLE_FOR]->(az)`,
			{ p: P }
		);
	});
});
afterAll(async () => {
	await writeTx((tx) =>
		tx.run('MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: `${P}-` })
	);
	await closeDriver();
});

describe('geography of a project', () => {
	it('splits the target Comuni into covered and not covered, with their residents', async () => {
		const { projectCoverage: c } = await ok<{
			projectCoverage: {
				comuni: Array<{ istat: string; covered: boolean; population: number | null }>;
				partners: Array<{ name: string; seatIstat: string | null; role: string }>;
				coveredComuni: number;
				uncoveredComuni: number;
				coveredResidents: number;
				uncoveredResidents: number;
				residentShare: number | null;
			};
		}>(
			`query ($id: ID!) { projectCoverage(projectId: $id) { comuni { istat covered population }
			  partners { name seatIstat role } coveredComuni uncoveredComuni coveredResidents uncoveredResidents residentShare } }`,
			{ id: `${P}-project` }
		);
		const covered = Object.fromEntries(c.comuni.map((x) => [x.istat, x.covered]));
		expect(covered).toEqual({ [A.istat]: true, [B.istat]: true, [C.istat]: false });
		expect([c.coveredComuni, c.uncoveredComuni]).toEqual([2, 1]);
		expect(c.coveredResidents).toBe(A.population + B.population);
		expect(c.uncoveredResidents).toBe(C.population);
		expect(c.residentShare).toBeCloseTo(
			(A.population + B.population) / (A.population + B.population + C.population),
			10
		);
		expect(c.partners.map((p) => [p.name, p.seatIstat, p.role])).toEqual([
			['Ente A', A.istat, 'partner'],
			['Ente B', B.istat, 'aderente'],
			['Ente D', D, 'partner']
		]);
	});

	it('refuses an unknown project', async () => {
		const r = await execute(`{ projectCoverage(projectId: "${P}-none") { coveredComuni } }`);
		expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
	});
});

describe('regional view', () => {
	it('counts the active project in each target Comune and the residents it covers in the Ambito', async () => {
		const after = (await ok<Activity>(ACTIVITY, { date: DATE })).regionalActivity;
		expect(after.activeProjects).toBe(before.activeProjects + 1);
		expect(after.projects.find((p) => p.id === `${P}-project`)).toEqual({
			id: `${P}-project`,
			title: 'Progetto geografico',
			comuni: [A.istat, B.istat, C.istat].sort(),
			covered: [A.istat, B.istat].sort()
		});
		const comune = (a: Activity['regionalActivity'], istat: string) =>
			a.comuni.find((x) => x.istat === istat)!;
		for (const x of [A, B, C]) expect(comune(before, x.istat).activeProjects).toBe(0);
		expect(comune(after, A.istat)).toMatchObject({ activeProjects: 1, coveringProjects: 1 });
		expect(comune(after, B.istat)).toMatchObject({ activeProjects: 1, coveringProjects: 1 });
		expect(comune(after, C.istat)).toMatchObject({ activeProjects: 1, coveringProjects: 0 });
		// D is a partner's seat outside the target: not a target Comune of this project
		expect(comune(after, D).activeProjects).toBe(comune(before, D).activeProjects);
		const { scorecard } = await ok<{ scorecard: { total: number | null } }>(
			`query ($id: ID!) { scorecard(projectId: $id) { total } }`,
			{ id: `${P}-project` }
		);
		expect(comune(after, C.istat).meanScore).toBe(scorecard.total);

		const amb = after.ambiti.find((a) => a.id === ambito.id)!;
		expect(before.ambiti.find((a) => a.id === ambito.id)).toMatchObject({
			activeProjects: 0,
			coveredResidents: 0
		});
		expect(amb.activeProjects).toBe(1);
		expect(amb.residents).toBe(ambitoResidents);
		expect(amb.coveredResidents).toBe(A.population + B.population);
		expect(amb.residentShare).toBeCloseTo((A.population + B.population) / ambitoResidents, 10);
	});

	it('does not count the project outside its dates', async () => {
		const other = (await ok<Activity>(ACTIVITY, { date: '2032-01-01' })).regionalActivity;
		expect(other.comuni.find((x) => x.istat === A.istat)!.activeProjects).toBe(0);
	});

	it('refuses a date that is not AAAA-MM-GG', async () => {
		const r = await execute(ACTIVITY, { date: '15/06/2031' });
		expect(r.errors?.[0]?.message).toMatch(/date/);
	});
});

describe('who may read them', () => {
	it('refuses the project and regional reads to anonymous callers and workshop participants', async () => {
		const participant = testViewer({ roles: ['partecipante'] });
		for (const viewer of [null, participant]) {
			const r = await execute(
				`{ projectCoverage(projectId: "${P}-project") { coveredComuni } }`,
				{},
				viewer
			);
			expect(r.errors?.[0]?.extensions?.code).toBe(viewer ? 'FORBIDDEN' : 'UNAUTHENTICATED');
			const a = await execute(ACTIVITY, { date: DATE }, viewer);
			expect(a.errors?.[0]?.extensions?.code).toBe(viewer ? 'FORBIDDEN' : 'UNAUTHENTICATED');
		}
	});
	it('gives the territory and its gaps to anyone (the territory is public)', async () => {
		const r = await execute('{ territory { gaps { ambitiWithoutComuni { id } } } }', {}, null);
		expect(r.errors).toBeUndefined();
	});
});

describe('the territory for the maps and its gaps', () => {
	it('places every Comune in its Ambito, Distretto, ASST and ATS where sources say', async () => {
		const { territory } = await ok<{
			territory: {
				places: Array<{
					istat: string;
					ambito: { name: string } | null;
					asst: { name: string } | null;
					ats: { name: string } | null;
				}>;
				counts: { comuni: number; comuniWithAmbito: number };
			};
		}>(
			'{ territory { counts { comuni comuniWithAmbito } places { istat ambito { name } asst { name } ats { name } } } }'
		);
		expect(territory.places).toHaveLength(territory.counts.comuni);
		expect(territory.places.filter((p) => p.ambito)).toHaveLength(
			territory.counts.comuniWithAmbito
		);
		expect(territory.places.find((p) => p.istat === '019035')).toEqual({
			istat: '019035',
			ambito: { name: 'Ambito distrettuale Cremasco' },
			asst: { name: 'ASST DI CREMA' },
			ats: { name: 'ATS della Val Padana' }
		});
	});

	it('lists what is missing, consistently with the counts', async () => {
		const { territory } = await ok<{
			territory: {
				counts: Record<string, number>;
				gaps: Record<
					'comuniWithoutAmbito' | 'comuniWithoutDistretto' | 'ambitiWithoutComuni',
					Array<{ name: string }>
				>;
			};
		}>(`{ territory {
			counts { comuni comuniWithAmbito comuniWithDistretto ambiti ambitiWithComuniListed caseDiComunita }
			gaps { comuniWithoutAmbito { istat name } comuniWithoutDistretto { istat name } comuniWithoutAsst { istat name }
			  ambitiWithoutComuni { id name } caseWithoutComune { id name } } } }`);
		const { counts: c, gaps: g } = territory;
		expect(g.comuniWithoutAmbito).toHaveLength(c.comuni! - c.comuniWithAmbito!);
		expect(g.comuniWithoutDistretto).toHaveLength(c.comuni! - c.comuniWithDistretto!);
		expect(g.ambitiWithoutComuni).toHaveLength(c.ambiti! - c.ambitiWithComuniListed!);
		expect(g.comuniWithoutAmbito.map((x) => x.name)).not.toContain('Crema');
	});
});
