import { describe, expect, it } from 'vitest';
import { buildWorkbookImport, type ImportSheet } from './build-import';
import { sheetKindOfName, suggestMapping } from './sheet-kinds';
import { testContext } from './test-support';

/** What the export writes besides partners: its "bandi" sheet and the networks' links. */
function workbook(sheets: Record<string, string[][]>) {
	return buildWorkbookImport(
		Object.entries(sheets).map(([name, [headers, ...rows]]): ImportSheet => {
			const kind = sheetKindOfName(name)!;
			return {
				table: { name, headers: headers!, rows },
				kind,
				mapping: suggestMapping(headers!, kind)
			};
		}),
		testContext({ existingNetworks: [{ id: 'net-stored', name: 'Rete già in Trama' }] })
	);
}

describe('the export’s "bandi" sheet and "Reti collegate" come back', () => {
	const result = workbook({
		bandi: [
			['ID', 'Titolo', 'Ente emittente', 'Anno', 'Fittizio'],
			['call-x', 'Welfare in azione 2016', 'Fondazione Cariplo', '2016', 'no']
		],
		progetti: [
			['Titolo', 'Bando', 'Dal'],
			['Fare legami', 'Welfare in azione 2016', '2017-03-01']
		],
		reti: [
			['Denominazione', 'Reti collegate'],
			['Rete A', 'Rete B; Rete già in Trama'],
			['Rete B', ''],
			['Rete C', 'Rete che non esiste']
		]
	});

	it('reads the call with its own issuer and year (not the project’s start)', () => {
		expect(result.document.calls).toEqual([
			{
				id: 'call-welfare-in-azione-2016',
				title: 'Welfare in azione 2016',
				issuer: 'Fondazione Cariplo',
				year: 2016,
				fictional: false
			}
		]);
		expect(result.document.projects[0]?.callId).toBe('call-welfare-in-azione-2016');
	});

	it('links networks to those of the sheet (even further down) and in Trama; an unknown one is said', () => {
		const linked = Object.fromEntries(
			result.document.networks.map((n) => [n.name, n.linkedNetworkIds])
		);
		expect(linked).toEqual({
			'Rete A': ['net-rete-b', 'net-stored'],
			'Rete B': [],
			'Rete C': []
		});
		expect(result.problems).toContainEqual(
			expect.objectContaining({
				sheet: 'reti',
				row: 4,
				column: 'Reti collegate',
				severity: 'warning',
				message: expect.objectContaining({
					it: expect.stringContaining('"Rete che non esiste" non trovata')
				})
			})
		);
		expect(result.stats.errors).toBe(0);
	});
});
