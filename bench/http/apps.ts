/**
 * The app as `npm start` serves it (the production build through scripts/serve.js, one process per
 * port, on loopback), and HAProxy from Debian's packages in front of several of them.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import path from 'node:path';
import { exitOf, hasExited } from '../../src/cli/supervise';
import { freePort, startApp, type AppProcess } from '../../tests/helpers/app-process';
import { procStatus } from '../stats';

export interface RunningApp extends AppProcess {
	name: string;
	pid: number;
}

/** Every app process started, so the memory sampler and the cleanup see them all. */
export class AppFleet {
	readonly running: RunningApp[] = [];
	/** The largest VmHWM of an app process read before it stopped. */
	stoppedPeakMb = 0;
	constructor(
		private readonly buildDir: string,
		private readonly env: Record<string, string> = {}
	) {}
	pids = () => this.running.map((a) => a.pid);

	async start(
		name: string,
		neo4jUri: string,
		env: Record<string, string> = {},
		nodeArgs: string[] = []
	) {
		const app = await startApp({
			buildDir: this.buildDir,
			neo4jUri,
			stdout: 'ignore',
			env: { ...this.env, ...env },
			nodeArgs
		});
		const running: RunningApp = { ...app, name, pid: app.child.pid! };
		this.running.push(running);
		return running;
	}

	async stop(app: RunningApp) {
		this.stoppedPeakMb = Math.max(this.stoppedPeakMb, (await procStatus(app.pid))?.hwmMb ?? 0);
		await app.stop();
		this.running.splice(this.running.indexOf(app), 1);
	}

	async stopAll() {
		for (const app of [...this.running]) await this.stop(app).catch(() => {});
	}
}

export function haproxyVersion(): string | null {
	const result = spawnSync('haproxy', ['-v'], { encoding: 'utf8' });
	if (result.error || result.status !== 0) return null;
	return /version (\S+)/.exec(result.stdout)?.[1] ?? 'unknown';
}

export interface Proxy {
	/** frontend name → its URL */
	urls: Record<string, string>;
	version: string;
	pid: number;
	stop(): Promise<void>;
}

const waitForPort = async (port: number, deadline = Date.now() + 15_000) => {
	while (Date.now() < deadline) {
		const open = await new Promise<boolean>((resolve) => {
			const socket = connect(port, '127.0.0.1')
				.once('connect', () => (socket.destroy(), resolve(true)))
				.once('error', () => resolve(false));
		});
		if (open) return;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`nothing listens on 127.0.0.1:${port}`);
};

/**
 * HAProxy in the foreground on loopback, one frontend per group of app URLs, round robin, passing the
 * client's address in X-Forwarded-For (the apps read it with ADDRESS_HEADER/XFF_DEPTH, so the sign-in
 * limits count people, not the proxy). HAProxy streams responses as they come, so SSE passes; the long
 * tunnel timeout keeps a live workshop's stream open.
 */
export async function startHaproxy(dir: string, groups: Record<string, string[]>): Promise<Proxy> {
	const version = haproxyVersion();
	if (!version) throw new Error('haproxy missing: apt-get install haproxy');
	const ports: Record<string, number> = {};
	for (const name of Object.keys(groups)) ports[name] = await freePort();
	const config = [
		'global',
		'  maxconn 4096',
		'defaults',
		'  mode http',
		'  option forwardfor',
		'  timeout connect 5s',
		'  timeout client 120s',
		'  timeout server 120s',
		'  timeout tunnel 1h',
		...Object.entries(groups).flatMap(([name, urls]) => [
			`frontend ${name}`,
			`  bind 127.0.0.1:${ports[name]}`,
			`  default_backend ${name}_apps`,
			`backend ${name}_apps`,
			'  balance roundrobin',
			...urls.map((u, i) => `  server app${i} ${new URL(u).host}`)
		])
	].join('\n');
	const file = path.join(dir, 'haproxy.cfg');
	await writeFile(file, config + '\n');
	const child: ChildProcess = spawn('haproxy', ['-db', '-f', file], {
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const stop = async () => {
		const exited = exitOf(child);
		if (!hasExited(child)) child.kill('SIGTERM');
		await exited;
	};
	try {
		for (const port of Object.values(ports)) await waitForPort(port);
	} catch (error) {
		await stop();
		throw error;
	}
	return {
		urls: Object.fromEntries(Object.entries(ports).map(([n, p]) => [n, `http://127.0.0.1:${p}`])),
		version,
		pid: child.pid!,
		stop
	};
}

/**
 * Waits until every app answers its health check within 250 ms three times running: the requests a
 * load run abandoned (timed out) have finished, and the next measurement starts on idle processes.
 */
export async function waitIdle(urls: string[], maxMs = 180_000): Promise<number> {
	const t0 = performance.now();
	let streak = 0;
	while (streak < 3 && performance.now() - t0 < maxMs) {
		const ask = performance.now();
		await Promise.all(
			urls.map((u) =>
				fetch(`${u}/graphql?query=%7Bhealth%7Bok%7D%7D`, {
					headers: { accept: 'application/json' }
				})
					.then((r) => r.arrayBuffer())
					.catch(() => null)
			)
		);
		streak = performance.now() - ask < 250 ? streak + 1 : 0;
		await new Promise((r) => setTimeout(r, 250));
	}
	return Math.round(performance.now() - t0);
}
