import { GLOBAL, type Scope } from '../auth/policy';
import { obj, str, type Args, type OperationRule, type RuleContext } from '../auth/rules';
import { documentScopes } from '../network/rules';
import { assertDocumentSize, plannedImport } from './spreadsheet-service';

/**
 * A JSON import is allowed when every entity it writes is (network/rules.ts documentScopes). The
 * document is read here before the resolver runs: over the size limit it is refused (413) unread.
 */
async function jsonImportScopes(args: Args, { viewer }: RuleContext): Promise<Scope[]> {
	const input = obj(args.input);
	let doc: unknown = input.document ?? input.json ?? input;
	if (typeof doc === 'string') {
		assertDocumentSize(doc, str(input.fileName) ?? undefined);
		try {
			doc = JSON.parse(doc);
		} catch {
			return [GLOBAL];
		}
	}
	return documentScopes(doc, viewer);
}

/** A spreadsheet is judged by the document it becomes (planned once per request, see spreadsheet-service.ts). */
async function spreadsheetScopes(args: Args, { viewer }: RuleContext): Promise<Scope[]> {
	const input = obj(args.input);
	// GraphQL validates the input before resolvers run; a malformed call reaching here is refused.
	if (typeof input.fileBase64 !== 'string' || typeof input.fileName !== 'string') return [GLOBAL];
	const plan = await plannedImport(input as unknown as Parameters<typeof plannedImport>[0]);
	const scopes = await documentScopes(plan.result.document, viewer);
	// The Comune → Ambito mapping places every actor and project seated there: regional reference
	// data, for unrestricted grants only (an office re-linking another Ambito's Comuni takes them).
	return plan.result.territory.length ? [...scopes, GLOBAL] : scopes;
}

export const IMPORT_DOCUMENT: OperationRule = {
	permission: 'network.import',
	scope: jsonImportScopes
};
export const IMPORT_SPREADSHEET: OperationRule = {
	permission: 'network.import',
	scope: spreadsheetScopes
};
