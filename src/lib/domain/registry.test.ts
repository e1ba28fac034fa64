import { describe, expect, it } from 'vitest';
import { indexById, isRegistryId, vocabulary } from './registry';

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

describe('vocabulary', () => {
	it('gives the index and a guard that knows only its own ids', () => {
		const { byId, is } = vocabulary<'a' | 'b', { id: string; n: number }>([
			{ id: 'a', n: 1 },
			{ id: 'b', n: 2 }
		]);
		expect(byId.b.n).toBe(2);
		expect([is('a'), is('b'), is('c'), is('toString'), is(1)]).toEqual([
			true,
			true,
			false,
			false,
			false
		]);
	});
});
