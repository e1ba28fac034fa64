import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { appAddresses } from './address';

describe('the address `npm start` prints', () => {
	it('is the address the app listens on, never "localhost" (which may resolve to ::1 first)', () => {
		expect(appAddresses('127.0.0.1', 3000, undefined)).toEqual({
			local: 'http://127.0.0.1:3000',
			url: 'http://127.0.0.1:3000'
		});
		expect(appAddresses('::1', 8080, undefined).url).toBe('http://[::1]:8080');
		// Listening on every address: loopback answers, for the launcher and for the user alike.
		for (const everywhere of ['0.0.0.0', '::'])
			expect(appAddresses(everywhere, 3000, undefined).url).toBe('http://127.0.0.1:3000');
	});

	it('is ORIGIN when set (a public name behind a proxy), while the launcher still asks locally', () => {
		expect(appAddresses('0.0.0.0', 3000, 'https://trama.example.it')).toEqual({
			local: 'http://127.0.0.1:3000',
			url: 'https://trama.example.it'
		});
	});

	it('reaches a server listening on the default host, as a newcomer copying it would', async () => {
		const server = createServer((_, response) => response.end('Trama'));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		try {
			const { port } = server.address() as AddressInfo;
			const response = await fetch(appAddresses('127.0.0.1', port, undefined).url);
			expect(await response.text()).toBe('Trama');
		} finally {
			await new Promise((resolve) => server.close(resolve));
		}
	});
});
