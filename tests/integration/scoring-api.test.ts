import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver, connectTestDatabase, execute, ok } from '../helpers/graphql';

beforeAll(connectTestDatabase);
afterAll(closeDriver);

interface Card {
	projectId: string;
	rubricId: string;
	rubricVersion: number;
	total: number | null;
	assessedWeightShare: number;
	criteria: Array<{
		id: string;
		weight: number;
		score: number | null;
		assessable: boolean;
		applicable: boolean;
		missing: string[];
		formula: { it: string };
		suggestions: Array<{ it: string }>;
		inputs: Array<{ key: string; value: string }>;
	}>;
}
const CARD = `projectId rubricId rubricVersion total assessedWeightShare criteria { id weight score assessable applicable missing formula { it } suggestions { it } inputs { key value } }`;

/**
 * Every criterion, F included: a criterion that cannot be assessed names what is missing unless it
 * does not concern the project (then nothing is missing and it leaves the weight share).
 */
function expectHonestCriteria(card: Card) {
	for (const c of card.criteria) {
		if (!c.applicable) {
			expect(c.assessable, c.id).toBe(false);
			expect(c.missing, c.id).toEqual([]);
		} else if (!c.assessable) expect(c.missing.length, c.id).toBeGreaterThan(0);
	}
	const weight = (cs: Card['criteria']) => cs.reduce((sum, c) => sum + c.weight, 0);
	const applicable = card.criteria.filter((c) => c.applicable);
	expect(card.assessedWeightShare).toBeCloseTo(
		weight(applicable.filter((c) => c.assessable)) / weight(applicable),
		9
	);
}

