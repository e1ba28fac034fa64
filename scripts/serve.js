#!/usr/bin/env node
// Serves the built app: adapter-node's own server (build/index.js: PORT, HOST, ORIGIN, graceful
// shutdown), with the security headers on every response. adapter-node answers /_app/* and static/
// files before SvelteKit's hooks run, so hooks.server.ts alone leaves them without nosniff or
// X-Frame-Options. Usage: node scripts/serve.js [build folder, default build].
import { subscribe } from 'node:diagnostics_channel';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BASE_SECURITY_HEADERS } from '../src/lib/server/security-headers.js';

// Node publishes this before any 'request' listener runs (subscribed before the app loads: no race).
subscribe('http.server.request.start', (message) => {
	const { response } = /** @type {{ response: import('node:http').ServerResponse }} */ (message);
	for (const [name, value] of BASE_SECURITY_HEADERS) response.setHeader(name, value);
});

// Started by `trama start` with an IPC channel: it closes when the launcher dies, even by SIGKILL,
// which no signal tells us. Then stop as on SIGTERM (adapter-node's graceful shutdown). Unref'd, so the
// channel does not keep the process alive once the server has closed.
if (process.connected) {
	process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
	process.channel?.unref();
}

await import(pathToFileURL(resolve(process.argv[2] ?? 'build', 'index.js')).href);
