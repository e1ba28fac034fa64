/**
 * Labels that never overlap: candidates (screen positions) are taken by priority (residents), each
 * kept only if its box clears every box kept before and lies inside the view. Zooming in spreads the
 * Comuni apart, so more labels fit: they appear as you zoom without a per-zoom rule.
 */
export interface LabelCandidate {
	id: string;
	text: string;
	x: number;
	y: number;
	/** higher first */
	priority: number;
}
export interface PlacedLabel extends LabelCandidate {
	width: number;
	height: number;
}
export interface LabelOptions {
	width: number;
	height: number;
	fontSize: number;
	/** empty space kept around each label, px */
	padding?: number;
}

/** Text width estimate (no DOM): average glyph of a sans-serif at 0.56 em. */
export const labelWidth = (text: string, fontSize: number) => text.length * fontSize * 0.56;

export function placeLabels(
	candidates: readonly LabelCandidate[],
	options: LabelOptions
): PlacedLabel[] {
	const pad = options.padding ?? 2;
	const h = options.fontSize * 1.2;
	const cell = 64;
	const grid = new Map<string, PlacedLabel[]>();
	const placed: PlacedLabel[] = [];
	const sorted = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
	for (const c of sorted) {
		const w = labelWidth(c.text, options.fontSize);
		const x1 = c.x - w / 2 - pad;
		const x2 = c.x + w / 2 + pad;
		const y1 = c.y - h / 2 - pad;
		const y2 = c.y + h / 2 + pad;
		if (x1 < 0 || y1 < 0 || x2 > options.width || y2 > options.height) continue;
		const keys: string[] = [];
		for (let gx = Math.floor(x1 / cell); gx <= Math.floor(x2 / cell); gx++)
			for (let gy = Math.floor(y1 / cell); gy <= Math.floor(y2 / cell); gy++)
				keys.push(`${gx},${gy}`);
		const hit = keys.some((k) =>
			(grid.get(k) ?? []).some(
				(p) =>
					x1 < p.x + p.width / 2 + pad &&
					x2 > p.x - p.width / 2 - pad &&
					y1 < p.y + p.height / 2 + pad &&
					y2 > p.y - p.height / 2 - pad
			)
		);
		if (hit) continue;
		const label = { ...c, width: w, height: h };
		placed.push(label);
		for (const k of keys) (grid.get(k) ?? grid.set(k, []).get(k)!).push(label);
	}
	return placed;
}
