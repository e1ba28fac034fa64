import { describe, expect, it } from 'vitest';
import { committedSchema, printedSchema } from './print-schema';

describe('the printed GraphQL schema', () => {
	it('is the committed schema.graphql (run npm run schema and review the diff)', () => {
		expect(
			printedSchema(),
			'the server schema differs from schema.graphql: run npm run schema and review the diff'
		).toBe(committedSchema());
	});
});
