import cytoscape from 'cytoscape';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { communityGroups, GROUP_CLASS } from './communities';
import {
	drawFirstFrameDirectly,
	LABELLED_NODES,
	mapStylesheet,
	MARK_CLASSES,
	styleNewElementsWithoutTriggers,
	toCyElements,
	ZOOMED_CLASS
} from './cy-elements';
import { GROUP_FONT_SIZE } from './palette';
import { edge, node } from './test-support';

// more nodes than get a label by default, so some draw none until zoomed, selected or marked
const nodes = Array.from({ length: LABELLED_NODES + 10 }, (_, i) =>
	node(`n${i}`, { label: `Ente ${i}` })
);
const sizes = new Map(nodes.map((n, i) => [n.id, 60 - i]));
const groups = communityGroups(
	nodes.map((n) => ({ id: n.id, community: 1 })),
	'Comunità'
);

/** The map's elements and stylesheet, resolved by cytoscape itself (no canvas). */
function styled(large: boolean) {
	const elements = toCyElements({ nodes, edges: [] }, {}, sizes, groups);
	return cytoscape({
		headless: true,
		styleEnabled: true,
		elements: elements as never,
		style: mapStylesheet(large) as never
	});
}

/** cytoscape's resolved style of an element (`pstyle` is public but missing from its types) */
type Resolved = { pstyle(name: string): { strValue: string; pfValue: number; value: unknown } };
const text = (node: cytoscape.NodeSingular, ele = node as unknown as Resolved) => ({
	label: ele.pstyle('label').strValue,
	font: ele.pstyle('font-family').strValue,
	size: ele.pstyle('font-size').pfValue,
	wrap: ele.pstyle('text-wrap').strValue,
	maxWidth: ele.pstyle('text-max-width').pfValue,
	halo: ele.pstyle('text-background-opacity').value,
	minZoomed: ele.pstyle('min-zoomed-font-size').pfValue
});

describe('the map stylesheet', () => {
	it('draws every shown node label with the map’s label style, whatever shows it', () => {
		for (const large of [false, true]) {
			const cy = styled(large);
			const label = (id: string) => ({
				label: `Ente ${id.slice(1)}`,
				font: 'system-ui, sans-serif',
				size: 11,
				wrap: 'ellipsis',
				maxWidth: 140,
				halo: 0.75,
				minZoomed: large ? 10 : 7
			});
			// n0 is among the largest (labelled by default); n35 is not, until something shows it
			expect(text(cy.$id('n0'))).toEqual(label('n0'));
			expect(text(cy.$id('n35')).label).toBe('');
			cy.$id('n35').addClass(ZOOMED_CLASS);
			expect(text(cy.$id('n35'))).toEqual(label('n35'));
			cy.$id('n36').select();
			expect(text(cy.$id('n36'))).toEqual(label('n36'));
			for (const mark of MARK_CLASSES.filter((c) => c !== 'faded')) {
				cy.$id('n37').addClass(mark);
				expect(text(cy.$id('n37')), mark).toEqual(label('n37'));
				cy.$id('n37').removeClass(mark);
			}
			cy.destroy();
		}
	});

	it('draws group outlines’ labels in the label font, with the outline’s own size and no halo', () => {
		const cy = styled(true);
		const group = cy.nodes(`.${GROUP_CLASS}`);
		expect(group.length).toBe(1);
		for (const zoomed of [false, true]) {
			group.toggleClass(ZOOMED_CLASS, zoomed);
			expect(text(group[0]!)).toEqual({
				label: 'Comunità 2',
				font: 'system-ui, sans-serif',
				size: GROUP_FONT_SIZE,
				wrap: 'ellipsis',
				maxWidth: 140,
				halo: 0,
				minZoomed: 6
			});
		}
		cy.destroy();
	});

	it('gives the rule every node matches no label text properties (fewer to apply at 10k)', () => {
		const rule = mapStylesheet(true).find((r) => r.selector === 'node')!;
		expect(
			Object.keys(rule.style).filter((k) => k.startsWith('text-') || k.startsWith('font'))
		).toEqual([]);
	});
});

