import { SECTORS } from '../../domain';
import { defineFilter, LIST_PARAM, listCheckboxes } from './definition';
import { induced } from './induced';
import { localized } from '../../i18n/locale';
import { m } from '../../paraglide/messages.js';

/** Actors of these sectors (projects, networks and the rest stay). */
export const sectorsFilter = defineFilter({
	id: 'sectors',
	urlKey: 'sectors',
	label: m.mapSectors,
	empty: [] as string[],
	param: LIST_PARAM,
	apply: (graph, sectors) =>
		induced(graph, (n) => n.type !== 'actor' || (n.sector !== null && sectors.includes(n.sector))),
	control: {
		type: 'checkboxes',
		testId: (id) => `sector-${id}`,
		choices: () => SECTORS.map((s) => ({ id: s.id, label: localized(s.label) })),
		...listCheckboxes
	}
});
