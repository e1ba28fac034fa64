/** Markers on the map: actors at their seats, one marker a Comune with a count when several sit there. */
export interface GeoPoint {
	id: string;
	label: string;
	/** ISTAT code of the seat; null when the seat is unknown (listed, not placed) */
	istat: string | null;
}
export interface PointGroup {
	istat: string;
	points: GeoPoint[];
}

export function groupPoints(points: readonly GeoPoint[]): {
	groups: PointGroup[];
	unplaced: GeoPoint[];
} {
	const byComune = new Map<string, GeoPoint[]>();
	const unplaced: GeoPoint[] = [];
	for (const p of points) {
		if (!p.istat) unplaced.push(p);
		else (byComune.get(p.istat) ?? byComune.set(p.istat, []).get(p.istat)!).push(p);
	}
	const byLabel = (a: GeoPoint, b: GeoPoint) => a.label.localeCompare(b.label, 'it');
	const groups = [...byComune].map(([istat, ps]) => ({ istat, points: ps.sort(byLabel) }));
	// big groups first, so small markers are drawn on top and stay clickable
	groups.sort((a, b) => b.points.length - a.points.length || a.istat.localeCompare(b.istat));
	return { groups, unplaced: unplaced.sort(byLabel) };
}

/** Marker radius in screen px: grows with the square root of the count (area ∝ count), capped. */
export const markerRadius = (count: number) => Math.min(22, 6 + 3 * Math.sqrt(count - 1));
