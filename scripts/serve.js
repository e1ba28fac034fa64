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

await import(pathToFileURL(resolve(process.argv[2] ?? 'build', 'index.js')).href);
