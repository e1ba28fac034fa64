import { foldText } from '../../../text';
import { viewedGraphOf, type ViewedGraph } from './analysis-view';
import {
	EXPORT_EDGE_TYPE_LABELS,
	NODE_CATEGORY_LABELS,
	type AttributeValue,
	type ExportNode
} from './export-graph';
import { LIST_SEPARATOR, yesNo } from './labels';
import type { ExportInput } from './types';

/**
 * Kumu blueprint (https://docs.kumu.io/guides/import/blueprints): `{ elements, connections }`.
 *
 * Identity: every element carries `id` = the Trama id, and connections point at those ids in
 * `from`/`to`. Kumu's blueprint documentation supports exactly this ("assign values to the id key
 * … use the ids, not the labels, when building the connections"), and it keeps a re-import into
 * the same map stable even when a name is edited. Labels are made unique anyway, because Kumu's
 * search, the profile panel and spreadsheet round-trips all go by label: an actor whose name is
 * shared gets its seat Comune appended ("Caritas (Lodi)"), then a counter if still ambiguous.
 *
 * Custom fields use Italian names (Kumu shows them as written), values as Italian text.
 */
export interface KumuElement {
	id: string;
	label: string;
	type: string;
	description?: string;
	tags?: string[];
	[field: string]: string | number | boolean | string[] | undefined;
}

export interface KumuConnection {
	id: string;
	from: string;
	to: string;
	type: string;
	direction: 'directed' | 'undirected';
	[field: string]: string | number | boolean | undefined;
}

export interface KumuBlueprint {
	elements: KumuElement[];
	connections: KumuConnection[];
}

/** Italian field names for the graph attributes worth showing in Kumu's profile panel. */
const ELEMENT_FIELDS: ReadonlyArray<[keyof ExportNode['attributes'], string]> = [
	['kindLabel', 'Tipologia'],
	['sectorLabel', 'Settore'],
	['taxCode', 'Codice fiscale'],
	['seat', 'Comune sede'],
	['istat', 'Codice ISTAT'],
	['population', 'Popolazione'],
	['statusLabel', 'Stato'],
	['start', 'Dal'],
	['end', 'Al'],
	['triennio', 'Triennio'],
	['policyAreasLabel', 'Aree di policy'],
	['budgetEur', 'Budget (EUR)'],
	['issuer', 'Ente emittente'],
	['year', 'Anno'],
	['ambito', 'Ambito']
];

const CONNECTION_FIELDS: ReadonlyArray<[string, string]> = [
	['roleLabel', 'Ruolo'],
	['since', 'Dal'],
	['until', 'Al'],
	['publicEur', 'Risorse pubbliche (EUR)'],
	['privateEur', 'Risorse private (EUR)'],
	['totalEur', 'Risorse totali (EUR)'],
	['actions', 'Azioni'],
	['strength', 'Intensità'],
	['trust', 'Fiducia'],
	['value', 'Valore'],
	['sourceLabel', 'Fonte'],
	['sharedProjects', 'Progetti in comune'],
	['projects', 'Progetti']
];

export function toKumu(
	input: ExportInput,
	view: ViewedGraph = viewedGraphOf(input)
): KumuBlueprint {
	const labels = uniqueLabels(view.nodes);
	const elements = view.nodes.map((node): KumuElement => {
		const a = node.attributes;
		const element: KumuElement = {
			id: node.id,
			label: labels.get(node.id) ?? node.label,
			// Actors and territory are typed by their kind, so Kumu can colour by tipologia directly.
			type: typeof a.kindLabel === 'string' ? a.kindLabel : NODE_CATEGORY_LABELS[node.category].it,
			Categoria: NODE_CATEGORY_LABELS[node.category].it
		};
		const description = a.notes ?? a.description;
		if (typeof description === 'string') element.description = description;
		if (typeof a.tags === 'string') element.tags = a.tags.split(LIST_SEPARATOR);
		for (const [attribute, field] of ELEMENT_FIELDS) {
			const value = a[attribute];
			if (value !== undefined) element[field] = value;
		}
		if (typeof a.fictional === 'boolean') element['Fittizio'] = yesNo(a.fictional);
		return element;
	});
	const connections = view.edges.map((edge): KumuConnection => {
		const connection: KumuConnection = {
			id: edge.id,
			from: edge.source,
			to: edge.target,
			type: EXPORT_EDGE_TYPE_LABELS[edge.type].it,
			direction: edge.directed ? 'directed' : 'undirected',
			Relazione: edge.type
		};
		const a: Partial<Record<string, AttributeValue>> = edge.attributes;
		for (const [attribute, field] of CONNECTION_FIELDS) {
			const value = a[attribute];
			if (value !== undefined) connection[field] = value;
		}
		return connection;
	});
	return { elements, connections };
}

/**
 * Node id → a label no other node has (compared accent- and case-insensitively, as a person
 * searching would). Nodes whose names are unique keep them untouched.
 */
function uniqueLabels(nodes: readonly ExportNode[]): Map<string, string> {
	const count = new Map<string, number>();
	for (const node of nodes) {
		const key = foldText(node.label);
		count.set(key, (count.get(key) ?? 0) + 1);
	}
	const taken = new Set<string>();
	const result = new Map<string, string>();
	for (const node of nodes) {
		let label = node.label;
		if ((count.get(foldText(label)) ?? 0) > 1) {
			const seat = node.attributes.seat;
			const qualifier = typeof seat === 'string' ? seat : NODE_CATEGORY_LABELS[node.category].it;
			label = `${node.label} (${qualifier})`;
		}
		let candidate = label;
		for (let n = 2; taken.has(foldText(candidate)); n++) candidate = `${label} ${n}`;
		taken.add(foldText(candidate));
		result.set(node.id, candidate);
	}
	return result;
}
