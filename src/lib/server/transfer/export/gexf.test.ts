import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GEXF_NAMESPACE, toGexf } from './gexf';
import {
	findAll,
	FIXTURE_NODE_COUNT,
	fixtureInput,
	MULTILINE_NOTE,
	parseXml,
	renderedFixture,
	TRICKY_NAME,
	type XmlElement
} from './test-support';

const attvalue = (element: XmlElement, id: string) =>
	findAll(element, 'attvalue').find((a) => a.attributes.for === id)?.attributes.value;

describe('toGexf', () => {
	const { input, xml, root, view } = renderedFixture(toGexf);

	it('is well-formed GEXF 1.3: a static graph, directed by default', () => {
		expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<gexf')).toBe(true);
		expect(root).toMatchObject({
			name: 'gexf',
			namespace: GEXF_NAMESPACE,
			attributes: { version: '1.3' }
		});
		const [graph] = findAll(root, 'graph');
		expect(graph!.attributes).toMatchObject({ mode: 'static', defaultedgetype: 'directed' });
		expect(findAll(root, 'meta')[0]!.attributes.lastmodifieddate).toBe('2026-03-02');
		expect(findAll(root, 'description')[0]!.text).toBe(`${input.title} (${input.generatedAt})`);
		expect(xml).not.toMatch(/spell|timeformat|start=|end=/); // nothing dynamic
	});

	it('has as many nodes and edges as the export graph, all edges between declared nodes', () => {
		const nodes = findAll(root, 'node');
		const edges = findAll(root, 'edge');
		expect(nodes).toHaveLength(FIXTURE_NODE_COUNT);
		expect(edges).toHaveLength(view.edges.length);
		const ids = new Set(nodes.map((n) => n.attributes.id));
		for (const e of edges) {
			expect(ids.has(e.attributes.source!)).toBe(true);
			expect(ids.has(e.attributes.target!)).toBe(true);
		}
	});

	it('declares every attribute it uses, per class, with a GEXF type', () => {
		const declared = (cls: string) =>
			new Set(
				findAll(root, 'attributes')
					.filter((a) => a.attributes.class === cls)
					.flatMap((a) => a.children.map((c) => c.attributes.id))
			);
		for (const [cls, element] of [
			['node', 'node'],
			['edge', 'edge']
		] as const) {
			const ids = declared(cls);
			expect(ids.has('kind') || ids.has('role')).toBe(true);
			for (const e of findAll(root, element)) {
				for (const v of findAll(e, 'attvalue')) expect(ids.has(v.attributes.for!)).toBe(true);
			}
		}
		const types = new Set(findAll(root, 'attribute').map((a) => a.attributes.type));
		expect([...types].every((t) => ['string', 'integer', 'double', 'boolean'].includes(t!))).toBe(
			true
		);
	});

	it('escapes names, notes and titles so they come back unchanged', () => {
		const a1 = findAll(root, 'node').find((n) => n.attributes.id === 'a1')!;
		expect(a1.attributes.label).toBe(TRICKY_NAME);
		expect(attvalue(a1, 'notes')).toBe(MULTILINE_NOTE); // the newline survives attribute normalisation
		expect(attvalue(a1, 'seat')).toBe('Cantù');
		expect(xml).toContain(
			'Società Cantù &amp; Figli &lt;Coop&gt; &quot;Il Ponte&quot; l&apos;altra'
		);
	});

	it('writes typed values, the relation as edge label and kind, and symmetric ties as mutual', () => {
		const cantu = findAll(root, 'node').find((n) => n.attributes.id === 'comune-013041')!;
		expect(attvalue(cantu, 'population')).toBe('40123');
		expect(attvalue(cantu, 'fictional')).toBe('false');
		const edges = findAll(root, 'edge');
		const co1 = edges.find((e) => e.attributes.id === 'COLLABORATES_WITH:co1')!;
		expect(co1.attributes).toMatchObject({
			label: 'COLLABORATES_WITH',
			kind: 'COLLABORATES_WITH',
			type: 'mutual',
			weight: '4'
		});
		// networkx refuses "undirected" edges in a directed graph (issue 21).
		expect(edges.some((e) => e.attributes.type === 'undirected')).toBe(false);
		const pa1 = edges.find((e) => e.attributes.id === 'PARTNER_IN:pa1')!;
		expect(pa1.attributes.type).toBeUndefined();
		expect(attvalue(pa1, 'role')).toBe('capofila');
		expect(attvalue(pa1, 'totalEur')).toBe('15000.25');
		expect(edges.every((e) => e.attributes.label !== undefined)).toBe(true);
	});

	it('is checked with a parser that does reject malformed XML', () => {
		expect(() => parseXml('<a>Cantù & Como</a>')).toThrow();
		expect(() => parseXml('<a><b></a>')).toThrow();
		expect(() => parseXml('<a x="1" x="2"/>')).toThrow();
		expect(() => parseXml('<a>\u0001</a>')).toThrow();
	});

	it('stays well-formed for any name, forbidden XML characters included', () => {
		const anyUtf16 = fc.string({
			unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
			maxLength: 40
		});
		fc.assert(
			fc.property(anyUtf16, (name) => {
				const tricky = fixtureInput();
				tricky.document.actors[1]!.name = name;
				tricky.title = name;
				const node = findAll(parseXml(toGexf(tricky)), 'node').find(
					(n) => n.attributes.id === 'a1'
				)!;
				// Characters XML cannot carry become U+FFFD; everything else (astral characters, which
				// are surrogate pairs, included) comes back as it was.
				const allowed = /^(?:[\t\n\r\u0020-\uD7FF\uE000-\uFFFD]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;
				if (allowed.test(name)) expect(node.attributes.label).toBe(name);
				else expect(node.attributes.label).toContain('\uFFFD');
			}),
			// Hand-picked: an astral character (a valid surrogate pair), a lone surrogate, a control.
			{ numRuns: 200, examples: [['Caffè 𐀀 ☕'], ['x\uD800y'], ['a\u0001b\uFFFE']] }
		);
	});
});
