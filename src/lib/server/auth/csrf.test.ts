import { describe, expect, it } from 'vitest';
import { isSameOrigin, violatesCsrf } from './csrf';
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

	it('applies only to state-changing requests that carry a session', () => {
		expect(violatesCsrf(post({ origin: 'https://evil.example' }), origin, true)).toBe(true);
		expect(violatesCsrf(post({ origin: 'https://evil.example' }), origin, false)).toBe(false);
		expect(violatesCsrf(post({ origin }), origin, true)).toBe(false);
		const get = new Request(`${origin}/graphql?query={health{ok}}`, {
			headers: { origin: 'https://evil.example' }
		});
		expect(violatesCsrf(get, origin, true)).toBe(false);
	});

	it('keeps redirects after login on this site', () => {
		expect(safeNext('/amministrazione')).toBe('/amministrazione');
		expect(safeNext('//evil.example')).toBe('/');
		expect(safeNext('/\\evil.example')).toBe('/');
		expect(safeNext('https://evil.example')).toBe('/');
		expect(safeNext(null)).toBe('/');
	});
});
