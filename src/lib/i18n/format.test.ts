import { describe, expect, it } from 'vitest';
import { m } from '../paraglide/messages.js';
import {
	formatDate,
	formatDateTime,
	formatEur,
	formatNumber,
	formatPercent,
	formatScore
} from './format';
import { localized, parseLang } from './locale';

describe('numbers through Intl, the current language’s way', () => {
	it('groups thousands in Italian too, with a decimal comma', () => {
		expect(formatNumber(1502, 3, 'it')).toBe('1.502');
		expect(formatNumber(1502, 3, 'en')).toBe('1,502');
		expect(formatNumber(0.5, 3, 'it')).toBe('0,5');
		expect(formatNumber(0.5, 3, 'en')).toBe('0.5');
		expect(formatNumber(0.12345, 3, 'it')).toBe('0,123');
	});
	it('writes euros as each language does', () => {
		expect(formatEur(9460, 'it')).toBe('9.460\u00a0€');
		expect(formatEur(9460, 'en')).toBe('€9,460');
	});
	it('writes scores with one decimal and "not assessed" in words', () => {
		expect(formatScore(33.94, 'it')).toBe('33,9');
		expect(formatScore(33.94, 'en')).toBe('33.9');
		expect(formatScore(null, 'it')).toBe('n.v.');
		expect(formatScore(null, 'en')).toBe('n.a.');
	});
	it('writes percentages, and a dash when there is no whole', () => {
		expect(formatPercent(90, 1502, 'it')).toBe('6%');
		expect(formatPercent(1, 3, 'it')).toBe('33,3%');
		expect(formatPercent(1, 0, 'it')).toBe('–');
	});
	it('writes dates on the evaluators’ clock', () => {
		expect(formatDateTime('2025-03-04T10:20:00Z', 'it')).toBe('04/03/25, 11:20');
		expect(formatDateTime(null, 'it')).toBe('–');
	});
	it('takes the language of the request when none is given (Italian outside one)', () => {
		expect(formatNumber(1502)).toBe('1.502');
	});
});

describe('plurals through Intl.PluralRules, in the messages', () => {
	it('says 1 progetto and 2 progetti, 1 project and 2 projects', () => {
		expect(m.evalBusyProjectsCount({ count: 1 }, { locale: 'it' })).toBe('1 progetto');
		expect(m.evalBusyProjectsCount({ count: 2 }, { locale: 'it' })).toBe('2 progetti');
		expect(m.evalBusyProjectsCount({ count: 0 }, { locale: 'it' })).toBe('0 progetti');
		expect(m.evalBusyProjectsCount({ count: 1 }, { locale: 'en' })).toBe('1 project');
		expect(m.evalBusyProjectsCount({ count: 2 }, { locale: 'en' })).toBe('2 projects');
	});
	it('says 1 relazione, and groups the count', () => {
		expect(m.mapCountEdges({ count: 1 }, { locale: 'it' })).toBe('1 relazione');
		expect(m.mapCountEdges({ count: 1502 }, { locale: 'it' })).toBe('1.502 relazioni');
		expect(m.mapCountEdges({ count: 1502 }, { locale: 'en' })).toBe('1,502 relations');
	});
	it('counts found projects, missing populations, members and network groups in the singular too', () => {
		expect(m.projectsCount({ count: 1 }, { locale: 'it' })).toBe('1 progetto trovato');
		expect(m.projectsCount({ count: 3000 }, { locale: 'it' })).toBe('3.000 progetti trovati');
		expect(m.dossierPopulationMissing({ count: 1 }, { locale: 'it' })).toBe(
			'Popolazione non nota per 1 Comune.'
		);
		expect(m.dossierMembersTotal({ count: 1 }, { locale: 'it' })).toBe('1 ente in tutto');
		expect(m.dossierMembersTotal({ count: 1200 }, { locale: 'en' })).toBe('1,200 bodies in all');
		expect(m.mapCountCommunities({ count: 1 }, { locale: 'it' })).toBe('1 gruppo di enti legati');
		expect(m.mapCountCommunities({ count: 11 }, { locale: 'it' })).toBe('11 gruppi di enti legati');
	});
	it('puts inputs in their place', () => {
		expect(m.signInRateLimited({ minutes: 15 }, { locale: 'it' })).toBe(
			'Troppi tentativi. Riprova tra 15 minuti.'
		);
		expect(m.signInRateLimited({ minutes: 1 }, { locale: 'en' })).toBe(
			'Too many attempts. Try again in 1 minute.'
		);
	});
});

describe('the language', () => {
	it('is Italian unless English is asked for', () => {
		expect(parseLang(undefined)).toBe('it');
		expect(parseLang('fr')).toBe('it');
		expect(parseLang('en')).toBe('en');
	});
	it('picks one half of a vocabulary label', () => {
		expect(localized({ it: 'Capofila', en: 'Lead partner' }, 'en')).toBe('Lead partner');
		expect(localized({ it: 'Capofila', en: 'Lead partner' })).toBe('Capofila');
		expect(localized(undefined)).toBeUndefined();
	});
});

describe("calendar days in the app's language, not the browser's", () => {
	it('writes a day in Italian and in English, medium and long', () => {
		expect(formatDate('2026-12-05', 'medium', 'it')).toBe('5 dic 2026');
		expect(formatDate('2026-12-05', 'long', 'it')).toBe('5 dicembre 2026');
		expect(formatDate('2026-12-05', 'medium', 'en')).toBe('5 Dec 2026');
		expect(formatDate('2026-12-05T23:30:00Z', 'long', 'it')).toBe('5 dicembre 2026');
	});
});
