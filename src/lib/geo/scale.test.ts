import { describe, expect, it } from 'vitest';
import { CLASS_COUNT, colourScale, NUMERIC_COLOURS } from './scale';

describe('colour scale of a measure', () => {
	it('splits skewed values into quantile classes, light for few, dark for many', () => {
		const values = new Map(
			Array.from({ length: 100 }, (_, i) => [`c${i}`, i < 99 ? i : 1_000_000])
		);
		const s = colourScale({ kind: 'numeric', label: 'Residenti', values });
		expect(s.colourOf('c0')).toBe(NUMERIC_COLOURS[0]);
		expect(s.colourOf('c50')).toBe(NUMERIC_COLOURS[2]);
		expect(s.colourOf('c99')).toBe(NUMERIC_COLOURS[CLASS_COUNT - 1]);
		expect(s.colourOf('missing')).toBeNull();
		expect(s.legend).toHaveLength(5);
		expect(s.legend[0]!.label).toBe('0 – 19,8');
	});

	it('uses equal classes over a fixed domain, and lists only classes in use', () => {
		const s = colourScale({
			kind: 'numeric',
			label: 'Quota',
			values: new Map([
				['a', 0.05],
				['b', 0.95]
			]),
			domain: [0, 1]
		});
		expect(s.colourOf('a')).toBe(NUMERIC_COLOURS[0]);
		expect(s.colourOf('b')).toBe(NUMERIC_COLOURS[4]);
		expect(s.legend.map((e) => e.label)).toEqual(['0 – 0,2', '0,8 – 1']);
	});

	it('colours classes by their own colours', () => {
		const s = colourScale({
			kind: 'classes',
			label: 'Copertura',
			classOf: new Map([['a', 'covered']]),
			classes: [{ key: 'covered', label: 'Coperto', colour: '#0072B2' }]
		});
		expect(s.colourOf('a')).toBe('#0072B2');
		expect(s.colourOf('b')).toBeNull();
	});

	it('goes from light to dark', () => {
		const lum = (hex: string) => {
			const m = /rgb\((\d+), (\d+), (\d+)\)/.exec(hex) ?? [];
			return Number(m[1]) + Number(m[2]) + Number(m[3]);
		};
		const l = NUMERIC_COLOURS.map(lum);
		expect(l).toEqual([...l].sort((a, b) => b - a));
	});
});
