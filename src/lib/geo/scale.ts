import { scaleQuantile, scaleQuantize } from 'd3-scale';
import { interpolateCividis } from 'd3-scale-chromatic';

/**
 * What the Comuni are coloured by. `numeric`: a value per Comune, in up to five classes of the
 * cividis scale (made to read the same with the common colour-vision deficiencies; light = more).
 * `classes`: a category per Comune with its own colours (e.g. coverage).
 */
export type GeoMeasure =
	| {
			kind: 'numeric';
			label: string;
			values: ReadonlyMap<string, number>;
			/** fixed range (e.g. 0–1 for a share): equal classes; without it, quantiles of the values */
			domain?: [number, number];
			format?: (v: number) => string;
	  }
	| {
			kind: 'classes';
			label: string;
			classOf: ReadonlyMap<string, string>;
			classes: ReadonlyArray<{ key: string; label: string; colour: string }>;
	  };

export interface LegendEntry {
	colour: string;
	label: string;
}
export interface ColourScale {
	/** fill of a Comune, null when the measure says nothing of it */
	colourOf: (istat: string) => string | null;
	legend: LegendEntry[];
}

export const CLASS_COUNT = 5;
/** Comuni the measure says nothing of */
export const NO_DATA_COLOUR = '#F2F2F2';
/** cividis from its light end (0.95) to its dark end (0.1): more = darker, as maps are read */
export const NUMERIC_COLOURS: readonly string[] = Array.from({ length: CLASS_COUNT }, (_, i) =>
	interpolateCividis(0.95 - (0.85 * i) / (CLASS_COUNT - 1))
);

const defaultFormat = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 2 }).format;

export function colourScale(measure: GeoMeasure): ColourScale {
	if (measure.kind === 'classes') {
		const colours = new Map(measure.classes.map((c) => [c.key, c.colour]));
		return {
			colourOf: (istat) => colours.get(measure.classOf.get(istat) ?? '') ?? null,
			legend: measure.classes.map((c) => ({ colour: c.colour, label: c.label }))
		};
	}
	const values = [...measure.values.values()].filter(Number.isFinite);
	const format = measure.format ?? defaultFormat;
	if (!values.length) return { colourOf: () => null, legend: [] };
	let bounds: number[];
	let classOf: (v: number) => number;
	if (measure.domain) {
		const q = scaleQuantize<number>()
			.domain(measure.domain)
			.range([...Array(CLASS_COUNT).keys()]);
		bounds = [measure.domain[0], ...q.thresholds(), measure.domain[1]];
		classOf = (v) => q(v);
	} else {
		const q = scaleQuantile<number>()
			.domain(values)
			.range([...Array(CLASS_COUNT).keys()]);
		bounds = [Math.min(...values), ...q.quantiles(), Math.max(...values)];
		classOf = (v) => q(v);
	}
	const used = new Set(values.map(classOf));
	const legend = [...used]
		.sort((a, b) => a - b)
		.map((i) => ({
			colour: NUMERIC_COLOURS[i]!,
			label:
				bounds[i] === bounds[i + 1]
					? format(bounds[i]!)
					: `${format(bounds[i]!)} – ${format(bounds[i + 1]!)}`
		}));
	return {
		colourOf: (istat) => {
			const v = measure.values.get(istat);
			return v === undefined || !Number.isFinite(v) ? null : NUMERIC_COLOURS[classOf(v)]!;
		},
		legend
	};
}
