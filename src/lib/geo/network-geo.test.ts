import { describe, expect, it } from 'vitest';
import { networkGeography, selectionComuni, selectionProjects, type GeoGraph } from './network-geo';

const node = (id: string, type: string, kind: string | null, istat: string | null = null) => ({
	id,
	label: id.toUpperCase(),
	type,
	kind,
	istat
});
const graph: GeoGraph = {
	nodes: [
		node('amb', 'actor', 'ambito'),
		node('crema', 'actor', 'comune', '019035'),
		node('lodi', 'actor', 'comune', '098031'),
		node('coop', 'actor', 'cooperativa_sociale'),
		node('odv', 'actor', 'odv'),
		node('p1', 'project', null),
		node('p2', 'project', null)
	],
	edges: [
		{ source: 'coop', target: 'crema', type: 'SEATED_IN' },
		{ source: 'coop', target: 'p1', type: 'PARTNER_IN' },
		{ source: 'odv', target: 'p2', type: 'PARTNER_IN' }
	]
};
const targets = new Map([
	['p1', { targetComuniIstat: ['098031'], targetAmbitoIds: [] }],
	['p2', { targetComuniIstat: [], targetAmbitoIds: ['amb'] }]
]);
const ambitoComuni = (id: string) => (id === 'amb' ? ['019035', '019001'] : []);
/** what each partnership covers of its target (projectCoverage): less than the target */
const covered = new Map([
	['p1', []],
	['p2', ['019001']]
]);

describe('the network on the map', () => {
	it('places actors at their seat and lists those without one, never Comuni or Ambiti', () => {
		const geo = networkGeography(graph);
		expect(geo.points).toEqual([
			{ id: 'coop', label: 'COOP', istat: '019035' },
			{ id: 'odv', label: 'ODV', istat: null }
		]);
		expect(geo.comuneNode.get('098031')).toBe('lodi');
	});

	it('keeps seats known when a filter hides the Comuni, and marks only the actors shown', () => {
		const shown = { nodes: graph.nodes.filter((n) => n.id === 'coop'), edges: [] };
		expect(networkGeography(graph, shown).points).toEqual([
			{ id: 'coop', label: 'COOP', istat: '019035' }
		]);
	});

	it('lights up an actor’s seat and the Comuni its projects cover, not all they aim at', () => {
		const geo = networkGeography(graph);
		expect(selectionProjects(graph, 'coop')).toEqual(['p1']);
		expect(selectionProjects(graph, 'crema')).toEqual([]);
		const coop = selectionComuni(graph, geo, 'coop', ambitoComuni, targets, covered);
		expect(coop.seat).toBe('019035');
		// p1 aims at Lodi but its partnership covers none of it
		expect([...coop.comuni]).toEqual(['019035']);
		const odv = selectionComuni(graph, geo, 'odv', ambitoComuni, targets, covered);
		expect(odv.seat).toBeNull();
		expect([...odv.comuni]).toEqual(['019001']);
		// coverage not known yet: the seat alone
		expect([
			...selectionComuni(graph, geo, 'coop', ambitoComuni, targets, new Map()).comuni
		]).toEqual(['019035']);
	});

	it('lights up a project’s targets, an Ambito’s Comuni, a Comune itself, nothing for none', () => {
		const geo = networkGeography(graph);
		expect([...selectionComuni(graph, geo, 'p1', ambitoComuni, targets, covered).comuni]).toEqual([
			'098031'
		]);
		expect(
			[...selectionComuni(graph, geo, 'amb', ambitoComuni, targets, covered).comuni].sort()
		).toEqual(['019001', '019035']);
		expect(selectionComuni(graph, geo, 'lodi', ambitoComuni, targets, covered)).toEqual({
			seat: '098031',
			comuni: new Set(['098031'])
		});
		expect(selectionComuni(graph, geo, null, ambitoComuni, targets, covered).comuni.size).toBe(0);
	});
});
