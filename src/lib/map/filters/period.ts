import { periodOfTriennio, sliceGraph } from '../time';
import { defineFilter } from './definition';
import { m } from '../../paraglide/messages.js';

const TRIENNIO = /^\d{4}-\d{4}$/;

/** The network as it was in one triennio (e.g. "2021-2023"): its projects and the ties active then. */
export const periodFilter = defineFilter({
	id: 'period',
	urlKey: 'period',
	label: m.mapPeriod,
	empty: null as string | null,
	param: {
		decode: (raw) => (raw && TRIENNIO.test(raw) ? raw : null),
		encode: (value) => value
	},
	slicesTime: true,
	apply: (graph, triennio) => {
		const period = triennio ? periodOfTriennio(triennio) : null;
		return period ? sliceGraph(graph, period) : graph;
	},
	control: {
		type: 'steps',
		testId: 'period-slider',
		allLabel: m.mapAllPeriods,
		steps: ({ trienni }) => trienni,
		current: (value) => value,
		choose: (step) => step
	}
});
