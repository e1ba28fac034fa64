import { describe, expect, it } from 'vitest';
import { communityGroups, GROUP_CLASS, groupParentId, groupParents } from './communities';
import { LARGE_MAP_ELEMENTS, mapRendererOptions, mapStylesheet, toCyElements } from './cy-elements';
import { concentricPositions, groupedPositions } from './layouts';
import { toSvg } from './svg-export';
import { node, sampleGraph } from './test-support';

/** Node metrics with only a community, in the order written (ids are not numbers, so kept). */
const memberships = (communityOf: Record<string, number>) =>
	Object.entries(communityOf).map(([id, community]) => ({ id, community }));

const nodes = ['a', 'b', 'c', 'd', 'e', 'p'].map((id) => ({ id }));
// a, b, c in community 2; d, e in community 0; p has no community (a project)
const metrics = memberships({ c: 2, a: 2, d: 0, b: 2, e: 0, x: 5 });

describe('communityGroups and groupParents', () => {
	it('makes one labelled parent per community, sorted by key, members in node order', () => {
		const { parents, parentOf } = groupParents(nodes, communityGroups(metrics, 'Comunità'));
		expect(parents).toEqual([
			{ id: 'community:0', key: 0, label: 'Comunità 1', memberIds: ['d', 'e'] },
			{ id: 'community:2', key: 2, label: 'Comunità 3', memberIds: ['a', 'b', 'c'] }
		]);
		expect(parentOf.get('a')).toBe('community:2');
		expect(parentOf.get('e')).toBe('community:0');
	});

	it('leaves nodes without a community outside every group', () => {
		const { parentOf } = groupParents(nodes, communityGroups(metrics, 'Community'));
		expect(parentOf.has('p')).toBe(false);
		expect(parentOf.size).toBe(5);
	});

	it('draws no group for a community with fewer visible members than asked (filters hide some)', () => {
		const visible = [{ id: 'a' }, { id: 'b' }, { id: 'd' }];
		const { parents, parentOf } = groupParents(visible, communityGroups(metrics, 'Community'));
		expect(parents.map((p) => p.id)).toEqual(['community:2']);
		expect(parentOf.has('d')).toBe(false);
		expect(groupParents(visible, communityGroups(metrics, 'C'), 1).parents).toHaveLength(2);
	});

	it('names parents apart from node ids', () => {
		expect(groupParentId(3)).toBe('community:3');
	});
});

describe('groups on the map', () => {
	const g = sampleGraph();
	const groups = communityGroups(
		memberships({ odv: 1, coop: 1, firm: 1, c1: 4, c2: 4, lonely: 7 }),
		'Comunità'
	);
	const positions = concentricPositions(g.nodes);

	it('become compound parents that cannot be selected or dragged, members pointing to them', () => {
		const elements = toCyElements(g, positions, new Map(), groups);
		const parents = elements.filter((e) => e.classes === GROUP_CLASS);
		expect(parents.map((p) => [p.data.id, p.data.label])).toEqual([
			['community:1', 'Comunità 2'],
			['community:4', 'Comunità 5']
		]);
		expect(parents.every((p) => p.selectable === false && p.grabbable === false)).toBe(true);
		const parentOf = (id: string) => elements.find((e) => e.data.id === id)!.data.parent;
		expect(parentOf('coop')).toBe('community:1');
		expect(parentOf('c2')).toBe('community:4');
		expect(parentOf('lonely')).toBeUndefined(); // a community of one draws no box
		expect(parentOf('p18')).toBeUndefined();
		// the same nodes and edges as without groups, plus the parents
		expect(elements.length).toBe(toCyElements(g, positions, new Map()).length + 2);
	});

	it('are drawn in the SVG export as labelled outlines under the nodes, not as nodes', () => {
		const elements = toCyElements(g, positions, new Map(), groups);
		const svg = toSvg(
			elements,
			new Map(Object.entries(positions)),
			{ x1: -2000, y1: -2000, x2: 2000, y2: 2000, width: 800, height: 800 },
			{ groups: [{ label: 'Comunità 1', x1: -50, y1: -40, x2: 60, y2: 30 }] }
		);
		expect(svg.match(/<g class="group">/g)?.length).toBe(1);
		expect(svg).toContain('>Comunità 1</text>');
		expect(svg.indexOf('class="group"')).toBeLessThan(svg.indexOf('<line'));
		// one <g> per node plus the outline: parents are not drawn as nodes
		expect(svg.match(/<g/g)?.length).toBe(g.nodes.length + 1);
	});

	it('have a style of their own after the node style, so the outline wins over node encoding', () => {
		const sheet = mapStylesheet(false);
		const at = sheet.findIndex((r) => r.selector === `node.${GROUP_CLASS}`);
		expect(at).toBeGreaterThan(sheet.findIndex((r) => r.selector === 'node'));
		expect(sheet[at]!.style).toMatchObject({ shape: 'round-rectangle', 'text-valign': 'top' });
	});
});

describe('renderer options', () => {
	it('draw big maps at one canvas pixel per CSS pixel, small maps at the screen’s density', () => {
		expect(mapRendererOptions(LARGE_MAP_ELEMENTS + 1)).toMatchObject({
			pixelRatio: 1,
			hideEdgesOnViewport: true,
			textureOnViewport: true
		});
		const small = mapRendererOptions(500);
		expect('pixelRatio' in small).toBe(false);
		expect(small.hideEdgesOnViewport).toBe(false);
	});
});

describe('the grouped layout', () => {
	it('keeps the boxes of groups of any size apart, so community outlines do not overlap', () => {
		const sizes = [1, 3, 5, 12, 30, 80, 2, 150];
		const nodes = sizes.flatMap((count, g) =>
			Array.from({ length: count }, (_, i) => node(`g${g}-${i}`, { label: `${g}-${i}` }))
		);
		const positions = groupedPositions(nodes, (n) => n.id.split('-')[0]!);
		const boxes = sizes.map((count, g) => {
			const ps = Array.from({ length: count }, (_, i) => positions[`g${g}-${i}`]!);
			// the node's own extent (up to the largest node size) around its centre
			const half = 30;
			return {
				x1: Math.min(...ps.map((p) => p.x)) - half,
				x2: Math.max(...ps.map((p) => p.x)) + half,
				y1: Math.min(...ps.map((p) => p.y)) - half,
				y2: Math.max(...ps.map((p) => p.y)) + half
			};
		});
		for (let a = 0; a < boxes.length; a++)
			for (let b = a + 1; b < boxes.length; b++) {
				const [p, q] = [boxes[a]!, boxes[b]!];
				const overlap = p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2;
				expect(overlap, `groups ${a} and ${b}`).toBe(false);
			}
	});
});
