import { foldText } from '../text';
import type { EvaluationStatus, RankingEntry } from './types';

/** A ranking line as the table shows it: rank by effective total, one score per criterion. */
export interface RankingRow {
	rank: number | null;
	projectId: string;
	title: string;
	fictional: boolean;
	callTitle: string | null;
	triennio: string | null;
	ambitoIds: string[];
	status: RankingEntry['status'];
	dataChanged: boolean;
	adjusted: string[];
	total: number | null;
	scores: Record<string, number | null>;
	/** Share of the applicable weight assessed, 0..1. */
	assessedWeightShare: number;
	/** The share reaches the rubric's threshold: the total is ranked with the others. */
	comparable: boolean;
	comparabilityThreshold: number;
	notAssessed: RankingEntry['scorecard']['notAssessed'];
}

/**
 * Competition ranking on the effective total ("1, 2, 2, 4"): equal totals (to one decimal, what the
 * table shows) share a rank. Only comparable totals are ranked (issue 16), and demo projects only
 * among themselves, never with real ones (issue 15): every other row has no rank.
 */
export function toRankingRows(entries: readonly RankingEntry[]): RankingRow[] {
	const shown = (t: number | null) => (t === null ? null : Math.round(t * 10) / 10);
	const demo = (e: RankingEntry) => e.project?.fictional ?? false;
	const ranked = (e: RankingEntry) => e.scorecard.comparable && e.scorecard.total !== null;
	const totals = entries.map((e) => (ranked(e) ? shown(e.scorecard.total) : null));
	// Each group's totals, highest first: a rank is one plus the totals above it (a binary search, so
	// the region's 3,000 lines are not compared pairwise).
	const group = (fictional: boolean) =>
		totals
			.filter((t, j): t is number => t !== null && demo(entries[j]!) === fictional)
			.sort((a, b) => b - a);
	const descending = { demo: group(true), real: group(false) };
	const above = (sorted: number[], total: number) => {
		let [lo, hi] = [0, sorted.length];
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (sorted[mid]! > total) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	};
	return entries.map((e, i) => {
		const total = totals[i]!;
		return {
			rank: total === null ? null : 1 + above(demo(e) ? descending.demo : descending.real, total),
			projectId: e.projectId,
			title: e.project?.title ?? e.projectId,
			fictional: e.project?.fictional ?? false,
			callTitle: e.project?.call?.title ?? null,
			triennio: e.project?.triennio ?? null,
			ambitoIds: e.project?.targetAmbitoIds ?? [],
			status: e.status,
			dataChanged: e.dataChangedSinceFinal,
			adjusted: [...new Set(e.adjustments.map((a) => a.criterionId))].sort(),
			total: e.scorecard.total,
			scores: Object.fromEntries(e.scorecard.criteria.map((c) => [c.id, c.score])),
			assessedWeightShare: e.scorecard.assessedWeightShare,
			comparable: ranked(e),
			comparabilityThreshold: e.scorecard.comparabilityThreshold,
			notAssessed: e.scorecard.notAssessed
		};
	});
}

/** A line as the ranking page needs it: what the table and the list of the not comparable show. */
export type TableRow = Omit<RankingRow, 'callTitle' | 'triennio'>;

/**
 * The page's data: the region's 3,000 lines would otherwise carry every criterion's label and
 * weight on each line (megabytes of HTML). Only the not comparable list shows what was not assessed;
 * scores keep two decimals (the table shows one, the CSV two), shares four (a percentage to 0.1).
 */
export function tableRows(entries: readonly RankingEntry[]): TableRow[] {
	const round = (v: number | null, digits: number) =>
		v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits;
	return toRankingRows(entries).map(({ callTitle: _c, triennio: _t, ...row }) => ({
		...row,
		total: round(row.total, 2),
		scores: Object.fromEntries(Object.entries(row.scores).map(([id, v]) => [id, round(v, 2)])),
		assessedWeightShare: round(row.assessedWeightShare, 4)!,
		notAssessed: row.comparable ? [] : row.notAssessed
	}));
}

