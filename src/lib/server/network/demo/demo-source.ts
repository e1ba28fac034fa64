/**
 * The provenance the demo's records carry (`source` on every node and relation it writes). Fictional
 * nodes are also flagged `fictional`; relations between real nodes (a collaboration between Crema
 * and its ASST) are told apart by this source alone.
 */
export const DEMO_SOURCE = 'demo (dati fittizi / fictional data)';

/**
 * Cypher: whether relation `r` is the demo's. Its source alone is not enough: an export imported back
 * stamps the import's source on every relation, while the demo's ids (`demo-…`) survive it.
 * Needs the parameter `$demoSource`.
 */
export const IS_DEMO_RELATION = (r: string) =>
	`(${r}.source = $demoSource OR ${r}.id STARTS WITH 'demo-')`;
