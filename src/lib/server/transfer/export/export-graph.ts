import {
	ACTOR_KIND_BY_ID,
	COLLABORATION_SOURCE_BY_ID,
	EDGE_TYPE_LABELS,
	EDGE_TYPES,
	POLICY_AREA_BY_ID,
	PROJECT_STATUS_LABELS,
	ROLE_BY_ID,
	SECTOR_BY_ID,
	sectorOfKind,
	type ActorKindId,
	type EdgeType,
	type LocalizedText
} from '../../../domain';
import { commitmentValueEur, LIST_SEPARATOR } from './labels';
import type { ExportInput, TerritoryNode } from './types';

/**
 * One export graph of a document plus its territory, built once and shared by every graph format
 * (GEXF, GraphML, Kumu), so that they all show the same nodes, edges and attributes.
 */

export const NODE_CATEGORIES = [
	'actor',
	'project',
	'network',
	'call',
	'agreement',
	'territory'
] as const;
export type NodeCategory = (typeof NODE_CATEGORIES)[number];

export const NODE_CATEGORY_LABELS: Readonly<Record<NodeCategory, LocalizedText>> = {
	actor: { it: 'Ente', en: 'Actor' },
	project: { it: 'Progetto', en: 'Project' },
	network: { it: 'Rete', en: 'Network' },
	call: { it: 'Bando', en: 'Call for proposals' },
	agreement: { it: 'Accordo di Programma', en: 'Programme agreement' },
	territory: { it: 'Territorio', en: 'Territory' }
};

// The relationship types and their names are the domain's (shared with the map).
export { EDGE_TYPES, EDGE_TYPE_LABELS, type EdgeType };

/** The relation only exports draw: partners in the same projects (analysis-view.ts). */
export const PROJECTED_PARTNERSHIP = 'PARTNERS_WITH';
export type ExportEdgeType = EdgeType | typeof PROJECTED_PARTNERSHIP;
export const EXPORT_EDGE_TYPE_LABELS: Readonly<Record<ExportEdgeType, LocalizedText>> = {
	...EDGE_TYPE_LABELS,
	[PROJECTED_PARTNERSHIP]: {
		it: 'Partner negli stessi progetti',
		en: 'Partners in the same projects'
	}
};

/** Relations that have no direction: a pair of collaborating actors, two linked networks. */
const UNDIRECTED_EDGE_TYPES: ReadonlySet<EdgeType> = new Set(['LINKED_TO', 'COLLABORATES_WITH']);

/** The value types every target format can declare (GEXF and GraphML names are mapped from these). */
export type AttributeType = 'string' | 'integer' | 'double' | 'boolean';

export interface AttributeDefinition {
	readonly id: string;
	readonly type: AttributeType;
}

/** One schema for all nodes: a node simply omits what does not apply to its category. */
export const NODE_ATTRIBUTES = [
	{ id: 'category', type: 'string' },
	{ id: 'kind', type: 'string' },
	{ id: 'kindLabel', type: 'string' },
	{ id: 'sector', type: 'string' },
	{ id: 'sectorLabel', type: 'string' },
	{ id: 'taxCode', type: 'string' },
	{ id: 'seat', type: 'string' },
	{ id: 'seatIstat', type: 'string' },
	{ id: 'istat', type: 'string' },
	{ id: 'population', type: 'integer' },
	{ id: 'tags', type: 'string' },
	{ id: 'notes', type: 'string' },
	{ id: 'fictional', type: 'boolean' },
	{ id: 'status', type: 'string' },
	{ id: 'statusLabel', type: 'string' },
	{ id: 'start', type: 'string' },
	{ id: 'end', type: 'string' },
	{ id: 'triennio', type: 'string' },
	{ id: 'policyAreas', type: 'string' },
	{ id: 'policyAreasLabel', type: 'string' },
	{ id: 'budgetEur', type: 'double' },
	{ id: 'issuer', type: 'string' },
	{ id: 'year', type: 'integer' },
	{ id: 'description', type: 'string' },
	{ id: 'ambitoId', type: 'string' },
	{ id: 'ambito', type: 'string' }
] as const satisfies readonly AttributeDefinition[];
export type NodeAttributeId = (typeof NODE_ATTRIBUTES)[number]['id'];

