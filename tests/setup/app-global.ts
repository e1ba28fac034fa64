import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildIfStale } from '../../src/cli/start';

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

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

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
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	// scripts/serve.js, as `npm start` runs it: the security headers reach static files too.
	const app = spawn(process.execPath, [join(root, 'scripts', 'serve.js'), buildDir], {
		cwd: root,
		stdio: ['ignore', 'inherit', 'inherit'],
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: url,
			NEO4J_URI: neo4jUri,
			NEO4J_PASSWORD: ''
		}
	});
	const deadline = Date.now() + 60_000;
	for (;;) {
		if (app.exitCode !== null) throw new Error(`app exited with ${app.exitCode}`);
		const ok = await fetch(`${url}/graphql?query=%7Bhealth%7Bok%7D%7D`).then(
			(r) => r.ok,
			() => false
		);
		if (ok) break;
		if (Date.now() > deadline) throw new Error('app did not start');
		await new Promise((r) => setTimeout(r, 200));
	}
	project.provide('appUrl', url);
	project.provide('appBuildDir', buildDir);
	return async () => {
		const exited = new Promise((resolve) => app.once('exit', resolve));
		app.kill('SIGTERM');
		await exited;
		rmSync(runDir, { recursive: true, force: true });
	};
}
