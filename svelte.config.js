import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Tests build elsewhere so a running `npm start` keeps its build.
		adapter: adapter({ out: process.env.TRAMA_BUILD_DIR ?? 'build' })
	}
};

export default config;
