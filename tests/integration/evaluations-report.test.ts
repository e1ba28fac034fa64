import { trama } from '../helpers/cli';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfText } from '../helpers/pdf-text';

const dir = mkdtempSync(join(tmpdir(), 'trama-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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
