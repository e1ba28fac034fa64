import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin, PluginOption } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Types the pages' GraphQL operations (scripts/codegen.ts) into src/lib/graphql, which git does not
 * keep: when a build or the dev server starts, and when a file changes in dev (`graphql()` finds its
 * document in the generated map at run time). Tests run after `npm run check` has generated them, so
 * vitest only fills in a missing folder (a test run straight after cloning).
 */
function graphqlCodegen(): Plugin {
	const codegen = () => import('./scripts/codegen.js');
	return {
		name: 'trama-graphql-codegen',
		async buildStart() {
			const { generatedExists, writeGenerated } = await codegen();
			if (!process.env.VITEST || !generatedExists()) await writeGenerated();
		},
		watchChange(id) {
			if (/\/src\/.*\.(ts|svelte)$/.test(id) && !id.includes('/src/lib/graphql/'))
				codegen()
					.then((c) => c.writeGenerated())
					.catch((error: unknown) => console.error(String(error)));
		}
	};
}

/**
 * Compiles messages/*.json into src/lib/paraglide (scripts/paraglide.ts) when a build or the dev server
 * starts, and again when a message file changes in dev. Under vitest, like the codegen above, only a
 * missing folder is filled in: `npm run check` compiled it, and a rewrite would race the test workers.
 * Either way its registry keeps its Intl formatters (paraglideIntlCache).
 */
async function paraglide(): Promise<PluginOption[]> {
	const { compileMessages, compiledExists, paraglideIntlCache, paraglideOptions } =
		await import('./scripts/paraglide.js');
	if (!process.env.VITEST) return [paraglideVitePlugin(paraglideOptions), paraglideIntlCache()];
	return [
		{
			name: 'trama-paraglide-once',
			async buildStart() {
				if (!compiledExists()) await compileMessages();
			}
		},
		paraglideIntlCache()
	];
}

export default defineConfig({
	plugins: [graphqlCodegen(), paraglide(), sveltekit()],
	server: { port: 5173 },
	test: {
		// Each project is one kind of test; `npm test` runs all three.
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					// Projects run one after another: on 2 cores, a browser build next to the integration
					// suite's Neo4j made slow requests time out.
					sequence: { groupOrder: 0 },
					environment: 'node',
					// Property runs and the import's bomb and 10,000-row files pass in 1–2 s alone but
					// went past the 5 s default on 2 shared cores; a timeout is not a speed check.
					testTimeout: 20_000,
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'integration',
					sequence: { groupOrder: 1 },
					environment: 'node',
					include: ['tests/integration/**/*.test.ts'],
					globalSetup: ['tests/setup/neo4j-global.ts'],
					testTimeout: 60_000,
					hookTimeout: 180_000,
					// One Neo4j serves every file; files that write share it, so run them one at a time.
					fileParallelism: false
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					sequence: { groupOrder: 2 },
					environment: 'node',
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/setup/neo4j-global.ts', 'tests/setup/app-global.ts'],
					testTimeout: 60_000,
					hookTimeout: 300_000,
					fileParallelism: false
				}
			}
		]
	}
});
