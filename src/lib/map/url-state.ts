import { ANY_MAP_FILTERS, NO_FILTERS, type MapFilters } from './filters';
import { LAYOUT_IDS, type LayoutId } from './layouts';
import { SIZE_METRICS, type SizeMetric } from './metrics';

/** Everything the URL restores: the Ambito, filters, focus, layout and what is highlighted. */
export interface MapUrlState {
	ambitoId: string | null;
	filters: MapFilters;
	focus: { nodeId: string; depth: number } | null;
	layout: LayoutId;
	size: SizeMetric;
	search: string;
	view: 'map' | 'table';
	/** the network, or the geography of the same Ambito (`vista=geografia`) */
	vista: MapVista;
	/** the project whose partnership is highlighted, with its gaps */
	highlightProject: string | null;
	/** two trienni compared: new and ended ties */
	diff: { before: string; after: string } | null;
}

export const MAP_VISTE = ['rete', 'geografia'] as const;
export type MapVista = (typeof MAP_VISTE)[number];

export const DEFAULT_MAP_STATE: MapUrlState = {
	ambitoId: null,
	filters: NO_FILTERS,
	focus: null,
	layout: 'force',
	size: 'degree',
	search: '',
	view: 'map',
	vista: 'rete',
	highlightProject: null,
	diff: null
};

const MAX_DEPTH = 3;
const TRIENNIO = /^\d{4}-\d{4}$/;

/** Reads the state from a query string; anything malformed falls back to the default. */
export function decodeMapState(params: URLSearchParams): MapUrlState {
	const depth = Number(params.get('depth') ?? '1');
	const focus = params.get('focus');
	const layout = params.get('layout') as LayoutId | null;
	const size = params.get('size') as SizeMetric | null;
	const [before, after] = (params.get('diff') ?? '').split('..');
	return {
		ambitoId: params.get('ambito') || null,
		filters: Object.fromEntries(
			ANY_MAP_FILTERS.map((f) => [f.id, f.param.decode(params.get(f.urlKey))])
		) as MapFilters,
		focus: focus
			? {
					nodeId: focus,
					depth: Number.isInteger(depth) ? Math.min(MAX_DEPTH, Math.max(1, depth)) : 1
				}
			: null,
		layout: layout && LAYOUT_IDS.includes(layout) ? layout : DEFAULT_MAP_STATE.layout,
		size: size && SIZE_METRICS.includes(size) ? size : DEFAULT_MAP_STATE.size,
		search: (params.get('q') ?? '').slice(0, 200),
		view: params.get('view') === 'table' ? 'table' : 'map',
		vista: params.get('vista') === 'geografia' ? 'geografia' : 'rete',
		highlightProject: params.get('highlight') || null,
		diff:
			before && after && TRIENNIO.test(before) && TRIENNIO.test(after) ? { before, after } : null
	};
}

/** Writes only what differs from the default, in a stable order, so URLs stay short and shareable. */
export function encodeMapState(state: MapUrlState): URLSearchParams {
	const p = new URLSearchParams();
	const d = DEFAULT_MAP_STATE;
	if (state.ambitoId) p.set('ambito', state.ambitoId);
	for (const f of ANY_MAP_FILTERS) {
		const value = f.param.encode(state.filters[f.id]);
		if (value !== null) p.set(f.urlKey, value);
	}
	if (state.focus) {
		p.set('focus', state.focus.nodeId);
		if (state.focus.depth !== 1) p.set('depth', String(state.focus.depth));
	}
	if (state.layout !== d.layout) p.set('layout', state.layout);
	if (state.size !== d.size) p.set('size', state.size);
	if (state.search) p.set('q', state.search);
	if (state.view !== d.view) p.set('view', state.view);
	if (state.vista !== d.vista) p.set('vista', state.vista);
	if (state.highlightProject) p.set('highlight', state.highlightProject);
	if (state.diff) p.set('diff', `${state.diff.before}..${state.diff.after}`);
	return p;
}

export interface UrlWriter {
	/** the state changed: write it now, or when the current burst of changes ends */
	set(query: string): void;
	/** write what is pending at once (the page is being left) */
	flush(): void;
	/** forget what is pending (the map is closed for another page) */
	cancel(): void;
}

/**
 * Mirrors the state in the address bar at most once per `interval` ms (a single change at once, the
 * last of a burst when it ends), and only when it differs from what is there: typing a search changes
 * the state on every key, and browsers throttle and warn about pages that rewrite history that often.
 */
export function urlWriter(
	write: (query: string) => void,
	current: () => string,
	interval = 300
): UrlWriter {
	let lastWrite = -Infinity;
	let pending: string | null = null;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const cancel = () => {
		clearTimeout(timer);
		timer = undefined;
		pending = null;
	};
	const flush = () => {
		const query = pending;
		cancel();
		if (query === null || query === current()) return;
		lastWrite = Date.now();
		write(query);
	};
	return {
		set(query) {
			pending = query;
			if (timer !== undefined) return;
			const wait = lastWrite + interval - Date.now();
			if (wait <= 0) flush();
			else timer = setTimeout(flush, wait);
		},
		flush,
		cancel
	};
}
