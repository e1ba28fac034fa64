import { describe, expect, it } from 'vitest';
import { criterionColumns, tableRows } from './ranking';
import { parseTableQuery, rankingView, tableHref, type RankingSheet } from './ranking-view';
import { rankingEntry } from './test-support';

/** Twelve comparable projects (totals 12..1), one not comparable, two Ambiti. */
function sheet(): RankingSheet {
	const entries = Array.from({ length: 12 }, (_, i) =>
		rankingEntry(`p${i}`, `Progetto ${String(i).padStart(2, '0')}`, 12 - i, { A: 12 - i })
	);
	entries[11]!.project = { ...entries[11]!.project!, targetAmbitoIds: ['ambito-y'] };
	const low = rankingEntry('low', 'Poco valutato', 90, { A: 90, B: null });
	low.scorecard = {
		...low.scorecard,
		comparable: false,
		assessedWeightShare: 0.3,
		notAssessed: [{ criterionId: 'B', label: { it: 'B', en: 'B' }, missing: [] }]
	};
	const all = [...entries, low];
	return {
		columns: criterionColumns(all),
		rows: tableRows(all),
		failures: [],
		busyActors: [
			{
				id: 'a1',
				name: 'Cooperativa',
				kind: 'cooperativa_sociale_a',
				projectCount: 2,
				ambitoCount: 1,
				projectTitles: ['Progetto 03', 'Altro']
			}
		],
		ambitoNames: { 'ambito-x': 'Crema' }
	};
}

const query = (search: string) => parseTableQuery(new URLSearchParams(search));

describe('the ranking page is sent only what it draws', () => {
	it('draws a page of rows, counts the rest, and leaves the rest on the server', () => {
		const view = rankingView(sheet(), query('righe=5'));
		expect(view.rows.map((r) => r.projectId)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
		expect([view.shownCount, view.rest]).toEqual([12, 7]);
		expect(view.rows[0]).not.toHaveProperty('notAssessed');
		expect(view.rows.filter((r) => r.busy).map((r) => r.projectId)).toEqual(['p3']);
		// The busy actors as the list shows them: name, count and projects.
		expect(view.busyActors).toEqual([
			{ name: 'Cooperativa', projectCount: 2, projectTitles: ['Progetto 03', 'Altro'] }
		]);
		expect(view.ambiti).toEqual([
			{ id: 'ambito-x', name: 'Crema' },
			{ id: 'ambito-y', name: null }
		]);
		expect(view.fictional).toBe(true);
	});

	it('filters and sorts every row, not only the drawn ones, and adds pages', () => {
		expect(rankingView(sheet(), query('righe=5&cerca=progetto 11')).rows).toHaveLength(1);
		const lowest = rankingView(sheet(), query('righe=5&ordina=total-asc'));
		expect(lowest.rows[0]!.projectId).toBe('p11');
		expect(rankingView(sheet(), query('ambito=ambito-y')).rows.map((r) => r.projectId)).toEqual([
			'p11'
		]);
		const two = rankingView(sheet(), query('righe=5&pagine=2'));
		expect([two.rows.length, two.rest]).toEqual([10, 2]);
	});

	it('lists the not comparable apart, with what was not assessed', () => {
		const view = rankingView(sheet(), query(''));
		expect(view.notComparable.map((r) => [r.projectId, r.notAssessed.length])).toEqual([
			['low', 1]
		]);
		expect(view.comparabilityThreshold).toBe(0.7);
		expect(rankingView(sheet(), query('cerca=progetto')).notComparable).toEqual([]);
	});

	it('reads the table from the URL within bounds and writes it back without defaults', () => {
		expect(query('stato=bogus&pagine=0')).toMatchObject({
			filter: { status: 'all' },
			pages: 1
		});
		expect(query('stato=final&pagine=3&ambito=a&cerca=x')).toMatchObject({
			filter: { text: 'x', status: 'final', ambitoId: 'a' },
			pages: 3
		});
		const url = new URL('http://t/valutazione?vista=regione&righe=5&pagine=2');
		expect(tableHref(url, { pages: 3 })).toBe('/valutazione?vista=regione&righe=5&pagine=3');
		expect(
			tableHref(url, {
				pages: 1,
				sort: { key: 'total', dir: 'asc' },
				filter: { text: 'casa', status: 'all', ambitoId: '' }
			})
		).toBe('/valutazione?vista=regione&righe=5&cerca=casa&ordina=total-asc');
	});
});
