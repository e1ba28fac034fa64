import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { pdfText } from '../helpers/pdf-text';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'trama-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function trama(args: string[]): Promise<{ code: number | null; out: string }> {
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

describe('npx trama report', () => {
	it('writes a project evaluation report to an A4 PDF', async () => {
		const file = join(dir, 'rapporto.pdf');
		const { code, out } = await trama(['report', '--project', 'demo-project-02', '--out', file]);
		expect(code, out).toBe(0);
		const pdf = readFileSync(file);
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		// A4 is 595.28 × 841.89 points.
		expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 595\.2\d* 841\.8\d*\s*\]/);
		expect((await pdfText(pdf)).text).toContain('Rapporto di valutazione del partenariato');
	});

	it('explains its arguments when one is missing', async () => {
		const { code, out } = await trama(['report', '--project', 'demo-project-02']);
		expect(code).toBe(2);
		expect(out).toContain('--out');
	});
});
