import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTx, writeTx } from '../../src/lib/server/db/driver';
import { can, type Viewer } from '../../src/lib/server/auth/policy';
import { CREATE_SURVEY } from '../../src/lib/server/surveys/rules';
import { SURVEYS_PAGE } from '../../src/lib/surveys/queries';
import { closeDriver, connectTestDatabase, execute, ok, testViewer } from '../helpers/graphql';

/**
 * The survey create form's subjects (/questionari): every project and network the viewer may start
 * a survey on, by the rule createSurvey enforces, and no other; no cap, even when the viewer's own
 * project comes after 200 others of another Ambito in the projects list's order.
 */
const P = 'svsub';
let X = '';
let Y = '';
let comuneOfX = '';
const OTHERS = 200;
const udpX = () => testViewer({ id: `${P}-udp-x`, roles: ['ufficio_di_piano'], ambitoIds: [X] });

type Subject = { kind: string; id: string; name: string };
const SUBJECTS = `{ surveySubjects { kind id name } }`;
const mine = (list: Subject[]) =>
	list
		.filter((s) => s.id.startsWith(P))
		.map((s) => `${s.kind}:${s.id}`)
		.sort();

beforeAll(async () => {
	await connectTestDatabase();
	const picked = await readTx(async (tx) => {
		const r = await tx.run(
			`MATCH (c:Comune)-[:IN]->(a:Ambito) WITH a, min(c.istat) AS istat ORDER BY a.id LIMIT 2
			 RETURN a.id AS id, istat`
		);
		return r.records.map((x) => ({ id: x.get('id') as string, istat: x.get('istat') as string }));
	});
	[X, Y, comuneOfX] = [picked[0]!.id, picked[1]!.id, picked[0]!.istat];
	await writeTx(async (tx) => {
		// 200 dated projects of Ambito Y come before any undated one in the projects list's order.
		await tx.run(
			`MATCH (y:Ambito {id: $y}) UNWIND range(1, $n) AS i
			 CREATE (p:Project {id: $p + '-y-' + i, title: 'Progetto Y ' + i, start: '2026-01-01'})
			 CREATE (p)-[:TARGETS]->(y)`,
			{ y: Y, n: OTHERS, p: P }
		);
		await tx.run(
			`MATCH (x:Ambito {id: $x}), (y:Ambito {id: $y}), (c:Comune {istat: $comune})
			 CREATE (late:Project {id: $p + '-x-late', title: 'Zeta, progetto non datato di X'})-[:TARGETS]->(x)
			 CREATE (:Project {id: $p + '-x-comune', title: 'Progetto di un Comune di X', start: '2020-01-01'})-[:TARGETS]->(c)
			 CREATE (:Project {id: $p + '-own', title: 'Progetto senza Ambito', createdBy: $p + '-udp-x'})
			 CREATE (:Project {id: $p + '-other', title: 'Progetto senza Ambito di altri', createdBy: $p + '-udp-y'})
			 CREATE (:Network {id: $p + '-net-x', name: 'Rete di X'})-[:FOR]->(x)
			 CREATE (:Network {id: $p + '-net-y', name: 'Rete di Y'})-[:FOR]->(y)
			 CREATE (:Network {id: $p + '-net-own', name: 'Rete senza Ambito', createdBy: $p + '-udp-x'})`,
			{ x: X, y: Y, comune: comuneOfX, p: P }
		);
	});
});

afterAll(async () => {
	await writeTx((tx) => tx.run(`MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n`, { p: P }));
	await closeDriver();
});

describe('the subjects a survey may be created on', () => {
	it('offers an office its own Ambito’s project beyond the first 200, and not another Ambito’s', async () => {
		// The old form's list (the first 200 projects) did not reach it.
		const old = await ok<{ projects: { edges: Array<{ node: { id: string } }> } }>(
			`{ projects(first: 200) { edges { node { id } } } }`,
			{},
			udpX()
		);
		expect(old.projects.edges.map((e) => e.node.id)).not.toContain(`${P}-x-late`);

		const { surveySubjects } = await ok<{ surveySubjects: Subject[] }>(SUBJECTS, {}, udpX());
		expect(mine(surveySubjects)).toEqual([
			`network:${P}-net-own`,
			`network:${P}-net-x`,
			`project:${P}-own`,
			`project:${P}-x-comune`,
			`project:${P}-x-late`
		]);
		const late = surveySubjects.find((s) => s.id === `${P}-x-late`);
		expect(late?.name).toBe('Zeta, progetto non datato di X');
	});

	it('offers exactly what createSurvey’s rule lets the viewer create, and no more', async () => {
		const subjects = await readTx(async (tx) => {
			const r = await tx.run(
				`MATCH (s) WHERE (s:Project OR s:Network) AND s.id STARTS WITH $p
				 RETURN CASE WHEN s:Project THEN 'project' ELSE 'network' END AS kind, s.id AS id`,
				{ p: P }
			);
			return r.records.map((x) => ({ kind: x.get('kind') as string, id: x.get('id') as string }));
		});
		const allowed = async (viewer: Viewer) => {
			const yes: string[] = [];
			for (const s of subjects) {
				const input = s.kind === 'project' ? { projectId: s.id } : { networkId: s.id };
				const scope = await CREATE_SURVEY.scope!({ input }, { viewer });
				if (can(viewer, 'survey.run', scope)) yes.push(`${s.kind}:${s.id}`);
			}
			return yes.sort();
		};
		for (const viewer of [
			udpX(),
			testViewer({ id: `${P}-fac-y`, roles: ['facilitatore'], ambitoIds: [Y] }),
			testViewer()
		]) {
			const { surveySubjects } = await ok<{ surveySubjects: Subject[] }>(SUBJECTS, {}, viewer);
			expect(mine(surveySubjects), viewer.id).toEqual(await allowed(viewer));
		}
	});

	it('gives an administrator every one, uncapped, and the page’s own query reads them', async () => {
		const { surveySubjects } = await ok<{ surveySubjects: Subject[] }>(SURVEYS_PAGE, {});
		const ours = mine(surveySubjects);
		expect(ours.filter((s) => s.startsWith(`project:${P}-y-`))).toHaveLength(OTHERS);
		expect(ours).toContain(`project:${P}-other`);
		expect(ours).toContain(`network:${P}-net-y`);
	});

	it('is refused to a role that does not run surveys', async () => {
		const r = await execute(SUBJECTS, {}, testViewer({ id: `${P}-val`, roles: ['valutatore'] }));
		expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
	});
});
