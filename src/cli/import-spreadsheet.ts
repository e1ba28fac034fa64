import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import {
	applySpreadsheetImport,
	planSpreadsheetImport,
	type SpreadsheetPlan
} from '../lib/server/transfer/spreadsheet-service';
import { AppError } from '../lib/server/errors';
import { log, withDatabase } from './database';

function printPlan(plan: SpreadsheetPlan): void {
	const { result } = plan;
	for (const part of plan.parts) {
		console.log(
			`Foglio / sheet "${part.sheet.name}" (${part.kind}), codifica / encoding ${plan.encoding ?? 'xlsx'}`
		);
		for (const [header, field] of Object.entries(part.mapping))
			console.log(`  ${header.padEnd(28)} → ${field ?? '(ignorata / ignored)'}`);
	}
	console.log(
		`Righe / rows: ${result.stats.rows}, importabili / importable: ${result.stats.imported}, errori / errors: ${result.stats.errors}, avvisi / warnings: ${result.stats.warnings}`
	);
	for (const p of result.problems.slice(0, 100))
		console.log(
			`  ${p.severity === 'error' ? 'ERRORE' : 'avviso'} ${p.sheet ? `foglio "${p.sheet}", ` : ''}riga/row ${p.row}${p.column ? `, "${p.column}"` : ''}: ${p.message.it}`
		);
	if (result.problems.length > 100)
		console.log(
			`  … e altri ${result.problems.length - 100} / and ${result.problems.length - 100} more`
		);
	for (const d of plan.duplicates)
		console.log(
			`  possibile doppione / possible duplicate: ${d.incomingId} ~ ${d.otherId} (${d.reason}) → --merge ${d.incomingId}=${d.otherId}`
		);
}

/** Spreadsheet import from the command line: the same plan and the same single transaction as the UI. */
export async function importSpreadsheetCommand(
	path: string,
	bytes: Uint8Array,
	args: string[]
): Promise<void> {
	const { values } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			'dry-run': { type: 'boolean', default: false },
			kind: { type: 'string' },
			sheet: { type: 'string' },
			merge: { type: 'string', multiple: true, default: [] }
		}
	});
	const merges = values.merge!.map((m) => {
		const [incomingId, mergeIntoId] = m.split('=');
		if (!incomingId || !mergeIntoId)
			throw new Error(
				`--merge vuole ID_NUOVO=ID_ESISTENTE, non "${m}" / --merge wants NEW_ID=EXISTING_ID`
			);
		return { incomingId, mergeIntoId };
	});
	const request = {
		bytes,
		fileName: basename(path),
		kind: values.kind ?? null,
		sheet: values.sheet ?? null,
		merges
	};
	await withDatabase(async () => {
		if (values['dry-run']) {
			const plan = await planSpreadsheetImport(request);
			printPlan(plan);
			console.log('Prova: nulla è stato scritto. / Dry run: nothing was written.');
			// Scripts check the exit status: a file that would be refused fails its dry run too.
			const errors = plan.result.stats.errors;
			if (errors > 0)
				throw new AppError(
					'BAD_INPUT',
					`${errors} errori: il file sarebbe rifiutato, correggilo. / ${errors} errors: the file would be refused, fix it.`
				);
			return;
		}
		log('Importo in una sola transazione… / importing in one transaction…');
		const plan = await applySpreadsheetImport(request, 'cli');
		printPlan(plan);
		console.log('Importazione completata. / Import done.');
	});
}
