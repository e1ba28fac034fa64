import { describe, expect, it } from 'vitest';
import { MAP_EDGE_TYPES, SECTORS } from '../domain';
import {
	EDGE_STYLE_BY_TYPE,
	SECTOR_COLOURS,
	readableTextOn,
	sectorColour,
	shapeClassOf,
	territorialLevel
} from './palette';

describe('map palette', () => {
	it('gives every sector its own colour', () => {
		const colours = SECTORS.map((s) => SECTOR_COLOURS[s.id]);
		expect(colours.every(Boolean)).toBe(true);
		expect(new Set(colours).size).toBe(SECTORS.length);
		expect(sectorColour(null)).toBe('#BBBBBB');
	});

	it('picks shapes by kind, projects and networks first', () => {
		expect(shapeClassOf({ type: 'project', kind: null }).shape).toBe('diamond');
		expect(shapeClassOf({ type: 'actor', kind: 'comune' }).shape).toBe('round-rectangle');
		expect(shapeClassOf({ type: 'actor', kind: 'asst' }).shape).toBe('octagon');
		expect(shapeClassOf({ type: 'actor', kind: 'odv' }).shape).toBe('ellipse');
	});

	it('styles every relation type the server sends', () => {
		// MAP_EDGE_TYPES is the list the server's graph views expand (server/network/map-graph-queries.ts)
		const unstyled = MAP_EDGE_TYPES.filter((t) => !EDGE_STYLE_BY_TYPE[t]);
		expect(unstyled).toEqual([]);
	});

	it('orders territorial levels from Region to actors', () => {
		expect(territorialLevel({ type: 'actor', kind: 'regione' })).toBe(0);
		expect(territorialLevel({ type: 'actor', kind: 'comune' })).toBe(5);
		expect(territorialLevel({ type: 'actor', kind: 'odv' })).toBe(6);
		expect(territorialLevel({ type: 'project', kind: null })).toBe(7);
	});

	it('chooses readable text on dark and light colours', () => {
		expect(readableTextOn('#0072B2')).toBe('#FFFFFF');
		expect(readableTextOn('#F0E442')).toBe('#000000');
	});
});
