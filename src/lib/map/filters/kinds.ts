import { ACTOR_KINDS } from '../../domain';
import { defineFilter, LIST_PARAM, listSelect } from './definition';
import { induced } from './induced';
import { localized } from '../../i18n/locale';
import { m } from '../../paraglide/messages.js';

/** Actors of these kinds (projects, networks and the rest stay); the panel offers the kinds present. */
export const kindsFilter = defineFilter({
	id: 'kinds',
	urlKey: 'kinds',
	label: m.mapKinds,
	empty: [] as string[],
	param: LIST_PARAM,
	apply: (graph, kinds) =>
		induced(graph, (n) => n.type !== 'actor' || (n.kind !== null && kinds.includes(n.kind))),
	control: {
		type: 'select',
		testId: 'filter-kind',
		choices: ({ graph }) =>
			ACTOR_KINDS.filter((k) => graph.nodes.some((n) => n.type === 'actor' && n.kind === k.id)).map(
				(k) => ({ id: k.id, label: localized(k.label) })
			),
		...listSelect
	}
});
