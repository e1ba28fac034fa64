/**
 * Headers on every response, static files included. Plain JavaScript: scripts/serve.js (run by plain
 * node, before adapter-node serves /_app and static/ files, where SvelteKit's hooks never run) and
 * hooks.server.ts (everything SvelteKit answers) both set them from here.
 * @type {ReadonlyArray<readonly [string, string]>}
 */
export const BASE_SECURITY_HEADERS = [
	['X-Content-Type-Options', 'nosniff'],
	['X-Frame-Options', 'DENY'],
	['Referrer-Policy', 'same-origin'],
	['Cross-Origin-Opener-Policy', 'same-origin'],
	['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()']
];
