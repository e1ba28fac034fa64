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
	// Only what the layout reads (ids, ends) crosses the thread boundary, as plain values: a node's
	// nested arrays are Svelte state proxies, which postMessage cannot clone (the layout then never
	// ended once nodes carried their workshops).
	const slim = {
		nodes: graph.nodes.map((n) => ({ id: n.id })),
		edges: graph.edges.map((e) => ({ source: e.source, target: e.target }))
	} as MapGraph;
	return new Promise((resolve) => {
		pending.set(id, resolve);
		w.postMessage({ id, graph: slim, seed });
	});
}
