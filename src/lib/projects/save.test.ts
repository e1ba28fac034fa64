import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraphQLRequestError } from '../graphql-client';
import { SAVE_RESOURCES } from './queries';
import { saveShowing, saveVersioned, type SaveOutcome } from './save';

describe('saveShowing', () => {
	it('shows "saving" while the save runs, then "saved", and gives back the saved value', async () => {
		const shown: SaveOutcome['status'][] = [];
		const saved = await saveShowing(
			(o) => shown.push(o.status),
			async () => {
				expect(shown).toEqual(['saving']);
				return { id: 'a1' };
			}
		);
		expect(shown).toEqual(['saving', 'saved']);
		expect(saved).toEqual({ id: 'a1' });
	});

	it('shows a stale version as a conflict naming the row, and a refusal by field; no value', async () => {
		const shown: SaveOutcome[] = [];
		const conflict = await saveShowing(
			(o) => shown.push(o),
			() => Promise.reject(new GraphQLRequestError('stale', ['CONFLICT'])),
			'Cooperativa Sociale Il Melograno'
		);
		expect(conflict).toBeNull();
		expect(shown.at(-1)?.status).toBe('conflict');
		expect(shown.at(-1)?.message).toContain('Cooperativa Sociale Il Melograno');

		const refused = await saveShowing(
			(o) => shown.push(o),
			() =>
				Promise.reject(
					new GraphQLRequestError('bad', ['BAD_INPUT'], [{ field: 'input.title', message: 'x' }])
				)
		);
		expect(refused).toBeNull();
		expect(shown.map((o) => o.status)).toEqual(['saving', 'conflict', 'saving', 'error']);
		expect(Object.keys(shown.at(-1)!.fields)).toEqual(['title']);
	});
});

describe('saveVersioned', () => {
	afterEach(() => vi.unstubAllGlobals());

	it("sends the record's id and loaded version with the changes, and gives back the answer", async () => {
		const sent: unknown[] = [];
		vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
			sent.push(JSON.parse(String(init.body)).variables);
			return new Response(JSON.stringify({ data: { updateProjectResources: { id: 'p1' } } }));
		});
		const shown: SaveOutcome['status'][] = [];
		const saved = await saveVersioned(
			(o) => shown.push(o.status),
			SAVE_RESOURCES,
			{ id: 'p1', version: 7 },
			{ budgetEur: 1200.5 }
		);
		expect(sent).toEqual([{ input: { id: 'p1', expectedVersion: 7, budgetEur: 1200.5 } }]);
		expect(saved).toEqual({ updateProjectResources: { id: 'p1' } });
		expect(shown).toEqual(['saving', 'saved']);
	});
});
