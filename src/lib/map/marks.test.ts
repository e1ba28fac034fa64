import { describe, expect, it } from 'vitest';
import { partnershipGaps } from './gaps';
import { computeMarks } from './marks';
import { sampleGraph } from './test-support';

const none = { matches: [], path: null, gaps: null, diff: null, focusId: null };

describe('map marks', () => {
	it('marks nothing and fades nothing by default', () => {
		expect(computeMarks({ ...none, graph: sampleGraph() }).size).toBe(0);
	});

	it('emphasises search matches and fades the rest', () => {
		const marks = computeMarks({ ...none, graph: sampleGraph(), matches: ['odv'] });
		expect(marks.get('odv')).toEqual(['match']);
		expect(marks.get('coop')).toEqual(['faded']);
	});

	it('marks a partnership with its gaps', () => {
		const g = sampleGraph();
		const gaps = partnershipGaps(g, 'p21', [{ comuni: ['019002'], actorIds: ['odv'] }]);
		const marks = computeMarks({ ...none, graph: g, gaps });
		expect(marks.get('coop')).toEqual(['partner']);
		expect(marks.get('c2')).toEqual(['gap']);
		expect(marks.get('odv')).toEqual(['suggested']);
		expect(marks.get('p21')).toBeUndefined();
		expect(marks.get('lonely')).toEqual(['faded']);
	});
});
