import type { MapGraph } from '../types';
import type { ApplyContext, MapFilterDefinition } from './definition';
import { kindsFilter } from './kinds';
import { periodFilter } from './period';
import { policyAreasFilter } from './policy-areas';
import { projectFilter } from './project';
import { sectorsFilter } from './sectors';
import { workshopFilter } from './workshop';

export type { ChoiceContext, MapFilterDefinition } from './definition';
export { induced } from './induced';
export { normalizeText, searchNodes } from './search';

/**
 * The map's filters, in the order the panel shows them. Adding one is one object in its own file,
 * listed here: the URL, the panel and what the map and the table show follow from it.
 */
export const MAP_FILTERS = [
	sectorsFilter,
	kindsFilter,
	policyAreasFilter,
	projectFilter,
	periodFilter,
	workshopFilter
] as const;

/** What the user narrowed the map to, one value per filter; empty values keep everything. */
export type MapFilters = { [F in (typeof MAP_FILTERS)[number] as F['id']]: F['empty'] };

/**
 * The registry with each definition's value type forgotten, for code that handles every filter
 * alike: each definition is only ever given the value stored under its own id.
 */
export const ANY_MAP_FILTERS = MAP_FILTERS as unknown as ReadonlyArray<
	MapFilterDefinition<keyof MapFilters>
>;

export const NO_FILTERS = Object.fromEntries(
	ANY_MAP_FILTERS.map((f) => [f.id, f.empty])
) as MapFilters;

export const isFiltered = (filters: MapFilters) =>
	ANY_MAP_FILTERS.some((f) => f.param.encode(filters[f.id]) !== null);

/**
 * Applies every filter that is set: first those that cut the network to a period, then the others in
 * the registry's order (each keeps nodes; the project filter reads the ties that remain).
 * `projectAreas` gives each project's policy areas (the graph's nodes do not carry them).
 */
export function applyFilters(
	graph: MapGraph,
	filters: MapFilters,
	projectAreas: ReadonlyMap<string, readonly string[]> = new Map()
): MapGraph {
	const context: ApplyContext = { projectAreas };
	const ordered = [
		...ANY_MAP_FILTERS.filter((f) => f.slicesTime),
		...ANY_MAP_FILTERS.filter((f) => !f.slicesTime)
	];
	return ordered.reduce(
		(g, f) => (f.param.encode(filters[f.id]) === null ? g : f.apply(g, filters[f.id], context)),
		graph
	);
}
