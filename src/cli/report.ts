import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { graphql } from 'graphql';
import { DEFAULT_RUBRIC_ID } from '../lib/evaluation/desk';
import type { Operation, RunOperation, VariablesArg } from '../lib/graphql-client';
import { loadEvaluation } from '../lib/evaluation/load';
import type { Viewer } from '../lib/server/auth/policy';
import { createContext } from '../lib/server/graphql/context';
import { schema } from '../lib/server/graphql/schema';
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

/** The pages' operations, answered by the schema in this process (no server needed). */
const runInProcess: RunOperation = async <Result, Variables>(
	operation: Operation<Result, Variables>,
	...[variables]: VariablesArg<Variables>
) => {
	const result = await graphql({
		schema,
		source: operation.toString(),
		variableValues: (variables ?? {}) as Record<string, unknown>,
		contextValue: createContext(CLI_VIEWER)
	});
	if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join('; '));
	// the schema the operation was typed from has answered it
	return result.data as Result;
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
			runInProcess,
			values.project!,
			values.rubric ?? DEFAULT_RUBRIC_ID
		);
		return evaluationReportPdf(data, values.en ? 'en' : 'it');
	});
	const out = resolve(values.out);
	await writeFile(out, pdf);
	console.log(`Rapporto scritto / report written: ${out}`);
}
