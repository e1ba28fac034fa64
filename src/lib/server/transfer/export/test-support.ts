import { DOCUMENT_FORMAT, draftProject, newActor, type TramaDocument } from '../../../domain';
import { buildExportGraph } from './export-graph';
import type { ExportInput } from './types';
import { readFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import { validateXML } from 'xmllint-wasm';

/**
 * A small hand-built network for the export tests: names with XML/CSV specials and accents, two
 * actors with the same name, a Comune that is both an actor and a territory node, commitments with
 * and without values, a symmetric network link, and a note that Excel would run as a formula.
 */
export const TRICKY_NAME = 'Società Cantù & Figli <Coop> "Il Ponte" l\'altra';
export const MULTILINE_NOTE = 'Riga 1\nRiga 2; con punto e virgola, e "virgolette"';

export function fixtureDocument(): TramaDocument {
	return {
		format: DOCUMENT_FORMAT,
		actors: [
			newActor({
				id: 'comune-013041',
				name: 'Comune di Cantù',
				kind: 'comune',
				seatIstat: '013041'
			}),
			{
				id: 'a1',
				name: TRICKY_NAME,
				kind: 'cooperativa_sociale_a',
				taxCode: '01234567890',
				seatIstat: '013041',
				activeInAmbitoIds: ['ambito-cantu'],
				tags: ['anziani', 'disabilità'],
				notes: MULTILINE_NOTE,
				fictional: true
			},
			newActor({
				id: 'a2',
				name: 'Caritas',
				kind: 'ente_religioso',
				seatIstat: '013041',
				fictional: true
			}),
			newActor({
				id: 'a3',
				name: 'Caritas',
				kind: 'ente_religioso',
				seatIstat: '013075',
				fictional: true
			}),
			{
				id: 'a4',
				name: 'Impresa Sole S.r.l.',
				kind: 'impresa',
				taxCode: null,
				seatIstat: null,
				activeInAmbitoIds: [],
				tags: [],
				notes: '=HYPERLINK("http://example.invalid")',
				fictional: true
			}
		],
		calls: [
			{
				id: 'c1',
				title: 'Bando Conciliazione 2025',
				issuer: 'Regione Lombardia',
				year: 2025,
				fictional: true
			}
		],
		projects: [
			{
				id: 'p1',
				title: 'Insieme & Oltre',
				callId: 'c1',
				start: '2025-01-01',
				end: '2027-12-31',
				triennio: '2025-2027',
				policyAreas: ['work_life_balance', 'family'],
				budgetEur: 120000.5,
				targetComuniIstat: ['013041'],
				targetAmbitoIds: ['ambito-cantu'],
				status: 'funded',
				fictional: true
			},
			draftProject({ id: 'p2', title: 'Progetto senza bando', fictional: true })
		],
		actions: [
			{
				id: 'act1',
				projectId: 'p1',
				title: 'Sportello <famiglie>',
				description: 'Apertura & ascolto',
				responsibleActorIds: ['a1', 'a2']
			},
			{
				id: 'act2',
				projectId: 'p1',
				title: 'Formazione',
				description: null,
				responsibleActorIds: ['a1']
			}
		],
		partnerships: [
			{
				id: 'pa1',
				actorId: 'a1',
				projectId: 'p1',
				role: 'capofila',
				since: '2025-01-01',
				until: null,
				commitments: [
					{
						type: 'money',
						amount: 10000,
						valueEur: null,
						source: 'public',
						beyondFunding: false,
						description: null
					},
					{
						type: 'staff_hours',
						amount: 200,
						valueEur: 5000.25,
						source: 'private',
						beyondFunding: true,
						description: 'Educatori'
					}
				]
			},
			{
				id: 'pa2',
				actorId: 'a2',
				projectId: 'p1',
				role: 'partner',
				since: null,
				until: null,
				commitments: []
			},
			{
				id: 'pa3',
				actorId: 'comune-013041',
				projectId: 'p1',
				role: 'sostenitore',
				since: null,
				until: null,
				commitments: [
					{
						type: 'spaces',
						amount: 50,
						valueEur: null,
						source: 'public',
						beyondFunding: false,
						description: 'Sala civica'
					}
				]
			},
			{
				id: 'pa4',
				actorId: 'a4',
				projectId: 'p2',
				role: 'partner',
				since: null,
				until: null,
				commitments: [
					{
						type: 'in_kind',
						amount: 1234.56,
						valueEur: null,
						source: 'private',
						beyondFunding: false,
						description: null
					}
				]
			}
		],
		networks: [
			{
				id: 'n1',
				name: 'Rete conciliazione Brianza',
				description: 'Alleanza locale',
				ambitoId: 'ambito-cantu',
				linkedNetworkIds: ['n2'],
				fictional: true
			},
			{
				id: 'n2',
				name: 'Tavolo anziani',
				description: null,
				ambitoId: null,
				linkedNetworkIds: ['n1'],
				fictional: true
			}
		],
		memberships: [
			{ actorId: 'a1', networkId: 'n1', since: null, until: null },
			{ actorId: 'a3', networkId: 'n1', since: '2020-01-01', until: null }
		],
		agreements: [
			{
				id: 'ag1',
				title: 'Accordo di Programma 2025-2027',
				ambitoId: 'ambito-cantu',
				start: '2025-01-01',
				end: '2027-12-31',
				signatoryActorIds: ['comune-013041'],
				adherentActorIds: ['a1', 'a2'],
				fictional: true
			}
		],
		collaborations: [
			{
				id: 'co1',
				actorAId: 'a1',
				actorBId: 'a2',
				since: '2019-01-01',
				until: null,
				strength: 4,
				trust: 5,
				value: 'Fiducia & rispetto',
				source: 'workshop'
			},
			{
				id: 'co2',
				actorAId: 'a3',
				actorBId: 'a1',
				since: null,
				until: null,
				strength: null,
				trust: null,
				value: null,
				source: 'survey'
			}
		]
	};
}

export function fixtureInput(): ExportInput {
	return {
		document: fixtureDocument(),
		territory: {
			nodes: [
				{ id: 'comune-013041', name: 'Cantù', kind: 'comune', istat: '013041', population: 40123 },
				{ id: 'comune-013075', name: 'Como', kind: 'comune', istat: '013075', population: 83320 },
				{ id: 'ambito-cantu', name: 'Ambito di Cantù', kind: 'ambito' },
				{ id: 'ats-insubria', name: 'ATS Insubria', kind: 'ats' },
				{ id: 'asst-lariana', name: 'ASST Lariana', kind: 'asst' }
			],
			edges: [
				{ source: 'comune-013041', target: 'ambito-cantu', type: 'IN' },
				{ source: 'comune-013075', target: 'ambito-cantu', type: 'IN' },
				{ source: 'ambito-cantu', target: 'ats-insubria', type: 'IN' },
				{ source: 'ambito-cantu', target: 'asst-lariana', type: 'SERVED_BY' },
				{ source: 'asst-lariana', target: 'ats-insubria', type: 'IN' }
			]
		},
		generatedAt: '2026-03-02T10:15:00.000Z',
		title: 'Mappa & prova: Ambito di Cantù'
	};
}

/** The fixture written by one graph format's writer, parsed back, beside the graph it was drawn from. */
export function renderedFixture(write: (input: ExportInput) => string) {
	const input = fixtureInput();
	const xml = write(input);
	return { input, xml, root: parseXml(xml), view: buildExportGraph(input) };
}

/** Edge counts the fixture must produce, worked out by hand from the records above. */
export const FIXTURE_EDGE_COUNTS = {
	SEATED_IN: 3, // a1, a2 → Cantù; a3 → Como; the Comune itself is not "seated in" itself; a4 has no seat
	ACTIVE_IN: 1,
	PARTNER_IN: 4,
	RESPONSIBLE_FOR: 2, // (a1, p1) with two actions, (a2, p1) with one
	MEMBER_OF: 2,
	LINKED_TO: 1, // n1 ↔ n2 listed on both sides, one undirected edge
	SIGNED: 1,
	ADHERED: 2,
	COLLABORATES_WITH: 2,
	IN_CALL: 1,
	TARGETS: 2,
	IN: 4,
	SERVED_BY: 1
} as const;

/** 5 actors + 1 call + 2 projects + 2 networks + 1 agreement + 4 territory nodes (Cantù is merged). */
export const FIXTURE_NODE_COUNT = 15;

/**
 * Test helper: a conforming, namespace-aware XML parse into a small tree. saxes is the parser
 * exceljs reads workbooks with (so it is installed with exceljs); it rejects anything that is not
 * well-formed (unbalanced tags, raw `&` or `<`, forbidden characters, duplicate attributes), which
 * is exactly what a hand-rolled tag-balance check would miss.
 */
export interface XmlElement {
	/** Local name (without prefix). */
	name: string;
	namespace: string;
	attributes: Record<string, string>;
	children: XmlElement[];
	text: string;
}

export function parseXml(xml: string): XmlElement {
	const parser = new SaxesParser({ xmlns: true });
	const stack: XmlElement[] = [];
	let root: XmlElement | null = null;
	parser.on('error', (error) => {
		throw error;
	});
	parser.on('opentag', (tag) => {
		const attributes: Record<string, string> = {};
		for (const [name, attribute] of Object.entries(tag.attributes))
			attributes[name] = attribute.value;
		const element: XmlElement = {
			name: tag.local,
			namespace: tag.uri,
			attributes,
			children: [],
			text: ''
		};
		stack.at(-1)?.children.push(element);
		root ??= element;
		stack.push(element);
	});
	parser.on('text', (text) => {
		const current = stack.at(-1);
		if (current) current.text += text;
	});
	parser.on('closetag', () => {
		stack.pop();
	});
	parser.write(xml).close();
	if (!root) throw new Error('No root element');
	return root;
}

/** Every descendant element with the given local name, in document order. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
	const found: XmlElement[] = [];
	const visit = (e: XmlElement) => {
		if (e.name === name) found.push(e);
		e.children.forEach(visit);
	};
	element.children.forEach(visit);
	return found;
}

/** The published schemas, vendored in tests/schemas (see its README). */
const SCHEMAS = new URL('../../../../../tests/schemas/', import.meta.url);
const schemaFile = (path: string) => ({
	fileName: path.split('/').pop()!,
	contents: readFileSync(new URL(path, SCHEMAS), 'utf8')
});

/** What xmllint finds wrong in a GEXF file against the GEXF 1.3 grammar (none: valid). */
export async function gexfProblems(xml: string): Promise<string[]> {
	const result = await validateXML({
		xml: { fileName: 'export.gexf', contents: xml },
		schema: schemaFile('gexf-1.3/gexf.rng'),
		preload: [schemaFile('gexf-1.3/dynamics.rng'), schemaFile('gexf-1.3/viz.rng')],
		extension: 'relaxng'
	});
	return result.errors.map((e) => e.rawMessage);
}

/** What xmllint finds wrong in a GraphML file against the GraphML 1.0 XML Schema (none: valid). */
export async function graphmlProblems(xml: string): Promise<string[]> {
	const result = await validateXML({
		xml: { fileName: 'export.graphml', contents: xml },
		schema: schemaFile('graphml-1.0/graphml.xsd'),
		preload: [schemaFile('graphml-1.0/xlink.xsd')]
	});
	return result.errors.map((e) => e.rawMessage);
}
