/** The what-if panel rendered on the server (Svelte's `render`): the words beside each candidate. */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { shownText as text } from '../test-support';
import WhatIfPanel from './WhatIfPanel.svelte';

describe('WhatIfPanel', () => {
	const html = render(WhatIfPanel, {
		props: {
			rubricId: 'r',
			candidates: [
				{ actorId: 'a1', name: 'Cooperativa Alfa', totalDelta: 2.5 },
				{ actorId: 'a2', name: 'Comune di Beta', totalDelta: null }
			],
			partnerships: [],
			result: null,
			tried: null,
			error: null
		}
	}).body;

	it('names each candidate, with its effect on the total when known', () => {
		const shown = text(html);
		expect(shown).toMatch(/Cooperativa Alfa \(\+2,5 sul totale\)/);
		expect(shown).toContain('Comune di Beta');
		expect(shown).not.toMatch(/Comune di Beta \(/);
	});
});
