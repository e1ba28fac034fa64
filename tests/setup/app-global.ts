import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildIfStale } from '../../src/cli/start';
import { startApp } from '../helpers/app-process';

declare module 'vitest' {
	export interface ProvidedContext {
		appUrl: string;
		/** The build the app runs from (for tests that start their own app or launcher on it). */
		appBuildDir: string;
	}
}

const root = join(import.meta.dirname, '../..');
// One folder per run: concurrent runs (CI, a developer, a benchmark) never share build files.
const runDir = join(root, '.svelte-kit-test', String(process.pid));
const buildDir = join(runDir, 'build');

/** The production build of the app, served on a free port against the test Neo4j. */
export default async function setup(project: TestProject) {
	const neo4jUri = process.env.TRAMA_TEST_NEO4J_URI;
	if (!neo4jUri) throw new Error('neo4j-global setup must run first');
	// vitest sets NODE_ENV=test; the app under test must be the production build users run.
	buildIfStale(buildDir, {
		...process.env,
		NODE_ENV: 'production',
		TRAMA_KIT_OUTDIR: join(runDir, 'kit')
	});
	// Served as `npm start` serves it (scripts/serve.js): the security headers reach static files too.
	const app = await startApp({ buildDir, neo4jUri });
	project.provide('appUrl', app.url);
	project.provide('appBuildDir', buildDir);
	return async () => {
		await app.stop();
		rmSync(runDir, { recursive: true, force: true });
	};
}
