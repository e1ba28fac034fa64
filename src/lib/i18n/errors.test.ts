import { describe, expect, it } from 'vitest';
import { errorText, serverMessageInCurrentLanguage } from './errors';

describe('serverMessageInCurrentLanguage (bridge for the server’s "it / en" pairs)', () => {
	it('shows one half of a pair', () => {
		const message =
			'Esiste già un utente con questa email. / A user with this email already exists.';
		expect(serverMessageInCurrentLanguage(message, 'it')).toBe(
			'Esiste già un utente con questa email.'
		);
		expect(serverMessageInCurrentLanguage(message, 'en')).toBe(
			'A user with this email already exists.'
		);
	});
	it('keeps the field before the pair and the count of further problems after it', () => {
		const message = 'input.roles: almeno un ruolo / at least one role (+2)';
		expect(serverMessageInCurrentLanguage(message, 'it')).toBe('input.roles: almeno un ruolo (+2)');
		expect(serverMessageInCurrentLanguage(message, 'en')).toBe(
			'input.roles: at least one role (+2)'
		);
	});
	it('splits each of several errors, and leaves a message without a pair whole', () => {
		expect(serverMessageInCurrentLanguage('uno / one; due / two', 'en')).toBe('one; two');
		expect(serverMessageInCurrentLanguage('HTTP 500', 'en')).toBe('HTTP 500');
		expect(serverMessageInCurrentLanguage('sì/no / yes/no', 'it')).toBe('sì/no');
	});
});

describe('errorText', () => {
	it('says the network is missing instead of "Failed to fetch"', () => {
		for (const raw of [
			'Failed to fetch',
			'NetworkError when attempting to fetch resource.',
			'Load failed'
		]) {
			expect(errorText(new TypeError(raw), 'it')).toBe(
				'Connessione assente: riprova quando torna la rete.'
			);
			expect(errorText(new TypeError(raw), 'en')).toBe(
				'No connection: try again when the network is back.'
			);
		}
	});
	it('shows other errors in the current language', () => {
		expect(errorText(new Error('Non trovato / not found'), 'en')).toBe('not found');
		expect(errorText(new TypeError('x is undefined'), 'it')).toBe('x is undefined');
		expect(errorText('testo', 'it')).toBe('testo');
	});
});
