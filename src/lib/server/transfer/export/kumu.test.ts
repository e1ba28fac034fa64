import { describe, expect, it } from 'vitest';
import { foldText } from '../../../text';
import { EXPORT_VIEWS } from './analysis-view';
import { buildExportGraph } from './export-graph';
import { toKumu } from './kumu';
import { fixtureInput, TRICKY_NAME } from './test-support';

describe('toKumu', () => {
	const input = fixtureInput();
	const blueprint = toKumu(input);
	const view = buildExportGraph(input);

	it('has one element per node and one connection per edge', () => {
		expect(blueprint.elements).toHaveLength(view.nodes.length);
		expect(blueprint.connections).toHaveLength(view.edges.length);
	});

	it('gives every element a unique id and a unique label (accents and case aside)', () => {
		const ids = blueprint.elements.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		const labels = blueprint.elements.map((e) => foldText(e.label));
		expect(new Set(labels).size).toBe(labels.length);
	});

	it('tells same-named actors apart by their seat Comune, leaving unique names alone', () => {
		const label = (id: string) => blueprint.elements.find((e) => e.id === id)!.label;
		expect(label('a2')).toBe('Caritas (Cantù)');
		expect(label('a3')).toBe('Caritas (Como)');
		expect(label('a1')).toBe(TRICKY_NAME);
	});

	it('points every connection at existing element ids', () => {
		const ids = new Set(blueprint.elements.map((e) => e.id));
		for (const c of blueprint.connections) {
			expect(ids.has(c.from)).toBe(true);
			expect(ids.has(c.to)).toBe(true);
		}
	});

	it('uses Italian types and fields, tags as a list, and directions', () => {
		const a1 = blueprint.elements.find((e) => e.id === 'a1')!;
		expect(a1).toMatchObject({
			type: 'Cooperativa sociale di tipo A',
			Categoria: 'Ente',
			Settore: 'Terzo Settore',
			'Comune sede': 'Cantù',
			tags: ['anziani', 'disabilità'],
			Fittizio: 'Sì'
		});
		expect(a1.description).toContain('Riga 2');
		expect(blueprint.elements.find((e) => e.id === 'p1')).toMatchObject({
			type: 'Progetto',
			Stato: 'Finanziato'
		});
		const co1 = blueprint.connections.find((c) => c.id === 'COLLABORATES_WITH:co1')!;
		expect(co1).toMatchObject({
			type: 'collabora con',
			direction: 'undirected',
			Intensità: 4,
			Fonte: 'Laboratorio'
		});
		const pa1 = blueprint.connections.find((c) => c.id === 'PARTNER_IN:pa1')!;
		expect(pa1).toMatchObject({ from: 'a1', to: 'p1', direction: 'directed', Ruolo: 'Capofila' });
	});

	it('survives JSON serialisation unchanged', () => {
		expect(JSON.parse(JSON.stringify(blueprint))).toEqual(blueprint);
	});
});

/**
 * Kumu's documented blueprint (docs.kumu.io/guides/import/blueprints, and Kumu's "How to build a
 * blueprint"): `{ elements, connections }`; elements have `label` and optionally `id`, `type`,
 * `description`, `tags` (a list) and any custom field; connections have `from` and `to` (element
 * ids when ids are used), optionally `id`, `type` and `direction` (undirected, directed or mutual);
 * "ids must be unique across all elements and connections".
 */
describe('Kumu blueprint against the documented fields', () => {
	const DIRECTIONS = ['undirected', 'directed', 'mutual'];
	const scalar = (v: unknown) => ['string', 'number', 'boolean'].includes(typeof v);

	it.each(EXPORT_VIEWS)('the %s view follows the documented shape', (view) => {
		const blueprint = JSON.parse(JSON.stringify(toKumu({ ...fixtureInput(), view })));
		expect(Object.keys(blueprint).sort()).toEqual(['connections', 'elements']);
		const elementIds = new Set<string>();
		for (const e of blueprint.elements as Record<string, unknown>[]) {
			expect(typeof e.label === 'string' && e.label.trim() !== '').toBe(true);
			expect(typeof e.id).toBe('string');
			elementIds.add(e.id as string);
			if ('tags' in e) expect((e.tags as unknown[]).every((t) => typeof t === 'string')).toBe(true);
			for (const [field, value] of Object.entries(e))
				if (field !== 'tags') expect(scalar(value)).toBe(true);
		}
		const allIds = [...elementIds];
		for (const c of blueprint.connections as Record<string, unknown>[]) {
			expect(elementIds.has(c.from as string) && elementIds.has(c.to as string)).toBe(true);
			expect(DIRECTIONS).toContain(c.direction);
			expect(typeof c.type).toBe('string');
			for (const value of Object.values(c)) expect(scalar(value)).toBe(true);
			allIds.push(c.id as string);
		}
		expect(new Set(allIds).size).toBe(allIds.length);
	});

	it('draws symmetric ties undirected and the partnerships view with its shared projects', () => {
		const directed = toKumu(fixtureInput());
		expect(directed.connections.find((c) => c.id === 'COLLABORATES_WITH:co1')?.direction).toBe(
			'undirected'
		);
		const partners = toKumu({ ...fixtureInput(), view: 'partnerships' });
		expect(partners.connections.length).toBeGreaterThan(0);
		for (const c of partners.connections)
			expect(c).toMatchObject({
				type: 'Partner negli stessi progetti',
				direction: 'undirected',
				'Progetti in comune': 1
			});
	});
});
