import { describe, expect, it } from 'vitest';
import { corresponsibilityMatrix } from './matrix';
import { partnershipGraph } from './partnership-graph';
import { pointOnAxis, radarGeometry } from './radar';
import { evaluationPage } from './test-support';

describe('radar geometry', () => {
	it('puts the first axis up and the others clockwise, scaled 0–100', () => {
		const c = { x: 100, y: 100 };
		expect(pointOnAxis(c, 80, 0, 4, 100)).toEqual({ x: 100, y: 20 });
		expect(pointOnAxis(c, 80, 1, 4, 50)).toEqual({ x: 140, y: 100 });
		expect(pointOnAxis(c, 80, 2, 4, 150)).toEqual({ x: 100, y: 180 });
	});

	it('draws one shape per series, not-assessable at the centre, four rings', () => {
		const axes = ['A', 'B', 'C'].map((id) => ({ id, label: id, value: null }));
		const g = radarGeometry(axes, [[100, null, 50]], 200);
		expect(g.rings).toHaveLength(4);
		expect(g.shapes[0]!.points[1]).toEqual(g.center);
		expect(g.labels.map((l) => l.anchor)).toEqual(['middle', 'start', 'end']);
	});
});

describe('corresponsibility matrix', () => {
	it('lists partners capofila first with public and private resources', () => {
		const m = corresponsibilityMatrix(evaluationPage().project);
		expect(
			m.partners.map((p) => [p.actorId, p.role, p.publicEur, p.privateEur, p.actionCount])
		).toEqual([
			['comune', 'capofila', 6000, 0, 1],
			['coop', 'partner', 0, 2500, 2],
			['impresa', 'sostenitore', 0, 0, 0]
		]);
		expect(m.rows.map((r) => r.cells)).toEqual([
			[true, true, false],
			[false, true, false]
		]);
		expect(m.rows[1]!.outsiders).toEqual(['Ente esterno']);
		expect(m.totals).toEqual({ publicEur: 6000, privateEur: 2500, beyondFundingEur: 2500 });
	});

	it('draws a chord for each pair of partners sharing actions', () => {
		const data = evaluationPage();
		const g = partnershipGraph(data.project.title, corresponsibilityMatrix(data.project));
		expect(g.nodes).toHaveLength(4);
		const chords = g.edges.filter((e) => e.kind === 'shared');
		expect(chords.map((e) => [e.between, e.weight])).toEqual([[['comune', 'coop'], 1]]);
	});
});
