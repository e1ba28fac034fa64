import { describe, expect, it } from 'vitest';
import { applyView, EXPORT_VIEWS, viewedGraphOf } from './analysis-view';
import { buildExportGraph, PROJECTED_PARTNERSHIP } from './export-graph';
import { fixtureInput } from './test-support';

describe('analysis views', () => {
	const input = fixtureInput();
	const full = buildExportGraph(input);
	const actorIds = input.document.actors.map((a) => a.id).sort();

	it('directed is the export graph itself; undirected keeps every node and edge, none directed', () => {
		expect(viewedGraphOf(input)).toEqual({ ...full, directed: true });
		const u = applyView(full, 'undirected');
		expect(u.directed).toBe(false);
		expect(u.nodes).toEqual(full.nodes);
		expect(u.edges.map((e) => e.id)).toEqual(full.edges.map((e) => e.id));
		expect(u.edges.every((e) => !e.directed)).toBe(true);
	});

	it('collaborations: every actor (isolates too) and only the collaborations', () => {
		const c = applyView(full, 'collaborations');
		expect(c.nodes.map((n) => n.id).sort()).toEqual(actorIds);
		expect(c.edges.map((e) => e.id).sort()).toEqual([
			'COLLABORATES_WITH:co1',
			'COLLABORATES_WITH:co2'
		]);
		expect(c.edges.every((e) => !e.directed)).toBe(true);
		expect(c.directed).toBe(false);
	});

	it('partnerships: actors tied once per pair sharing projects, weighted by how many', () => {
		// a1 joins p2 too, so the pair a1–a4 shares one project and a1–a2 one; a2 joins p2: two.
		const input = fixtureInput();
		const extra = input.document.partnerships.find((p) => p.id === 'pa4')!;
		input.document.partnerships.push(
			{ ...extra, id: 'pa5', actorId: 'a1', commitments: [] },
			{ ...extra, id: 'pa6', actorId: 'a2', commitments: [] }
		);
		const full = buildExportGraph(input);
		// Counted from the document's partnership records, independently of the export graph.
		const partnersByProject = new Map<string, Set<string>>();
		for (const p of input.document.partnerships) {
			partnersByProject.set(
				p.projectId,
				(partnersByProject.get(p.projectId) ?? new Set()).add(p.actorId)
			);
		}
		const titleOf = new Map(input.document.projects.map((p) => [p.id, p.title]));
		const expected = new Map<string, number>();
		const titles = new Map<string, string[]>();
		for (const [project, partners] of partnersByProject) {
			const list = [...partners].sort();
			for (let i = 0; i < list.length; i++)
				for (let j = i + 1; j < list.length; j++) {
					const key = `${list[i]}|${list[j]}`;
					expected.set(key, (expected.get(key) ?? 0) + 1);
					titles.set(key, [...(titles.get(key) ?? []), titleOf.get(project)!]);
				}
		}
		expect(Math.max(...expected.values())).toBe(2);

		const p = applyView(full, 'partnerships');
		expect(p.directed).toBe(false);
		expect(p.nodes.map((n) => n.id).sort()).toEqual(actorIds);
		const seen = new Map(p.edges.map((e) => [[e.source, e.target].sort().join('|'), e] as const));
		expect(seen.size).toBe(p.edges.length); // one edge per pair
		expect(new Map([...seen].map(([k, e]) => [k, e.weight]))).toEqual(expected);
		for (const [key, e] of seen) {
			expect(e.type).toBe(PROJECTED_PARTNERSHIP);
			expect(e.attributes.sharedProjects).toBe(e.weight);
			expect(e.attributes.projects).toBe(titles.get(key)!.join('; '));
		}
	});

	it('lists the four views the page and the CLI offer', () => {
		expect(EXPORT_VIEWS).toEqual(['directed', 'undirected', 'collaborations', 'partnerships']);
	});
});
