/** The user form's fields rendered on the server (Svelte's `render`): the words beside each call. */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { shownText as text } from '$lib/components/test-support';
import UserFields from './UserFields.svelte';

describe('UserFields', () => {
	const html = render(UserFields, {
		props: {
			values: { name: '', roles: [], ambitoIds: [], callIds: ['c2'] },
			roles: [],
			ambiti: [],
			calls: [
				{ id: 'c1', title: 'Bando Inclusione', year: 2024 },
				{ id: 'c2', title: 'Bando senza anno', year: null }
			],
			idPrefix: 'new'
		}
	}).body;

	it('names each call by title, and its year when there is one', () => {
		const shown = text(html);
		expect(shown).toContain('Bando Inclusione (2024)');
		expect(shown).toContain('Bando senza anno');
		expect(shown).not.toContain('Bando senza anno (');
		expect(html).toMatch(/value="c2"[^>]*checked/);
	});
});
