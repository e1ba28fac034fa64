import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts']
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
