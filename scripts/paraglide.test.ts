import { afterEach, describe, expect, it } from 'vitest';
import { number, plural } from '../src/lib/paraglide/registry.js';
import { cacheIntlFormatters } from './paraglide';

const { NumberFormat } = Intl;
afterEach(() => {
	Intl.NumberFormat = NumberFormat;
});

describe("Paraglide's registry as bundled (paraglideIntlCache)", () => {
	it('builds one formatter per locale and options, not one per message', () => {
		let built = 0;
		Intl.NumberFormat = class extends NumberFormat {
			constructor(...args: ConstructorParameters<typeof NumberFormat>) {
				super(...args);
				built++;
			}
		} as typeof Intl.NumberFormat;
		const grouped = { useGrouping: 'always', maximumFractionDigits: 3 } as const;
		expect([1, 2, 3].map(() => number('it', 9460.5, grouped))).toEqual(Array(3).fill('9.460,5'));
		expect(built).toBe(1);
		expect(number('en', 9460.5, grouped)).toBe('9,460.5');
		expect(number('it', 0.5, { style: 'percent' })).toBe('50%');
		expect(built).toBe(3);
	});

	it('still answers each language its own plural', () => {
		expect([0, 1, 2].map((n) => plural('it', n, {}))).toEqual(['other', 'one', 'other']);
		expect(plural('en', 1, { type: 'ordinal' })).toBe('one');
		expect(plural('en', 2, { type: 'ordinal' })).toBe('two');
	});

	it('refuses a registry it does not recognise instead of leaving it uncached', () => {
		expect(() => cacheIntlFormatters('export const plural = () => "other";')).toThrow(
			/update cacheIntlFormatters/
		);
	});
});
