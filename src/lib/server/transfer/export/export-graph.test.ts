import { describe, expect, it } from 'vitest';
import { draftProject, emptyDocument, newActor } from '../../../domain';
import { buildExportGraph, EDGE_TYPES, type ExportEdge } from './export-graph';
import { FIXTURE_EDGE_COUNTS, FIXTURE_NODE_COUNT, fixtureInput, TRICKY_NAME } from './test-support';
import type { ExportInput } from './types';

const edgesOf = (edges: ExportEdge[], type: string) => edges.filter((e) => e.type === type);

describe('buildExportGraph', () => {
	const view = buildExportGraph(fixtureInput());

	it('has one node per record and per territorial body, an actor-Comune being one node', () => {
		expect(view.nodes).toHaveLength(FIXTURE_NODE_COUNT);
		expect(new Set(view.nodes.map((n) => n.id)).size).toBe(view.nodes.length);
		const cantu = view.nodes.filter((n) => n.id === 'comune-013041');
		expect(cantu).toHaveLength(1);
		expect(cantu[0]).toMatchObject({
			category: 'actor',
			label: 'Comune di Cantù',
			attributes: { istat: '013041', population: 40123, kind: 'comune' }
		});
		expect(view.warnings).toEqual([]);
	});

	it('draws the expected edges of every type, all between existing nodes', () => {
		const counts = Object.fromEntries(
			EDGE_TYPES.map((t) => [t, edgesOf(view.edges, t).length]).filter(([, n]) => n !== 0)
		);
		expect(counts).toEqual(FIXTURE_EDGE_COUNTS);
		const ids = new Set(view.nodes.map((n) => n.id));
		for (const e of view.edges) {
			expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
			expect(e.attributes.relation).toBe(e.type);
		}
		expect(new Set(view.edges.map((e) => e.id)).size).toBe(view.edges.length);
	});

	it('points each relation from the part to the whole: actors to projects, networks, agreements', () => {
		const categoryOf = new Map(view.nodes.map((n) => [n.id, n.category]));
		const ends = (type: string) =>
			new Set(
				edgesOf(view.edges, type).map(
					(e) => `${categoryOf.get(e.source)}→${categoryOf.get(e.target)}`
				)
			);
		expect(ends('PARTNER_IN')).toEqual(new Set(['actor→project']));
		expect(ends('MEMBER_OF')).toEqual(new Set(['actor→network']));
		expect(ends('SIGNED')).toEqual(new Set(['actor→agreement']));
		expect(ends('ADHERED')).toEqual(new Set(['actor→agreement']));
		expect(ends('ACTIVE_IN')).toEqual(new Set(['actor→territory']));
		expect(ends('IN_CALL')).toEqual(new Set(['project→call']));
		expect(ends('TARGETS')).toEqual(new Set(['project→actor', 'project→territory']));
	});

	it('labels actors with their kind and sector in Italian, and their seat', () => {
		const a1 = view.nodes.find((n) => n.id === 'a1')!;
		expect(a1.label).toBe(TRICKY_NAME);
		expect(a1.attributes).toMatchObject({
			kind: 'cooperativa_sociale_a',
			kindLabel: 'Cooperativa sociale di tipo A',
			sector: 'third_sector',
			sectorLabel: 'Terzo Settore',
			seat: 'Cantù',
			tags: 'anziani; disabilità',
			fictional: true
		});
		// Nothing empty is carried: a4 has no seat.
		expect(view.nodes.find((n) => n.id === 'a4')!.attributes).not.toHaveProperty('seat');
	});

	it('sums partners’ committed values by source, only when something was valued', () => {
		const byPartnership = (id: string) => view.edges.find((e) => e.id === `PARTNER_IN:${id}`)!;
		// Money is valued at its amount; hours only through their stated value.
		expect(byPartnership('pa1').attributes).toMatchObject({
			role: 'capofila',
			roleLabel: 'Capofila',
			publicEur: 10000,
			privateEur: 5000.25,
			totalEur: 15000.25,
			commitments: 2
		});
		expect(byPartnership('pa2').attributes).not.toHaveProperty('totalEur');
		expect(byPartnership('pa3').attributes).not.toHaveProperty('totalEur'); // unvalued space
		expect(byPartnership('pa4').attributes).toMatchObject({ privateEur: 1234.56, publicEur: 0 });
	});

	it('aggregates responsibilities per actor and project, listing the actions', () => {
		const a1 = view.edges.find((e) => e.type === 'RESPONSIBLE_FOR' && e.source === 'a1')!;
		expect(a1.attributes).toMatchObject({
			actions: 'Sportello <famiglie>; Formazione',
			actionCount: 2
		});
	});

	it('makes collaborations and network links undirected, with strength as weight', () => {
		for (const e of [
			...edgesOf(view.edges, 'COLLABORATES_WITH'),
			...edgesOf(view.edges, 'LINKED_TO')
		]) {
			expect(e.directed).toBe(false);
		}
		const co1 = view.edges.find((e) => e.id === 'COLLABORATES_WITH:co1')!;
		expect(co1.weight).toBe(4);
		expect(co1.attributes).toMatchObject({
			strength: 4,
			trust: 5,
			source: 'workshop',
			sourceLabel: 'Laboratorio'
		});
		expect(view.edges.find((e) => e.id === 'COLLABORATES_WITH:co2')!.weight).toBeUndefined();
		expect(edgesOf(view.edges, 'PARTNER_IN').every((e) => e.directed)).toBe(true);
	});

	it('is a pure function of its input', () => {
		expect(buildExportGraph(fixtureInput())).toEqual(view);
	});

	it('reports dangling references instead of drawing edges to nowhere', () => {
		const input: ExportInput = fixtureInput();
		input.document.partnerships.push({
			id: 'pa9',
			actorId: 'a1',
			projectId: 'missing-project',
			role: 'partner',
			since: null,
			until: null,
			commitments: []
		});
		input.document.actors[1]!.activeInAmbitoIds.push('ambito-unknown');
		input.territory.edges.push({ source: 'comune-013041', target: 'ats-unknown', type: 'IN' });
		const dangling = buildExportGraph(input);
		expect(dangling.edges).toHaveLength(view.edges.length);
		expect(dangling.warnings).toHaveLength(3);
		expect(dangling.warnings.join('\n')).toContain('missing-project');
	});

	it('draws the relations of territorial bodies acting as actors (an ASST partner, a Comune collaborator)', () => {
		const input: ExportInput = fixtureInput();
		// Territorial bodies are not in the document's actors: they come with the territory.
		input.territory.nodes.push({ id: 'asst-x', name: 'ASST Lariana', kind: 'asst' });
		input.document.partnerships.push({
			id: 'pa9',
			actorId: 'asst-x',
			projectId: 'p1',
			role: 'partner',
			since: null,
			until: null,
			commitments: []
		});
		input.document.collaborations.push({
			...input.document.collaborations[0]!,
			id: 'co9',
			actorAId: 'asst-x',
			actorBId: 'a1'
		});
		const g = buildExportGraph(input);
		expect(g.warnings).toEqual([]);
		expect(g.edges.find((e) => e.id === 'PARTNER_IN:pa9')).toMatchObject({
			source: 'asst-x',
			target: 'p1'
		});
		expect(g.edges.find((e) => e.id === 'COLLABORATES_WITH:co9')).toMatchObject({
			source: 'asst-x'
		});
	});

	it('keeps ids that two kinds of record share apart', () => {
		const input: ExportInput = {
			document: emptyDocument(),
			territory: { nodes: [], edges: [] },
			generatedAt: '2026-01-01T00:00:00Z',
			title: 't'
		};
		input.document.actors.push(newActor({ id: 'x', name: 'Ente X', kind: 'odv' }));
		input.document.projects.push(draftProject({ id: 'x', title: 'Progetto X' }));
		input.document.partnerships.push({
			id: 'px',
			actorId: 'x',
			projectId: 'x',
			role: 'capofila',
			since: null,
			until: null,
			commitments: []
		});
		const g = buildExportGraph(input);
		expect(g.nodes.map((n) => n.id)).toEqual(['x', 'project:x']);
		expect(g.edges).toMatchObject([{ source: 'x', target: 'project:x', type: 'PARTNER_IN' }]);
	});
});
