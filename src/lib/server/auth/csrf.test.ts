import { describe, expect, it } from 'vitest';
import { isSameOrigin, refusesForm, violatesCsrf } from './csrf';
import { safeNext } from './routes';

const origin = 'https://trama.example';
const post = (headers: Record<string, string>) =>
	new Request(`${origin}/graphql`, { method: 'POST', headers });

describe('CSRF origin check', () => {
	it('accepts our own origin and refuses others', () => {
		expect(isSameOrigin(new Headers({ origin }), origin)).toBe(true);
		expect(isSameOrigin(new Headers({ origin: 'https://evil.example' }), origin)).toBe(false);
		expect(isSameOrigin(new Headers({ origin: 'null' }), origin)).toBe(false);
		expect(isSameOrigin(new Headers({ 'sec-fetch-site': 'cross-site' }), origin)).toBe(false);
		expect(isSameOrigin(new Headers({ 'sec-fetch-site': 'same-origin' }), origin)).toBe(true);
		expect(isSameOrigin(new Headers({}), origin)).toBe(true);
	});

	it('applies to every request that carries a session, reads included', () => {
		expect(violatesCsrf(post({ origin: 'https://evil.example' }), origin, true)).toBe(true);
		expect(violatesCsrf(post({ origin: 'https://evil.example' }), origin, false)).toBe(false);
		expect(violatesCsrf(post({ origin }), origin, true)).toBe(false);
		const get = (headers: Record<string, string>) =>
			new Request(`${origin}/graphql?query={users{email}}`, { headers });
		// Issue 13: another port of the same host is same-site but another origin.
		expect(violatesCsrf(get({ origin: 'https://trama.example:8443' }), origin, true)).toBe(true);
		expect(violatesCsrf(get({ 'sec-fetch-site': 'same-site' }), origin, true)).toBe(true);
		expect(violatesCsrf(get({ 'sec-fetch-site': 'same-origin' }), origin, true)).toBe(false);
		expect(violatesCsrf(get({ origin: 'https://evil.example' }), origin, false)).toBe(false);
	});

	it('keeps redirects after login on this site', () => {
		expect(safeNext('/amministrazione')).toBe('/amministrazione');
		expect(safeNext('/mappa?ambito=a%20b#x')).toBe('/mappa?ambito=a%20b#x');
		expect(safeNext('//evil.example')).toBe('/');
		expect(safeNext('/\\evil.example')).toBe('/');
		expect(safeNext('https://evil.example')).toBe('/');
		expect(safeNext(null)).toBe('/');
	});

	it('refuses the open-redirect payloads of issue 13 and their relatives', () => {
		const payloads = [
			decodeURIComponent('%2F%09%2Fevil.example'), // "/<tab>/evil.example"
			'/\n/x',
			'/\r\n/x',
			'/\\evil.example',
			'/\t\\evil.example',
			'/%09/evil.example'.replace('%09', '\t'),
			'/ /evil.example'.replace(' ', '\u000b'),
			'///evil.example',
			'/\\/evil.example',
			'/.//evil.example'.slice(2), // "//evil.example"
			'javascript:alert(1)',
			' /x',
			'/' + 'a'.repeat(2001)
		];
		for (const payload of payloads) expect(safeNext(payload), JSON.stringify(payload)).toBe('/');
		// Paths that merely look odd stay on the site, re-serialised so a Location header can hold them.
		expect(safeNext('/a/../b')).toBe('/b');
		expect(safeNext('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
		expect(safeNext('/città?q=è')).toBe('/citt%C3%A0?q=%C3%A8');
	});
});

describe('forms from another origin', () => {
	const form = (method: string, headers: Record<string, string>) =>
		new Request(`${origin}/accesso`, { method, headers });
	const urlencoded = { 'content-type': 'application/x-www-form-urlencoded' };

	it('refuses a form posted from another address, as SvelteKit’s own check did', () => {
		expect(
			refusesForm(form('POST', { ...urlencoded, origin: 'http://127.0.0.1:3000' }), origin)
		).toBe(true);
		expect(
			refusesForm(form('POST', { 'content-type': 'multipart/form-data; boundary=x' }), origin)
		).toBe(true);
		expect(
			refusesForm(form('DELETE', { 'content-type': 'text/plain', origin: 'null' }), origin)
		).toBe(true);
	});

	it('lets through the same origin, GETs, and requests that are not forms', () => {
		expect(refusesForm(form('POST', { ...urlencoded, origin }), origin)).toBe(false);
		expect(refusesForm(form('GET', { origin: 'https://evil.example' }), origin)).toBe(false);
		expect(
			refusesForm(
				form('POST', { 'content-type': 'application/json', origin: 'https://evil.example' }),
				origin
			)
		).toBe(false);
	});
});