export const EDGE_ATTRIBUTES = [
	{ id: 'relation', type: 'string' },
	{ id: 'relationLabel', type: 'string' },
	{ id: 'role', type: 'string' },
	{ id: 'roleLabel', type: 'string' },
	{ id: 'since', type: 'string' },
	{ id: 'until', type: 'string' },
	{ id: 'publicEur', type: 'double' },
	{ id: 'privateEur', type: 'double' },
	{ id: 'totalEur', type: 'double' },
	{ id: 'commitments', type: 'integer' },
	{ id: 'actions', type: 'string' },
	{ id: 'actionCount', type: 'integer' },
	// 1–5 scales; double, not integer, because survey data may average several answers.
	{ id: 'strength', type: 'double' },
	{ id: 'trust', type: 'double' },
	{ id: 'value', type: 'string' },
	{ id: 'source', type: 'string' },
	{ id: 'sourceLabel', type: 'string' },
	// The partnerships view: how many projects two actors share, and which.
	{ id: 'sharedProjects', type: 'integer' },
	{ id: 'projects', type: 'string' }
] as const satisfies readonly AttributeDefinition[];
export type EdgeAttributeId = (typeof EDGE_ATTRIBUTES)[number]['id'];

export type AttributeValue = string | number | boolean;

export interface ExportNode {
	/** The record's own id, so that a graph file can be matched back to Trama. */
	id: string;
	label: string;
	category: NodeCategory;
	attributes: Partial<Record<NodeAttributeId, AttributeValue>>;
}

export interface ExportEdge {
	id: string;
	source: string;
	target: string;
	type: ExportEdgeType;
	directed: boolean;
	/** Set where a relation has a natural intensity (collaboration strength); else formats default. */
	weight?: number;
	attributes: Partial<Record<EdgeAttributeId, AttributeValue>>;
}

export interface ExportGraph {
	nodes: ExportNode[];
	edges: ExportEdge[];
	/** References the graph could not draw (e.g. a partnership naming an unknown project). */
	warnings: string[];
}

type Attributes<K extends string> = Partial<Record<K, AttributeValue | null | undefined>>;

/**
 * Drops what a format could not write meaningfully: null/undefined, empty strings, and NaN or
 * infinite numbers (not valid xs:double lexical forms for the declared attribute types).
 */
function compact<K extends string>(attributes: Attributes<K>): Partial<Record<K, AttributeValue>> {
	const out: Partial<Record<K, AttributeValue>> = {};
	for (const [key, value] of Object.entries(attributes) as [K, AttributeValue | null][]) {
		if (value === null || value === undefined || value === '') continue;
		if (typeof value === 'number' && !Number.isFinite(value)) continue;
		out[key] = value;
	}
	return out;
}

function kindAttributes(kind: ActorKindId): Attributes<NodeAttributeId> {
	const sector = sectorOfKind(kind);
	return {
		kind,
		kindLabel: ACTOR_KIND_BY_ID[kind].label.it,
		sector,
		sectorLabel: sector === null ? null : SECTOR_BY_ID[sector].label.it
	};
}

function joinList(values: readonly string[]): string | null {
	return values.length === 0 ? null : values.join(LIST_SEPARATOR);
}

