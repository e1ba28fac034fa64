/**
 * The provenance the demo's records carry (`source` on every node and relation it writes). Fictional
 * nodes are also flagged `fictional`; relations between real nodes (a collaboration between Crema
 * and its ASST) are told apart by this source alone.
 */
export const DEMO_SOURCE = 'demo (dati fittizi / fictional data)';
