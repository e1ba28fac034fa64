import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_RUBRIC_ID } from '../lib/evaluation/desk';
import { loadEvaluation } from '../lib/evaluation/load';
import type { Viewer } from '../lib/server/auth/policy';
import { runInProcess } from '../lib/server/graphql/in-process';
import { evaluationReportPdf } from '../lib/server/pdf/evaluation-report';
import { withDatabase } from './database';

export const REPORT_HELP = `report --project ID [--rubric ID] --out FILE.pdf [--en]
                        rapporto di valutazione in PDF (A4) / evaluation report as PDF (A4)`;

/** Whoever runs the CLI already holds the database: the same queries as the app, as an administrator. */
const CLI_VIEWER: Viewer = {
	id: 'trama:cli',
	name: 'trama CLI',
	email: null,
	roles: ['amministratore'],
	ambitoIds: [],
	callIds: [],
	workshopIds: [],
	mustChangePassword: false,
	method: 'cli'
};

/** `trama report --project ID [--rubric ID] --out file.pdf [--en]` */
export async function reportCommand(args: string[]): Promise<void> {
	const { values } = parseArgs({
		args,
		options: {
			project: { type: 'string' },
			rubric: { type: 'string' },
			out: { type: 'string' },
			en: { type: 'boolean', default: false }
		}
	});
	if (!values.project || !values.out) {
		console.error(`Indica --project e --out / give --project and --out\n  ${REPORT_HELP}`);
		process.exitCode = 2;
		return;
	}
	const pdf = await withDatabase(async () => {
		const data = await loadEvaluation(
			runInProcess(CLI_VIEWER),
			values.project!,
			values.rubric ?? DEFAULT_RUBRIC_ID
		);
		return evaluationReportPdf(data, values.en ? 'en' : 'it');
	});
	const out = resolve(values.out);
	await writeFile(out, pdf);
	console.log(`Rapporto scritto / report written: ${out}`);
}
