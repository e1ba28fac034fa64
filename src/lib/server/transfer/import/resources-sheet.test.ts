import { describe, expect, it } from 'vitest';
import type { PartnershipRecord } from '../../../domain/model';
import { moneyCommitment } from '../../../../../tests/helpers/documents';
import { buildWorkbookImport } from './build-import';
import { suggestMapping } from './sheet-kinds';
import { testContext } from './test-support';

/**
 * A "Risorse" sheet on its own, for partners already in Trama: an office sends the co-financing
 * after the partnership was entered (on screen or by an earlier import).
 */
const PROJECT = 'Reti di Conciliazione 2023-2025';
const SOLE = 'Il Sole Società Cooperativa Sociale Onlus';
const STORED_MONEY = moneyCommitment(1000);
const STORED_PARTNERSHIP: Omit<PartnershipRecord, 'declaredMembers'> = {
	id: 'ptn-stored',
	actorId: 'act-existing-sole',
	projectId: 'prj-existing',
	role: 'capofila',
	since: '2023-01-01',
	until: null,
	notes: 'Capofila dal 2023',
	commitments: [STORED_MONEY]
};
const context = testContext({ existingPartnerships: [STORED_PARTNERSHIP] });

function resources(rows: string[][]) {
	const headers = ['Progetto', 'Ente', 'Tipo risorsa', 'Importo'];
	const table = { name: 'Risorse', headers, rows };
	return buildWorkbookImport(
		[{ table, kind: 'resources', mapping: suggestMapping(headers, 'resources') }],
		context
	);
}

describe('a Risorse row for a partner already in Trama', () => {
	it('adds the resource to the stored partnership, keeping its role, dates, note and resources', () => {
		const result = resources([[PROJECT, SOLE, 'Ore di personale', '200']]);
		expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(result.document.partnerships).toEqual([
			{
				...STORED_PARTNERSHIP,
				commitments: [
					STORED_MONEY,
					expect.objectContaining({ type: 'staff_hours', amount: 200, source: 'private' })
				]
			}
		]);
		expect(result.stats.matched).toEqual({ actors: 1, projects: 1 });
	});

	it('adds nothing when the resource is already stored (the same sheet imported twice)', () => {
		const result = resources([[PROJECT, SOLE, 'Risorse economiche', '1.000']]);
		expect(result.document.partnerships[0]?.commitments ?? []).toEqual([STORED_MONEY]);
		expect(result.problems).toContainEqual(
			expect.objectContaining({ row: 2, code: 'DUPLICATE_IN_FILE', severity: 'warning' })
		);
	});

	it('a misspelt partner stops the row with "forse cercavi" naming the stored partner', () => {
		const result = resources([[PROJECT, 'Il Sol Societa Cooperativa Sociale Onlus', 'Ore', '5']]);
		const error = result.problems.find((p) => p.severity === 'error');
		expect(error).toMatchObject({ row: 2, column: 'Ente', code: 'UNKNOWN_ACTOR' });
		expect(error?.message.it).toContain(`Forse cercavi "${SOLE}"?`);
		expect(result.document.partnerships).toEqual([]);
	});

	it('an organisation in Trama that is not a partner of the project is refused, by name', () => {
		const result = resources([[PROJECT, 'Comune di Crema', 'Risorse economiche', '50']]);
		const error = result.problems.find((p) => p.severity === 'error');
		expect(error).toMatchObject({ row: 2, column: 'Ente', code: 'UNKNOWN_PARTNER' });
		expect(error?.message.it).toContain(`"Comune di Crema" non è tra i partner di "${PROJECT}"`);
		expect(result.document.partnerships).toEqual([]);
	});
});
