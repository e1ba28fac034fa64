import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelWidth, placeLabels } from './labels';

describe('labels without overlap', () => {
	it('keeps the higher priority of two labels that would overlap, and both once apart', () => {
		const a = { id: 'a', text: 'Milano', x: 100, y: 100, priority: 10 };
		const b = { id: 'b', text: 'Sesto', x: 110, y: 102, priority: 5 };
		const opts = { width: 400, height: 300, fontSize: 11 };
		expect(placeLabels([b, a], opts).map((l) => l.id)).toEqual(['a']);
		expect(placeLabels([a, { ...b, x: 200 }], opts).map((l) => l.id)).toEqual(['a', 'b']);
	});

	it('leaves out labels that would cross the view’s edge', () => {
		const opts = { width: 100, height: 100, fontSize: 11 };
		expect(placeLabels([{ id: 'x', text: 'Lungo nome', x: 5, y: 50, priority: 1 }], opts)).toEqual(
			[]
		);
	});

	it('never places two overlapping boxes (property)', () => {
		const candidate = fc.record({
			id: fc.uuid(),
			text: fc.string({ minLength: 1, maxLength: 20 }),
			x: fc.double({ min: 0, max: 500, noNaN: true }),
			y: fc.double({ min: 0, max: 400, noNaN: true }),
			priority: fc.integer({ min: 0, max: 1000 })
		});
		fc.assert(
			fc.property(fc.array(candidate, { maxLength: 80 }), (cs) => {
				const placed = placeLabels(cs, { width: 500, height: 400, fontSize: 11, padding: 0 });
				for (let i = 0; i < placed.length; i++) {
					const p = placed[i]!;
					expect(p.width).toBeCloseTo(labelWidth(p.text, 11));
					for (let j = i + 1; j < placed.length; j++) {
						const q = placed[j]!;
						const apart =
							Math.abs(p.x - q.x) >= (p.width + q.width) / 2 ||
							Math.abs(p.y - q.y) >= (p.height + q.height) / 2;
						expect(apart).toBe(true);
					}
				}
			})
		);
	});
});
