const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
export const DAYS_PER_YEAR = 365.25;

/**
 * Days already parsed: a ranking's criteria read the same few thousand dates (projects', relations'
 * and memberships' starts and ends) over and over, once per project and criterion that looks at them.
 */
const days = new Map<string, number | null>();
const MAX_DAYS = 50_000;

/** Days since 1970-01-01 for a valid 'YYYY-MM-DD', otherwise null. */
export function isoDateToDay(value: string | null | undefined): number | null {
	if (value == null) return null;
	let day = days.get(value);
	if (day === undefined) {
		if (days.size >= MAX_DAYS) days.clear();
		day = parseIsoDay(value);
		days.set(value, day);
	}
	return day;
}

function parseIsoDay(value: string): number | null {
	const match = ISO_DATE.exec(value);
	if (!match) return null;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const time = Date.UTC(year, month - 1, day);
	const back = new Date(time);
	// Reject dates Date.UTC silently rolls over, such as 2023-02-30.
	if (
		back.getUTCFullYear() !== year ||
		back.getUTCMonth() !== month - 1 ||
		back.getUTCDate() !== day
	) {
		return null;
	}
	return Math.round(time / DAY_MS);
}

/** Total length of the union of [start, end) intervals, in the intervals' unit. */
export function unionLength(intervals: ReadonlyArray<readonly [number, number]>): number {
	const sorted = intervals.filter(([start, end]) => end > start).sort((x, y) => x[0] - y[0]);
	let total = 0;
	let currentStart = Number.NEGATIVE_INFINITY;
	let currentEnd = Number.NEGATIVE_INFINITY;
	for (const [start, end] of sorted) {
		if (start > currentEnd) {
			if (currentEnd > currentStart) total += currentEnd - currentStart;
			currentStart = start;
			currentEnd = end;
		} else if (end > currentEnd) {
			currentEnd = end;
		}
	}
	if (currentEnd > currentStart) total += currentEnd - currentStart;
	return total;
}
