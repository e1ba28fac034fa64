import { defineFilter, ID_PARAM, idSelect } from './definition';
import { induced } from './induced';
import { territorialLevel } from '../palette';
import { m } from '../../paraglide/messages.js';

/**
 * What one committed workshop brought to the map: the actors it added, tied or rated, their ties,
 * and the territory around them (as the project filter keeps it). Its value is the workshop's code.
 */
export const workshopFilter = defineFilter({
	id: 'workshop',
	urlKey: 'workshop',
	label: m.mapWorkshop,
	empty: null as string | null,
	param: ID_PARAM,
	apply: (graph, code) =>
		induced(graph, (n) => n.workshops.some((w) => w.code === code) || territorialLevel(n) <= 5),
	control: {
		type: 'select',
		testId: 'map-filter-workshop',
		choices: ({ graph }) => {
			const byCode = new Map<string, { name: string; at: number }>();
			for (const n of graph.nodes)
				for (const w of n.workshops) byCode.set(w.code, { name: w.name, at: w.committedAt });
			return [...byCode]
				.sort((a, b) => b[1].at - a[1].at)
				.map(([code, w]) => ({ id: code, label: `${w.name} (${code})` }));
		},
		...idSelect
	}
});
