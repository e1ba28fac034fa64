import { describe, expect, it } from 'vitest';
import { toCyElements } from './cy-elements';
import { concentricPositions } from './layouts';
import { toSvg } from './svg-export';
import { sampleGraph } from './test-support';

describe('SVG export', () => {
	it('draws every node and edge in view, with escaped labels', () => {
		const g = sampleGraph();
		g.nodes[0]!.label = 'Ambito <Crema> & dintorni';
		const positions = concentricPositions(g.nodes);
		const elements = toCyElements(g, positions, new Map());
		const svg = toSvg(
			elements,
			new Map(Object.entries(positions)),
			{ x1: -2000, y1: -2000, x2: 2000, y2: 2000, width: 800, height: 800 },
			{ title: 'Mappa' }
		);
		expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800"');
		expect(svg.match(/<line /g)?.length).toBe(g.edges.length);
		expect(svg.match(/<g/g)?.length).toBe(g.nodes.length);
		expect(svg).toContain('Ambito &#60;Crema&#62; &#38; dintorni');
		expect(svg).toContain('<polygon'); // projects are diamonds
	});

	it('leaves out what is outside the view', () => {
		const g = sampleGraph();
		const positions = new Map(g.nodes.map((n, i) => [n.id, { x: i * 1000, y: 0 }]));
		const svg = toSvg(toCyElements(g, Object.fromEntries(positions), new Map()), positions, {
			x1: -10,
			y1: -10,
			x2: 10,
			y2: 10,
			width: 100,
			height: 100
		});
		expect(svg.match(/<g/g)?.length).toBe(1);
	});
});
