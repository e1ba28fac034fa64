import type { GeoMeasure } from '../../../src/lib/geo/scale';
import type { ComuneInfo, TerritoryLevel } from '../../../src/lib/geo/membership';
import type { GeoPoint } from '../../../src/lib/geo/points';

/** What a test or the bench asks the harness page to draw (JSON: Maps and Sets as arrays). */
export interface GeoScenario {
	title: string;
	comuni: ComuneInfo[];
	measure:
		| { kind: 'numeric'; label: string; values: Array<[string, number]>; domain?: [number, number] }
		| {
				kind: 'classes';
				label: string;
				classOf: Array<[string, string]>;
				classes: Array<{ key: string; label: string; colour: string }>;
		  }
		| null;
	level: TerritoryLevel | null;
	focus: string[] | null;
	highlight: string[];
	points: GeoPoint[];
	width: number;
	height: number;
	/** ISO date of the export */
	date: string;
}

export function measureOf(m: GeoScenario['measure']): GeoMeasure | null {
	if (!m) return null;
	return m.kind === 'numeric'
		? { ...m, values: new Map(m.values) }
		: { ...m, classOf: new Map(m.classOf) };
}
