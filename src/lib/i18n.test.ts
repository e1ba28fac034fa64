import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, parseLang, translate } from './i18n';

describe('i18n', () => {
	it('defaults to Italian', () => {
		expect(parseLang(undefined)).toBe('it');
		expect(parseLang('fr')).toBe('it');
		expect(parseLang('en')).toBe('en');
	});
	it('formats numbers the Italian way', () => {
		expect(formatNumber('it', 1502)).toBe('1.502');
		expect(formatNumber('en', 1502)).toBe('1,502');
		expect(formatPercent('it', 90, 1502)).toBe('6%');
		expect(formatPercent('it', 1, 0)).toBe('–');
	});
	it('has both languages for every message', () => {
		expect(translate('it', 'comuni')).toBe('Comuni');
		expect(translate('en', 'withAmbito')).toBe('with a known Ambito');
	});
});
