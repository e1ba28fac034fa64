import type { MapEdge, MapGraph, MapNode } from './types';

/** A small Ambito for the map's unit tests: territory, actors, two projects in two trienni. */
export function node(id: string, over: Partial<MapNode> = {}): MapNode {
	return {
		id,
		label: id,
		type: 'actor',
		kind: 'odv',
		sector: 'third_sector',
		fictional: true,
		istat: null,
		population: null,
		triennio: null,
		workshops: [],
		...over
	};
}
export function edge(source: string, target: string, type: string, over: Partial<MapEdge> = {}) {
	return {
		id: `${source}-${type}-${target}`,
		source,
		target,
		type,
		role: null,
		strength: null,
		since: null,
		until: null,
		valueEur: null,
		...over
	} satisfies MapEdge;
}

export function sampleGraph(): MapGraph {
	return {
		nodes: [
			node('amb', { kind: 'ambito', sector: 'public_institutional', fictional: false }),
			node('c1', { kind: 'comune', sector: 'public_institutional', istat: '019001' }),
			node('c2', { kind: 'comune', sector: 'public_institutional', istat: '019002' }),
			node('odv', {}),
			node('coop', { kind: 'cooperativa_sociale_a' }),
			node('firm', { kind: 'impresa', sector: 'private_profit' }),
			node('p18', { type: 'project', kind: null, sector: null, triennio: '2018-2020' }),
			node('p21', { type: 'project', kind: null, sector: null, triennio: '2021-2023' }),
			node('net', { type: 'network', kind: null, sector: 'networks' }),
			node('lonely', { kind: 'aps' })
		],
		edges: [
			edge('c1', 'amb', 'IN'),
			edge('c2', 'amb', 'IN'),
			edge('odv', 'c1', 'SEATED_IN'),
			edge('coop', 'c2', 'SEATED_IN'),
			edge('odv', 'p18', 'PARTNER_IN', { role: 'capofila', valueEur: 1000 }),
			edge('coop', 'p18', 'PARTNER_IN', { role: 'partner', valueEur: 500 }),
			edge('coop', 'p21', 'PARTNER_IN', { role: 'capofila', valueEur: 2000 }),
			edge('firm', 'p21', 'PARTNER_IN', { role: 'sostenitore' }),
			edge('odv', 'net', 'MEMBER_OF', { since: '2015-03-01', until: '2019-06-30' }),
			edge('odv', 'firm', 'COLLABORATES_WITH', { since: '2022-01-01', strength: 3 })
		]
	};
}
