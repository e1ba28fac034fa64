import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS } from '../lib/server/transfer/export';
import { exportNetwork } from '../lib/server/transfer/export-service';
import { importJsonDocument } from '../lib/server/transfer/json-import-service';
import { assertFileSize } from '../lib/server/transfer/import';
import { refusedFile } from '../lib/server/transfer/spreadsheet-service';
import { importFormatOf } from '../lib/transfer/import-formats';
import { log, withDatabase } from './database';

/** `trama export --format F [--ambito ID] [--view V] [--out FILE]` (views: analysis-view.ts). */
export async function exportCommand(args: string[]): Promise<void> {
	const { values } = parseArgs({
		args,
		options: {
			format: { type: 'string', default: 'json' },
			ambito: { type: 'string' },
			view: { type: 'string' },
			out: { type: 'string' }
		}
	});
	const ids = EXPORT_FORMATS.map((f) => f.id);
	if (!ids.includes(values.format as (typeof ids)[number]))
		throw new Error(
			`Formato sconosciuto "${values.format}": usa ${ids.join(', ')} / unknown format`
		);
	await withDatabase(async () => {
		const file = await exportNetwork(
			values.format!,
			{ ambitoId: values.ambito ?? null, view: values.view ?? null },
			new Date().toISOString()
		);
		const out = values.out ?? file.fileName;
		await writeFile(out, file.bytes);
		console.log(`Esportato / exported: ${out} (${file.bytes.byteLength} byte)`);
	});
}

/** `trama import FILE [--dry-run]`: a Trama JSON document; spreadsheets go through the column mapping. */
export async function importCommand(args: string[]): Promise<void> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: { 'dry-run': { type: 'boolean', default: false } }
	});
	const path = positionals[0];
	if (!path) throw new Error('Indica il file: npx trama import FILE [--dry-run] / give the file');
	try {
		// Before reading it: a file over the limit is refused without filling the memory.
		assertFileSize(basename(path), (await stat(path)).size);
	} catch (error) {
		throw refusedFile(error, 'file');
	}
	const bytes = await readFile(path);
	if (importFormatOf(path)?.reads !== 'document') {
		const { importSpreadsheetCommand } = await import('./import-spreadsheet');
		return importSpreadsheetCommand(path, bytes, args);
	}
	await withDatabase(async () => {
		if (!values['dry-run']) log('Importo in una sola transazione… / importing in one transaction…');
		const report = await importJsonDocument(bytes.toString('utf8'), {
			fileName: basename(path),
			dryRun: values['dry-run']!,
			by: 'cli'
		});
		const { problems } = report;
		if (problems.length) {
			for (const p of problems.slice(0, 50)) console.error(`  ${p.field}: ${p.message}`);
			throw new Error(
				`${problems.length} problemi: niente è stato scritto. / ${problems.length} problems: nothing was written.`
			);
		}
		if (!report.applied)
			return console.log('Prova superata: nessun problema. / Dry run passed: no problems.');
		console.log(report.counts.map((c) => `${c.key}: ${c.value}`).join(', '));
	});
}
