import { describe, expect, it } from 'vitest';
import { fitViewport } from './viewport';

const limits = { min: 0.02, max: 4 };
/** Where a model point lands on screen. */
const onScreen = (v: { zoom: number; pan: { x: number; y: number } }, x: number, y: number) => ({
	x: v.zoom * x + v.pan.x,
	y: v.zoom * y + v.pan.y
});

describe('fitViewport', () => {
	it('shows every node inside the padding, centred, as large as the room allows', () => {
		const nodes = [
			{ x: -500, y: -100, size: 40 },
			{ x: 500, y: 100, size: 40 },
			{ x: 0, y: 0, size: 20 }
		];
		const v = fitViewport(nodes, 1000, 600, 30, limits)!;
		for (const n of nodes) {
			const left = onScreen(v, n.x - n.size / 2, n.y - n.size / 2);
			const right = onScreen(v, n.x + n.size / 2, n.y + n.size / 2);
			expect(left.x).toBeGreaterThanOrEqual(30 - 1e-9);
			expect(left.y).toBeGreaterThanOrEqual(30 - 1e-9);
			expect(right.x).toBeLessThanOrEqual(970 + 1e-9);
			expect(right.y).toBeLessThanOrEqual(570 + 1e-9);
		}
		// the width is the tight side: the outermost nodes touch the padding on the left and right
		expect(onScreen(v, -520, 0).x).toBeCloseTo(30);
		expect(onScreen(v, 520, 0).x).toBeCloseTo(970);
	});

	it('keeps the zoom within the limits, and gives up on an empty map or a hidden canvas', () => {
		expect(fitViewport([{ x: 0, y: 0, size: 1 }], 1000, 600, 30, limits)!.zoom).toBe(4);
		expect(fitViewport([], 1000, 600, 30, limits)).toBeNull();
		expect(fitViewport([{ x: 0, y: 0, size: 20 }], 0, 0, 30, limits)).toBeNull();
	});
});
