/**
 * A page with nothing but GeoMap, built by Vite with the app's Svelte compiler (tests/helpers/
 * geo-harness.ts): the browser test and bench/geo-render.ts drive the real component without a
 * route. It loads the scenario and the boundaries as a page would, then mounts and records when
 * the first frame after mounting was drawn.
 */
import { mount, unmount } from 'svelte';
import GeoMap from '../../../src/lib/components/geo/GeoMap.svelte';
import { loadComuniTopology } from '../../../src/lib/geo/asset';
import { measureOf, type GeoScenario } from './scenario';

interface HarnessWindow {
	__geo?: {
		loadMs: number;
		renderMs?: number;
		selections: Array<string | null>;
		remount: (s: Partial<GeoScenario>) => Promise<number>;
	};
}
const w = window as unknown as HarnessWindow;

const t0 = performance.now();
const [scenario, topology] = await Promise.all([
	fetch('./scenario.json').then((r) => r.json() as Promise<GeoScenario>),
	loadComuniTopology()
]);
const target = document.getElementById('app')!;
const selections: Array<string | null> = [];
let current: ReturnType<typeof mount> | null = null;

/** Mounts the map and resolves with ms from mounting to the end of the first frame drawn. */
function show(s: GeoScenario): Promise<number> {
	if (current) unmount(current);
	const start = performance.now();
	current = mount(GeoMap, {
		target,
		props: {
			lang: 'it',
			title: s.title,
			topology,
			comuni: s.comuni,
			measure: measureOf(s.measure),
			level: s.level,
			focus: s.focus ? new Set(s.focus) : null,
			highlight: new Set(s.highlight),
			points: s.points,
			width: s.width,
			height: s.height,
			date: new Date(s.date),
			onselect: (istat: string | null) => selections.push(istat)
		}
	});
	// the second animation frame runs after the first one was styled, laid out and painted
	return new Promise((resolve) =>
		requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)))
	);
}

w.__geo = {
	loadMs: performance.now() - t0,
	selections,
	remount: (patch) => show({ ...scenario, ...patch })
};
w.__geo.renderMs = await show(scenario);
