import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTx } from '../../src/lib/server/db/driver';
import {
	findAll,
	gexfProblems,
	parseXml,
	type XmlElement
} from '../../src/lib/server/transfer/export/test-support';
import { firstAmbitoId, removeSurveysOf } from '../helpers/surveys';
import { closeDriver, connectTestDatabase, execute, ok, testViewer } from '../helpers/graphql';

/**
 * The survey's network as a graph file (issue 19: «the network with survey weights as GEXF/GraphML»):
 * the organisations as nodes, the ties read by the results' rule with level, trust and value, a
 * GEXF valid against the published grammar; an anonymous survey's only once closed, without trust
 * and value.
 */
const P = 'svyn';
let X = '';
const ORGS = ['a', 'b', 'c', 'd'].map((k) => `${P}-org-${k}`);
const [A, B, C, D] = ORGS as [string, string, string, string];
const PROJECT = `${P}-project`;
const udp = () => testViewer({ id: `${P}-udp`, roles: ['ufficio_di_piano'], ambitoIds: [X] });

const CREATE = `mutation($input: SurveyInput!) { createSurvey(input: $input) { id } }`;
const OPEN = `mutation($id: ID!) { openSurvey(id: $id) { status } }`;
const CLOSE = `mutation($id: ID!) { closeSurvey(id: $id) { status } }`;
const LINKS = `mutation($s: ID!) { issueSurveyLinks(surveyId: $s) { token respondent { orgId } } }`;
const SUBMIT = `mutation($t: String!, $input: SurveyResponseInput!) { submitSurveyResponse(token: $t, input: $input) { saved } }`;
const FILE = `query($s: ID!, $f: String!) { surveyNetworkFile(surveyId: $s, format: $f) { fileName mediaType base64 } }`;

type File = { surveyNetworkFile: { fileName: string; mediaType: string; base64: string } };
const text = (f: File) => Buffer.from(f.surveyNetworkFile.base64, 'base64').toString('utf8');

/** Each edge's attribute values (GEXF attvalues) by its two ends, sorted. */
function gexfEdges(xml: string) {
	const edges = findAll(parseXml(xml), 'edge').map((e: XmlElement) => [
		[e.attributes.source, e.attributes.target].sort().join(' – '),
		{
			weight: e.attributes.weight,
			...Object.fromEntries(
				findAll(e, 'attvalue').map((v) => [v.attributes.for, v.attributes.value])
			)
		}
	]);
	return Object.fromEntries(edges) as Record<string, Record<string, string | undefined>>;
}

async function answeredSurvey(title: string, anonymous: boolean) {
	const { createSurvey } = await ok<{ createSurvey: { id: string } }>(
		CREATE,
		{
			input: { title, projectId: PROJECT, opensOn: '2026-01-01', closesOn: '2099-12-31', anonymous }
		},
		udp()
	);
	const id = createSurvey.id;
	await ok(OPEN, { id }, udp());
	const { issueSurveyLinks } = await ok<{
		issueSurveyLinks: Array<{ token: string; respondent: { orgId: string } }>;
	}>(LINKS, { s: id }, udp());
	const token = new Map(issueSurveyLinks.map((l) => [l.respondent.orgId, l.token]));
	const answer = (org: string, ties: Array<Record<string, unknown>>) =>
		ok(SUBMIT, { t: token.get(org), input: { ties, complete: true } }, null);
	// A–B: both answer, 4 and 3 → 3; trust items 4, 4, 2 → mean 10/3 → 4 on the 1–5 scale; value
	// items 3, 3 → 3 → 4 (1–4 means become 1–5: 1 + (m − 1) · 4/3, rounded).
	await answer(A, [
		{ toOrgId: B, level: 4, reliability: 4, openness: 4, influence: 3 },
		{ toOrgId: C, level: 2, mission: 1 }
	]);
	await answer(B, [{ toOrgId: A, level: 3, reliability: 2, influence: 3 }]);
	// C said nothing of A: a completed respondent's silence is 0, the lower side → no A–C tie.
	await answer(C, [{ toOrgId: D, level: 5, resources: 4 }]);
	return id;
}

