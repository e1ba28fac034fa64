import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { appNodeArgs } from '../../src/cli/app-memory';
import { waitForHealth } from '../../src/cli/start';
import { exitOf, hasExited } from '../../src/cli/supervise';
import { REQUEST_BODY_LIMIT_BYTES } from '../../src/lib/server/transfer/import/limits';
import { APP_READY_TIMEOUT_MS } from '../../src/lib/server/warm-up-wait';

const root = join(import.meta.dirname, '../..');

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

export interface AppProcess {
	url: string;
	child: ChildProcess;
	/** Sends `signal` (default SIGTERM: a graceful stop) and waits until the process has exited. */
	stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * The built app served as `npm start` serves it (scripts/serve.js), on a loopback port, against the
 * test Neo4j; resolves once its health says ok.
 */
export async function startApp(options: {
	buildDir: string;
	neo4jUri: string;
	port?: number;
	stdout?: 'inherit' | 'ignore';
	/** More environment for the app (e.g. TRAMA_SHARED_EVENTS; ORIGIN when served behind a proxy). */
	env?: Record<string, string>;
	/** Options for node itself (e.g. --cpu-prof, which NODE_OPTIONS refuses). */
	nodeArgs?: string[];
}): Promise<AppProcess> {
	const port = options.port ?? (await freePort());
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(
		process.execPath,
		// The heap `npm start` gives the app (src/cli/app-memory.ts).
		[
			...appNodeArgs(),
			...(options.nodeArgs ?? []),
			join(root, 'scripts', 'serve.js'),
			options.buildDir
		],
		{
			cwd: root,
			stdio: ['ignore', options.stdout ?? 'inherit', 'inherit'],
			env: {
				...process.env,
				PORT: String(port),
				HOST: '127.0.0.1',
				ORIGIN: url,
				NEO4J_URI: options.neo4jUri,
				NEO4J_PASSWORD: '',
				// What `trama start` gives the app: uploads up to the import limit reach the import's checks.
				BODY_SIZE_LIMIT: String(REQUEST_BODY_LIMIT_BYTES),
				...options.env
			}
		}
	);
	const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
		const exited = exitOf(child);
		if (!hasExited(child)) child.kill(signal);
		await exited;
	};
	const died = exitOf(child).then(() => {
		throw new Error(`app exited (${child.exitCode ?? child.signalCode}) before it was ready`);
	});
	try {
		await Promise.race([
			waitForHealth(`${url}/graphql?query=%7Bhealth%7Bok%7D%7D`, APP_READY_TIMEOUT_MS),
			died
		]);
	} catch (error) {
		await stop('SIGKILL');
		throw error;
	}
	return { url, child, stop };
}
