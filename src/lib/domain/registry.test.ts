import { describe, expect, it } from 'vitest';
import { indexById, isRegistryId } from './registry';

describe('indexById', () => {
	it('indexes entries by id', () => {
		const byId = indexById([{ id: 'a' }, { id: 'b' }]);
		expect(byId.b).toEqual({ id: 'b' });
		expect(isRegistryId(byId, 'a')).toBe(true);
		expect(isRegistryId(byId, 'c')).toBe(false);
		expect(isRegistryId(byId, 'toString')).toBe(false);
	});

	it('refuses duplicate ids', () => {
		expect(() => indexById([{ id: 'a' }, { id: 'a' }])).toThrow(/Duplicate registry id: a/);
	});
});
