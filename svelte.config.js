import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Test runs build elsewhere (each its own folder), so a running `npm start` keeps its build
		// and two test runs never write the same files.
		adapter: adapter({ out: process.env.TRAMA_BUILD_DIR ?? 'build' }),
		outDir: process.env.TRAMA_KIT_OUTDIR ?? '.svelte-kit',
		// The same origin check runs in hooks.server.ts (refusesForm), which explains a refusal in words;
		// '*' turns kit's own check off (what the deprecated `checkOrigin: false` did).
		csrf: { trustedOrigins: ['*'] },
		// Content-Security-Policy on every page; kit adds nonces/hashes for its own inline script.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte style attributes and cytoscape's inline styles; no script can come from here.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
