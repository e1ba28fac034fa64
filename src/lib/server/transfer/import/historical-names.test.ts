import { beforeAll, describe, expect, it } from 'vitest';
import { readTerritoryFiles } from '../../territory/territory-files';
import { buildImport } from './build-import';
import type { ImportContext } from './import-types';
import { suggestMapping } from './sheet-kinds';

/**
 * Historical ASL names as office lists still write them, read against the real territory
 * (graph/seed/territory: the 8 ATS and the 1,502 Comuni with their ATS).
 */
let context: ImportContext;
let atsName: Map<string, string>;

beforeAll(async () => {
	const territory = await readTerritoryFiles();
	atsName = new Map(territory.ats.map((a) => [a.id, a.name]));
	context = {
		comuni: territory.comuni.map((c) => ({
			istat: c.istat,
			name: c.name,
			ambitoId: c.ambitoId,
			atsId: c.atsCode ? `ats-${c.atsCode}` : null,
			asstId: c.asstCode ? `asst-${c.asstCode}` : null
		})),
		ambiti: territory.ambiti.map((a) => ({ id: a.id, name: a.name })),
		asst: territory.asst.map((a) => ({ id: a.id, name: a.name })),
		ats: territory.ats.map((a) => ({ id: a.id, name: a.name })),
		existingActors: [],
		existingProjects: []
	};
});

function partnerSheet(rows: string[][]) {
	const headers = ['Progetto', 'Ente', 'Tipologia'];
	return buildImport(
		{ headers, rows: rows.map(([name, kind]) => ['Progetto storico', name!, kind ?? '']) },
		'partnerships',
		suggestMapping(headers, 'partnerships'),
		context
	);
}

describe('historical ASL names map to their ATS (l.r. 23/2015), saying both names', () => {
	it.each([
		['ASL Milano 1', 'ATS della Città Metropolitana di Milano'],
		['ASL Milano 2', 'ATS della Città Metropolitana di Milano'],
		['ASL di Milano', 'ATS della Città Metropolitana di Milano'],
		['ASL della Provincia di Lodi', 'ATS della Città Metropolitana di Milano'],
		['ASL Provincia di Milano 1', 'ATS della Città Metropolitana di Milano'],
		['ASL della Provincia di Bergamo', 'ATS di Bergamo'],
		['ASL della Provincia di Monza e Brianza', 'ATS della Brianza'],
		['ASL Vallecamonica-Sebino', 'ATS della Montagna'],
		['ASL di Mantova', 'ATS della Val Padana'],
		['Azienda Sanitaria Locale della Provincia di Varese', "ATS dell'Insubria"]
	])('%s → %s', (name, expected) => {
		const result = partnerSheet([[name]]);
		const partnership = result.document.partnerships[0];
		expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(atsName.get(partnership?.actorId ?? '')).toBe(expected);
		const warning = result.problems.find((p) => p.code === 'MAPPED_VALUE');
		expect(warning?.message.it).toContain(`"${name}" è un nome storico`);
		expect(warning?.message.it).toContain(`letto come "${expected}"`);
	});

	it('does not guess the ASST of a numbered Milan ASL (it became several ASST)', () => {
		const result = partnerSheet([['ASL Milano 1', 'ASST']]);
		expect(result.document.partnerships).toEqual([]);
		expect(result.problems.map((p) => [p.code, p.severity])).toContainEqual([
			'REFERENCE_DATA',
			'error'
		]);
	});
});
