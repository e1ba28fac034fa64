import type { Message } from '../../i18n/locale';
import type { MapGraph } from '../types';

/**
 * One way to narrow the map: what it is called, where it lives in the URL, what "no filter" is, how
 * it narrows the graph and how the filter panel asks for it. The registry (index.ts) lists them; the
 * URL state, the panel and the table (through the filtered graph) read every one from there.
 */
export interface MapFilterDefinition<Id extends string = string, Value = unknown> {
	/** its key in `MapFilters` */
	id: Id;
	/** its query-string parameter */
	urlKey: string;
	/** the panel's label */
	label: Message;
	/** the value that keeps everything */
	empty: Value;
	/** to and from the URL; `encode` gives null for the empty value (nothing is written) */
	param: { decode: (raw: string | null) => Value; encode: (value: Value) => string | null };
	/** Narrows the graph; called only with a value that is not empty. */
	apply: (graph: MapGraph, value: Value, context: ApplyContext) => MapGraph;
	/** Cuts the network to a moment: runs before the filters that read the ties that remain. */
	slicesTime?: boolean;
	control: FilterControl<Value>;
}

/** What filters may read besides the graph (its nodes do not carry everything). */
export interface ApplyContext {
	/** each project's policy areas */
	projectAreas: ReadonlyMap<string, readonly string[]>;
}

/** What the panel offers to choose from. */
export interface ChoiceContext {
	/** the Ambito's whole network, before any filter */
	graph: MapGraph;
	projects: ReadonlyArray<{ id: string; title: string; triennio: string | null }>;
	/** the trienni of its projects, oldest first */
	trienni: readonly string[];
}

export interface Choice {
	id: string;
	label: string;
}

/** How the panel asks for a value: ticks, a drop-down, or a slider over steps. */
export type FilterControl<Value> =
	| {
			type: 'checkboxes';
			testId: (choiceId: string) => string;
			choices: (context: ChoiceContext) => Choice[];
			isOn: (value: Value, choiceId: string) => boolean;
			toggle: (value: Value, choiceId: string, on: boolean) => Value;
	  }
	| {
			type: 'select';
			testId?: string;
			choices: (context: ChoiceContext) => Choice[];
			/** the chosen option's id, '' for "all" */
			selected: (value: Value) => string;
			choose: (choiceId: string) => Value;
	  }
	| {
			type: 'steps';
			testId: string;
			/** what the slider says at its first step, where nothing is filtered */
			allLabel: Message;
			steps: (context: ChoiceContext) => readonly string[];
			current: (value: Value) => string | null;
			choose: (step: string | null) => Value;
	  };

/** Keeps the literal id and the value type of a definition (the registry derives `MapFilters` from them). */
export const defineFilter = <const Id extends string, Value>(
	definition: MapFilterDefinition<Id, Value>
): MapFilterDefinition<Id, Value> => definition;

// ---- the two shapes of value filters have so far, and their controls

const list = (raw: string | null) =>
	raw
		? raw
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean)
				.slice(0, 50)
		: [];

/** Several ids, comma-separated in the URL; empty keeps all. */
export const LIST_PARAM = {
	decode: list,
	encode: (value: string[]) => (value.length ? value.join(',') : null)
};
/** One id, or null for all. */
export const ID_PARAM = {
	decode: (raw: string | null) => raw || null,
	encode: (value: string | null) => value
};

/** A list chosen one at a time from a drop-down (the URL may still carry several). */
export const listSelect = {
	selected: (value: string[]) => value[0] ?? '',
	choose: (id: string) => (id ? [id] : [])
};
export const listCheckboxes = {
	isOn: (value: string[], id: string) => value.includes(id),
	toggle: (value: string[], id: string, on: boolean) =>
		on ? [...new Set([...value, id])] : value.filter((x) => x !== id)
};
export const idSelect = {
	selected: (value: string | null) => value ?? '',
	choose: (id: string) => id || null
};
