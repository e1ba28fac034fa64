// `npm run schema`: writes the GraphQL schema as the server builds it (Pothos) to schema.graphql, the
// contract the pages' operations are typed from (scripts/codegen.ts) and that a test keeps unchanged.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { schema } from '../src/lib/server/graphql/schema';

// The copy of graphql that Pothos built the schema with: under vitest a plain import would load
// graphql's ESM build beside it, and graphql refuses types from another copy.
const { lexicographicSortSchema, printSchema } = createRequire(import.meta.url)(
	'graphql'
) as typeof import('graphql');

export const SCHEMA_FILE = fileURLToPath(new URL('../schema.graphql', import.meta.url));

/**
 * Sorted by name, so that moving a field's definition to another file (the order Pothos registers
 * it in) is not a change of the contract; adding, removing or retyping anything is.
 */
export const printedSchema = (): string => printSchema(lexicographicSortSchema(schema)) + '\n';

export const committedSchema = (): string => readFileSync(SCHEMA_FILE, 'utf8');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	writeFileSync(SCHEMA_FILE, printedSchema());
	console.log('schema.graphql aggiornato / updated: review the diff (git diff schema.graphql)');
}