export function buildExportGraph(input: ExportInput): ExportGraph {
	const { document, territory } = input;
	const nodes: ExportNode[] = [];
	const nodeById = new Map<string, ExportNode>();
	const edges: ExportEdge[] = [];
	const edgeIds = new Set<string>();
	const warnings: string[] = [];
	/** Record id → node id, per category: ids are only unique within a kind of record. */
	const refs: Record<NodeCategory, Map<string, string>> = {
		actor: new Map(),
		project: new Map(),
		network: new Map(),
		call: new Map(),
		agreement: new Map(),
		territory: new Map()
	};

	function addNode(
		category: NodeCategory,
		recordId: string,
		label: string,
		attributes: Attributes<NodeAttributeId>
	): ExportNode | null {
		if (refs[category].has(recordId)) {
			warnings.push(`Duplicate ${category} id "${recordId}": kept the first.`);
			return null;
		}
		// A project and an actor could in principle share an id; the second gets a prefixed one.
		let id = recordId;
		if (nodeById.has(id)) {
			id = `${category}:${recordId}`;
			warnings.push(`Id "${recordId}" is used by two kinds of record; the ${category} is "${id}".`);
		}
		const node: ExportNode = {
			id,
			label,
			category,
			attributes: compact({ category, ...attributes })
		};
		nodes.push(node);
		nodeById.set(id, node);
		refs[category].set(recordId, id);
		return node;
	}

	function resolve(category: NodeCategory, recordId: string, context: string): string | null {
		// A territorial body (Comune, ASST, ATS…) acts as an actor too: partner, collaborator,
		// signatory. It is not in the document's actors but in the territory passed along.
		const id =
			refs[category].get(recordId) ??
			(category === 'actor' ? refs.territory.get(recordId) : undefined);
		if (id === undefined) warnings.push(`${context}: unknown ${category} "${recordId}".`);
		return id ?? null;
	}

	/** Both ends of a record's relation, or null when either is unknown (each one warned about). */
	function endsOf(
		context: string,
		[sourceCategory, sourceId]: [NodeCategory, string],
		[targetCategory, targetId]: [NodeCategory, string]
	): [string, string] | null {
		const source = resolve(sourceCategory, sourceId, context);
		const target = resolve(targetCategory, targetId, context);
		return source && target ? [source, target] : null;
	}

	/** An edge from `node` to each record found (`inbound`: from each record to `node`). */
	function link(
		type: EdgeType,
		node: string,
		category: NodeCategory,
		recordIds: Iterable<string>,
		context: string,
		inbound = false
	): void {
		for (const recordId of recordIds) {
			const other = resolve(category, recordId, context);
			if (other) addEdge(type, inbound ? other : node, inbound ? node : other);
		}
	}

	function addEdge(
		type: EdgeType,
		source: string,
		target: string,
		attributes: Attributes<EdgeAttributeId> = {},
		options: { recordId?: string; weight?: number | null } = {}
	): void {
		if (source === target) return; // e.g. a Comune "seated in" itself: not a relation worth drawing
		const directed = !UNDIRECTED_EDGE_TYPES.has(type);
		// Records with their own id keep it; other relations are facts, so a repeat is the same edge.
		const [a, b] = directed ? [source, target] : [source, target].sort();
		const id = options.recordId ? `${type}:${options.recordId}` : `${type}:${a}->${b}`;
		if (edgeIds.has(id)) return;
		edgeIds.add(id);
		const edge: ExportEdge = {
			id,
			source,
			target,
			type,
			directed,
			attributes: compact({
				relation: type,
				relationLabel: EDGE_TYPE_LABELS[type].it,
				...attributes
			})
		};
		const weight = options.weight;
		if (typeof weight === 'number' && Number.isFinite(weight) && weight > 0) edge.weight = weight;
		edges.push(edge);
	}

	// Territory first only as lookups: actor nodes need seat names; territory nodes are added last
	// so that an actor which *is* a territorial body (a Comune signing an agreement) is one node.
	const territoryById = new Map<string, TerritoryNode>();
	for (const t of territory.nodes) if (!territoryById.has(t.id)) territoryById.set(t.id, t);
	const comuneByIstat = new Map<string, TerritoryNode>();
	for (const t of territory.nodes) {
		if (t.kind === 'comune' && t.istat) comuneByIstat.set(t.istat, t);
	}

	for (const actor of document.actors) {
		const asTerritory = territoryById.get(actor.id);
		addNode('actor', actor.id, actor.name, {
			...kindAttributes(actor.kind),
			taxCode: actor.taxCode,
			seat: actor.seatIstat ? comuneByIstat.get(actor.seatIstat)?.name : null,
			seatIstat: actor.seatIstat,
			istat: asTerritory?.istat,
			population: asTerritory?.population,
			tags: joinList(actor.tags),
			notes: actor.notes,
			fictional: actor.fictional
		});
	}
	for (const call of document.calls) {
		addNode('call', call.id, call.title, {
			issuer: call.issuer,
			year: call.year,
			fictional: call.fictional
		});
	}
	for (const project of document.projects) {
		addNode('project', project.id, project.title, {
			status: project.status,
			statusLabel: PROJECT_STATUS_LABELS[project.status].it,
			start: project.start,
			end: project.end,
			triennio: project.triennio,
			policyAreas: joinList(project.policyAreas),
			policyAreasLabel: joinList(project.policyAreas.map((a) => POLICY_AREA_BY_ID[a].label.it)),
			budgetEur: project.budgetEur,
			fictional: project.fictional
		});
	}
	for (const network of document.networks) {
		addNode('network', network.id, network.name, {
			description: network.description,
			ambitoId: network.ambitoId,
			ambito: network.ambitoId ? territoryById.get(network.ambitoId)?.name : null,
			fictional: network.fictional
		});
	}
	for (const agreement of document.agreements) {
		addNode('agreement', agreement.id, agreement.title, {
			ambitoId: agreement.ambitoId,
			ambito: agreement.ambitoId ? territoryById.get(agreement.ambitoId)?.name : null,
			start: agreement.start,
			end: agreement.end,
			fictional: agreement.fictional
		});
	}
	for (const t of territoryById.values()) {
		const actorNodeId = refs.actor.get(t.id);
		if (actorNodeId !== undefined) {
			refs.territory.set(t.id, actorNodeId); // merged into the actor node above
			continue;
		}
		addNode('territory', t.id, t.name, {
			...kindAttributes(t.kind),
			istat: t.istat,
			population: t.population
		});
	}
	/** Comune ISTAT code → node id; a Comune present only as an actor still anchors its seat. */
	const comuneNodeByIstat = new Map<string, string>();
	for (const actor of document.actors) {
		const id = refs.actor.get(actor.id);
		if (actor.kind === 'comune' && actor.seatIstat && id)
			comuneNodeByIstat.set(actor.seatIstat, id);
	}
	for (const [istat, t] of comuneByIstat) {
		const id = refs.territory.get(t.id);
		if (id) comuneNodeByIstat.set(istat, id);
	}
	const comuneNode = (istat: string, context: string): string | null => {
		const id = comuneNodeByIstat.get(istat);
		if (id === undefined) warnings.push(`${context}: no Comune with ISTAT code "${istat}".`);
		return id ?? null;
	};

	// Where actors are.
	for (const actor of document.actors) {
		const from = refs.actor.get(actor.id);
		if (from === undefined) continue;
		if (actor.seatIstat) {
			const seat = comuneNode(actor.seatIstat, `Seat of actor "${actor.id}"`);
			if (seat) addEdge('SEATED_IN', from, seat);
		}
		link('ACTIVE_IN', from, 'territory', actor.activeInAmbitoIds, `Ambito of actor "${actor.id}"`);
	}

	// Partnerships: one edge per partnership record, with its commitments summed by source.
	for (const p of document.partnerships) {
		const ends = endsOf(`Partnership "${p.id}"`, ['actor', p.actorId], ['project', p.projectId]);
		if (!ends) continue;
		const [actor, project] = ends;
		const values = p.commitments.map((c) => ({ source: c.source, eur: commitmentValueEur(c) }));
		const valued = values.filter((v) => v.eur !== null);
		const sum = (source?: string) =>
			valued.filter((v) => !source || v.source === source).reduce((s, v) => s + (v.eur ?? 0), 0);
		addEdge(
			'PARTNER_IN',
			actor,
			project,
			{
				role: p.role,
				roleLabel: ROLE_BY_ID[p.role].label.it,
				since: p.since,
				until: p.until,
				commitments: p.commitments.length,
				// Totals only when something was valued: 0 would claim "nothing" where we "don't know".
				publicEur: valued.length > 0 ? sum('public') : null,
				privateEur: valued.length > 0 ? sum('private') : null,
				totalEur: valued.length > 0 ? sum() : null
			},
			{ recordId: p.id }
		);
	}

	// Corresponsibility: one edge per (actor, project), listing the actions it answers for.
	const responsibilities = new Map<string, { actor: string; project: string; titles: string[] }>();
	for (const action of document.actions) {
		const context = `Action "${action.id}"`;
		const project = resolve('project', action.projectId, context);
		if (!project) continue;
		for (const actorId of action.responsibleActorIds) {
			const actor = resolve('actor', actorId, context);
			if (!actor) continue;
			const key = `${actor}\u0000${project}`;
			const entry = responsibilities.get(key) ?? { actor, project, titles: [] };
			entry.titles.push(action.title);
			responsibilities.set(key, entry);
		}
	}
	for (const { actor, project, titles } of responsibilities.values()) {
		addEdge('RESPONSIBLE_FOR', actor, project, {
			actions: joinList(titles),
			actionCount: titles.length
		});
	}

	for (const m of document.memberships) {
		const context = `Membership of "${m.actorId}" in "${m.networkId}"`;
		const ends = endsOf(context, ['actor', m.actorId], ['network', m.networkId]);
		if (ends) addEdge('MEMBER_OF', ...ends, { since: m.since, until: m.until });
	}
	for (const network of document.networks) {
		const from = refs.network.get(network.id);
		if (from === undefined) continue;
		link('LINKED_TO', from, 'network', network.linkedNetworkIds, `Link of network "${network.id}"`);
	}

	for (const agreement of document.agreements) {
		const to = refs.agreement.get(agreement.id);
		if (to === undefined) continue;
		const context = `Agreement "${agreement.id}"`;
		link('SIGNED', to, 'actor', agreement.signatoryActorIds, context, true);
		link('ADHERED', to, 'actor', agreement.adherentActorIds, context, true);
	}

	for (const c of document.collaborations) {
		const ends = endsOf(`Collaboration "${c.id}"`, ['actor', c.actorAId], ['actor', c.actorBId]);
		if (!ends) continue;
		addEdge(
			'COLLABORATES_WITH',
			...ends,
			{
				since: c.since,
				until: c.until,
				strength: c.strength,
				trust: c.trust,
				value: c.value,
				source: c.source,
				sourceLabel: COLLABORATION_SOURCE_BY_ID[c.source].label.it
			},
			// Strength doubles as Gephi's edge weight, which its layouts and metrics read.
			{ recordId: c.id, weight: c.strength }
		);
	}

	for (const project of document.projects) {
		const from = refs.project.get(project.id);
		if (from === undefined) continue;
		const context = `Project "${project.id}"`;
		if (project.callId) link('IN_CALL', from, 'call', [project.callId], context);
		for (const istat of project.targetComuniIstat) {
			const comune = comuneNode(istat, context);
			if (comune) addEdge('TARGETS', from, comune);
		}
		link('TARGETS', from, 'territory', project.targetAmbitoIds, context);
	}

	for (const e of territory.edges) {
		const context = `Territory edge ${e.source} -${e.type}-> ${e.target}`;
		const ends = endsOf(context, ['territory', e.source], ['territory', e.target]);
		if (ends) addEdge(e.type, ...ends);
	}

	return { nodes, edges, warnings };
}
