import { viewedGraphOf, type ViewedGraph } from './analysis-view';
import {
	EDGE_ATTRIBUTES,
	NODE_ATTRIBUTES,
	type AttributeDefinition,
	type AttributeType,
	type AttributeValue,
	type ExportEdge
} from './export-graph';
import type { ExportInput } from './types';
import { escapeXml, formatXmlValue, XML_DECLARATION, xmlAttributes } from './xml';

export const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';

const GRAPHML_TYPES: Readonly<Record<AttributeType, string>> = {
	string: 'string',
	integer: 'int',
	double: 'double',
	boolean: 'boolean'
};

/**
 * Key ids must be unique across the whole file while attr.name may repeat between node and edge
 * (both have a `label`), so ids carry the domain as a prefix and attr.name stays the plain name.
 */
const keyId = (domain: 'graph' | 'node' | 'edge', name: string) => `${domain[0]}_${name}`;

/** Plus `label` (both) and `weight` (edges): the names Gephi, yEd and networkx read specially. */
const NODE_KEYS: readonly AttributeDefinition[] = [
	{ id: 'label', type: 'string' },
	...NODE_ATTRIBUTES
];
const EDGE_KEYS: readonly AttributeDefinition[] = [
	// The edge id again as data: python-igraph drops the XML id of edges.
	{ id: 'edgeId', type: 'string' },
	{ id: 'label', type: 'string' },
	{ id: 'weight', type: 'double' },
	...EDGE_ATTRIBUTES
];

/**
 * GraphML with typed `<key>` declarations and one direction for the whole graph: networkx refuses
 * `directed="false"` edges in a directed graph and python-igraph ignores the per-edge attribute,
 * so a directed view writes each symmetric tie (collaboration, linked networks) as two directed
 * edges, the second with the id suffix `:reverse`; undirected views declare `edgedefault="undirected"`.
 * The schema types an edge's XML id as NMTOKEN, which Trama's `TYPE:a->b` ids are not, so edges are
 * numbered `e1, e2…` there and their Trama id travels as `edgeId` data.
 */
export function toGraphml(input: ExportInput, view: ViewedGraph = viewedGraphOf(input)): string {
	const out: string[] = [XML_DECLARATION];
	out.push(
		`<graphml${xmlAttributes({
			xmlns: GRAPHML_NAMESPACE,
			'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
			'xsi:schemaLocation': `${GRAPHML_NAMESPACE} ${GRAPHML_NAMESPACE}/1.0/graphml.xsd`
		})}>`
	);
	out.push(key('graph', 'title', 'string'), key('graph', 'generatedAt', 'string'));
	for (const d of NODE_KEYS) out.push(key('node', d.id, d.type));
	for (const d of EDGE_KEYS) out.push(key('edge', d.id, d.type));

	const edgedefault = view.directed ? 'directed' : 'undirected';
	out.push(`\t<graph${xmlAttributes({ id: 'trama', edgedefault })}>`);
	out.push(data('graph', 'title', 'string', input.title, 2));
	out.push(data('graph', 'generatedAt', 'string', input.generatedAt, 2));
	for (const node of view.nodes) {
		out.push(`\t\t<node${xmlAttributes({ id: node.id })}>`);
		out.push(...values('node', NODE_KEYS, { label: node.label, ...node.attributes }));
		out.push('\t\t</node>');
	}
	let position = 0;
	const written = (edge: ExportEdge, id: string, source: string, target: string) =>
		edgeElement(edge, { xml: `e${++position}`, trama: id }, source, target);
	for (const edge of view.edges) {
		out.push(...written(edge, edge.id, edge.source, edge.target));
		if (view.directed && !edge.directed)
			out.push(...written(edge, `${edge.id}:reverse`, edge.target, edge.source));
	}
	out.push('\t</graph>');
	out.push('</graphml>');
	return out.join('\n') + '\n';
}

function edgeElement(
	edge: ExportEdge,
	id: { xml: string; trama: string },
	source: string,
	target: string
): string[] {
	const all: Partial<Record<string, AttributeValue>> = {
		edgeId: id.trama,
		label: edge.type,
		...edge.attributes
	};
	if (edge.weight !== undefined) all.weight = edge.weight;
	return [
		`\t\t<edge${xmlAttributes({ id: id.xml, source, target })}>`,
		...values('edge', EDGE_KEYS, all),
		'\t\t</edge>'
	];
}

function key(domain: 'graph' | 'node' | 'edge', name: string, type: AttributeType): string {
	return `\t<key${xmlAttributes({
		id: keyId(domain, name),
		for: domain,
		'attr.name': name,
		'attr.type': GRAPHML_TYPES[type]
	})}/>`;
}

function data(
	domain: 'graph' | 'node' | 'edge',
	name: string,
	type: AttributeType,
	value: AttributeValue,
	depth: number
): string {
	const indent = '\t'.repeat(depth);
	return `${indent}<data${xmlAttributes({ key: keyId(domain, name) })}>${escapeXml(formatXmlValue(type, value))}</data>`;
}

function values(
	domain: 'node' | 'edge',
	definitions: readonly AttributeDefinition[],
	record: Partial<Record<string, AttributeValue>>
): string[] {
	const lines: string[] = [];
	for (const d of definitions) {
		const value = record[d.id];
		if (value !== undefined) lines.push(data(domain, d.id, d.type, value, 3));
	}
	return lines;
}
