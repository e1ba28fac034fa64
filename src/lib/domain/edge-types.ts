import type { LocalizedText } from './registry';

/** Every relationship type of the network, as the database stores it and the exports write it. */
export const EDGE_TYPES = [
	'SEATED_IN',
	'ACTIVE_IN',
	'PARTNER_IN',
	'RESPONSIBLE_FOR',
	'MEMBER_OF',
	'LINKED_TO',
	'SIGNED',
	'ADHERED',
	'COLLABORATES_WITH',
	'IN_CALL',
	'TARGETS',
	'IN',
	'OF',
	'SERVED_BY',
	'LOCATED_IN'
] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

/** Each relationship type in words, read from its source to its target. */
export const EDGE_TYPE_LABELS: Readonly<Record<EdgeType, LocalizedText>> = {
	SEATED_IN: { it: 'ha sede a', en: 'seated in' },
	ACTIVE_IN: { it: 'opera in', en: 'active in' },
	PARTNER_IN: { it: 'partner di', en: 'partner in' },
	RESPONSIBLE_FOR: { it: 'responsabile di azioni di', en: 'responsible for actions of' },
	MEMBER_OF: { it: 'membro di', en: 'member of' },
	LINKED_TO: { it: 'collegata a', en: 'linked to' },
	SIGNED: { it: 'firmatario di', en: 'signatory of' },
	ADHERED: { it: 'aderente a', en: 'adherent to' },
	COLLABORATES_WITH: { it: 'collabora con', en: 'collaborates with' },
	IN_CALL: { it: 'candidato al bando', en: 'submitted to call' },
	TARGETS: { it: 'destinato a', en: 'targets' },
	IN: { it: 'fa parte di', en: 'in' },
	OF: { it: 'appartiene a', en: 'of' },
	SERVED_BY: { it: 'servito da', en: 'served by' },
	LOCATED_IN: { it: 'situato in', en: 'located in' }
};

/**
 * The relationship types the map draws: the server's graph views (`ambitoNetwork`, `egoNetwork`)
 * expand only these, and the map's palette styles each of them.
 */
export const MAP_EDGE_TYPES = [
	'IN',
	'OF',
	'SERVED_BY',
	'LOCATED_IN',
	'SEATED_IN',
	'ACTIVE_IN',
	'PARTNER_IN',
	'MEMBER_OF',
	'LINKED_TO',
	'COLLABORATES_WITH'
] as const satisfies readonly EdgeType[];
export type MapEdgeType = (typeof MAP_EDGE_TYPES)[number];
