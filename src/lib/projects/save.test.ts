import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../graphql-client';
import { saveShowing, type SaveOutcome } from './save';

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
