import { SECTORS, type LocalizedText } from '../domain';
import type { MapNode } from './types';

/**
 * The map's visual vocabulary, one registry per channel: colour by sector, shape by kind of node,
 * line by relation. Colours are Okabe–Ito plus two of Paul Tol's muted set, distinguishable with the
 * common colour-vision deficiencies; shape and line style carry the same information without colour.
 */
export const SECTOR_COLOURS: Readonly<Record<string, string>> = {
	public_institutional: '#0072B2',
	socio_sanitary: '#009E73',
	third_sector: '#E69F00',
	private_profit: '#D55E00',
	foundations: '#CC79A7',
	social_partners: '#56B4E9',
	networks: '#F0E442',
	education_work: '#882255',
	families_citizens: '#999933'
};
export const NO_SECTOR_COLOUR = '#BBBBBB';
export const PROJECT_COLOUR = '#332288';

export const sectorColour = (sector: string | null | undefined): string =>
	(sector && SECTOR_COLOURS[sector]) || NO_SECTOR_COLOUR;

/** Text colour with enough contrast on a sector colour (for labels drawn inside legends). */
export function readableTextOn(hex: string): '#000000' | '#FFFFFF' {
	const n = parseInt(hex.slice(1), 16);
	const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
	return luminance > 0.179 ? '#000000' : '#FFFFFF';
}

export interface ShapeClass {
	id: string;
	label: LocalizedText;
	/** cytoscape node shape */
	shape: string;
	/** which nodes belong: first matching class wins */
	matches: (n: Pick<MapNode, 'type' | 'kind'>) => boolean;
}

const kindIn =
	(...kinds: string[]) =>
	(n: Pick<MapNode, 'type' | 'kind'>) =>
		n.kind !== null && kinds.includes(n.kind);

export const SHAPE_CLASSES: readonly ShapeClass[] = [
	{
		id: 'project',
		label: { it: 'Progetto', en: 'Project' },
		shape: 'diamond',
		matches: (n) => n.type === 'project'
	},
	{
		id: 'network',
		label: { it: 'Rete', en: 'Network' },
		shape: 'triangle',
		matches: (n) => n.type === 'network'
	},
	{
		id: 'comune',
		label: { it: 'Comune', en: 'Municipality' },
		shape: 'round-rectangle',
		matches: kindIn('comune')
	},
	{
		id: 'government',
		label: { it: 'Ambito, Provincia, Regione', en: 'Ambito, Province, Region' },
		shape: 'hexagon',
		matches: kindIn('ambito', 'provincia', 'citta_metropolitana', 'regione')
	},
	{
		id: 'health',
		label: { it: 'ATS, ASST, Distretto', en: 'ATS, ASST, District' },
		shape: 'octagon',
		matches: kindIn('ats', 'asst', 'distretto')
	},
	{
		id: 'casa',
		label: { it: 'Casa di Comunità', en: 'Community health house' },
		shape: 'star',
		matches: kindIn('casa_di_comunita')
	},
	{
		id: 'actor',
		label: { it: 'Altro ente', en: 'Other actor' },
		shape: 'ellipse',
		matches: () => true
	}
];

export const shapeClassOf = (n: Pick<MapNode, 'type' | 'kind'>): ShapeClass =>
	SHAPE_CLASSES.find((c) => c.matches(n))!;

export interface EdgeStyle {
	id: string;
	label: LocalizedText;
	colour: string;
	line: 'solid' | 'dashed' | 'dotted';
	width: number;
	/** territorial skeleton: drawn faint, simplified first when the map is large */
	territorial: boolean;
}

export const EDGE_STYLES: readonly EdgeStyle[] = [
	{
		id: 'PARTNER_IN',
		label: { it: 'Partner di progetto', en: 'Project partner' },
		colour: '#332288',
		line: 'solid',
		width: 2,
		territorial: false
	},
	{
		id: 'COLLABORATES_WITH',
		label: { it: 'Collabora con', en: 'Collaborates with' },
		colour: '#CC79A7',
		line: 'solid',
		width: 2,
		territorial: false
	},
	{
		id: 'MEMBER_OF',
		label: { it: 'Membro di rete', en: 'Network member' },
		colour: '#E69F00',
		line: 'dashed',
		width: 1.5,
		territorial: false
	},
	{
		id: 'LINKED_TO',
		label: { it: 'Reti collegate', en: 'Linked networks' },
		colour: '#999933',
		line: 'dashed',
		width: 1.5,
		territorial: false
	},
	{
		id: 'SEATED_IN',
		label: { it: 'Ha sede in', en: 'Seated in' },
		colour: '#888888',
		line: 'dotted',
		width: 1,
		territorial: true
	},
	{
		id: 'ACTIVE_IN',
		label: { it: 'Attivo in', en: 'Active in' },
		colour: '#888888',
		line: 'dashed',
		width: 1,
		territorial: true
	},
	{
		id: 'IN',
		label: { it: 'Fa parte di (territorio)', en: 'Part of (territory)' },
		colour: '#AAAAAA',
		line: 'solid',
		width: 1,
		territorial: true
	},
	{
		id: 'OF',
		label: { it: 'Dipende da', en: 'Belongs to' },
		colour: '#AAAAAA',
		line: 'solid',
		width: 1,
		territorial: true
	},
	{
		id: 'SERVED_BY',
		label: { it: 'Servito da', en: 'Served by' },
		colour: '#AAAAAA',
		line: 'dotted',
		width: 1,
		territorial: true
	},
	{
		id: 'LOCATED_IN',
		label: { it: 'Si trova in', en: 'Located in' },
		colour: '#AAAAAA',
		line: 'dotted',
		width: 1,
		territorial: true
	}
];

export const EDGE_STYLE_BY_TYPE: Readonly<Record<string, EdgeStyle>> = Object.fromEntries(
	EDGE_STYLES.map((s) => [s.id, s])
);

/** The sectors in legend order, with their colours. */
export const SECTOR_LEGEND = SECTORS.map((s) => ({
	id: s.id,
	label: s.label,
	colour: sectorColour(s.id)
}));

/** Territorial level, outermost (0, the Region) to innermost actors: the concentric layout's rings. */
const LEVEL_BY_KIND: Readonly<Record<string, number>> = {
	regione: 0,
	ats: 1,
	provincia: 1,
	asst: 2,
	distretto: 3,
	ambito: 4,
	comune: 5,
	casa_di_comunita: 5
};
export function territorialLevel(n: Pick<MapNode, 'type' | 'kind'>): number {
	if (n.type === 'project' || n.type === 'network') return 7;
	return (n.kind !== null ? LEVEL_BY_KIND[n.kind] : undefined) ?? 6;
}

/**
 * Group outlines (communities): a neutral grey fill and border that sit under the sector colours
 * without competing with them, and dark text with strong contrast on white.
 */
export const GROUP_FILL = '#E8E8E8';
export const GROUP_FILL_OPACITY = 0.45;
export const GROUP_BORDER = '#6E6E6E';
export const GROUP_TEXT = '#333333';
export const GROUP_FONT_SIZE = 16;
