import { viewedGraphOf, type ViewedGraph } from './analysis-view';
import {
	EDGE_ATTRIBUTES,
	NODE_ATTRIBUTES,
	type AttributeDefinition,
	type AttributeValue
} from './export-graph';
import type { ExportInput } from './types';
import { escapeXml, formatXmlValue, XML_DECLARATION, xmlAttributes } from './xml';

export const GEXF_NAMESPACE = 'http://gexf.net/1.3';

/**
 * GEXF 1.3 (valid against the published RELAX NG grammar) for Gephi and networkx. A directed view
 * writes symmetric ties (collaboration, linked networks) as `type="mutual"`: the GEXF way to say
 * "both directions" inside a directed graph, which Gephi draws as one two-headed edge and
 * networkx reads as the two directed edges; "undirected" inside a directed graph is refused by
 * networkx. Undirected views declare an undirected graph. Every attribute is declared up front so
 * Gephi types its columns; the edge `label` and `kind` are the relation type, so edges can be
 * filtered by relation and parallel edges of different relations stay apart.
 */
export function toGexf(input: ExportInput, view: ViewedGraph = viewedGraphOf(input)): string {
	const out: string[] = [XML_DECLARATION];
	// No xsi:schemaLocation: the grammar does not allow it, and the XSD it would name does not compile.
	out.push(`<gexf${xmlAttributes({ xmlns: GEXF_NAMESPACE, version: '1.3' })}>`);
	// lastmodifieddate is an xs:date: the day of the passed-in timestamp, never the clock.
	out.push(`\t<meta${xmlAttributes({ lastmodifieddate: input.generatedAt.slice(0, 10) })}>`);
	out.push('\t\t<creator>Trama</creator>');
	out.push(`\t\t<description>${escapeXml(`${input.title} (${input.generatedAt})`)}</description>`);
	out.push('\t</meta>');
	out.push(
		`\t<graph${xmlAttributes({ mode: 'static', defaultedgetype: view.directed ? 'directed' : 'undirected' })}>`
	);
	out.push(...declarations('node', NODE_ATTRIBUTES));
	out.push(...declarations('edge', EDGE_ATTRIBUTES));

	out.push('\t\t<nodes>');
	for (const node of view.nodes) {
		out.push(`\t\t\t<node${xmlAttributes({ id: node.id, label: node.label })}>`);
		out.push(...attvalues(NODE_ATTRIBUTES, node.attributes));
		out.push('\t\t\t</node>');
	}
	out.push('\t\t</nodes>');

	out.push('\t\t<edges>');
	for (const edge of view.edges) {
		const head = xmlAttributes({
			id: edge.id,
			source: edge.source,
			target: edge.target,
			// Only deviations from defaultedgetype are written.
			type: view.directed && !edge.directed ? 'mutual' : undefined,
			label: edge.type,
			kind: edge.type,
			weight: edge.weight
		});
		out.push(`\t\t\t<edge${head}>`);
		out.push(...attvalues(EDGE_ATTRIBUTES, edge.attributes));
		out.push('\t\t\t</edge>');
	}
	out.push('\t\t</edges>');
	out.push('\t</graph>');
	out.push('</gexf>');
	return out.join('\n') + '\n';
}

function declarations(cls: 'node' | 'edge', definitions: readonly AttributeDefinition[]): string[] {
	return [
		`\t\t<attributes class="${cls}">`,
		// The id is the title: Gephi shows titles as column names, and short English ids read well.
		...definitions.map(
			(d) => `\t\t\t<attribute${xmlAttributes({ id: d.id, title: d.id, type: d.type })}/>`
		),
		'\t\t</attributes>'
	];
}

function attvalues(
	definitions: readonly AttributeDefinition[],
	values: Partial<Record<string, AttributeValue>>
): string[] {
	const lines: string[] = [];
	for (const d of definitions) {
		const value = values[d.id];
		if (value === undefined) continue;
		lines.push(
			`\t\t\t\t\t<attvalue${xmlAttributes({ for: d.id, value: formatXmlValue(d.type, value) })}/>`
		);
	}
	return lines.length === 0 ? [] : ['\t\t\t\t<attvalues>', ...lines, '\t\t\t\t</attvalues>'];
}
