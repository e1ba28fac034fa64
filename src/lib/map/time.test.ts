import { describe, expect, it } from 'vitest';
import { diffPeriods, periodOfTriennio, sliceGraph, trienniOf } from './time';
import { sampleGraph } from './test-support';

const p = (t: string) => periodOfTriennio(t)!;

describe('time slicing', () => {
	it('reads trienni', () => {
		expect(periodOfTriennio('2021-2023')).toEqual({
			id: '2021-2023',
			start: '2021-01-01',
			end: '2023-12-31'
		});
		expect(periodOfTriennio('2023-2021')).toBeNull();
		expect(periodOfTriennio('domani')).toBeNull();
		expect(trienniOf(sampleGraph())).toEqual(['2018-2020', '2021-2023']);
	});

	it('keeps a period’s projects and the ties active then', () => {
		const g = sliceGraph(sampleGraph(), p('2018-2020'));
		const ids = g.nodes.map((n) => n.id);
		expect(ids).toContain('p18');
		expect(ids).not.toContain('p21');
		const types = g.edges.map((e) => e.id);
		expect(types).toContain('odv-MEMBER_OF-net');
		expect(types).not.toContain('odv-COLLABORATES_WITH-firm');
		expect(types).toContain('c1-IN-amb');
	});

	it('diffs two periods into new and ended ties', () => {
		const d = diffPeriods(sampleGraph(), p('2018-2020'), p('2021-2023'));
		expect([...d.added].sort()).toEqual([
			'coop-PARTNER_IN-p21',
			'firm-PARTNER_IN-p21',
			'odv-COLLABORATES_WITH-firm'
		]);
		expect([...d.ended].sort()).toEqual([
			'coop-PARTNER_IN-p18',
			'odv-MEMBER_OF-net',
			'odv-PARTNER_IN-p18'
		]);
		expect(d.kept.has('c1-IN-amb')).toBe(true);
	});
});
