import { DOCUMENT_FORMAT, emptyDocument, type TramaDocument } from '../../domain';
import { validateDocument } from '../../domain/validation';
import { badInput, type FieldProblem } from '../errors';
import { importDocument } from '../network/entities';
import { checkDocumentReferences } from '../network/document-queries';
import { assertDocumentSize } from './spreadsheet-service';

/** What a JSON import did: applied or not, the problems by field, how many of each entity. */
export interface ImportReport {
	applied: boolean;
	problems: FieldProblem[];
	counts: Array<{ key: string; value: string }>;
}

/** Parses a document sent as JSON, filling absent lists so partial documents import too. */
export function parseDocumentJson(json: string, fileName?: string): TramaDocument {
	assertDocumentSize(json, fileName);
	let parsed: unknown;
	try {
		parsed = JSON.parse(json);
	} catch (error) {
		throw badInput([
			{
				field: 'input.json',
				message: `JSON non valido: ${(error as Error).message} / invalid JSON`
			}
		]);
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
		throw badInput([
			{ field: 'input.json', message: 'atteso un oggetto / an object was expected' }
		]);
	return {
		...emptyDocument(),
		...(parsed as Partial<TramaDocument>),
		format: (parsed as { format?: string }).format as typeof DOCUMENT_FORMAT
	};
}

/** How many of each entity a document holds, in its own key order. */
export const countsOf = (doc: TramaDocument) =>
	Object.entries(doc)
		.filter(([k]) => k !== 'format')
		.map(([key, v]) => ({ key, value: String((v as unknown[]).length) }));

/**
 * The one JSON import, for GraphQL and the command line: parse, validate, check references (a dry
 * run stops there), then write all or nothing in one transaction. Problems come back in the report.
 */
export async function importJsonDocument(
	json: string,
	options: { fileName?: string | null; dryRun: boolean; by: string }
): Promise<ImportReport> {
	const doc = parseDocumentJson(json, options.fileName ?? undefined);
	const problems = validateDocument(doc);
	if (problems.length || options.dryRun) {
		const refProblems = problems.length ? [] : await checkDocumentReferences(doc);
		return { applied: false, problems: [...problems, ...refProblems], counts: countsOf(doc) };
	}
	const fileName = (options.fileName ?? 'documento.json').slice(0, 200);
	try {
		await importDocument(doc, { by: options.by, source: `import:${fileName}` }, validateDocument);
	} catch (error) {
		const refused = (error as { problems?: FieldProblem[] }).problems;
		if (refused?.length) return { applied: false, problems: refused, counts: countsOf(doc) };
		throw error;
	}
	return { applied: true, problems: [], counts: countsOf(doc) };
}
