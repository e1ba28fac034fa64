import { forceLayout } from './force-layout';
import type { MapGraph, Positions } from './types';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (p: Positions) => void>();

function layoutWorker(): Worker | null {
	if (typeof Worker === 'undefined') return null;
	if (!worker) {
		worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (e: MessageEvent<{ id: number; positions: Positions }>) => {
			pending.get(e.data.id)?.(e.data.positions);
			pending.delete(e.data.id);
		};
	}
	return worker;
}

/** Force positions computed in a web worker (in-thread only where workers do not exist). */
export function computeForceLayout(graph: MapGraph, seed: Positions): Promise<Positions> {
	const w = layoutWorker();
	if (!w) return Promise.resolve(forceLayout(graph, seed));
	const id = nextId++;
	// only what the layout needs crosses the thread boundary
	const slim: MapGraph = {
		nodes: graph.nodes.map((n) => ({ ...n })),
		edges: graph.edges.map((e) => ({ ...e }))
	};
	return new Promise((resolve) => {
		pending.set(id, resolve);
		w.postMessage({ id, graph: slim, seed });
	});
}
