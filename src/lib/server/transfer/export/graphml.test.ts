import { describe, expect, it } from 'vitest';
import { GRAPHML_NAMESPACE, toGraphml } from './graphml';
import {
	findAll,
	FIXTURE_NODE_COUNT,
	MULTILINE_NOTE,
	renderedFixture,
	TRICKY_NAME,
	type XmlElement
} from './test-support';

describe('toGraphml', () => {
	const { input, root, view } = renderedFixture(toGraphml);
	const keys = new Map(findAll(root, 'key').map((k) => [k.attributes.id!, k.attributes]));
	/** The value of the data element whose key is declared with this attr.name. */
	const dataOf = (element: XmlElement, name: string) =>
		element.children.find(
			(d) => d.name === 'data' && keys.get(d.attributes.key!)?.['attr.name'] === name
		)?.text;

	it('is well-formed GraphML with a directed default', () => {
		expect(root).toMatchObject({ name: 'graphml', namespace: GRAPHML_NAMESPACE });
		const [graph] = findAll(root, 'graph');
		expect(graph!.attributes.edgedefault).toBe('directed');
		expect(dataOf(graph!, 'title')).toBe(input.title);
		expect(dataOf(graph!, 'generatedAt')).toBe(input.generatedAt);
	});

	it('declares typed keys for node and edge data, and uses only declared keys', () => {
		expect(keys.size).toBeGreaterThan(10);
		for (const k of keys.values()) {
			expect(['graph', 'node', 'edge']).toContain(k.for);
			expect(k['attr.name']).toBeTruthy();
			expect(['string', 'int', 'double', 'boolean']).toContain(k['attr.type']);
		}
		for (const element of [...findAll(root, 'node'), ...findAll(root, 'edge')]) {
			for (const d of element.children.filter((c) => c.name === 'data')) {
				expect(keys.get(d.attributes.key!)?.for).toBe(element.name);
			}
		}
		expect(
			[...keys.values()].find((k) => k.for === 'node' && k['attr.name'] === 'population')
		).toMatchObject({
			'attr.type': 'int'
		});
	});

	it('has the export graph nodes, and its edges with symmetric ties in both directions', () => {
		const nodes = findAll(root, 'node');
		const edges = findAll(root, 'edge');
		expect(nodes).toHaveLength(FIXTURE_NODE_COUNT);
		const symmetric = view.edges.filter((e) => !e.directed).length;
		expect(symmetric).toBeGreaterThan(0);
		expect(edges).toHaveLength(view.edges.length + symmetric);
		const ids = new Set(nodes.map((n) => n.attributes.id));
		for (const e of edges) {
			expect(ids.has(e.attributes.source!) && ids.has(e.attributes.target!)).toBe(true);
		}
	});

	it('escapes text and keeps it intact; writes a symmetric tie as two directed edges', () => {
		const a1 = findAll(root, 'node').find((n) => n.attributes.id === 'a1')!;
		expect(dataOf(a1, 'label')).toBe(TRICKY_NAME);
		expect(dataOf(a1, 'notes')).toBe(MULTILINE_NOTE);
		expect(dataOf(a1, 'kindLabel')).toBe('Cooperativa sociale di tipo A');
		const edges = findAll(root, 'edge');
		// networkx refuses directed="false" in a directed graph and igraph ignores it (issue 21).
		expect(edges.some((e) => e.attributes.directed !== undefined)).toBe(false);
		const co1 = edges.find((e) => dataOf(e, 'edgeId') === 'COLLABORATES_WITH:co1')!;
		const back = edges.find((e) => dataOf(e, 'edgeId') === 'COLLABORATES_WITH:co1:reverse')!;
		expect([back.attributes.source, back.attributes.target]).toEqual([
			co1.attributes.target,
			co1.attributes.source
		]);
		for (const half of [co1, back]) {
			expect(dataOf(half, 'weight')).toBe('4');
			expect(dataOf(half, 'value')).toBe('Fiducia & rispetto');
		}
		const pa1 = edges.find((e) => dataOf(e, 'edgeId') === 'PARTNER_IN:pa1')!;
		expect(pa1.attributes.directed).toBeUndefined();
		expect(dataOf(pa1, 'label')).toBe('PARTNER_IN');
		expect(dataOf(pa1, 'roleLabel')).toBe('Capofila');
	});
});
