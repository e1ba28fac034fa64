import { describe, expect, it } from 'vitest';
import {
	filterRows,
	firstRows,
	nextSort,
	NO_FILTER,
	parsePageSize,
	parseSort,
	RANKING_PAGE_SIZE,
	sortRows,
	tableRows,
	toRankingRows
} from './ranking';
import { rankingEntry } from './test-support';

const rows = toRankingRows([
	rankingEntry('p1', 'Àncora', 70.04, { A: 80, B: null }),
	rankingEntry(
		'p2',
		'Bussola',
		70.01,
		{ A: 60, B: 90 },
		{ status: 'final', dataChangedSinceFinal: true }
	),
	rankingEntry('p3', 'Casa', 55, { A: null, B: 40 }, { adjustments: [{ criterionId: 'B' }] }),
	rankingEntry('p4', 'Dimora', null, { A: null, B: null })
]);

describe('ranking rows', () => {
	it('ranks only comparable totals, and demo projects apart from real ones (issues 16, 15)', () => {
		const real = (id: string, total: number) => ({
			project: { ...rankingEntry(id, id, total, {}).project!, fictional: false }
		});
		const below = rankingEntry('low', 'Poco valutato', 95, { A: 95 });
		below.scorecard = { ...below.scorecard, comparable: false, assessedWeightShare: 0.3 };
		const mixed = toRankingRows([
			below,
			rankingEntry('demo', 'Demo', 90, { A: 90 }),
			rankingEntry('r1', 'Reale 1', 60, { A: 60 }, real('r1', 60)),
			rankingEntry('r2', 'Reale 2', 50, { A: 50 }, real('r2', 50))
		]);
		expect(mixed.map((r) => [r.projectId, r.rank, r.comparable])).toEqual([
			['low', null, false],
			['demo', 1, true],
			['r1', 1, true],
			['r2', 2, true]
		]);
		expect(mixed[0]!.assessedWeightShare).toBe(0.3);
	});

	it('ranks on the shown total, ties share a rank, no total no rank', () => {
		expect(rows.map((r) => r.rank)).toEqual([1, 1, 3, null]);
		expect(rows[2]!.adjusted).toEqual(['B']);
	});

	it('sorts by a criterion with not-assessable last in both directions', () => {
		const down = sortRows(rows, { key: 'criterion:A', dir: 'desc' }).map((r) => r.projectId);
		const up = sortRows(rows, { key: 'criterion:A', dir: 'asc' }).map((r) => r.projectId);
		expect(down).toEqual(['p1', 'p2', 'p3', 'p4']);
		expect(up).toEqual(['p2', 'p1', 'p3', 'p4']);
	});

	it('sorts titles without caring for accents, and is stable', () => {
		expect(sortRows(rows, { key: 'title', dir: 'asc' }).map((r) => r.title)).toEqual([
			'Àncora',
			'Bussola',
			'Casa',
			'Dimora'
		]);
		expect(sortRows(rows, { key: 'rank', dir: 'asc' }).map((r) => r.projectId)).toEqual([
			'p1',
			'p2',
			'p3',
			'p4'
		]);
	});

	it('filters by folded text, status, changed data and adjustments', () => {
		expect(filterRows(rows, { ...NO_FILTER, text: 'ancora' }).map((r) => r.projectId)).toEqual([
			'p1'
		]);
		expect(filterRows(rows, { ...NO_FILTER, status: 'final' }).map((r) => r.projectId)).toEqual([
			'p2'
		]);
		expect(filterRows(rows, { ...NO_FILTER, status: 'changed' }).map((r) => r.projectId)).toEqual([
			'p2'
		]);
		expect(filterRows(rows, { ...NO_FILTER, status: 'adjusted' }).map((r) => r.projectId)).toEqual([
			'p3'
		]);
		expect(filterRows(rows, { ...NO_FILTER, ambitoId: 'other' })).toEqual([]);
	});

	it('reads and flips the sort kept in the URL', () => {
		expect(parseSort('criterion:B-desc')).toEqual({ key: 'criterion:B', dir: 'desc' });
		expect(parseSort('nonsense')).toEqual({ key: 'rank', dir: 'asc' });
		expect(nextSort({ key: 'total', dir: 'desc' }, 'total')).toEqual({ key: 'total', dir: 'asc' });
		expect(nextSort({ key: 'rank', dir: 'asc' }, 'criterion:C')).toEqual({
			key: 'criterion:C',
			dir: 'desc'
		});
	});
});

