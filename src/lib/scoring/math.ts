/** Pure numeric helpers shared by the criteria. */

export function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}

/** 0 at n = 0, rising toward 1: each further unit adds less. k is the n at which 63% is reached. */
export function saturating(n: number, k: number): number {
	if (n <= 0) return 0;
	return 1 - Math.exp(-n / k);
}

/** Linear up to the target, then full: min(1, value / target). */
export function towardTarget(value: number, target: number): number {
	if (target <= 0) return 1;
	return clamp(value / target, 0, 1);
}

export function sum(values: readonly number[]): number {
	let total = 0;
	for (const value of values) total += value;
	return total;
}

/**
 * Gini coefficient rescaled to [0, 1] for small groups: n/(n−1) · G, so that one member holding
 * everything gives 1 whatever n. Null for fewer than two values or a zero total.
 */
export function normalisedGini(values: readonly number[]): number | null {
	const n = values.length;
	if (n < 2) return null;
	const total = sum(values);
	if (total <= 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	// G = Σ (2i − n − 1)·x_i / (n · Σx) with i = 1..n on sorted values.
	let weighted = 0;
	sorted.forEach((value, index) => {
		weighted += (2 * (index + 1) - n - 1) * value;
	});
	const gini = weighted / (n * total);
	return clamp((gini * n) / (n - 1), 0, 1);
}

/** Weighted mean over the items whose value is not null; null when their weights sum to 0. */
export function weightedMeanOfPresent(
	items: ReadonlyArray<{ value: number | null; weight: number }>
): number | null {
	let weightSum = 0;
	let total = 0;
	for (const item of items) {
		if (item.value === null || !(item.weight > 0)) continue;
		weightSum += item.weight;
		total += item.weight * item.value;
	}
	return weightSum > 0 ? total / weightSum : null;
}

export function percent(share: number): number {
	return Math.round(share * 100);
}

/** Round for display in inputs (scores themselves are never rounded). */
export function round(value: number, digits = 2): number {
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}