beforeAll(async () => {
	await connectTestDatabase();
	X = await firstAmbitoId();
	await writeTx((tx) =>
		tx.run(
			`MATCH (amb:Ambito {id: $x})
			 MERGE (p:Project {id: $project}) SET p.title = 'Progetto in rete'
			 MERGE (p)-[:TARGETS]->(amb)
			 WITH p, amb UNWIND range(0, size($orgs) - 1) AS i
			 MERGE (a:Actor {id: $orgs[i]}) SET a.name = 'Ente ' + ['A & C', 'B', 'C', 'D'][i], a.kind = 'odv'
			 MERGE (a)-[:ACTIVE_IN]->(amb)
			 MERGE (a)-[:PARTNER_IN {id: $orgs[i] + '-pi'}]->(p)`,
			{ x: X, project: PROJECT, orgs: ORGS }
		)
	);
});

afterAll(async () => {
	await removeSurveysOf(PROJECT);
	await writeTx(async (tx) => {
		await tx.run(`MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n`, { p: P });
	});
	await closeDriver();
});

describe("the survey's network as a graph file", () => {
	it('GEXF: the organisations, the ties with level, trust and value, valid against the grammar', async () => {
		const id = await answeredSurvey('Rete & legami 2026', false);
		const file = await ok<File>(FILE, { s: id, f: 'gexf' }, udp());
		expect(file.surveyNetworkFile).toMatchObject({
			fileName: 'rete-rete-legami-2026.gexf',
			mediaType: 'application/gexf+xml'
		});
		const xml = text(file);
		expect(await gexfProblems(xml)).toEqual([]);
		const labels = findAll(parseXml(xml), 'node').map((n) => n.attributes.label);
		expect(labels.sort()).toEqual(['Ente A & C', 'Ente B', 'Ente C', 'Ente D']);
		const edges = gexfEdges(xml);
		expect(Object.keys(edges).sort()).toEqual([`${A} – ${B}`, `${C} – ${D}`]);
		expect(edges[`${A} – ${B}`]).toMatchObject({
			weight: '3',
			strength: '3',
			trust: '4',
			value: '4',
			source: 'survey'
		});
		expect(edges[`${C} – ${D}`]).toMatchObject({ weight: '5', strength: '5', value: '5' });
		expect(edges[`${C} – ${D}`]!.trust).toBeUndefined();
	});

	it('GraphML: the same ties, and only GEXF or GraphML are offered', async () => {
		const id = await answeredSurvey('Rete in GraphML', false);
		const xml = text(await ok<File>(FILE, { s: id, f: 'graphml' }, udp()));
		const root = parseXml(xml);
		expect(findAll(root, 'node')).toHaveLength(4);
		const strength = findAll(root, 'edge').map(
			(e) => findAll(e, 'data').find((d) => d.attributes.key === 'e_strength')?.text ?? 'missing'
		);
		expect(strength.sort()).toEqual(['3', '5']);
		const bad = await execute(FILE, { s: id, f: 'xlsx' }, udp());
		expect(bad.errors?.[0]?.message).toMatch(/formato sconosciuto "xlsx": usa gexf, graphml/);
	});

	it('an anonymous survey: nothing while open; once closed, the levels and no trust or value', async () => {
		const id = await answeredSurvey('Rete anonima', true);
		const early = await execute(FILE, { s: id, f: 'gexf' }, udp());
		expect(early.errors?.[0]?.extensions?.code).toBe('CONFLICT');
		expect(early.errors?.[0]?.message).toMatch(/anonima/);
		await ok(CLOSE, { id }, udp());
		const xml = text(await ok<File>(FILE, { s: id, f: 'gexf' }, udp()));
		expect(await gexfProblems(xml)).toEqual([]);
		const edges = gexfEdges(xml);
		expect(Object.keys(edges)).toHaveLength(2);
		for (const e of Object.values(edges)) {
			expect(e.strength).toMatch(/^[35]$/);
			expect(e.trust).toBeUndefined();
			expect(e.value).toBeUndefined();
		}
	});

	it('someone from another Ambito gets nothing', async () => {
		const id = await answeredSurvey('Rete riservata', false);
		const stranger = testViewer({
			id: `${P}-other`,
			roles: ['ufficio_di_piano'],
			ambitoIds: ['ambito-nowhere']
		});
		const r = await execute(FILE, { s: id, f: 'gexf' }, stranger);
		expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
		expect(r.data?.surveyNetworkFile ?? null).toBeNull();
	});
});
