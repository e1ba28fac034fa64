import { describe, expect, it } from 'vitest';
import { field, periodStartColumn, taxCodeColumn } from './columns';
import { RowScope, type Cell } from './row-scope';
import { parseText } from './values';

const FIELDS = {
	name: field({
		id: 'name',
		label: { it: 'Denominazione', en: 'Name' },
		required: true,
		synonyms: ['Denominazione'],
		parse: parseText
	}),
	taxCode: taxCodeColumn('taxCode'),
	since: periodStartColumn('since')
} as const;

const scopeOf = (cells: Record<string, string>) =>
	new RowScope(
		7,
		new Map<string, Cell[]>(
			Object.entries(cells).map(([id, raw]) => [id, [{ column: `Colonna ${id}`, raw }]])
		),
		new Map(Object.keys(FIELDS).map((id) => [id, [`Colonna ${id}`]]))
	);

describe('RowScope.readAll', () => {
	it('reads every field in declared order, each value typed, problems in that order', () => {
		const scope = scopeOf({ taxCode: 'XYZ', since: 'ieri' });
		const row = scope.readAll(FIELDS);
		expect(row).toEqual({ name: null, taxCode: null, since: null });
		expect(scope.problems.map((p) => [p.field, p.code, p.severity])).toEqual([
			['name', 'REQUIRED', 'error'],
			['taxCode', 'BAD_TAX_CODE', 'error'],
			['since', 'BAD_DATE', 'error']
		]);
	});

	it('a bad value in a field that only helps is a warning', () => {
		const scope = scopeOf({ name: 'Coop Sole', taxCode: 'XYZ', since: '03/02/2021' });
		const row = scope.readAll(FIELDS, ['taxCode']);
		expect(row.name).toBe('Coop Sole');
		expect(row.since).toBe('2021-02-03');
		expect(scope.problems.map((p) => [p.field, p.severity])).toEqual([['taxCode', 'warning']]);
		expect(scope.hasError).toBe(false);
	});
});
