/// <reference lib="webworker" />
import { forceLayout } from './force-layout';
import type { MapGraph, Positions } from './types';

/** Force layout off the main thread, so a large map never freezes the page. */
self.onmessage = (event: MessageEvent<{ id: number; graph: MapGraph; seed: Positions }>) => {
	const { id, graph, seed } = event.data;
	const positions = forceLayout(graph, seed);
	(self as unknown as Worker).postMessage({ id, positions });
};