describe('drawFirstFrameDirectly', () => {
	it('turns off the layer cache’s synchronous first build, and leaves other renderers alone', () => {
		const layers = { firstGet: true };
		drawFirstFrameDirectly({ renderer: () => ({ data: { lyrTxrCache: layers } }) });
		expect(layers.firstGet).toBe(false);
		// headless cytoscape has no canvas renderer: nothing to change, nothing thrown
		const cy = cytoscape({ headless: true });
		expect(() => drawFirstFrameDirectly(cy)).not.toThrow();
		cy.destroy();
	});

	it('relies on a flag the installed cytoscape’s layered texture cache still has', () => {
		// a cytoscape upgrade that renames it would silently bring the double draw back (the
		// package's CommonJS build, the one a require resolves, is built from the same source)
		const source = readFileSync(createRequire(import.meta.url).resolve('cytoscape'), 'utf8');
		expect(source).toContain('self.firstGet = true;');
		expect(source).toMatch(/var allowLazyQueueing = !firstGet;/);
	});
});

describe('styleNewElementsWithoutTriggers', () => {
	// a big map's elements: a ring of nodes of several sizes, edges of every kind of line
	const ring = nodes.map((n, i) => ({ ...n, label: `Ente ${i}` }));
	const ties = ring.map((n, i) =>
		edge(n.id, ring[(i + 1) % ring.length]!.id, i % 2 ? 'MEMBER_OF' : 'COLLABORATES_WITH', {
			strength: i % 5
		})
	);
	const at = Object.fromEntries(ring.map((n, i) => [n.id, { x: 80 * i, y: 40 * (i % 3) }]));
	/** every element's bounds and drawn style, and the `bounds` events of styling (not of adding) */
	function build() {
		const cy = cytoscape({
			headless: true,
			styleEnabled: true,
			style: mapStylesheet(true) as never
		});
		let boundsEvents = 0;
		cy.on('bounds', () => void boundsEvents++);
		cy.add(toCyElements({ nodes: ring, edges: ties }, at, sizes) as never);
		const added = boundsEvents;
		const seen = cy.elements().map((e) => {
			const s = e as unknown as Resolved;
			return {
				id: e.id(),
				box: e.boundingBox(),
				style: ['width', 'border-width', 'line-style', 'opacity', 'curve-style'].map(
					(p) => s.pstyle(p)?.strValue
				)
			};
		});
		return { cy, seen, stylingEvents: boundsEvents - added };
	}

	it('styles new elements as before, without the change events, and restyles as before', () => {
		const before = build();
		const count = before.cy.elements().length;
		// each bounds property of each element (size, shape, border, edge width, curve style)
		expect(before.stylingEvents).toBeGreaterThanOrEqual(5 * count);
		styleNewElementsWithoutTriggers(before.cy);
		const after = build();
		// what is left is cytoscape's one per element once its style is complete
		expect(after.stylingEvents).toBeLessThanOrEqual(count);
		expect(after.seen).toEqual(before.seen);
		// a later restyle still tells the renderer what it changes: a marked node's z-index (drawn
		// above the others) asks for the z-order again
		for (const { cy } of [before, after]) {
			const core = cy as unknown as { notify(event: string, eles?: unknown): void };
			const notify = core.notify.bind(core);
			const told: string[] = [];
			core.notify = (event, eles) => {
				told.push(event);
				notify(event, eles);
			};
			const marked = cy.getElementById(ring[3]!.id).addClass('match');
			// headless cytoscape restyles when a style is read
			expect((marked as unknown as Resolved).pstyle('z-index').value).toBe(10);
			expect(told).toContain('zorder');
		}
		before.cy.destroy();
		after.cy.destroy();
	});

	it('patches the installed cytoscape once (a renamed internal would silently undo it)', () => {
		const cy = cytoscape({ headless: true, styleEnabled: true });
		styleNewElementsWithoutTriggers(cy);
		const proto = Object.getPrototypeOf(cy.style()) as {
			checkTriggers: { newElementsSkip?: true };
		};
		const patched = proto.checkTriggers;
		expect(patched.newElementsSkip).toBe(true);
		styleNewElementsWithoutTriggers(cy);
		expect(proto.checkTriggers).toBe(patched);
		const source = readFileSync(createRequire(import.meta.url).resolve('cytoscape'), 'utf8');
		expect(source).toContain('ele._private.appliedInitStyle = true;');
		cy.destroy();
	});
});
