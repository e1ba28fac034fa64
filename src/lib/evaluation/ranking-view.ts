import {
	criterionColumns,
	filterRows,
	firstRows,
	formatSort,
	parsePageSize,
	parseSort,
	sortRows,
	DEFAULT_SORT,
	NO_FILTER,
	type RankingFilter,
	type SortState,
	type TableRow
} from './ranking';
import type { BusyActor } from './desk';
import type { RankingFailure } from './types';

/**
 * A ranking as the server keeps it between requests (server/evaluation/ranking-page.ts): every row,
 * and what the page shows beside the table. The page is sent only what it draws (rankingView).
 */
export interface RankingSheet {
	columns: ReturnType<typeof criterionColumns>;
	rows: TableRow[];
	failures: RankingFailure[];
	busyActors: BusyActor[];
	ambitoNames: Record<string, string>;
}

/** What the URL asks of the table: `?cerca=…&stato=…&ambito=…&ordina=…&righe=…&pagine=…`. */
export interface TableQuery {
	filter: RankingFilter;
	sort: SortState;
	pageSize: number;
	/** Pages drawn ("Mostra altri" adds one). */
	pages: number;
}

const STATUSES: ReadonlySet<string> = new Set(['all', 'draft', 'final', 'changed', 'adjusted']);
const MAX_PAGES = 200;

export function parseTableQuery(params: URLSearchParams): TableQuery {
	const status = params.get('stato') ?? 'all';
	const pages = Number(params.get('pagine'));
	return {
		filter: {
			text: params.get('cerca') ?? '',
			status: (STATUSES.has(status) ? status : 'all') as RankingFilter['status'],
			ambitoId: params.get('ambito') ?? ''
		},
		sort: parseSort(params.get('ordina')),
		pageSize: parsePageSize(params.get('righe')),
		pages: Number.isInteger(pages) && pages >= 1 && pages <= MAX_PAGES ? pages : 1
	};
}

/** The same URL with the table's query changed; defaults are left out so links stay short. */
export function tableHref(url: URL, change: Partial<TableQuery>): string {
	const next = { ...parseTableQuery(url.searchParams), ...change };
	const params = new URLSearchParams(url.searchParams);
	const set = (key: string, value: string, fallback: string) =>
		value === fallback ? params.delete(key) : params.set(key, value);
	set('cerca', next.filter.text, NO_FILTER.text);
	set('stato', next.filter.status, NO_FILTER.status);
	set('ambito', next.filter.ambitoId, NO_FILTER.ambitoId);
	set('ordina', formatSort(next.sort), formatSort(DEFAULT_SORT));
	set('pagine', String(next.pages), '1');
	return `${url.pathname}?${params}`;
}

/** A drawn line of the table: a row without what only the not comparable list shows. */
export type DrawnRow = Omit<TableRow, 'notAssessed' | 'comparabilityThreshold'> & {
	/** One of its partners is busy in many projects at once. */
	busy: boolean;
};

/**
 * What the ranking page draws, from the kept sheet: the table's page of rows (filter and sort run
 * here, over every row), the not comparable list, the busy actors as the list shows them, and the
 * names of the Ambiti in the ranking. Everything else stays on the server (the region's 3,000 rows
 * were megabytes of HTML and seconds of serialising on every request).
 */
export function rankingView(sheet: RankingSheet, query: TableQuery) {
	const filtered = filterRows(sheet.rows, query.filter);
	const shown = sortRows(
		filtered.filter((r) => r.comparable),
		query.sort
	);
	const page = firstRows(shown, query.pageSize * query.pages);
	const busyTitles = new Set(sheet.busyActors.flatMap((a) => a.projectTitles));
	const ambitoIds = [...new Set(sheet.rows.flatMap((r) => r.ambitoIds))];
	const notComparable = filtered
		.filter((r) => !r.comparable)
		.sort((a, b) => b.assessedWeightShare - a.assessedWeightShare);
	return {
		columns: sheet.columns,
		rows: page.rows.map(({ notAssessed: _n, comparabilityThreshold: _t, ...row }): DrawnRow => ({
			...row,
			busy: busyTitles.has(row.title)
		})),
		shownCount: shown.length,
		rest: page.rest,
		notComparable: notComparable.map((r) => ({
			projectId: r.projectId,
			title: r.title,
			fictional: r.fictional,
			total: r.total,
			assessedWeightShare: r.assessedWeightShare,
			notAssessed: r.notAssessed
		})),
		comparabilityThreshold: notComparable[0]?.comparabilityThreshold ?? null,
		fictional: sheet.rows.some((r) => r.fictional),
		failures: sheet.failures,
		busyActors: sheet.busyActors.map((a) => ({
			name: a.name,
			projectCount: a.projectCount,
			projectTitles: a.projectTitles
		})),
		ambiti: ambitoIds.map((id) => ({ id, name: sheet.ambitoNames[id] ?? null }))
	};
}

export type RankingView = ReturnType<typeof rankingView>;
