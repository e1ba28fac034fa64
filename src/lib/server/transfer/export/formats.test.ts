import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { toCsvFiles } from './csv';
import { EXPORT_FORMATS, exportFormat, renderCsvZip } from './formats';
import { fixtureInput, parseXml } from './test-support';

describe('EXPORT_FORMATS', () => {
	const input = fixtureInput();

	it('lists each format once, with labels, media type and extension', () => {
		expect(EXPORT_FORMATS.map((f) => f.id)).toEqual([
			'json',
			'csv',
			'xlsx',
			'gexf',
			'graphml',
			'kumu'
		]);
		expect(new Set(EXPORT_FORMATS.map((f) => f.extension)).size).toBe(EXPORT_FORMATS.length);
		for (const f of EXPORT_FORMATS) {
			expect(f.label.it && f.label.en).toBeTruthy();
			expect(f.mediaType).toMatch(/^application\//);
			expect(f.extension.startsWith('.')).toBe(false);
		}
		expect(exportFormat('gexf')?.extension).toBe('gexf');
		expect(exportFormat('pdf')).toBeUndefined();
	});

	it('renders every format', async () => {
		for (const f of EXPORT_FORMATS) {
			const out = await f.render(input);
			expect(out.length).toBeGreaterThan(100);
		}
		expect(JSON.parse((await exportFormat('json')!.render(input)) as string)).toEqual(
			input.document
		);
		const kumu = JSON.parse((await exportFormat('kumu')!.render(input)) as string);
		expect(kumu.elements.length).toBeGreaterThan(0);
		for (const id of ['gexf', 'graphml'] as const) {
			expect(parseXml((await exportFormat(id)!.render(input)) as string).name).toBe(id);
		}
	});

	it('zips the CSV files, byte for byte the same for the same input', async () => {
		const bytes = await renderCsvZip(input);
		const zip = await JSZip.loadAsync(bytes);
		const files = toCsvFiles(input);
		expect(Object.keys(zip.files).sort()).toEqual(files.map((f) => f.name).sort());
		for (const file of files) {
			expect(await zip.file(file.name)!.async('string')).toBe(file.content);
			// The entry date is the export's timestamp, not the clock.
			expect(zip.file(file.name)!.date.getTime()).toBe(Date.parse(input.generatedAt));
		}
		expect(await renderCsvZip(input)).toEqual(bytes);
	});
});
