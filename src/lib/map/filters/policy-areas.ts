import { POLICY_AREAS } from '../../domain';
import { defineFilter, LIST_PARAM, listSelect } from './definition';
import { induced } from './induced';
import { localized } from '../../i18n/locale';
import { m } from '../../paraglide/messages.js';

/** Projects in these policy areas (the graph's nodes do not carry them: the context does). */
export const policyAreasFilter = defineFilter({
	id: 'policyAreas',
	urlKey: 'areas',
	label: m.mapPolicyAreas,
	empty: [] as string[],
	param: LIST_PARAM,
	apply: (graph, areas, { projectAreas }) =>
		induced(
			graph,
			(n) => n.type !== 'project' || (projectAreas.get(n.id) ?? []).some((a) => areas.includes(a))
		),
	control: {
		type: 'select',
		choices: () => POLICY_AREAS.map((a) => ({ id: a.id, label: localized(a.label) })),
		...listSelect
	}
});
