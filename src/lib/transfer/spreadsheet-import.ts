import { graphql } from '$lib/graphql';
import type { ImportPlanFragment, SpreadsheetInput } from '$lib/graphql/graphql';
import { gql } from '$lib/graphql-client';

/**
 * The spreadsheet import's two steps, as the data page and the territory page run them: a dry run
 * that returns the plan, and the all-or-nothing write that returns it applied.
 */
const PREVIEW = graphql(`
	mutation PreviewSpreadsheetImport($input: SpreadsheetInput!) {
		previewSpreadsheetImport(input: $input) {
			...ImportPlan
		}
	}
	fragment ImportPlan on SpreadsheetPlan {
		applied
		sheets
		sheet
		kind
		readSheets
		encoding
		mapping {
			header
			field
		}
		fields {
			id
			label {
				it
				en
			}
			required
		}
		rows
		importable
		errors
		warnings
		problems {
			row
			sheet
			column
			severity
			message {
				it
				en
			}
		}
		duplicates {
			incomingId
			incomingName
			otherId
			otherName
			reason
		}
		counts
	}
`);
const APPLY = graphql(`
	mutation ApplySpreadsheetImport($input: SpreadsheetInput!) {
		applySpreadsheetImport(input: $input) {
			...ImportPlan
		}
	}
`);

export type ImportPlan = ImportPlanFragment;

export async function spreadsheetImport(
	mode: 'preview' | 'apply',
	input: SpreadsheetInput
): Promise<ImportPlan> {
	return mode === 'preview'
		? (await gql(fetch, PREVIEW, { input })).previewSpreadsheetImport
		: (await gql(fetch, APPLY, { input })).applySpreadsheetImport;
}
