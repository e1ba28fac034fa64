import { describe, expect, it } from 'vitest';
import { projectsAt, regionalValues, type RegionalData } from './regional';

const places = [
	{ istat: 'a1', ambito: { id: 'A' } },
	{ istat: 'a2', ambito: { id: 'A' } },
	{ istat: 'b1', ambito: { id: 'B' } },
	{ istat: 'x', ambito: null }
];
const data: RegionalData = {
	comuni: [
		{ istat: 'a1', activeProjects: 2, coveringProjects: 1, meanScore: 60 },
		{ istat: 'a2', activeProjects: 1, coveringProjects: 0, meanScore: 40 },
		{ istat: 'b1', activeProjects: 0, coveringProjects: 0, meanScore: null },
		{ istat: 'x', activeProjects: 0, coveringProjects: 0, meanScore: null }
	],
	ambiti: [
		{ id: 'A', activeProjects: 2, residentShare: 0.25, meanScore: 55 },
		{ id: 'B', activeProjects: 0, residentShare: 0, meanScore: null }
	],
	projects: [
		{ id: 'p1', title: 'Uno', total: 60, comuni: ['a1'] },
		{ id: 'p2', title: 'Due', total: 50, comuni: ['a1', 'a2'] }
	]
};

describe('regional measures', () => {
	it('per Comune: projects for all, share and score only where projects aim', () => {
		expect([...regionalValues(data, places, 'progetti', 'comune')]).toEqual([
			['a1', 2],
			['a2', 1],
			['b1', 0],
			['x', 0]
		]);
		expect([...regionalValues(data, places, 'copertura', 'comune')]).toEqual([
			['a1', 1],
			['a2', 0]
		]);
		expect([...regionalValues(data, places, 'punteggio', 'comune')]).toEqual([
			['a1', 60],
			['a2', 40]
		]);
	});

	it('per Ambito: each Comune carries its Ambito’s value; Comuni of no Ambito none', () => {
		expect([...regionalValues(data, places, 'copertura', 'ambito')]).toEqual([
			['a1', 0.25],
			['a2', 0.25],
			['b1', 0]
		]);
		expect(regionalValues(data, places, 'punteggio', 'ambito').has('b1')).toBe(false);
	});

	it('lists the projects aimed at a Comune, or at its Ambito', () => {
		expect(projectsAt(data, places, 'a2', 'comune').map((p) => p.id)).toEqual(['p2']);
		expect(projectsAt(data, places, 'a2', 'ambito').map((p) => p.id)).toEqual(['p1', 'p2']);
		expect(projectsAt(data, places, 'b1', 'ambito')).toEqual([]);
	});
});
