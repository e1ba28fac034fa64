import { describe, expect, it } from 'vitest';
import { foldText } from '../../../text';
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
