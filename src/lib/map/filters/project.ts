import { territorialLevel } from '../palette';
import { defineFilter, ID_PARAM, idSelect } from './definition';
import { induced } from './induced';
import { m } from '../../paraglide/messages.js';

/** One project with its partners and the territory (its ties as they remain after the period). */
export const projectFilter = defineFilter({
	id: 'projectId',
	urlKey: 'project',
	label: m.mapProject,
	empty: null as string | null,
	param: ID_PARAM,
	apply: (graph, project) => {
		if (!project) return graph;
		const partners = new Set(
			graph.edges
				.filter((e) => e.target === project || e.source === project)
				.flatMap((e) => [e.source, e.target])
		);
		return induced(
			graph,
			(n) => n.id === project || partners.has(n.id) || territorialLevel(n) <= 5
		);
	},
	control: {
		type: 'select',
		choices: ({ projects }) =>
			projects.map((p) => ({
				id: p.id,
				label: `${p.title}${p.triennio ? ` (${p.triennio})` : ''}`
			})),
		...idSelect
	}
});
