import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { inject } from 'vitest';

const root = join(import.meta.dirname, '../..');

/** Runs `npx trama …` against the run's Neo4j; resolves with the exit code and what it printed. */
export function trama(args: string[]): Promise<{ code: number | null; out: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [join(root, 'bin/trama.js'), ...args], {
			cwd: root,
			env: {
				...process.env,
				NEO4J_URI: inject('neo4jUri'),
				NEO4J_USER: 'neo4j',
				NEO4J_PASSWORD: ''
			}
		});
		let out = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (out += d));
		child.on('close', (code) => resolve({ code, out }));
	});
}
