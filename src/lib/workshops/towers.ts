/**
 * Influence towers (Net-Map): each participant rates an actor 1–5; a participant's last rating of
 * an actor counts. The tower is the mean; disagreement is a spread of 3 or more points between
 * ratings, or a standard deviation of at least 1.2.
 */
export interface Rating {
	participantId: string;
	actor: string;
	value: number;
	at: number;
}

export interface Tower {
	actor: string;
	mean: number;
	count: number;
	min: number;
	max: number;
	stdev: number;
	/** Count of each value 1..5 (index 0 is 1). */
	histogram: [number, number, number, number, number];
	disagreement: boolean;
}

export function latestRatings(ratings: readonly Rating[]): Rating[] {
	const latest = new Map<string, Rating>();
	for (const r of ratings) {
		const key = `${r.participantId}\u0000${r.actor}`;
		const prev = latest.get(key);
		if (!prev || r.at >= prev.at) latest.set(key, r);
	}
	return [...latest.values()];
}

export function computeTowers(ratings: readonly Rating[]): Tower[] {
	const byActor = new Map<string, number[]>();
	for (const r of latestRatings(ratings)) {
		if (!Number.isInteger(r.value) || r.value < 1 || r.value > 5) continue;
		const list = byActor.get(r.actor) ?? [];
		list.push(r.value);
		byActor.set(r.actor, list);
	}
	const towers: Tower[] = [];
	for (const [actor, values] of byActor) {
		const count = values.length;
		const mean = values.reduce((a, b) => a + b, 0) / count;
		const stdev = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / count);
		const min = Math.min(...values);
		const max = Math.max(...values);
		const histogram: Tower['histogram'] = [0, 0, 0, 0, 0];
		for (const v of values) histogram[v - 1]!++;
		towers.push({
			actor,
			mean: Math.round(mean * 100) / 100,
			count,
			min,
			max,
			stdev: Math.round(stdev * 100) / 100,
			histogram,
			disagreement: count >= 2 && (max - min >= 3 || stdev >= 1.2)
		});
	}
	return towers.sort(
		(a, b) => b.mean - a.mean || b.count - a.count || a.actor.localeCompare(b.actor)
	);
}