/** Lines the table draws at first and adds on each "Mostra altri" (the rest stay in the data). */
export const RANKING_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 500;

/** `?righe=20`: another page size, kept in the URL like the sort; anything else is the default. */
export function parsePageSize(value: string | null | undefined): number {
	const n = Number(value);
	return value && Number.isInteger(n) && n >= 1 && n <= MAX_PAGE_SIZE ? n : RANKING_PAGE_SIZE;
}

/** The first `visible` rows (already filtered and sorted) and how many wait after them. */
export function firstRows<R>(rows: readonly R[], visible: number): { rows: R[]; rest: number } {
	return { rows: rows.slice(0, visible), rest: Math.max(0, rows.length - visible) };
}

export type SortKey = 'rank' | 'title' | 'total' | 'status' | `criterion:${string}`;
export type SortDir = 'asc' | 'desc';
export interface SortState {
	key: SortKey;
	dir: SortDir;
}

export const DEFAULT_SORT: SortState = { key: 'rank', dir: 'asc' };

/** `?ordina=total-desc`, `?ordina=criterion:B-asc`: the sort lives in the URL so a link keeps it. */
export function parseSort(value: string | null | undefined): SortState {
	const match = /^(rank|title|total|status|criterion:[A-Z])-(asc|desc)$/.exec(value ?? '');
	return match ? { key: match[1] as SortKey, dir: match[2] as SortDir } : DEFAULT_SORT;
}
export const formatSort = (s: SortState) => `${s.key}-${s.dir}`;

/** Clicking a header: a new column starts in its natural direction, the same column flips. */
export function nextSort(current: SortState, key: SortKey): SortState {
	if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
	return { key, dir: key === 'rank' || key === 'title' ? 'asc' : 'desc' };
}

function valueOf(row: TableRow, key: SortKey): number | string | null {
	if (key === 'rank') return row.rank;
	if (key === 'title') return foldText(row.title);
	if (key === 'total') return row.total;
	if (key === 'status') return row.status;
	return row.scores[key.slice('criterion:'.length)] ?? null;
}

/** A stable sort; "not assessable" (null) always goes last, whichever the direction. */
export function sortRows<R extends TableRow>(rows: readonly R[], sort: SortState): R[] {
	const sign = sort.dir === 'asc' ? 1 : -1;
	return rows
		.map((row, index) => ({ row, index, value: valueOf(row, sort.key) }))
		.sort((a, b) => {
			if (a.value === null || b.value === null)
				return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
			const order = a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
			return order * sign || a.index - b.index;
		})
		.map((x) => x.row);
}

export interface RankingFilter {
	text: string;
	status: 'all' | EvaluationStatus | 'changed' | 'adjusted';
	ambitoId: string;
}
export const NO_FILTER: RankingFilter = { text: '', status: 'all', ambitoId: '' };

export function filterRows<R extends TableRow>(rows: readonly R[], filter: RankingFilter): R[] {
	const words = foldText(filter.text).split(' ').filter(Boolean);
	return rows.filter((row) => {
		const haystack = foldText(`${row.title} ${row.projectId}`);
		if (!words.every((w) => haystack.includes(w))) return false;
		if (filter.ambitoId && !row.ambitoIds.includes(filter.ambitoId)) return false;
		switch (filter.status) {
			case 'all':
				return true;
			case 'changed':
				return row.dataChanged;
			case 'adjusted':
				return row.adjusted.length > 0;
			default:
				return row.status === filter.status;
		}
	});
}

/** The criteria columns of a ranking, in the rubric's order (the first line carries them all). */
export function criterionColumns(entries: readonly RankingEntry[]) {
	return (
		entries[0]?.scorecard.criteria.map((c) => ({ id: c.id, label: c.label, weight: c.weight })) ??
		[]
	);
}