describe('scoring the demo partnerships read from Neo4j', () => {
	it('lists the two preset rubrics as versioned data', async () => {
		const data = await ok<{
			rubrics: Array<{
				id: string;
				version: number;
				preset: boolean;
				criteria: Array<{ id: string }>;
			}>;
		}>(`{ rubrics { id version preset criteria { id } } }`);
		const byId = new Map(data.rubrics.map((r) => [r.id, r]));
		expect(byId.get('sperimentazioni-2012-2014')?.criteria.map((c) => c.id)).toEqual([
			'A',
			'B',
			'C',
			'D',
			'E',
			'G',
			'H',
			'I'
		]);
		expect(byId.get('programmazione-2025-2027')?.criteria.map((c) => c.id)).toEqual([
			'A',
			'B',
			'C',
			'D',
			'E',
			'F',
			'G',
			'H',
			'I',
			'J',
			'K',
			'L'
		]);
		// Scoring v2 (issue 16) bumped both presets: stored scorecards keep naming version 1.
		expect(byId.get('programmazione-2025-2027')?.version).toBe(2);
	});

	it('scores a 2021-2023 demo project with every criterion explained', async () => {
		const data = await ok<{ scorecard: Card }>(
			`{ scorecard(projectId: "demo-project-07", rubricId: "programmazione-2025-2027") { ${CARD} } }`
		);
		const card = data.scorecard;
		expect(card.rubricVersion).toBe(2);
		expect(card.criteria.map((c) => c.id)).toEqual([
			'A',
			'B',
			'C',
			'D',
			'E',
			'F',
			'G',
			'H',
			'I',
			'J',
			'K',
			'L'
		]);
		expect(card.total).not.toBeNull();
		for (const c of card.criteria) {
			if (c.score !== null) expect(c.score).toBeGreaterThanOrEqual(0);
			if (c.score !== null) expect(c.score).toBeLessThanOrEqual(100);
			expect(c.formula.it.length).toBeGreaterThan(10);
		}
		expectHonestCriteria(card);
		// F does not concern a project outside the sociosanitary areas: not applicable, nothing missing.
		const f = card.criteria.find((c) => c.id === 'F')!;
		expect(f).toMatchObject({ applicable: false, assessable: false, missing: [], score: null });
		const a = card.criteria.find((c) => c.id === 'A')!;
		expect(a.inputs.map((i) => i.key).length).toBeGreaterThan(0);
	});

	it('scores every project of a call, and tested partnerships show up in criterion C', async () => {
		const data = await ok<{
			scorecards: Array<{ project: { id: string; triennio: string }; scorecard: Card }>;
		}>(
			`{ scorecards(callId: "demo-call-2021", rubricId: "sperimentazioni-2012-2014") { project { id triennio } scorecard { ${CARD} } } }`
		);
		expect(data.scorecards).toHaveLength(6);
		expect(data.scorecards.every((s) => s.project.triennio === '2021-2023')).toBe(true);
		const totals = data.scorecards.map((s) => s.scorecard.total ?? 0);
		expect(Math.max(...totals) - Math.min(...totals)).toBeGreaterThan(5);
		const c = data.scorecards.map(
			(s) => s.scorecard.criteria.find((x) => x.id === 'C')!.score ?? 0
		);
		expect(Math.max(...c)).toBeGreaterThan(0);
	});

	it('says per criterion whether it concerns the project, F in both states across the 2025-2027 call', async () => {
		const data = await ok<{ scorecards: Array<{ scorecard: Card }> }>(
			`{ scorecards(callId: "demo-call-2021", rubricId: "programmazione-2025-2027") { scorecard { ${CARD} } } }`
		);
		for (const { scorecard } of data.scorecards) expectHonestCriteria(scorecard);
		const f = data.scorecards.map((s) => s.scorecard.criteria.find((c) => c.id === 'F')!);
		expect(new Set(f.map((c) => c.applicable))).toEqual(new Set([true, false]));
	});

	it('tries a role change and pretended declarations through whatIf, and names a wrong one (issue 16)', async () => {
		const project = `demo-project-07`;
		const { project: p } = await ok<{
			project: { partnerships: Array<{ role: string; actor: { id: string } }> };
		}>(`{ project(id: "${project}") { partnerships { role actor { id } } } }`);
		const supporter = p.partnerships.find((x) => x.role !== 'capofila')!;
		const data = await ok<{
			whatIf: {
				totalDelta: number | null;
				criteria: Array<{ criterionId: string; before: number | null; after: number | null }>;
			};
		}>(
			`query ($e: [WhatIfEditInput!]!) { whatIf(projectId: "${project}", rubricId: "programmazione-2025-2027", edits: $e) { totalDelta criteria { criterionId before after } } }`,
			{
				e: [
					{ kind: 'changeRole', actorId: supporter.actor.id, role: 'sostenitore' },
					{ kind: 'declare', field: 'leps', values: ['pronto_intervento_sociale'] },
					{ kind: 'declare', field: 'coDesign', values: ['co_progettazione'] },
					{ kind: 'declare', field: 'cofinancing', budgetEur: 200000, grantEur: 100000 }
				]
			}
		);
		const by = new Map(data.whatIf.criteria.map((c) => [c.criterionId, c]));
		expect(by.get('J')).toMatchObject({ before: null });
		expect(by.get('J')!.after).not.toBeNull();
		expect(by.get('K')!.after).not.toBeNull();
		const wrong = await execute(
			`query ($e: [WhatIfEditInput!]!) { whatIf(projectId: "${project}", edits: $e) { totalDelta } }`,
			{ e: [{ kind: 'declare', field: 'cofinancing', budgetEur: 100, grantEur: 500 }] }
		);
		expect(JSON.stringify(wrong.errors)).toContain('Contributo richiesto');
		const unknown = await execute(
			`query ($e: [WhatIfEditInput!]!) { whatIf(projectId: "${project}", edits: $e) { totalDelta } }`,
			{ e: [{ kind: 'declare', field: 'budget' }] }
		);
		expect(JSON.stringify(unknown.errors)).toContain('edits[0].field');
	});

	it('saves an edited rubric as a new version; scorecards name the version used', async () => {
		const input = {
			id: 'programmazione-2025-2027',
			nameIt: 'Programmazione 2025-2027 (pesi uguali)',
			nameEn: 'Planning 2025-2027 (equal weights)',
			criteria: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'].map((id) => ({
				id,
				weight: 1
			}))
		};
		const saved = await ok<{ saveRubric: { version: number } }>(
			`mutation($i: RubricInput!) { saveRubric(input: $i) { version } }`,
			{ i: input }
		);
		expect(saved.saveRubric.version).toBe(3);
		const v2 = await ok<{ scorecard: Card }>(
			`{ scorecard(projectId: "demo-project-07", rubricId: "programmazione-2025-2027") { ${CARD} } }`
		);
		expect(v2.scorecard.rubricVersion).toBe(3);
		const assessed = v2.scorecard.criteria.filter((c) => c.score !== null).map((c) => c.score!);
		expect(v2.scorecard.total).toBeCloseTo(
			assessed.reduce((s, x) => s + x, 0) / assessed.length,
			6
		);
		const v1 = await ok<{ scorecard: Card }>(
			`{ scorecard(projectId: "demo-project-07", rubricId: "programmazione-2025-2027", rubricVersion: 2) { ${CARD} } }`
		);
		expect(v1.scorecard.rubricVersion).toBe(2);
		const bad = await execute(`mutation($i: RubricInput!) { saveRubric(input: $i) { version } }`, {
			i: { ...input, criteria: [{ id: 'Z', weight: 1 }] }
		});
		expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
	});

	it('computes network metrics for the Cremasco map', async () => {
		const data = await ok<{
			networkMetrics: {
				order: number;
				density: number;
				communityCount: number;
				brokers: string[];
				nodes: Array<{ id: string; degree: number; betweenness: number }>;
			};
		}>(
			`{ networkMetrics(ambitoId: "ambito-ambito-distrettuale-cremasco") { order density communityCount brokers nodes { id degree betweenness } } }`
		);
		const m = data.networkMetrics;
		expect(m.order).toBeGreaterThan(150);
		expect(m.density).toBeGreaterThan(0);
		expect(m.density).toBeLessThan(1);
		expect(m.communityCount).toBeGreaterThan(1);
		expect(m.brokers.length).toBeGreaterThan(0);
		const top = m.nodes.find((n) => n.id === m.brokers[0])!;
		expect(Math.max(...m.nodes.map((n) => n.betweenness))).toBe(top.betweenness);
	});
});