describe('the ranking page draws a page of rows', () => {
	it('shows the first rows and counts the rest', () => {
		const many = Array.from({ length: 7 }, (_, i) => i);
		expect(firstRows(many, 3)).toEqual({ rows: [0, 1, 2], rest: 4 });
		expect(firstRows(many, 6)).toEqual({ rows: [0, 1, 2, 3, 4, 5], rest: 1 });
		expect(firstRows(many, 9)).toEqual({ rows: many, rest: 0 });
	});

	it('reads the page size from the URL within its bounds', () => {
		expect(parsePageSize('20')).toBe(20);
		expect(parsePageSize(null)).toBe(RANKING_PAGE_SIZE);
		for (const bad of ['0', '-3', '2.5', 'tanti', '100000', ''])
			expect(parsePageSize(bad)).toBe(RANKING_PAGE_SIZE);
	});

	it('sends lean rows: no call or triennio, rounded scores, what was not assessed only where shown', () => {
		const notAssessed = [{ criterionId: 'B', label: { it: 'B', en: 'B' }, missing: [] }];
		const low = rankingEntry('low', 'Poco valutato', 40, { A: 40, B: null });
		low.scorecard = { ...low.scorecard, comparable: false, assessedWeightShare: 0.3, notAssessed };
		const full = rankingEntry('ok', 'Valutato', 70.126, { A: 69.999, B: null });
		full.scorecard = { ...full.scorecard, assessedWeightShare: 0.76470588, notAssessed };
		const [lean, apart] = tableRows([full, low]);
		expect(lean).not.toHaveProperty('callTitle');
		expect(lean).not.toHaveProperty('triennio');
		expect(lean!.notAssessed).toEqual([]);
		expect(apart!.notAssessed).toEqual(notAssessed);
		expect(lean!.scores).toEqual({ A: 70, B: null });
		expect([lean!.total, lean!.assessedWeightShare]).toEqual([70.13, 0.7647]);
		expect(lean!.rank).toBe(1);
	});

	it('ranks many rows as the pairwise rule does', () => {
		const totals = Array.from({ length: 200 }, (_, i) => ((i * 37) % 50) + 0.04 * (i % 3));
		const ranked = toRankingRows(totals.map((t, i) => rankingEntry(`p${i}`, `P${i}`, t, {})));
		const shown = totals.map((t) => Math.round(t * 10) / 10);
		expect(ranked.map((r) => r.rank)).toEqual(
			shown.map((t) => 1 + shown.filter((u) => u > t).length)
		);
	});
});

describe('ranking as a table for CSV and XLSX', async () => {
	const { rankingTable } = await import('./ranking-table');
	it('has one column per criterion and rows in ranking order', () => {
		const t = rankingTable([
			rankingEntry('p1', 'Uno', 70.126, { A: 80, B: null }, { status: 'final' }),
			rankingEntry('p2', 'Due', 50, { A: 50, B: 50 })
		]);
		expect(t.headers).toContain('A. A (peso 10)');
		expect(t.rows.map((r) => r.slice(0, 3))).toEqual([
			[1, 'p1', 'Uno'],
			[2, 'p2', 'Due']
		]);
		expect(t.rows[0]![6]).toBe(70.13);
		expect(t.rows[0]![8]).toBeNull();
		expect(t.rows[0]).toContain('Definitiva');
	});

	it('names the Ambiti, not their ids', () => {
		const t = rankingTable([rankingEntry('p1', 'Uno', 70, { A: 80 })], {
			'ambito-x': 'Ambito di Crema'
		});
		expect(t.headers[5]).toBe('Ambiti');
		expect(t.rows[0]![5]).toBe('Ambito di Crema');
	});
});
