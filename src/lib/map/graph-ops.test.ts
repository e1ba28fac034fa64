import { describe, expect, it } from 'vitest';
import { applyFilters, NO_FILTERS, searchNodes } from './filters';
import { partnershipGaps } from './gaps';
import { concentricPositions, groupedPositions, mergePositions, sectorGroup } from './layouts';
import { committedResources, degrees, nodeSizes, summaryCounts } from './metrics';
import { egoGraph, shortestPath } from './paths';
import { forceLayout } from './force-layout';
import { sampleGraph } from './test-support';

const ids = (g: { nodes: { id: string }[] }) => g.nodes.map((n) => n.id).sort();

describe('filters and search', () => {
	it('filters actors by sector, keeping projects, networks and their ties', () => {
		const g = applyFilters(sampleGraph(), { ...NO_FILTERS, sectors: ['private_profit'] });
		expect(ids(g)).toEqual(['firm', 'net', 'p18', 'p21']);
		expect(g.edges.map((e) => e.id)).toEqual(['firm-PARTNER_IN-p21']);
	});

	it('filters by kind, period, policy area and project', () => {
		expect(ids(applyFilters(sampleGraph(), { ...NO_FILTERS, kinds: ['comune'] }))).toEqual([
			'c1',
			'c2',
			'net',
			'p18',
			'p21'
		]);
		expect(ids(applyFilters(sampleGraph(), { ...NO_FILTERS, period: '2018-2020' }))).not.toContain(
			'p21'
		);
		const areas = new Map([
			['p18', ['disability']],
			['p21', ['housing']]
		]);
		expect(
			ids(applyFilters(sampleGraph(), { ...NO_FILTERS, policyAreas: ['housing'] }, areas))
		).not.toContain('p18');
		expect(ids(applyFilters(sampleGraph(), { ...NO_FILTERS, projectId: 'p21' }))).toEqual([
			'amb',
			'c1',
			'c2',
			'coop',
			'firm',
			'p21'
		]);
	});

	it('searches names without accents or case', () => {
		const g = sampleGraph();
		g.nodes[3]!.label = 'Associazione Città Aperta';
		expect(searchNodes(g, 'citta')).toEqual(['odv']);
		expect(searchNodes(g, '019002')).toEqual(['c2']);
		expect(searchNodes(g, '  ')).toEqual([]);
	});
});

describe('focus and paths', () => {
	it('takes the ego network to depth N', () => {
		expect(ids(egoGraph(sampleGraph(), 'firm', 1))).toEqual(['firm', 'odv', 'p21']);
		expect(ids(egoGraph(sampleGraph(), 'firm', 2))).toContain('coop');
		expect(ids(egoGraph(sampleGraph(), 'nobody', 2))).toEqual([]);
	});

	it('finds the shortest path, optionally avoiding the territory', () => {
		const direct = shortestPath(sampleGraph(), 'odv', 'coop');
		expect(direct?.nodes.length).toBe(3);
		const avoiding = shortestPath(sampleGraph(), 'odv', 'coop', (id) => !['c1', 'c2'].includes(id));
		expect(avoiding?.nodes).toEqual(['odv', 'p18', 'coop']);
		expect(avoiding?.edges).toEqual(['odv-PARTNER_IN-p18', 'coop-PARTNER_IN-p18']);
		expect(shortestPath(sampleGraph(), 'odv', 'lonely')).toBeNull();
	});
});

describe('metrics', () => {
	it('counts degree and committed resources, and scales sizes', () => {
		const g = sampleGraph();
		expect(degrees(g).get('odv')).toBe(4);
		expect(committedResources(g).get('p18')).toBe(1500);
		const sizes = nodeSizes(degrees(g));
		expect(sizes.get('lonely')).toBe(18);
		expect(sizes.get('odv')).toBe(60);
		expect(summaryCounts(g).nodes).toEqual({ actor: 7, project: 2, network: 1 });
	});
});

describe('layouts', () => {
	it('places every node, without two on the same spot', () => {
		const g = sampleGraph();
		for (const positions of [
			concentricPositions(g.nodes),
			groupedPositions(g.nodes, sectorGroup),
			forceLayout(g, concentricPositions(g.nodes), 50)
		]) {
			expect(Object.keys(positions).sort()).toEqual(ids(g));
			const spots = new Set(
				Object.values(positions).map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)
			);
			expect(spots.size).toBe(g.nodes.length);
		}
	});

	it('puts the Ambito at the centre of the concentric layout', () => {
		expect(concentricPositions(sampleGraph().nodes).amb).toEqual({ x: 0, y: 0 });
	});

	it('keeps saved positions and places newcomers', () => {
		const g = sampleGraph();
		const merged = mergePositions(g.nodes, { odv: { x: 5, y: 6 } }, concentricPositions(g.nodes));
		expect(merged.odv).toEqual({ x: 5, y: 6 });
		expect(merged.amb).toEqual({ x: 0, y: 0 });
	});
});

describe('partnership gaps', () => {
	it('marks partners, uncovered Comuni, suggested actors and absent sectors', () => {
		const gaps = partnershipGaps(sampleGraph(), 'p21', [
			{ comuni: ['019002'], actorIds: ['odv', 'coop'] }
		]);
		expect([...gaps.partnerIds].sort()).toEqual(['coop', 'firm']);
		expect([...gaps.uncoveredComuneIds]).toEqual(['c2']);
		expect([...gaps.suggestedActorIds]).toEqual(['odv']);
		expect(gaps.absentSectors).toContain('socio_sanitary');
		expect(gaps.absentSectors).not.toContain('third_sector');
	});
});
